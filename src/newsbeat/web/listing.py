"""Filters and pages of the story list and of search results (pages and ``/api/``).

Filters: beat, outlet, language, a date range (``from``/``to``; ``since`` is kept as a synonym
of ``from``) and "has conflicts". Stories are listed, counted and dated as every view lists
them (:func:`newsbeat.story_views.coverage.story_listing`): outlets include the reprints',
dates are the dated span of the articles, undated stories come last in their own group. A
story matches a date range when that span overlaps it: ``from`` keeps the stories updated on
or after it
(:func:`newsbeat.dates.is_since`), ``to`` those first seen by that day; an undated story or
article is in no date range (never "new"), and the list says how many undated stories a date
range left out. "Has conflicts" reads the comparison the ``compare`` stage stored: a story
never compared counts as without conflicts. Search hits are filtered on their own outlet,
language and date.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

from fastapi import HTTPException

from newsbeat.dates import day_of, is_dated, is_since
from newsbeat.models import SearchHit, Story
from newsbeat.since import SinceError, parse_since
from newsbeat.store import Store
from newsbeat.story_views.coverage import StoryListing, story_listing
from newsbeat.web.cache import ReadCache

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "Filters",
    "Paged",
    "conflict_counts",
    "filter_hits",
    "filter_stories",
    "full_listing",
    "paginate",
]

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 200
_T = TypeVar("_T")


def _bad(name: str, value: str, expected: str) -> HTTPException:
    shown = value if len(value) <= 40 else value[:39] + "…"
    return HTTPException(status_code=400, detail=f"{name} {shown!r}: {expected}")


def _lower_bound(name: str, value: str | None) -> str | None:
    """The ISO lower bound of a ``from``/``since`` value (a date or an age such as 7d)."""
    if not value:
        return None
    try:
        return parse_since(value)
    except SinceError as exc:
        raise _bad(name, value, exc.reason) from None


def _upper_day(name: str, value: str | None) -> str | None:
    """The last day (YYYY-MM-DD) of a ``to`` value, inclusive."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise _bad(name, value, "expected a date such as 2026-03-31") from None


@dataclass(frozen=True, kw_only=True)
class Filters:
    """What a list is narrowed to; empty strings (an empty form field) mean "any"."""

    beat: str | None = None
    outlet: str | None = None
    language: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    conflicts: bool = False
    lower: str | None = field(default=None, repr=False)
    upper: str | None = field(default=None, repr=False)

    @classmethod
    def parse(
        cls,
        *,
        beat: str | None = None,
        outlet: str | None = None,
        language: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        since: str | None = None,
        conflicts: bool = False,
    ) -> Filters:
        """Filters from query parameters; a bad date is a 400 naming the parameter."""
        start = date_from or since or None
        lower = _lower_bound("from" if date_from else "since", start)
        return cls(
            beat=beat or None,
            outlet=(outlet or "").strip() or None,
            language=(language or "").strip().lower() or None,
            date_from=start,
            date_to=date_to or None,
            conflicts=conflicts,
            lower=lower,
            upper=_upper_day("to", date_to),
        )

    def query(self, **extra: object) -> dict[str, str]:
        """The filters as query parameters (empty ones left out), plus ``extra``."""
        values: dict[str, object] = {
            "beat": self.beat,
            "outlet": self.outlet,
            "language": self.language,
            "from": self.date_from,
            "to": self.date_to,
            "conflicts": "1" if self.conflicts else None,
            **extra,
        }
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    @property
    def active(self) -> bool:
        """Whether anything but the beat narrows the list."""
        return bool(self.outlet or self.language or self.lower or self.upper or self.conflicts)

    @property
    def dated_only(self) -> bool:
        """Whether a date range is asked for (undated items are then left out)."""
        return self.lower is not None or self.upper is not None

    def in_range(self, first: str | None, last: str | None) -> bool:
        """Whether a span of dates (ISO; None: undated) overlaps the range asked for (an
        undated item is in none: :mod:`newsbeat.dates`)."""
        if not self.dated_only:
            return True
        if not (is_dated(first) and is_dated(last)):
            return False
        return is_since(last, self.lower) and (
            self.upper is None or (day_of(first) or "") <= self.upper
        )


