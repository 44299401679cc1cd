"""The one rule for article and story dates in every view: an undated article is undated.

An article whose page, feed or dump gave no date is stored with ``published`` None (every
keyword dump without a dateline, for instance); the store orders it by its import or fetch
time, which says when newsbeat saw it, not when it was news. Views (``stories``, ``articles``,
``digest``, the reports, the web UI) therefore never use that time as a date: an undated
article or story is not "new" for ``--since``, sits in its own "undated" group in listings and
charts, and shows "undated" instead of a date. A story is dated by the articles that have a
date (reprints included); a story none of whose articles has one is undated.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

__all__ = [
    "UNDATED",
    "aware_time",
    "dated_span",
    "day_of",
    "instant",
    "is_dated",
    "is_since",
    "shown_day",
]

UNDATED = "undated"  # the label of the group, and of a date, when none was given


def is_dated(published: str | None, published_source: str | None = None) -> bool:
    """Whether an article has a date of its own (not the import/fetch-time fallback)."""
    return bool(published) and published_source != "import" and instant(published) is not None


def instant(published: str | None) -> datetime | None:
    """An ISO date or date-time as an aware UTC datetime (a date alone is midnight UTC, a time
    without an offset is UTC); None when missing or not ISO 8601."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def aware_time(value: str | None) -> datetime | None:
    """A stored ISO date or date-time as an aware datetime, in the zone it names (UTC when it
    names none; a date alone is midnight); None when missing or not ISO 8601. Unlike
    :func:`instant` it reads the text as it is (no white space stripped, no date read out of
    a longer text): a report's event times, a source's last poll, the watch's state."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def day_of(published: str | None) -> str | None:
    """The calendar day (``YYYY-MM-DD``) an article was published, as written in its date
    (a reader's "3 March" is the outlet's local day); None when undated."""
    if instant(published) is None:
        return None
    assert published is not None
    return published.strip()[:10]


def shown_day(published: str | None) -> str:
    """The day as listings show it: ``YYYY-MM-DD``, else ``undated``."""
    return day_of(published) or UNDATED


def dated_span(published: Iterable[str | None]) -> tuple[str, str] | None:
    """The earliest and latest of these dates (as written), or None when none is a date."""
    dated = [(when, p) for p in published if (when := instant(p)) is not None]
    if not dated:
        return None
    return min(dated)[1] or "", max(dated)[1] or ""


def is_since(published: str | None, since: str | None) -> bool:
    """Whether a date is on or after the ``--since`` bound (an ISO date or date-time, see
    :func:`newsbeat.since.parse_since`). Without a bound everything is; an undated article
    or story never is: it is not "new", whatever its import time."""
    if since is None:
        return True
    when, bound = instant(published), instant(since)
    if when is None:
        return False
    return bound is None or when >= bound
