"""Acts of saying something to someone: shown as an event of the speaker, never as a relation.

Counted over every relation read so far (branch ``relcore``: 270 labelled relations of the dev
golds and the PolNeAR samples G–L), one class stood apart: a relation whose trigger is the
source *telling the target something* — asking, urging, pressing, instructing, notifying,
inviting, assuring or promising them — or handing them a message, a request or a tip. The
lexicon types such a verb by the words said (DEMAND, AGREE, SUPPORT, AID), which the relation
reader does not read: "Steward urged Wladimir to throw more jabs" (a coach's advice), "the
NCAA notified Ohio State of violations" (a charge), "Trump assured Jones" (praise), "Band
passed along to Abedin a request" (words, not support), "Felt began to provide tips to
Woodward" (information, not aid). Over the read data the class was right about half the time,
against 0.93 for every other relation; so the core shows what is sure, an event of the
speaker (the ``events`` key), and no relation. Words handed over are no event either: the
type the lexicon gave the handing is no act at all (:func:`words_handed`).

What stays a relation:

* a contact, whose act is the contact itself whatever was said: "called X", "spoke with X",
  "approached X", "met X" (CONSULT);
* "called on X to …": a public demand by its form ("call" is no verb of this class);
* a commitment to an act, which aims at the act's target: "pledged to support X", "vowed to
  fight X", and a commitment to give: "pledged her vote to X", "the vessels it has promised to
  X" (the promise said to someone, "assured X that …", "promised reform", goes);
* a type the verb's own sense gives ("pushed out X": a dismissal, SANCTION);
* a state or public body asking another state or public body to act, with "ask", "urge",
  "press", "pressure" or "call" and an infinitive after the one asked ("Kaldria asked
  Sorvenland to withdraw"): a DEMAND between the two, decided in ``relations._bodies_demand``.
  A state is a place NER typed GPE; a public body is an organisation with a country code or a
  government word in its name ("Sorven Interior Ministry", "Orsk City Council") or of one word
  no company list knows (NER types many a state an organisation), never a name with a court's
  or a company's word ("Supreme Court", "Acme Corp").
  Between such actors a request is a public demand, not advice; a company asking a court to
  hear its appeal is a legal filing (the CAMEO dictionary codes an appeal to a court as no
  event) and stays an event of the company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = ["addressed", "words_handed"]

# Verbs whose act is saying something to the one they govern, typed by the lexicon by the
# words said (Levin's verbs of communication: asking and urging, telling and informing,
# inviting).
_ADDRESSING = frozenset(
    {"ask", "urge", "press", "pressure", "pressurize", "push", "lobby", "implore", "beg"}
    | {"plead", "entreat", "exhort", "adjure", "appeal", "petition", "request", "solicit"}
    | {"propose", "recommend", "suggest", "instruct", "tell", "enquire", "inquire", "query"}
    | {"encourage", "persuade", "convince", "remind", "notify", "inform", "apprise", "acquaint"}
    | {"invite", "reinvite"}
)
# Promising someone something is saying it to them ("assured X that", "promised reform");
# with an infinitive ("pledged to support X") it is a commitment to that act, and with a
# recipient ("pledged her vote to X", "promised X autonomy", "the vessels it has promised to
# X") a commitment to give; both stay.
_COMMITTING = frozenset({"assure", "reassure", "promise", "pledge", "vow", "vouch", "guarantee"})
# The types the lexicon gives these verbs by the words said; any other is read from the verb's
# own sense ("pushed out X": a dismissal) and stays.
_SAYING_TYPES = frozenset({"DEMAND", "AGREE", "SUPPORT", "CONSULT", "AID", "COOPERATE"})
# Verbs of handing something over, and the things handed that are words or information.
_HANDING = frozenset({"send", "pass", "forward", "deliver", "relay", "convey", "give", "hand"})
_HANDING |= frozenset({"provide", "supply", "leak", "submit"})
_MESSAGES = frozenset(
    {"message", "letter", "note", "email", "e-mail", "memo", "request", "invitation", "tip"}
    | {"information", "survey", "questionnaire", "word", "warning", "statement", "signal"}
)
# The types words handed over are not: help and backing ("sent a letter to X" stays CONSULT).
_MATERIAL = frozenset({"AID", "SUPPORT"})


def words_handed(ev: SentenceEvent) -> bool:
    """Whether the trigger hands over words typed as help or backing ("passed along a request",
    "provide tips to"): no relation, and no event either, as the type is no act at all.

    Args:
        ev: the event of one trigger.
    """
    tok = ev.trigger
    if ev.type not in _MATERIAL or tok.lemma_.lower() not in _HANDING:
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _MESSAGES for c in tok.children
    )


def _committed(child: Token) -> bool:
    """An infinitive committed to, or the recipient of what is promised."""
    if child.dep_ in {"xcomp", "dative"}:
        return True
    return child.dep_ == "prep" and child.lower_ == "to"


def addressed(ev: SentenceEvent) -> bool:
    """Whether the event's act is its source telling the target something (see the module
    docstring): its relations are shown as an event of the source instead.

    Args:
        ev: the event of one trigger.
    """
    if ev.type not in _SAYING_TYPES:
        return False
    lemma = ev.trigger.lemma_.lower()
    if lemma in _COMMITTING:
        return not any(_committed(c) for c in ev.trigger.children)
    return lemma in _ADDRESSING
