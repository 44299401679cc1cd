"""Time zones are no organisations: ``at 10:00 am (0800 GMT)``.

NER often tags a time zone's abbreviation after a clock time as an organisation. Written
right after a clock time ("0800 GMT", "9 p.m. EST", "10:30 (UTC)") it only says which clock
the time is on: :func:`is_time_zone` says so, and the actor layer keeps no actor for it.
"""

from __future__ import annotations

import re

__all__ = ["is_time_zone"]

# Abbreviations of time zones written after clock times in news (our own list).
_ZONES = frozenset(
    {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "JST"}
    | {"KST", "HKT", "SGT", "AEST", "AEDT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST"}
    | {"PDT", "AKST", "HST", "ET", "PT", "CT", "MT"}
)
# A clock time ending where the zone starts: "0800", "10:00", "9 p.m.", "noon", an opening
# bracket between them allowed.
_CLOCK_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:[:.]\s?\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|\b\d{4}|\bnoon|\bmidnight)"
    r"\s*\(?\s*$",
    re.IGNORECASE,
)
_LOOK_BACK = 16


def is_time_zone(text: str, start: int, name: str) -> bool:
    """Whether ``name`` at ``start`` is a time zone's abbreviation right after a clock time."""
    if name not in _ZONES:
        return False
    return _CLOCK_BEFORE.search(text[max(0, start - _LOOK_BACK) : start]) is not None