def conflict_counts(
    store: Store, story_ids: Sequence[str], cache: ReadCache | None = None
) -> dict[str, int]:
    """How many conflicts between outlets the stored comparison of each story has (0 when
    the story was never compared); remembered in ``cache`` while the database is unchanged."""
    known: dict[str, int] = cache.get(("conflicts",), dict) if cache is not None else {}
    for story_id in story_ids:
        if story_id not in known:
            stored = store.get_story_analysis(story_id, "compare")
            data: dict[str, Any] = stored[1] if stored else {}
            comparison = data.get("comparison") or {}
            known[story_id] = len(comparison.get("conflicts") or [])
    return {story_id: known[story_id] for story_id in story_ids}


def full_listing(store: Store, beat: str | None, cache: ReadCache | None = None) -> StoryListing:
    """:func:`~newsbeat.story_views.coverage.story_listing` of a beat (or all), every date,
    remembered in ``cache`` while the database is unchanged (a date range is applied to it, so
    an age such as 7d does not make a new entry every second). Callers must not change it."""
    if cache is None:
        return story_listing(store, beat=beat)
    return cache.get(("listing", beat), lambda: story_listing(store, beat=beat))


def filter_stories(store: Store, filters: Filters, cache: ReadCache | None = None) -> StoryListing:
    """The stories matching ``filters``: dated ones most covered and newest first, then the
    undated ones (none when a date range is asked for: ``hidden_undated`` says how many of
    those matching the other filters it left out).

    Raises:
        NotFoundError: the beat does not exist.
    """
    full = full_listing(store, filters.beat, cache)
    coverage = full.coverage

    def keep(stories: list[Story]) -> list[Story]:
        if filters.outlet:
            wanted = filters.outlet.casefold()
            stories = [
                s for s in stories if any(o.casefold() == wanted for o in coverage[s.id].outlets)
            ]
        if filters.language:
            if cache is None:
                languages = store.story_languages()
            else:
                languages = cache.get(("languages",), store.story_languages)
            stories = [s for s in stories if filters.language in languages.get(s.id, [])]
        if filters.conflicts:
            counts = conflict_counts(store, [s.id for s in stories], cache)
            stories = [s for s in stories if counts[s.id]]
        return stories

    dated = [
        s
        for s in keep(full.stories)
        if filters.in_range(coverage[s.id].first_seen, coverage[s.id].last_updated)
    ]
    undated = keep(full.undated)
    hidden = 0
    if filters.dated_only:
        hidden, undated = len(undated), []
    return StoryListing(stories=dated, undated=undated, coverage=coverage, hidden_undated=hidden)


def filter_hits(
    store: Store, hits: list[SearchHit], filters: Filters, cache: ReadCache | None = None
) -> list[SearchHit]:
    """Search hits of the outlet, language and dates asked for (the beat is the search's)."""
    if filters.outlet:
        wanted = filters.outlet.casefold()
        hits = [h for h in hits if (h.outlet or "").casefold() == wanted]
    if filters.lower or filters.upper:
        hits = [h for h in hits if filters.in_range(h.published, h.published)]
    if filters.language and hits:
        languages = {
            a.id: (a.language or "").lower()
            for a in store.iter_articles(ids=[h.article_id for h in hits])
        }
        hits = [h for h in hits if languages.get(h.article_id) == filters.language]
    if filters.conflicts and hits:
        stories = {h.article_id: store.story_of(h.article_id) for h in hits}
        counts = conflict_counts(store, sorted({s for s in stories.values() if s}), cache)
        hits = [h for h in hits if counts.get(stories[h.article_id] or "", 0)]
    return hits


@dataclass(frozen=True, kw_only=True)
class Paged(Generic[_T]):
    """One page of a list, and where the pages around it are."""

    items: list[_T]
    total: int
    page: int
    size: int
    pages: int
    next_url: str | None
    prev_url: str | None
    first_index: int  # 1-based position of the first item, 0 when the page is empty


def paginate(
    items: Sequence[_T], *, page: int, size: int, path: str, query: dict[str, str]
) -> Paged[_T]:
    """Cut ``items`` into pages of ``size`` and give page ``page`` (1-based) with the links
    of its neighbours (``path`` with ``query`` plus ``page``/``size``)."""
    total = len(items)
    pages = max(1, math.ceil(total / size))
    page = min(max(page, 1), pages)
    start = (page - 1) * size
    chunk = list(items[start : start + size])

    def link(number: int) -> str:
        params = dict(query, page=str(number))
        if size != DEFAULT_PAGE_SIZE:
            params["size"] = str(size)
        return f"{path}?{urlencode(params)}"

    return Paged(
        items=chunk,
        total=total,
        page=page,
        size=size,
        pages=pages,
        next_url=link(page + 1) if page < pages else None,
        prev_url=link(page - 1) if page > 1 else None,
        first_index=start + 1 if chunk else 0,
    )
