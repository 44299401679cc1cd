"""When an undated article's event happened, from the dates its headline and lead write.

The story clustering places an article in time by its publication date. Many articles have
none (keyword dumps, pasted text); their import time says when newsbeat saw them, not when the
event was news, so it is never used. What such an article writes about its own day is:

- a dateline (``VELMAR, March 3 (CPW) —``),
- a full date (``3 March 2026``, ``March 3, 2026``, ``2026-03-03``; in capitals too:
  ``MONDAY, MAY 23, 2005``),
- a day of a month after "on" (``on March 3``, ``on 3 March``), whose year is the one that puts
  it nearest the clustering's clock (the latest publication date seen), within half a year.

Only the headline and the lead are read (the body often recalls earlier events), the latest
date found wins (a report's own day is not earlier than the days it recalls), and a date after
the reference is dropped (an announced plan: "talks resume on March 20"). Weekdays ("on
Tuesday") are not used: without a publication date there is no week to count them in.

The day found only scores the article against a story's dates (time factor, dormancy); it
never becomes the article's time, so it moves neither the clock nor a story's span.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from newsbeat.extract.outlets import find_dates, infer_year, parse_dateline

__all__ = ["mentioned_time"]

_MONTH_NUMBERS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# "on March 3" / "on Tuesday, March 3" / "on 3 March" (no year: that is a full date).
_ON_DAY = re.compile(
    rf"\bon\s+{_WEEKDAY}(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\b\.?)(?!,?\s*\d)(?![\d:])",
    re.IGNORECASE,
)
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")
_LEAD_CHARS = 400
_ONE_DAY = 86400.0


def mentioned_time(title: str, lead: str, reference: float | None) -> float | None:
    """The time (epoch seconds, midnight UTC) of the day an undated article reports, or None.

    Args:
        title: the headline.
        lead: the standfirst or the start of the text.
        reference: the latest publication time the clustering has seen (None when none):
            years are inferred near it and later dates are dropped.

    Returns:
        The latest day written as the article's own (dateline, full date, "on March 3"),
        not after ``reference`` (plus one day), else None.
    """
    lead = lead[:_LEAD_CHARS]
    days = list(find_dates(_uncapped(f"{title}\n{lead}")))
    ref_day = _day(reference) if reference is not None else None
    dateline = parse_dateline(lead.lstrip())
    if dateline is not None and dateline.month and dateline.day:
        year = dateline.year or _year(dateline.month, dateline.day, ref_day)
        days.extend(_valid(year, dateline.month, dateline.day))
    for match in _ON_DAY.finditer(f"{title}\n{lead}"):
        month = _MONTH_NUMBERS[(match["m1"] or match["m2"]).casefold()]
        day = int(match["d1"] or match["d2"])
        days.extend(_valid(_year(month, day, ref_day), month, day))
    if ref_day is not None:
        days = [d for d in days if (d - ref_day).days <= 1]
    if not days:
        return None
    latest = max(days)
    return datetime(latest.year, latest.month, latest.day, tzinfo=UTC).timestamp()


def _uncapped(text: str) -> str:
    """Words in capitals written capitalised: "MONDAY, MAY 23, 2005" reads as a full date."""
    return _CAPITALS.sub(lambda m: m[0].capitalize(), text)


def _day(seconds: float) -> date:
    return datetime.fromtimestamp(seconds, UTC).date()


def _year(month: int, day: int, reference: date | None) -> int | None:
    """The year that puts a month and day nearest the reference (None without one)."""
    if reference is None:
        return None
    return infer_year(month, day, [reference])


def _valid(year: int | None, month: int, day: int) -> list[date]:
    if year is None:
        return []
    try:
        return [date(year, month, day)]
    except ValueError:
        return []
