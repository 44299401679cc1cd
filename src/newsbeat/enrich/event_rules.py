"""When an action with no named target is an event a reader can trust (issue 12, item 2).

An *event* (a relation with no target, the ``events`` key of a story) stands on its actor and
its verb alone, so it needs more than a relation: a named actor as the grammatical subject of
a clear act that the sentence states as done. None of these is one:

* words, not acts: a clause reported by the verb ("acknowledged that there was debate",
  "insisted that its ship had acted"), a naming ("called the move a clarification"), a state
  ("sounded aware of", "was concerned about"); warnings, threats and demands stay (saying
  them is the act);
* intentions, hypotheticals and modals: "intends to reverse", "said he would reverse", "could
  be difficult for X to overturn", "can be reversed by", "has to", "will return"; a purpose
  ("issued rules to block the law");
* a description of something else: "a policy ratified by Congress", "the rulemaking that X
  engaged in"; a participle with no auxiliary, whose subject is acted on ("the museum
  barred to tourists");
* meeting or working together with no one named (CONSULT, COOPERATE): "received a distress
  call", "sold leases" name no partner;
* an actor named only by an adjective: "an Indian warship", "the Naval commandos" (the
  state's institutions stay: "the Indian navy");
* a verb that does not name its type's act by itself (:mod:`~newsbeat.enrich.event_core`:
  "returned home" RETREAT, "issued a memorandum" AGREE), and something scheduled ("was to
  ask").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.event_core import core_act

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["event_stated"]

# Saying these is the act: a warning, a threat, a demand.
_SPEECH_ACTS = frozenset(
    {"warn", "threaten", "demand", "urge", "appeal", "order", "call", "ask", "accuse"}
    | {"condemn", "criticize", "criticise", "denounce", "praise", "thank", "deny", "reject"}
)
_MODALS = frozenset(
    {"can", "could", "may", "might", "must", "should", "would", "will", "'ll", "shall", "'d"}
    | {"ca", "wo"}  # "can't", "won't" as spaCy splits them
)
# Verbs whose complement is meant, not done: "intends to reverse", "decided to sell".
_INTENTIONS = frozenset(
    {"intend", "plan", "want", "hope", "seek", "aim", "try", "attempt", "work", "promise"}
    | {"vow", "pledge", "swear", "decide", "expect", "prepare", "wish", "need", "have"}
    | {"consider", "mull", "threaten", "agree", "ready"}
)  # not "refuse", "fail", "offer", "propose": a refusal or an offer made is an act
# Climbing from a verb to the one it completes.
_UP = frozenset({"xcomp", "ccomp", "advcl", "acomp", "conj", "pcomp", "prep", "relcl"})
_PARTNERED = frozenset({"CONSULT", "COOPERATE"})


def _modal(tok: Token) -> bool:
    """A modal or future auxiliary on the verb or on a verb it completes ("could be difficult
    for X to overturn", "said he would reverse"), or "has to"."""
    node = tok
    for _ in range(5):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children):
            return True
        if node.lemma_ == "have" and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in node.children
        ):
            return True  # "has to contort"
        if node.dep_ not in _UP or node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lemma_ in {"say", "tell", "add", "report"}:
            return False  # the reporting verb's own tense is not the event's
        node = node.head
    return False


def _intended(tok: Token) -> bool:
    """The verb states an intention ("intends to reverse") or is one ("to reverse", under
    "intends"), or is a purpose ("issued rules to block the law")."""
    lemma = tok.lemma_.lower()
    if lemma in _INTENTIONS - {"agree", "threaten"} and any(
        c.dep_ == "xcomp" for c in tok.children
    ):
        return True
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "to reduce X and to block Y": as the first does
    if node.dep_ == "xcomp" and node.head.lemma_.lower() in _INTENTIONS:
        return True
    if (
        node.dep_ == "xcomp"
        and node.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    ):
        return True  # scheduled: "was to ask the United Nations"
    if node.dep_ in {"xcomp", "acomp"} and (
        node.head.pos_ == "ADJ"
        or any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in node.head.children)
    ):
        return True  # "difficult to overturn", "ready to send", "it is difficult to identify"
    return (
        node.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    )


def _words_not_act(tok: Token) -> bool:
    """A report, a naming or a state (see the module docstring)."""
    if tok.lemma_.lower() in _SPEECH_ACTS and tok.lemma_.lower() != "call":
        return False
    kids = list(tok.children)
    if any(c.dep_ in {"ccomp", "oprd", "acomp"} for c in kids):
        return True  # "insisted that ...", "called the move a clarification", "sounded aware"
    return tok.dep_ == "acomp" or (tok.tag_ == "VBN" and tok.head.lemma_ == "be")


def _description(tok: Token) -> bool:
    """A clause that describes a thing rather than states the news: it hangs from a noun or
    a gerund ("the rulemaking that X engaged in", "a policy ratified by Congress"), or is a
    relative clause whose object is the noun it describes ("the rules that X issued")."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "relcl":
        return _gapped(node)
    return node.dep_ == "acl" or (
        node.dep_ == "ccomp"
        and node.head.pos_ in {"NOUN", "PROPN", "VERB"}
        and node.head.dep_ in {"pcomp", "pobj", "dobj", "nsubj"}
    )


def _gapped(clause: Token) -> bool:
    """A relative clause that is about its noun: the relative word is its subject or object
    ("pirates who attacked", "the rules that X issued") or a preposition is left stranded
    ("the ship the Tabar fired on"). One with a subject of its own and no gap ("..., when
    the warship intervened", misparsed as relative) states its own event."""
    for child in clause.children:
        if child.tag_ in {"WDT", "WP", "WP$"} and child.dep_ in {"nsubj", "dobj", "pobj"}:
            return True
        if child.dep_ == "prep" and not any(c.dep_ == "pobj" for c in child.children):
            return True
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _participle(tok: Token) -> bool:
    """A past participle with no auxiliary: a passive of which the subject is the one acted
    on ("even the Parthenon barred to tourists", "Protected by X's constitution, the
    school ...")."""
    return tok.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def event_stated(tok: Token, type_: str, intent: bool) -> bool:
    """Whether a trigger with no named target states an event (the module docstring).

    Args:
        tok: the trigger.
        type_: its event type.
        intent: the relation rules read an intention in it ("will", "plans to").
    """
    if intent or type_ in _PARTNERED or not core_act(tok, type_):
        return False
    return not (
        _modal(tok)
        or _intended(tok)
        or _words_not_act(tok)
        or _description(tok)
        or _participle(tok)
    )
