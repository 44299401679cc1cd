"""GDELT DOC 2.0 as it really answers: the request, its plain-text errors, rate limiting.

GDELT answers errors as plain text with status 200: :func:`gdelt_error` says what each means
(:class:`GdeltRateLimited` for "Please limit requests to one every 5 seconds"). A source that is
still rate limited after the run's own retries is recorded ``rate limited`` and not asked again
until :func:`backing_off` allows (one minute, doubling with each rate-limited poll in a row, at
most an hour). The polling itself is :func:`newsbeat.collect.sources.poll_gdelt`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

from newsbeat.collect.query import to_gdelt
from newsbeat.exceptions import FetchError
from newsbeat.models import Source

__all__ = ["RATE_LIMITED", "GdeltRateLimited", "backing_off", "gdelt_error", "gdelt_url"]


def gdelt_url(base: str, query: str, *, since: datetime | None, max_records: int) -> str:
    """The GDELT DOC 2.0 ``artlist`` request for a beat query.

    Args:
        base: the API endpoint (the ``gdelt_url`` setting, or the source's URL).
        query: the beat's FTS5 query (translated here).
        since: the window start (``startdatetime``); None asks for the last 7 days.
        max_records: records wanted (GDELT allows at most 250).
    """
    params = {
        "query": to_gdelt(query),
        "mode": "artlist",
        "format": "json",
        "maxrecords": str(max(1, min(250, max_records))),
        "sort": "datedesc",
    }
    if since is not None:
        params["startdatetime"] = since.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    else:
        params["timespan"] = "7d"
    return f"{base}{'&' if '?' in base else '?'}{urlencode(params)}"


class GdeltRateLimited(FetchError):
    """GDELT asked to slow down ("Please limit requests to one every 5 seconds")."""


# GDELT answers errors as plain text with status 200: what each means, for the source's error.
_GDELT_ERRORS = (
    ("timespan", "GDELT refused the time window"),
    ("too short", "a word or phrase of the query is too short for GDELT (three letters at least)"),
    ("parenthes", "GDELT could not read the query's OR groups or parentheses"),
    ("or'd", "GDELT could not read the query's OR groups or parentheses"),
    ("too common", "a word of the query is too common for GDELT to search for"),
    ("too long", "the query is too long for GDELT"),
)


def gdelt_error(url: str, text: str) -> FetchError:
    """The error a plain-text GDELT answer stands for: rate limiting, or a query problem
    explained (the answer itself quoted)."""
    quoted = repr(" ".join(text.split())[:200])
    folded = text.casefold()
    if "limit requests" in folded or "rate limit" in folded:
        return GdeltRateLimited(url, f"GDELT rate limit: it answered {quoted}")
    for clue, meaning in _GDELT_ERRORS:
        if clue in folded:
            return FetchError(url, f"{meaning}; GDELT answered with an error: {quoted}")
    return FetchError(url, f"GDELT answered with an error instead of results: {quoted}")


RATE_LIMITED = "rate limited"
_BACKOFF_BASE = 60.0  # seconds after the first rate-limit error; doubles with each one more
_BACKOFF_MAX = 3600.0


def backing_off(source: Source, now: datetime | None = None) -> str | None:
    """When a source that was rate limited may be polled again (ISO time), if not yet.

    The wait is one minute after the first rate-limited poll, doubling with each one in a row,
    at most an hour; a source that was not rate limited at its last poll never waits.
    """
    if source.last_status != RATE_LIMITED or not source.last_poll:
        return None
    try:
        last = datetime.fromisoformat(source.last_poll.replace("Z", "+00:00"))
    except ValueError:
        return None
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    errors = max(1, source.consecutive_errors)
    wait = min(_BACKOFF_BASE * 2 ** (errors - 1), _BACKOFF_MAX)
    until = last.timestamp() + wait
    current = (now or datetime.now(UTC)).timestamp()
    if current >= until:
        return None
    return datetime.fromtimestamp(until, UTC).replace(microsecond=0).isoformat()
