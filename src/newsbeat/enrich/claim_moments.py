"""Dates that date nothing: the tagger calls "a quarter - century", "a decade" or "his days"
(tracking spies) a DATE, but they are a length of time or a stretch of someone's life, not the
moment a figure is told for; and it calls a team's or a fighter's record ("after an 18-30
start") a DATE too, and a weekday or month that is the last word of a name ("the next Patch
Tuesday": the name of a recurring release, not the Tuesday of the article) (used by
:mod:`newsbeat.enrich.claims` when it dates a figure)."""

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


YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
# Two tallies joined by a dash, nothing else: wins and losses ("18-30", "9 - 14"), a score.
_TALLIES = re.compile(r"\d{1,3}\s*[-\u2013]\s*\d{1,3}")


def no_moment(ent: Span) -> bool:
    """Whether a DATE span is only a length of time or someone's stretch of life ("a quarter -
    century", "a decade", "his days"): no figure, no name of a month or day, nothing but
    the words above before a word of length; or only a record of wins and losses ("after an
    18-30 start": a year is four digits, a day and month are written with words)."""
    if _TALLIES.fullmatch(ent.text) or _named(ent):
        return True
    words = [t.lower_ for t in ent]
    if not words or words[-1] not in _LENGTH_WORDS or any(t.like_num for t in ent):
        return False
    if len(words) == 1 and not words[0].endswith("s"):
        return False  # "year" cut from "this year" by the tagger: a date ("years" is a length)
    return all(w in _LEADS for w in words[:-1])


def _named(ent: Span) -> bool:
    """Whether the DATE is part of a capitalised name: a year that modifies a proper noun after
    it ("the 2007 Oscars", "a 2013 Toyota Camry"); a proper noun before its first word,
    not at the sentence's start, is joined to it ("Patch Tuesday": either word may be tagged
    the other's head), so the weekday or month names a thing, not a day. A name before a date
    that hangs elsewhere ("the Bible Church Friday night": "Church" is the object of a
    preposition) is no part of it."""
    start = ent.start
    root = ent.root
    if YEAR_ONLY.fullmatch(ent.text) and root.dep_ in {"compound", "nmod", "amod", "nummod"}:
        head = root.head  # "the 2007 Oscars", "his gray 2013 Toyota Camry": an edition, a model
        if head.i > root.i and head.pos_ == "PROPN" and head.is_title:
            return True
    if YEAR_ONLY.fullmatch(ent.text) and _year_before_name(ent):
        return True
    if start == 0:
        return False
    before = ent.doc[start - 1]
    return (
        before.pos_ == "PROPN"
        and before.is_title
        and not before.is_sent_start
        and (
            (before.dep_ == "compound" and ent.start <= before.head.i < ent.end)
            or (ent.root.head.i == before.i and ent.root.dep_ in {"npadvmod", "appos"})
        )
    )


def _year_before_name(ent: Span) -> bool:
    """A year inside a noun phrase, right before a capitalised name ("his gray 2013 Toyota
    Camry", however the tagger joined the two): a determiner, possessive or adjective before
    the year. After a preposition the year is a time ("in 2013 Velsoft recalled ...")."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc):
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    return (
        before.pos_ in {"DET", "PRON", "ADJ"}
        and after.pos_ == "PROPN"
        and after.is_title
        and not after.is_sent_start
    )
