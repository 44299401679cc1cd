"""The HTML pages: beats, stories (filtered, in pages), one story, one actor, search, one
article."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from newsbeat.models import SearchHit
from newsbeat.report.digest import build_digest
from newsbeat.store import Store
from newsbeat.story_views.coverage import appearance_label, story_coverage
from newsbeat.web.api import FiltersDep, PageParam, SizeParam, filtered_search
from newsbeat.web.cache import ReadCache
from newsbeat.web.deps import CacheDep, SettingsDep, StoreDep, page, run_cancellable
from newsbeat.web.fastpath import page_key
from newsbeat.web.listing import (
    DEFAULT_PAGE_SIZE,
    conflict_counts,
    filter_stories,
    full_listing,
    paginate,
)
from newsbeat.web.views import story_page_data

__all__ = ["router"]

router = APIRouter(default_response_class=HTMLResponse)

TOP_STORIES = 5  # stories per beat on the front page


def _page_key(request: Request) -> tuple[str, str, str]:
    return page_key(request.scope)


def _kept(cache: ReadCache, request: Request, render: Callable[[], HTMLResponse]) -> HTMLResponse:
    """The page at this URL as rendered before, while the database is unchanged, else
    ``render()`` now (errors are raised, never kept)."""
    body = cache.get(_page_key(request), lambda: bytes(render().body))
    return HTMLResponse(body)


def _already(cache: ReadCache, request: Request) -> HTMLResponse | None:
    """The page at this URL if it is kept and current (no store opened, no thread)."""
    body = cache.peek(_page_key(request))
    return None if body is None else HTMLResponse(body)


def _choices(store: Store, cache: ReadCache) -> dict[str, Any]:
    """What the filter forms offer: beats, outlets, languages (kept while the database is
    unchanged: reading them scans every article)."""

    def compute() -> dict[str, Any]:
        languages = cache.get(("languages",), store.story_languages)
        return {
            "beats": store.list_beats(),
            "outlets": store.outlet_names(),
            "languages": sorted({lang for langs in languages.values() for lang in langs}),
        }

    return cache.get(("choices",), compute)


@router.get("/")
def index(store: StoreDep, cache: CacheDep) -> HTMLResponse:
    """Every beat with its article count and its most covered, newest stories."""
    sections = cache.get(("digest",), lambda: build_digest(store, limit=TOP_STORIES))
    shown = [s.id for section in sections for s in section.stories + section.undated]
    return page(
        "index.html.j2",
        sections=sections,
        total=store.count_articles(),
        stories=full_listing(store, None, cache).total,
        conflicts=conflict_counts(store, shown, cache),
    )


@router.get("/stories")
def stories(
    request: Request,
    store: StoreDep,
    cache: CacheDep,
    filters: FiltersDep,
    page_number: PageParam = None,
    size: SizeParam = None,
) -> HTMLResponse:
    """Stories, most covered and newest first, undated ones last in their own group,
    filtered (beat, outlet, language, dates, conflicts) and cut into pages. The form sends
    empty fields for "any"."""
    listing = filter_stories(store, filters, cache)
    paged = paginate(
        listing.stories + listing.undated,
        page=page_number or 1,
        size=size or DEFAULT_PAGE_SIZE,
        path=request.url.path,
        query=filters.query(),
    )
    undated = {s.id for s in listing.undated}
    return page(
        "stories.html.j2",
        filters=filters,
        paged=paged,
        dated=[s for s in paged.items if s.id not in undated],
        undated=[s for s in paged.items if s.id in undated],
        coverage=listing.coverage,
        hidden_undated=listing.hidden_undated,
        conflicts=conflict_counts(store, [s.id for s in paged.items], cache),
        **_choices(store, cache),
    )


@router.get("/stories/{story_id}", response_model=None)
async def story(
    request: Request, store: StoreDep, settings: SettingsDep, cache: CacheDep, story_id: str
) -> HTMLResponse | RedirectResponse:
    """One story, top-down: summary, what differs, coverage timeline, quotes, claims,
    relations, articles, entities.

    An old ID of a story that was merged into another redirects to the surviving story (a
    redirect is never kept, so a kept page is a current story's).
    """
    if (kept := _already(cache, request)) is not None:
        return kept

    def render() -> HTMLResponse | RedirectResponse:
        found = store.get_story(story_id)
        if found.id != story_id:
            return RedirectResponse(f"/stories/{quote(found.id, safe='')}", status_code=308)
        return _kept(
            cache,
            request,
            lambda: page("story.html.j2", story=story_page_data(store, settings, found)),
        )

    return await anyio.to_thread.run_sync(render)


@router.get("/actors/{name:path}")
def actor(store: StoreDep, name: str) -> HTMLResponse:
    """One actor: relations, quotes by them, claims by them, and their stories."""
    from newsbeat.actors import actor_file  # networkx: only when an actor is asked for

    found = actor_file(store, name)
    stories = [store.get_story(sid) for sid in found.stories]
    coverage = {s.id: story_coverage(store, s) for s in stories}
    return page("actor.html.j2", who=found, stories=stories, coverage=coverage)


@router.get("/search")
async def search(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    cache: CacheDep,
    filters: FiltersDep,
    q: str = "",
    page_number: PageParam = None,
    size: SizeParam = None,
) -> HTMLResponse:
    """Full-text search (FTS5 syntax), filtered like the story list and cut into pages; an
    empty query shows just the form. Bounded as ``/api/search`` is."""
    per_page = size or DEFAULT_PAGE_SIZE
    number = page_number or 1

    def render() -> HTMLResponse:
        hits: list[SearchHit] = []
        more = False
        if q.strip():
            hits, more = filtered_search(
                store, q, settings.search, filters, number * per_page, cache
            )
        paged = paginate(hits, page=number, size=per_page, path="/search", query=filters.query(q=q))
        return page(
            "search.html.j2",
            q=q,
            filters=filters,
            paged=paged,
            more=more,
            **_choices(store, cache),
        )

    if (kept := _already(cache, request)) is not None:
        return kept
    return await run_cancellable(request, store, lambda: _kept(cache, request, render))


@router.get("/articles/{article_id}")
def article(store: StoreDep, article_id: int) -> HTMLResponse:
    """One article: its text, who it names, where it was seen, its reprints and its story."""
    found = store.get_article(article_id)
    story_id = store.story_of(article_id)
    if story_id is None and found.duplicate_of is not None:
        story_id = store.story_of(found.duplicate_of)
    every = store.appearances(article_id)
    original = found.duplicate_of if found.duplicate_of is not None else article_id
    labels = {
        a.article_id: appearance_label(None if a.article_id == original else original)
        for a in every
    }
    appearances = [a for a in every if a.article_id != article_id]
    enrichment = store.get_enrichment(article_id)
    if enrichment is None and found.duplicate_of is not None:
        enrichment = store.get_enrichment(found.duplicate_of)  # a reprint's is its original's
    names = [] if enrichment is None else sorted(enrichment.entities, key=lambda e: -e.mentions)
    return page(
        "article.html.j2",
        article=found,
        story_id=story_id,
        appearances=appearances,
        labels=labels,
        names=names,
    )
