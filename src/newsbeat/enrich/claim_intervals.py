"""Intervals between two events: "arrested 12 days after the shooting", "had bought the rifle
four days earlier", "died two days after he was hurt" (issue 12, reading of relative times).

Such a span says how long one event (the verb the figure hangs on) came after or before another
(its anchor). Two outlets may disagree on it ("two days after the fight" / "three days after the
fight"), but only when both write the same anchor: the anchor is kept in the claim's counted
words ("days after fight"), so that the comparison meets two spans of one anchor only. A span
whose anchor is no event is left unread: "two days before Friday" is a date, "a week ago" is
counted from the article's own date, "44 seconds into the round" is a moment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# "four days earlier", "two weeks later": the anchor is the event the story tells of before
_RELATIVE_ADVERBS = frozenset({"earlier", "later"})
_LINKS = frozenset({"after", "before"})
# the first word of every anchor :func:`interval_anchor` gives ("after shooting", "earlier")
ANCHOR_WORDS = _LINKS | _RELATIVE_ADVERBS
_DATED = frozenset({"DATE", "TIME"})
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "noon", "midnight"})
_EVENT_POS = frozenset({"NOUN", "PROPN"})
_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade",
     "century"}
)  # fmt: skip


def interval_anchor(doc: Doc, unit_at: int) -> str | None:
    """The anchor of the span whose unit word is ``doc[unit_at]`` ("days" of "12 days after
    the shooting"): "after shooting", "before inauguration", "after walk" (a clause: "after she
    walked in"), "earlier" or "later"; None when the word after the unit names no event (a
    date, a person, nothing)."""
    if unit_at + 1 >= len(doc) or doc[unit_at].lemma_.lower() not in _TIME_UNITS:
        return None
    if spent_for(doc, unit_at):
        return None  # "battled the fire for eight hours before it was out": how long
    link = doc[unit_at + 1]
    word = link.lower_
    if word not in ANCHOR_WORDS:
        return None
    if _asked(doc[unit_at]):
        return None  # "Should he have left five minutes before the end?": no span reported
    if word in _RELATIVE_ADVERBS:
        return word
    event = _anchor_event(link)
    return None if event is None else f"{word} {_event_word(event)}"


def _event_word(event: Token) -> str:
    """The anchor's word as the key keeps it: its lemma, or a hyphened compound whole
    ("break-in" of "two days after the break-in", whose last piece the parse made the
    noun)."""
    doc = event.doc
    k = event.i
    if (
        k >= 2
        and doc[k - 1].text == "-"
        and not doc[k - 2].whitespace_
        and not doc[k - 1].whitespace_
        and doc[k - 2].is_alpha
    ):
        return f"{doc[k - 2].lower_}-{event.lower_}"
    return event.lemma_.lower()


def _asked(tok: Token) -> bool:
    """Whether ``tok``'s sentence is a question (its last word, past closing marks, is "?")."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not (t.is_quote or t.is_space)), None)
    return last is not None and last.text == "?"


# words that may stand between "for" and a span's figure: "for nearly eight hours"
_SPAN_HEDGES = frozenset(
    {"nearly", "almost", "about", "around", "some", "roughly", "approximately", "over", "more",
     "than", "less", "at", "least", "most", "just", "only", "up", "to", "-", "a", "an"}
)  # fmt: skip


def spent_for(doc: Doc, unit_at: int) -> bool:
    """Whether the span whose unit word is ``doc[unit_at]`` follows "for" ("deliberated for 40
    hours before reaching a verdict"): how long an act lasted, a duration however the sentence
    goes on, and no span between two events."""
    k = unit_at - 1
    while k >= 0 and (doc[k].like_num or doc[k].lower_ in _SPAN_HEDGES):
        k -= 1
    return k < unit_at - 1 and k >= 0 and doc[k].lower_ == "for"


def _anchor_event(link: Token) -> Token | None:
    """The word naming the event "after"/"before" ties the span to: its object noun ("the
    shooting", "Ortiz's death"), the verb of its clause ("after he tipped off reporters",
    "after signing him"); None when that is a date, a time or a name of no event."""
    if link.dep_ == "mark" and link.head.pos_ in {"VERB", "AUX"}:
        return link.head
    for child in link.children:
        if child.dep_ == "pcomp" and child.pos_ == "VERB":
            return child
        if child.dep_ == "pobj":
            return _event_noun(child)
    return None


def _event_noun(noun: Token) -> Token | None:
    """The object of "after"/"before" when it names an event: a common noun outside any
    date ("the quake", "the first film's release"), not a day ("Friday"), a person or a
    place ("before Obama")."""
    if noun.pos_ not in _EVENT_POS or noun.ent_type_ in _DATED:
        return None
    if noun.lemma_.lower() in _TIME_UNITS | _TIMES_OF_DAY:
        return None  # "less than two years after that day in October": a date, no event
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return None
    return noun


def anchor_clause(unit: Token) -> Token | None:
    """The verb of the anchor clause a span's unit word hangs on ("takes" of "six weeks before
    the mayor takes office, the council changed the rules"), when the tagger attached the span
    to it or to the clause's "before"/"after": the span measures the clause it modifies
    ("changed"), not its anchor, so the event and subject are read from above it. None when the
    unit hangs elsewhere."""
    verb = unit.head
    if unit.dep_ == "npadvmod" and verb.lower_ in _LINKS and verb.dep_ == "mark":
        verb = verb.head  # "arrived two days before the fight began": hung on "before" itself
        return verb if verb.dep_ == "advcl" and verb.i > unit.i else None
    if unit.dep_ != "npadvmod" or verb.dep_ != "advcl" or unit.i + 1 >= len(unit.doc):
        return None
    link = unit.doc[unit.i + 1]
    if link.lower_ in _LINKS and link.dep_ == "mark" and link.head.i == verb.i:
        return verb
    return None
