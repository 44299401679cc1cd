"""Times of day written the military way ("at 1230 hours"): no duration, so no claim.

Navies, armies and coast guards give the time of an event as four digits, hours then minutes,
followed by "hours" ("boarded the dhow at 1230 hours"). Read as a figure with its unit, that is a
duration of 1,230 hours, which another outlet's time of day could then contradict. The figure is
a time only when it could be one (00-23 hours, 00-59 minutes, four digits with the leading zero
kept: "0600") and a preposition of time stands before it; "logged 1200 hours of work" and "the
strike lasted 1100 hours" stay durations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["military_time"]

_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_HOURS = frozenset({"hours", "hrs", "hrs."})
# Words that put a time of day after them; "around"/"about" only after one of these ("at
# around 1845 hours"), since "about 1200 hours of work" is a duration.
_AT = frozenset({"at", "by", "until", "till", "from", "since", "after", "before"})
_ROUGHLY = frozenset({"around", "about", "approximately"})


def military_time(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure ``first..last`` is a time of day such as "at 1230 hours"."""
    if first != last or not _HHMM.fullmatch(doc[first].text) or last + 1 >= len(doc):
        return False
    if doc[last + 1].lower_ not in _HOURS:
        return False
    if last + 2 < len(doc) and doc[last + 2].lower_ == "of":
        return False  # "by 1200 hours of overtime": a duration after all
    before = first - 1
    if before >= 0 and doc[before].lower_ in _ROUGHLY:
        before -= 1
    return before >= 0 and doc[before].lower_ in _AT
