"""A figure's role in a slot: part of a total, a total, a rate or a distance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_crowds import crowd_of_its_place
from newsbeat.enrich.claim_distances import _distance_place, motion_of
from newsbeat.enrich.claim_moves import participle_rate
from newsbeat.enrich.claim_units import comparative_more, time_after_rate
from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# fmt: off
_PART_HEADS = frozenset({"including", "include", "includes", "included", "among", "excluding"})
_INCREMENT = frozenset({"another", "additional", "other", "further", "extra"})
_SELECTORS = frozenset({"first", "last", "final", "opening", "closing", "next", "remaining", "top"})
_MORE = frozenset({"more", "additional", "extra", "further", "other"})
_IN_KIND = frozenset({
    "cash", "stock", "shares", "loans", "grants", "bonds", "debt", "aid", "equity", "credit",
})
_RATE_UNITS = frozenset({
    "day", "week", "month", "year", "hour", "minute", "second", "capita", "head", "person",
    "annum", "mile", "kilometre", "kilometer", "km",
    # "$23 million per season", "20 points a game": a figure for each of a series' units
    "season", "game", "match", "contest",
})
_DISTANCE_UNITS = frozenset({"kilometres", "miles", "metres"})
# fmt: on


def figure_end(noun: Token | None, last: int) -> int:
    """The last token of a figure with its noun: the noun after the number ("15 miles"), or
    the figure's own last word when the noun is inside it ("a mile and a half away": what
    follows "half" places it, not the "and" after "mile")."""
    return last if noun is None else max(noun.i, last)


def _role(doc: Doc, first: int, last: int, noun: Token | None, unit: str | None) -> str | None:
    end = figure_end(noun, last)
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    after = doc[end + 2] if end + 2 < len(doc) else None
    # part of a total
    if nxt is not None and after is not None and nxt.lower_ == "in" and after.lower_ in _IN_KIND:
        return "part"
    words = lowers(doc)[max(0, first - 4) : first]  # the tokens' lower_, no span
    if any(w in _PART_HEADS for w in words) or " ".join(words[-2:]) in {
        "of whom",
        "of which",
        "of them",
    }:
        return "part"
    for anc in doc[first].ancestors:
        if anc.i >= first:
            continue
        if anc.lower_ in _PART_HEADS and anc.i >= first - 8:
            return "part"
        if anc.pos_ in {"VERB", "AUX"}:
            break
    # "his first 17 passes", "the last three games": the first or last few of a longer series
    if words and words[-1] in _SELECTORS:
        return "part"
    # an increment is part of a larger figure: "another five people", "20 more people"
    listed = noun is not None and _listed_beside(noun)  # "nine pistols, four other rifles"
    if (words and words[-1] in _INCREMENT and not _contrast(doc, first, last)) or any(
        w in _MORE and not (listed and w == "other") and not comparative_more(doc, k)
        for k, w in enumerate(lowers(doc)[last + 1 : end + 2], start=last + 1)
    ):
        return "part"
    # a total
    if words[-3:-1] == ["a", "total"] or (words and words[-1] == "total"):
        return "total"
    if (
        nxt is not None
        and after is not None
        and (nxt.lower_, after.lower_)
        in {
            ("in", "total"),
            ("in", "all"),
        }
    ):
        return "total"
    # a rate: "3,000 per day", "40 km an hour"
    if (
        nxt is not None
        and after is not None
        and nxt.lower_ in {"per", "a", "an", "each", "every"}
        and (after.lemma_.lower() in _RATE_UNITS or after.lower_ in _RATE_UNITS)
        and not time_after_rate(doc, after.i)  # "$2.10 a year earlier": when, no rate
    ):
        return "rate"
    if nxt is not None and nxt.lower_ in {"mph", "km/h", "kph", "/h", "annually", "daily"}:
        return "rate"
    if noun is not None and participle_rate(doc, end, _RATE_UNITS):
        return "rate"  # "156.9 yards allowed per game"
    if nxt is not None and nxt.lower_ == "of" and _rate_after_of(doc, end + 2):
        return "rate"  # "about 5,000 gallons of water a minute"
    if unit in _DISTANCE_UNITS:
        is_distance, _ = _distance_place(doc, end + 1)
        if is_distance and motion_of(doc, noun if noun is not None else doc[last], unit) is None:
            return "distance"
    return None


_OF_RATE_WORDS = 3  # words of what is counted between "of" and the rate ("of sea water")


def _rate_after_of(doc: Doc, i: int) -> bool:
    """Whether the "of" phrase starting at ``doc[i]`` ("of water", "of crude oil") is followed
    by a rate ("a minute", "per day"): the figure is counted per that unit."""
    for k in range(i, min(len(doc) - 1, i + _OF_RATE_WORDS + 1)):
        tok = doc[k]
        if tok.lower_ in {"per", "a", "an", "each", "every"} and k > i:
            after = doc[k + 1]
            return after.lemma_.lower() in _RATE_UNITS or after.lower_ in _RATE_UNITS
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
    return False


def _increment_placed(doc: Doc, first: int, last: int, event: Token | None) -> str | None:
    """The named place of a crowd an increment word before the figure ("another 20,000
    people") sets apart from other places' (None: no such crowd,
    :mod:`newsbeat.enrich.claim_crowds`)."""
    if first == 0 or doc[first - 1].lower_ not in _INCREMENT - {"other"}:
        return None
    return crowd_of_its_place(doc[first : last + 1], event)


def _contrast(doc: Doc, first: int, last: int) -> bool:
    """ "killing 10 persons and wounding other 70": "other" sets the figure apart from a figure
    of another verb (the wounded are not among the killed), it adds nothing to it."""
    if doc[first - 1].lower_ != "other":
        return False
    verb = doc[last].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "conj" and verb.head.lemma_ != verb.lemma_


def _listed_beside(noun: Token) -> bool:
    """ "seized seven assault rifles, two other rifles and a launcher": a noun joined in one
    list to another counted noun; "other" there tells the figure apart from that item of the
    list (the two rifles are not among the seven), it is no part of a larger figure."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    items = [noun, *noun.conjuncts]
    return any(
        item.i != noun.i and any(c.dep_ == "nummod" for c in item.children) for item in items
    )
