"""Clauses that state no act of the relation's source: what the grammar of the trigger's clause
says about whether, and by whom, the act is done.

Read on unread election news (PolNeAR train articles, branch ``relpol``); each is a fact of
English grammar, not of one sentence:

* **An ability.** "Christie can challenge Clinton": "can" says what someone is able to do, not
  what was done (the relation core already drops "could", "might", "may").
* **An obligation.** "the board should ask the auditor to resign", "Varn must release the
  crew", "ought to meet X": what someone should do is a recommendation or a demand, not a
  deed; so is the purpose of it ("Obama should use his strength to force Grassley to act",
  "can use her majority to block X": the infinitive of a verb under "should" or "can").
* **A possibility.** "there is little chance of X being prosecuted by Y", "the prospect of X
  meeting Y", "a chance to meet Y": an act a noun of chance or risk speaks of has not been
  done.
* **A time still to come.** "vows not to take Carrier's calls until it agrees": an act in an
  "until" or "till" clause in the present tense has not happened yet ("until Clinton spoke
  up" in the past tense has).
* **A purpose named by a noun.** "a rally to protest the Iran deal", "demanded a referendum to
  secede and unite with Armenia", "a bill to sanction X": the infinitive after a noun of an
  effort, an event or a proposal is what it is for, not done (and not by whoever the parser
  hangs it on).
* **A claim's content.** "the debunked claim that Mr. Trump opposed the Iraq invasion": what a
  claim, an allegation or a rumour says is that claim's, not the writer's (the guidelines: an
  accusation reported as an accusation is no relation).
* **A vow not to act.** "vows not to take Carrier's calls": a promise of a negated act is no
  agreement with whoever the act would have touched.
* **Nothing given.** "they give no support to Nusra fighters": "no" on the act's noun (or on
  the trigger noun itself) denies it as "not" does.
* **A likelihood or a judgment.** "X is likely to endorse Y", "is unlikely to meet Y", "it was
  premature to back Y": an infinitive after an adjective of likelihood, or after "it is" and
  an adjective (the infinitive is what is judged), is a forecast or an opinion about an act,
  not the act.
* **A wish for another.** "lobbied for the Americans to support Ukraine's membership", "it is
  time for X to meet Y": a "for … to" clause says what someone wants done, not what was done.
* **A proposal.** "Carson suggested rallying NATO", "Trump suggested boycotting Apple", "has
  proposed suing X", "considered endorsing Y": a gerund or an infinitive after a verb of
  proposing or weighing is an act put forward, not done ("suggested that X had met Y", a
  finite clause, is a claim about a deed and is not read here).
* **Someone else's deed.** "was trying to get the delegation to pressure Randolph", "urged the
  board to fire X": the infinitive after a verb of getting, urging or letting someone do
  something is the deed of that someone (its object), not of the verb's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = ["not_stated_as_done"]

_ABILITY = frozenset({"can", "ca"})  # "ca" is the parser's first half of "can't"
_OBLIGATION = frozenset({"should", "must", "ought"})
# Nouns of chance or risk: an act "of" or "to" them is only possible.
_POSSIBILITY = frozenset(
    {"chance", "possibility", "likelihood", "prospect", "risk", "danger", "odds"}
    | {"probability", "opportunity", "option"}
)
_ACCORD = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID"})
_PRESENT = frozenset({"VBZ", "VBP", "VB"})
# Nouns of an effort, an event or a proposal: their infinitive is their purpose.
_PURPOSE_NOUNS = frozenset(
    {"rally", "march", "protest", "demonstration", "referendum", "vote", "petition", "campaign"}
    | {"bid", "effort", "attempt", "drive", "push", "plan", "proposal", "bill", "resolution"}
    | {"motion", "measure", "legislation", "initiative", "move", "scheme", "plot", "mission"}
    | {"deal", "offer", "call", "appeal", "lawsuit", "suit", "request"}
)
# Verbs of proposing or weighing an act: their gerund or infinitive is not done.
_PROPOSING = frozenset(
    {"suggest", "propose", "recommend", "advocate", "consider", "contemplate", "mull"}
    | {"weigh", "float", "floate", "envision", "envisage"}
)
_NOT_YET = frozenset({"until", "till", "til"})
# Adjectives of likelihood: their infinitive is forecast ("is likely to meet X").
_LIKELIHOOD = frozenset({"likely", "unlikely", "certain", "sure", "bound", "probable"})
# Nouns whose "that" clause is what someone says, not what the writer states.
_CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "rumor", "rumour", "assertion", "insinuation"}
    | {"notion", "theory", "speculation", "suggestion", "charge", "contention", "myth"}
)
# Verbs that get someone else to do what their infinitive says.
_CAUSATIVES = frozenset(
    {"get", "persuade", "convince", "force", "push", "press", "pressure", "lead", "drive"}
    | {"cause", "encourage", "urge", "ask", "tell", "allow", "enable", "prompt", "spur"}
    | {"compel", "invite", "induce", "let", "order", "implore", "beg", "lobby", "coax"}
)


def _clause_head(tok: Token) -> Token:
    """The first of the trigger's conjuncts ("to secede and unite": "secede")."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def _ability(tok: Token) -> bool:
    """ "can"/"should" on the trigger's clause, or on the verb whose purpose its infinitive is
    ("should use his strength to force X": the forcing is what he should do)."""
    node = _clause_head(tok)
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _ABILITY | _OBLIGATION for c in node.children):
            return True
        if node.dep_ not in {"xcomp", "advcl"} or not _infinitive(node) or node.head.i == node.i:
            return False
        node = _clause_head(node.head)
    return False


