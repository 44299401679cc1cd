"""The place and day of a gathering's size, read past its own sentence (issue 12).

Outlets write a crowd's size in sentences that share few words ("Police put the march at
roughly 30,000 people" / "The Athens march was attended by an approximate 200,000"), so two
sizes of a gathering meet through their slot instead: the same places and the same day
(``compare.pinned_figures._one_measure``). A size's own sentence often names neither: it speaks of
the gathering its article's headline and lead tell of, where and when. This module reads that
slot, and one figure that is no size of the whole gathering: an early count told as the
gathering began ("as many as 20,000 took to the streets as rallies kicked off"; the
guidelines take an early hedged figure as a hedge against later ones, as a crowd grows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbeat.compare.place_aliases import same_places
from newsbeat.enrich.number_names import MONTHS, WEEKDAYS

__all__ = ["CrowdSide", "early_count", "named_days", "one_gathering"]

_WEEKDAY = re.compile(rf"\b({'|'.join(sorted(WEEKDAYS))})\b", re.IGNORECASE)
_MONTH = "|".join(sorted({m.rstrip(".") for m in MONTHS}, key=len, reverse=True))
# "May 5", "Sept. 12th", "5th of May", "12 September": a month and its day, either way round.
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b", re.IGNORECASE)
# A count told as its gathering began: "as rallies all around the country kicked off", "when
# the march got under way". At most five words between the conjunction and the verb.
_AT_THE_START = re.compile(
    r"\b(?:as|when)\s+(?:\w+\s+){1,5}(?:kicked\s+off|began|got\s+under\s*way|started|"
    r"were\s+starting|was\s+starting|were\s+beginning|was\s+beginning)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, kw_only=True)
class CrowdSide:
    """What one size of a gathering is read with: its sentence, the places and the date it
    names (folded; the date also as written), and the places and days its article's headline
    and lead name."""

    sentence: str
    places: frozenset[str]
    when: str
    written_when: str
    lead_places: frozenset[str]
    lead_days: frozenset[str]


def named_days(text: str) -> frozenset[str]:
    """The days a text names, folded: weekdays ("monday") and a month's days ("may 5" of
    "Wed May 5, 2010", "the 5th of May" or "Published May 05")."""
    days = {m.group(1).casefold() for m in _WEEKDAY.finditer(text)}
    days |= {
        f"{_month(m.group(1))} {int(m.group(2))}"
        for m in _MONTH_DAY.finditer(text)
        if m.group(1) != "may"  # "they may 5 more": a modal, written in lowercase
    }
    days |= {f"{_month(m.group(2))} {int(m.group(1))}" for m in _DAY_MONTH.finditer(text)}
    return frozenset(days)


def _month(word: str) -> str:
    return word.casefold()[:3]  # "Sept." and "September" are one month


def early_count(sentence: str) -> bool:
    """Whether a gathering's size is told as the gathering began ("as many as 20,000 people
    took to the streets as rallies all around the country kicked off"): a count of its start,
    not of the whole gathering."""
    return bool(_AT_THE_START.search(sentence))


def one_gathering(a: CrowdSide, b: CrowdSide) -> bool:
    """Whether two sizes of a gathering of one class are one measure of one crowd, however
    their sentences are worded.

    - The places: the same in both sentences; a sentence naming none, against one that
      does, stands for the places its article's lead names ("Police put the march at 30,000"
      in an article whose lead tells of the march in Athens / "the Athens march was attended
      by 200,000"; a lead naming no place keeps it apart, as before).
    - The day: the same as written, or written on one side only and named by the other
      article's lead ("On Monday about 130 people were marching" / "nearly 100 people set off
      to march" in an article published on Monday); a day no lead of the other names keeps
      them apart ("On Saturday, 100,000 took to the streets").
    - Neither is an early count (:func:`early_count`) unless both are.
    """
    if early_count(a.sentence) != early_count(b.sentence):
        return False
    return _same_places(a, b) and _same_day(a, b)


def _same_places(a: CrowdSide, b: CrowdSide) -> bool:
    if bool(a.places) == bool(b.places):
        return same_places(a.places, b.places)
    placed, unplaced = (a, b) if a.places else (b, a)
    return bool(unplaced.lead_places) and same_places(placed.places, unplaced.lead_places)


def _same_day(a: CrowdSide, b: CrowdSide) -> bool:
    if a.when == b.when:
        return True
    if a.when and b.when:
        return False
    dated, undated = (a, b) if a.when else (b, a)
    return bool(named_days(dated.written_when) & undated.lead_days)
