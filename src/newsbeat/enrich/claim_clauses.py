"""The clause a figure's event is read from when the sentence's verb is not it (issue 12,
branch confread4).

- A period with its own -ing clause is the time that clause took: "returned after a four
  year spell *living* in Cardiff" -> live (the years are not the return's).
- A verb of setting out with a purpose "to V" of the measure classes tells that act: "100
  people set off from the vigil to *march* to the precinct" -> march.
- "moved back", "came back": a verb with the adverb "back" is a return.
- A figure inside an "if" or "unless" clause is a condition, no claim: "he would not be put on
  IR if we had more than two weeks left" says nothing of how many weeks are left.

Used by :mod:`newsbeat.enrich.claim_slots`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_measures import measure_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DEPARTURES", "in_condition", "particle_of", "purpose_of", "spent_on"]

_EVENT_CLASSES = measure_classes()
_SPANS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})
# nouns that name a stretch of time and nothing done in it
_PERIODS = frozenset({"spell", "stint", "stretch", "period"})
# verbs with their particle that only say someone started out; what for is the act
DEPARTURES = frozenset({"set off", "set out", "head off", "head out", "start out", "move off"})
_PURPOSE_REACH = 8  # tokens after the verb within which its "to V" is looked for


def particle_of(verb: Token) -> str | None:
    """The particle of a phrasal verb, "back" of "moved back" included (the parser makes it
    an adverb, not a particle)."""
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ == "back"):
            return child.lower_
    return None


def spent_on(noun: Token | None, unit: str | None) -> str | None:
    """The activity a span of time is spent on when the span is a period noun ("spell",
    "stint") with its own -ing clause and no subject of its own: "a four year spell living
    in Cardiff" -> live, "a two-year stint working abroad" -> work. None for anything else:
    a count ("12 workers living nearby") is counted by the sentence's verb, a bare unit's
    clause may be the sentence's ("crippled for 72 hours causing problems"), and a noun of
    its own activity describes itself ("a 50-year career spanning an era")."""
    if noun is None or unit not in _SPANS:
        return None
    tok = noun
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head  # "a four year spell": the spell is the span's noun
    if tok.lemma_.lower() not in _PERIODS:
        return None
    for child in tok.rights:
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBG"
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            lemma = child.lemma_.lower()
            return _EVENT_CLASSES.get(lemma, lemma)
    return None


def purpose_of(verb: Token) -> str | None:
    """The measure class of a departure's purpose: "set off from the vigil site to march"
    -> march. The parser often makes the purpose verb a noun after "to", so it is read off
    the words: "to" and a lower-case word of the measure classes, within the verb's own
    clause (before its next verb)."""
    doc = verb.doc
    end = min(len(doc), verb.i + _PURPOSE_REACH)
    for i in range(verb.i + 1, end - 1):
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} and tok.head.i != verb.i:
            return None
        nxt = doc[i + 1]
        if tok.lower_ == "to" and nxt.text.islower() and nxt.lower_ in _EVENT_CLASSES:
            return _EVENT_CLASSES[nxt.lower_]
    return None


_CONDITIONS = frozenset({"if", "unless"})
_SET_OFF = frozenset({",", "(", "-", "–", "—"})


def _set_off(clause: Token) -> bool:
    """Whether ``clause`` is an aside: an appositive, or a relative clause or parenthetical
    that a comma, a bracket or a dash opens."""
    if clause.dep_ == "appos":
        return True
    if clause.dep_ not in {"relcl", "parataxis"}:
        return False
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text in _SET_OFF


def in_condition(tok: Token) -> bool:
    """Whether ``tok`` is inside an adverbial clause opened by "if" or "unless" (a condition,
    not a fact the sentence tells; "asked if", a question, is no adverbial clause). An aside
    inside the clause is a fact whatever the condition: the walk stops at an appositive, or a
    relative clause or parenthetical set off by a comma, a bracket or a dash ("If Velk, 29,
    is convicted", "If the plant, which employs 1,200 people, closes"); a restrictive one is
    part of the condition ("If a storm that kills 50 people hits")."""
    for clause in (tok, *tok.ancestors):
        if _set_off(clause):
            return False
        # the parser may hang "if" on an auxiliary ("if we had ... left"): the clause's first
        # word is read as well as its own mark
        if clause.dep_ == "advcl" and (
            clause.left_edge.lower_ in _CONDITIONS
            or any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children)
        ):
            return True
    return False
