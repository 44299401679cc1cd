"""Dates that date nothing: the tagger calls "a quarter - century", "a decade" or "his days"
(tracking spies) a DATE, but they are a length of time or a stretch of someone's life, not the
moment a figure is told for; and it calls a team's or a fighter's record ("after an 18-30
start") a DATE too (used by :mod:`newsbeat.enrich.claims` when it dates a figure)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["no_moment"]

_LENGTH_WORDS = frozenset(
    {"century", "centuries", "decade", "decades", "year", "years", "month", "months", "week",
     "weeks", "day", "days", "lifetime", "generation", "generations"}
)  # fmt: skip
_LEADS = frozenset(
    {"a", "an", "his", "her", "their", "its", "my", "our", "your", "quarter", "half", "-",
     "many", "several", "few", "some", "whole", "entire", "full", "nearly", "almost", "over"}
)  # fmt: skip


# Two tallies joined by a dash, nothing else: wins and losses ("18-30", "9 - 14"), a score.
_TALLIES = re.compile(r"\d{1,3}\s*[-\u2013]\s*\d{1,3}")


def no_moment(ent: Span) -> bool:
    """Whether a DATE span is only a length of time or someone's stretch of life ("a quarter -
    century", "a decade", "his days"): no figure, no name of a month or day, nothing but
    the words above before a word of length; or only a record of wins and losses ("after an
    18-30 start": a year is four digits, a day and month are written with words)."""
    if _TALLIES.fullmatch(ent.text):
        return True
    words = [t.lower_ for t in ent]
    if not words or words[-1] not in _LENGTH_WORDS or any(t.like_num for t in ent):
        return False
    if len(words) == 1 and not words[0].endswith("s"):
        return False  # "year" cut from "this year" by the tagger: a date ("years" is a length)
    return all(w in _LEADS for w in words[:-1])
