"""The overview's articles over time, in periods a reader can scan: days, weeks, months, years.

The report's data keeps one count per calendar day (``overview["days"]``,
``overview["articles_per_day"]``, as the JSON format gives them). Shown as they are, a beat whose
articles spread over years makes a row of thousands of zeros: read36 (session 36) found 1,697
columns, 50 KB, for 8 articles from 2015 to 2019. A newsroom reader looks at this table for the
shape of the coverage (when did it start, when did it peak, is it still going), not for exact
dates, which each story's own section lists. So the Markdown table and the HTML chart show the
finest period of day, week, month and year in which the whole span fits in
:data:`MAX_COLUMNS` columns (a month of days: one line of a terminal). Empty periods are kept:
a gap in coverage is part of the shape, and hiding it would make two bursts years apart look
adjacent. Weeks start on Monday and are labelled by that Monday's date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

__all__ = ["MAX_COLUMNS", "PERIODS", "periods_view"]

MAX_COLUMNS = 31
PERIODS = ("day", "week", "month", "year")


def _key(day: date, period: str) -> str:
    """The label of the period holding ``day``: "2026-03-02", the week's Monday, "2026-03",
    "2026"."""
    if period == "day":
        return day.isoformat()
    if period == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _labels(first: date, last: date, period: str) -> list[str]:
    """Every period's label from the one holding ``first`` to the one holding ``last``."""
    if period == "day":
        return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
    if period == "week":
        monday = first - timedelta(days=first.weekday())
        weeks = (last - monday).days // 7 + 1
        return [(monday + timedelta(weeks=n)).isoformat() for n in range(weeks)]
    if period == "month":
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        return [
            f"{first.year + (first.month - 1 + n) // 12:04d}-{(first.month - 1 + n) % 12 + 1:02d}"
            for n in range(months)
        ]
    return [f"{y:04d}" for y in range(first.year, last.year + 1)]


def periods_view(days: Sequence[str], series: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The per-day counts of the overview regrouped into the finest period that fits (see the
    module doc).

    Args:
        days: every calendar day from the first to the last, in order (ISO dates).
        series: ``{"title", "anchor", "counts", "undated", ...}`` per story row, ``counts``
            aligned with ``days``.

    Returns:
        ``{"period", "labels", "series"}``: the period's name ("day", "week", "month" or
        "year"), its labels in order and the rows with ``counts`` per label (other keys kept).
    """
    if not days:
        return {"period": "day", "labels": [], "series": [dict(s) for s in series]}
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    period, labels = "year", _labels(first, last, "year")
    for name in PERIODS:
        labels = _labels(first, last, name)
        if len(labels) <= MAX_COLUMNS:
            period = name
            break
    index = {label: i for i, label in enumerate(labels)}
    slots = [index[_key(date.fromisoformat(d), period)] for d in days]
    rows = []
    for s in series:
        counts = [0] * len(labels)
        for slot, n in zip(slots, s["counts"], strict=True):
            counts[slot] += n
        rows.append({**s, "counts": counts})
    return {"period": period, "labels": labels, "series": rows}
