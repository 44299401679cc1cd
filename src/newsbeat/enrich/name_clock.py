"""Time zones are no names: ``at 10:00 am (0800 GMT)``.

NER often tags a time zone's abbreviation after a clock time as an organisation. Written right
after a clock time on its line ("0800 GMT", "9 p.m. EST", "10:30 (UTC)", "noon ET") it only says
which clock the time is on: :func:`is_time_zone` says so, and neither the name spans
(:mod:`~newsbeat.enrich.name_spans`) nor the actor layer keep anything for it.
"""

from __future__ import annotations

import re

from newsbeat.enrich.names import time_zone_abbreviations

__all__ = ["is_time_zone"]

# Abbreviations news writes after clock times that the time zone database does not give.
_WRITTEN_ZONES = frozenset({"ET", "PT", "CT", "MT", "SGT"})
# A clock time ending where the zone starts, on the same line: "0800", "10:00", "9: 30",
# "9 p.m.", "noon", an opening bracket or "hrs" ("1100 hrs IST", ents38/read38) between them
# allowed.
_CLOCK_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:\s?[:.]\s?\d{2})?\s?(?:[ap]\.?\s?m\b\.?)?|\b\d{4}|\bnoon|\bmidnight)"
    r"(?:[ \t]*hrs\b\.?)?[ \t]*\(?[ \t]*$",
    re.IGNORECASE,
)
_LOOK_BACK = 21


def is_time_zone(text: str, start: int, name: str) -> bool:
    """Whether ``name`` at ``start`` of ``text`` is a time zone's abbreviation right after a
    clock time."""
    if not (name.isalpha() and name.isupper()):
        return False
    if _CLOCK_BEFORE.search(text[max(0, start - _LOOK_BACK) : start]) is None:
        return False
    # the zone database is read (about 0.15 s, once) only when a clock time precedes a name
    return name in _WRITTEN_ZONES or name in time_zone_abbreviations()