def _possible(tok: Token) -> bool:
    """The trigger's clause hangs on a noun of chance or risk: "chance of X being prosecuted"
    (through "of") or "a chance to meet X" (its infinitive)."""
    head = _clause_head(tok)
    governor = head.head
    if head.dep_ == "pcomp" and governor.lower_ == "of":
        return governor.head.lemma_.lower() in _POSSIBILITY
    if head.dep_ == "acl":
        return governor.lemma_.lower() in _POSSIBILITY
    return False


def _not_yet(tok: Token) -> bool:
    head = _clause_head(tok)
    return (
        head.dep_ == "advcl"
        and head.tag_ in _PRESENT
        and any(c.dep_ == "mark" and c.lower_ in _NOT_YET for c in head.children)
    )


def _noun_purpose(tok: Token) -> bool:
    """The trigger's infinitive follows a noun of an effort, an event or a proposal ("a rally
    to protest X"): read by the words, since the parser often hangs it elsewhere."""
    head = _clause_head(tok)
    to = [c for c in head.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == head.i - 1]
    if not to or to[0].i == 0:
        return False
    before = tok.doc[to[0].i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in _PURPOSE_NOUNS


def _claim_content(tok: Token) -> bool:
    """The trigger's clause is the "that" clause of a noun of claiming, directly or through
    one clause between ("the claim that X said he had met Y")."""
    node = _clause_head(tok)
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ in {"acl", "ccomp"} and node.head.lemma_.lower() in _CLAIM_NOUNS:
            return True
        if node.dep_ not in {"ccomp", "xcomp", "conj"}:
            return False
        node = node.head
    return False


def _vowed_not_to(tok: Token) -> bool:
    return any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in tok.children)


def _denied_by_no(tok: Token) -> bool:
    nouns = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "det" and c.lower_ == "no" for n in nouns if n.pos_ == "NOUN" for c in n.children
    )


def _infinitive(head: Token) -> bool:
    """Whether the verb has its own "to" (a "to"-infinitive)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _likely_or_judged(tok: Token) -> bool:
    """The trigger's infinitive completes an adjective of likelihood ("is likely to endorse X")
    or an "it is <adjective>" judgment ("it was premature to back X")."""
    head = _clause_head(tok)
    if head.dep_ not in {"xcomp", "ccomp"} or not _infinitive(head) or head.head.i == head.i:
        return False
    governor = head.head
    if governor.lemma_.lower() in _LIKELIHOOD or governor.lower_ in _LIKELIHOOD:
        return True
    holder = governor.head if governor.dep_ == "acomp" else governor
    judged = governor.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in holder.children)
    return judged and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in holder.children)


def _wished_for_other(tok: Token) -> bool:
    """The trigger heads a "for X to …" clause ("lobbied for the Americans to support Y")."""
    head = _clause_head(tok)
    if head.head.lemma_.lower() == "take":
        return False  # "it took six years for X to concede": the time it took, so it was done
    return _infinitive(head) and any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children)


def _proposed(tok: Token) -> bool:
    """The trigger is a gerund or an infinitive a verb of proposing governs ("suggested
    boycotting X", "proposed to sue X")."""
    head = _clause_head(tok)
    if head.dep_ not in {"xcomp", "ccomp", "dobj", "pcomp"} or head.head.i == head.i:
        return False
    if head.tag_ != "VBG" and not _infinitive(head):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return False  # "suggested that it was suing X": a finite clause, a claim
    return head.head.lemma_.lower() in _PROPOSING


def _object_controlled(tok: Token) -> bool:
    """A subjectless infinitive after a verb of getting someone to act that has its own object
    ("get the delegation to pressure X"): the object does it."""
    head = _clause_head(tok)
    if head.dep_ not in {"xcomp", "advcl", "ccomp"} or head.head.i == head.i:
        return False
    if not _infinitive(head):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return False
    governor = head.head
    return governor.lemma_.lower() in _CAUSATIVES and any(
        c.dep_ == "dobj" for c in governor.children
    )


def not_stated_as_done(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether the trigger's clause states no act of the source (see the module docstring):
    an ability or an obligation, a possibility, an "until" clause, a noun's purpose, a claim's
    content, a vow not to act, "no" on the act, an infinitive that is the deed of another
    verb's object, a likelihood or a judgment, a "for X to" wish, or a proposal."""
    tok = ev.trigger
    if ev.negated:
        return False  # a refusal ("can't support X") is the polarity condition's to judge
    return (
        _ability(tok)
        or _possible(tok)
        or _not_yet(tok)
        or _noun_purpose(tok)
        or _claim_content(tok)
        or (ev.type in _ACCORD and _vowed_not_to(tok))
        or _denied_by_no(tok)
        or _object_controlled(tok)
        or _likely_or_judged(tok)
        or _wished_for_other(tok)
        or _proposed(tok)
    )
