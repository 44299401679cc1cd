"""How the web UI writes dates for a reader: one function, used on every page.

Stored dates are ISO 8601 (``2026-03-03T09:10:00+01:00``, or a date alone). A reader sees
``3 Mar 2026, 09:10``: the day and the clock time as the outlet gave them (in the article's own
offset, so a 09:10 Oslo article says 09:10), or ``3 Mar 2026`` when only the day is known
(a date alone, or exactly midnight, which is how a date without a time is stored).
An article without a date of its own is ``undated``, by the one rule of every view
(:func:`newsbeat.dates.is_dated`: ``published`` empty, or ``published_source`` saying the
import time stood in for it).
"""

from __future__ import annotations

from datetime import date, datetime, time

from newsbeat.dates import UNDATED, instant, is_dated

__all__ = ["UNDATED", "is_undated", "reader_date"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_undated(published: str | None, source: str | None = None) -> bool:
    """Whether an article has no publication date of its own.

    Args:
        published: the stored ``published`` value.
        source: the stored ``published_source`` (how the date was obtained), when known.
    """
    return not is_dated(published, source)


def reader_date(value: object, source: str | None = None) -> str:
    """A stored date in a reader's words: ``3 Mar 2026, 09:10``, ``3 Mar 2026``, or
    ``undated``. A value that is not an ISO date is shown as it is (never hidden).

    Args:
        value: an ISO 8601 date or date-time (str), a ``date``/``datetime``, or None.
        source: the article's ``published_source``, when the value is a publication date.
    """
    if isinstance(value, datetime):
        return _with_time(value)
    if isinstance(value, date):
        return _day(value)
    text = "" if value is None else str(value).strip()
    if text and instant(text) is None:
        return text  # not an ISO date: no date for the views, but the stored text is shown
    if not is_dated(text, source):
        return UNDATED
    try:
        if len(text) == 10:
            return _day(date.fromisoformat(text))
        return _with_time(datetime.fromisoformat(text))
    except ValueError:
        return text


def _day(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _with_time(moment: datetime) -> str:
    if moment.time() == time(0, 0):
        return _day(moment.date())  # a date stored at midnight: no clock time was given
    return f"{_day(moment.date())}, {moment.hour:02d}:{moment.minute:02d}"
