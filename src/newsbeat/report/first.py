"""Which outlets may have been first to report a story, as every view says it.

The compare stage names one first article: the earliest by publication time, the lowest id
among equals. Most pages give a day without a time, and then several outlets published "first"
on the same day: naming one of them would claim more than the dates say. The views name them
all ("first reported on 2019-11-18 by A, B and C").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsbeat.dates import day_of, instant

__all__ = ["first_outlets", "first_words"]

UNKNOWN_OUTLET = "unknown outlet"


def _has_time(published: str) -> bool:
    return "T" in published.strip() or " " in published.strip()


def first_outlets(
    first: Mapping[str, Any] | None, originals: Iterable[tuple[int, str | None, str | None]]
) -> list[str]:
    """The outlets that may have been first: the compared first article's, then (sorted) those
    of the other original articles its date does not put after it.

    An article is not after the first one when it was published on the same day and either of
    the two dates has no time, or at the same instant. A first article without a date of its
    own (ordered by its import time) ties with nobody.

    Args:
        first: the comparison's ``first`` (``outlet``, ``article_id``), or None.
        originals: ``(article id, outlet, published)`` of the story's articles, reprints left
            out.

    Returns:
        Outlet names, the compared first one leading; empty when there is no first.
    """
    if not first:
        return []
    lead = first.get("outlet") or UNKNOWN_OUTLET
    dates = {article_id: (outlet, when) for article_id, outlet, when in originals}
    first_id = first.get("article_id")
    published = dates[first_id][1] if isinstance(first_id, int) and first_id in dates else None
    day = day_of(published)
    if published is None or day is None:
        return [lead]
    others: set[str] = set()
    for outlet, when in dates.values():
        if when is None or day_of(when) != day:
            continue
        coarse = not _has_time(published) or not _has_time(when)
        if coarse or instant(when) == instant(published):
            others.add(outlet or UNKNOWN_OUTLET)
    others.discard(lead)
    return [lead, *sorted(others)]


def first_words(outlets: list[str], published: str | None) -> str:
    """``first reported by A`` or ``first reported on DAY by A, B and C`` (plain text)."""
    if len(outlets) <= 1:
        return f"first reported by {outlets[0]}" if outlets else ""
    names = ", ".join(outlets[:-1]) + f" and {outlets[-1]}"
    day = day_of(published)
    return f"first reported {f'on {day} ' if day else ''}by {names} (same day)"
