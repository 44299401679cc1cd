"""A duration told in two or more units, one after the other (issue 12, claims35).

"4 minutes and 15 seconds", "2 hours 30 minutes", "1hr 4 mins", "1 year and 3 months", "two
weeks and three days", "1 hour, 2 minutes and 5 seconds": one duration, read as one claim in
its last unit (255 seconds, 150 minutes, 64 minutes, 15 months, 17 days, 3,725 seconds). Read
figure by figure, it would be two claims, the second a wrong one ("15 seconds" of a race that
took four minutes more).

Each unit must be smaller than the one before, and each figure after the first below the
count of its unit in the one before (fewer than 60 seconds, 12 months): "3 days, 3 days" or
"10 minutes 90 seconds" are no compound. Only units whose ratio is fixed are added up
(years and months, weeks and days, days and hours, hours and minutes, minutes and seconds); a
compound across a loose ratio ("1 year, 160 days", "3 months and 2 days": a month is 28 to 31
days) is still one span, but read as no claim: say less rather than print a figure the text
does not write.

Used by :mod:`newsbeat.enrich.claims`; the claim itself is added by
:func:`newsbeat.enrich.claim_measured._add_duration` (not before "later", "ago", "old": "2
hours 10 minutes later" is a time, no duration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_numbers import WORDS
from newsbeat.enrich.doc_arrays import lowers, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CompoundDuration", "compound_duration"]

# each unit word -> (its unit's rank, largest first; the unit's name in a claim)
_UNIT_WORDS: dict[str, tuple[int, str]] = {
    **dict.fromkeys(("year", "years", "yr", "yrs"), (0, "years")),
    **dict.fromkeys(("month", "months"), (1, "months")),
    **dict.fromkeys(("week", "weeks"), (2, "weeks")),
    **dict.fromkeys(("day", "days"), (3, "days")),
    **dict.fromkeys(("hour", "hours", "hr", "hrs"), (4, "hours")),
    **dict.fromkeys(("minute", "minutes", "min", "mins"), (5, "minutes")),
    **dict.fromkeys(("second", "seconds", "sec", "secs"), (6, "seconds")),
}
# (larger unit, the next smaller one) -> how many of the smaller one make the larger: the
# only steps a compound adds up; any other step (years then days) has no fixed ratio
_RATIOS = {
    ("years", "months"): 12,
    ("weeks", "days"): 7,
    ("days", "hours"): 24,
    ("hours", "minutes"): 60,
    ("minutes", "seconds"): 60,
}
# "1hr", "2hrs", "3h": a figure glued to its hour word (the tokenizer keeps it whole)
_GLUED_HOURS = re.compile(r"(\d{1,3})(?:h|hr|hrs)", re.IGNORECASE)
_FIGURE = re.compile(r"\d{1,4}")
_JOINS = frozenset({"and", ","})
_RANKS = {unit: rank for rank, unit in _UNIT_WORDS.values()}
_SINGULAR = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


@dataclass(frozen=True)
class CompoundDuration:
    """A duration told in several units: its tokens ``first..last`` and, when its units add
    up at fixed ratios, its ``value`` in its last ``unit`` (None: a loose ratio, no claim)."""

    first: int
    last: int
    value: float | None
    unit: str


def _part(doc: Doc, i: int, opening: bool) -> tuple[float, int, str] | None:
    """(figure, index of the unit word, unit) of one part "<figure> <unit>" at ``doc[i]``:
    digits, a number word, "a"/"an" before a singular unit when it opens the compound ("an
    hour and 20 minutes"), or a figure glued to its hour word ("1hr")."""
    if i >= len(doc):
        return None
    word, low = texts(doc)[i], lowers(doc)[i]
    glued = _GLUED_HOURS.fullmatch(word)
    if glued is not None:
        return float(glued.group(1)), i, "hours"
    if i + 1 >= len(doc) or lowers(doc)[i + 1] not in _UNIT_WORDS:
        return None
    unit_word = lowers(doc)[i + 1]
    if _FIGURE.fullmatch(word) is not None:
        figure = float(word)
    elif low in {"a", "an"} and opening and unit_word in _SINGULAR:
        figure = 1.0
    elif low in WORDS and low not in {"a", "an"} and WORDS[low] < 100:
        figure = float(WORDS[low])
    else:
        return None
    return figure, i + 1, _UNIT_WORDS[unit_word][1]


def compound_duration(doc: Doc, i: int) -> CompoundDuration | None:
    """The duration told in two or more units from ``doc[i]`` on, or None when ``doc[i]``
    opens no such duration (one unit alone is read as any other figure)."""
    opening = _part(doc, i, opening=True)
    if opening is None:
        return None
    parts = [opening]
    k = opening[1] + 1
    while True:
        nxt = k
        if nxt < len(doc) and lowers(doc)[nxt] in _JOINS:
            nxt += 1
            if nxt < len(doc) and lowers(doc)[nxt - 1] == "," and lowers(doc)[nxt] == "and":
                nxt += 1  # "1 hour, 2 minutes, and 5 seconds"
        part = _part(doc, nxt, opening=False)
        if part is None:
            break
        before, after = parts[-1][2], part[2]
        if _RANKS[before] >= _RANKS[after]:
            break  # "3 days, 3 days", "20 minutes and 2 hours": no compound
        ratio = _RATIOS.get((before, after))
        if ratio is not None and part[0] >= ratio:
            break  # "10 minutes 90 seconds": no part of the minute before it
        parts.append(part)
        k = part[1] + 1
    if len(parts) < 2:
        return None
    value: float | None = parts[0][0]
    for (_, _, before), (figure, _, after) in pairwise(parts):
        ratio = _RATIOS.get((before, after))
        value = None if ratio is None or value is None else value * ratio + figure
    return CompoundDuration(first=i, last=parts[-1][1], value=value, unit=parts[-1][2])
