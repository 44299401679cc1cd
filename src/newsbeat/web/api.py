"""The JSON API under ``/api/``: the same shapes as the CLI's ``--json`` output.

Lists take the filters of the pages (:mod:`newsbeat.web.listing`). ``/api/stories`` answers
every matching story, as ``newsbeat stories --json`` does, unless ``page`` (or ``size``) is
given: then one page, with the total in ``X-Total-Count`` and the neighbours in ``Link``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from newsbeat.models import SearchHit
from newsbeat.query import bounded_search
from newsbeat.serialize import story_json
from newsbeat.settings import SearchSettings
from newsbeat.since import parse_since
from newsbeat.store import Store
from newsbeat.story_views.coverage import article_listing
from newsbeat.story_views.related import related_lists
from newsbeat.web.cache import ReadCache
from newsbeat.web.deps import CacheDep, SettingsDep, StoreDep, run_cancellable
from newsbeat.web.listing import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    Filters,
    filter_hits,
    filter_stories,
    paginate,
)

__all__ = [
    "BeatParam",
    "FiltersDep",
    "PageParam",
    "SinceParam",
    "SizeParam",
    "filtered_search",
    "router",
    "since_bound",
]

router = APIRouter(prefix="/api")

BeatParam = Annotated[str | None, Query(description="Only this beat.")]
SinceParam = Annotated[
    str | None, Query(description="Only since this date (YYYY-MM-DD) or age (7d, 12h, 2w).")
]
# ``page`` in the URL; the Python name differs so that it does not hide the page renderer.
PageParam = Annotated[
    int | None, Query(alias="page", ge=1, description="Page number (1 is the first).")
]
SizeParam = Annotated[
    int | None, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Items per page ({DEFAULT_PAGE_SIZE}).")
]
# How many best search hits a filtered search looks through (filters apply to the hits).
SEARCH_WINDOW = 200
MAX_SEARCH_WINDOW = 1000


def since_bound(value: str | None) -> str | None:
    """The ISO lower bound of a ``since`` parameter; a bad value is a 400 naming it."""
    try:
        return parse_since(value)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None


def _filters(
    beat: BeatParam = None,
    outlet: Annotated[str | None, Query(description="Only stories this outlet covered.")] = None,
    language: Annotated[str | None, Query(description="Only articles in this language.")] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="From this date (2026-03-01) or age (7d).")
    ] = None,
    date_to: Annotated[
        str | None, Query(alias="to", description="Up to this date (2026-03-31), inclusive.")
    ] = None,
    since: SinceParam = None,
    conflicts: Annotated[
        bool, Query(description="Only stories whose outlets conflict on a figure.")
    ] = False,
) -> Filters:
    return Filters.parse(
        beat=beat,
        outlet=outlet,
        language=language,
        date_from=date_from,
        date_to=date_to,
        since=since,
        conflicts=conflicts,
    )


FiltersDep = Annotated[Filters, Depends(_filters)]


def filtered_search(
    store: Store,
    q: str,
    limits: SearchSettings,
    filters: Filters,
    want: int,
    cache: ReadCache | None = None,
) -> tuple[list[SearchHit], bool]:
    """The best ``want`` hits of ``q`` matching ``filters``, and whether more may exist than
    were looked at (the search looks at a bounded window of best hits)."""
    window = want + 1
    if filters.active:
        window = min(MAX_SEARCH_WINDOW, max(SEARCH_WINDOW, want * 4))
    hits = bounded_search(store, q, limits, beat=filters.beat, limit=window)
    saturated = len(hits) >= window
    return filter_hits(store, hits, filters, cache), saturated


@router.get("")
@router.get("/")
def api_index(request: Request) -> dict[str, Any]:
    """Every endpoint of this API: path, method and what it answers (from the OpenAPI
    schema, also at /api/openapi.json)."""
    endpoints = []
    for path, operations in request.app.openapi().get("paths", {}).items():
        if not path.startswith("/api/") or path == "/api/":
            continue
        for method, operation in operations.items():
            doc = (operation.get("description") or operation.get("summary") or "").strip()
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "description": " ".join(doc.split("\n\n", 1)[0].replace("``", "").split()),
                }
            )
    endpoints.append(
        {"method": "GET", "path": "/api/openapi.json", "description": "The OpenAPI schema."}
    )
    return {"endpoints": endpoints}


@router.get("/articles")
def api_articles(
    store: StoreDep, beat: BeatParam = None, since: SinceParam = None
) -> list[dict[str, Any]]:
    """Stored articles, as ``newsbeat articles --json``."""
    if beat is not None:
        store.get_beat(beat)
    listing = article_listing(store, beat=beat, since=since_bound(since))
    return [dict(a.to_json()) for a in listing.articles]


@router.get("/stories")
def api_stories(
    request: Request,
    response: Response,
    store: StoreDep,
    cache: CacheDep,
    filters: FiltersDep,
    page_number: PageParam = None,
    size: SizeParam = None,
) -> list[dict[str, Any]]:
    """Stories, most covered and newest first, undated ones last, as ``newsbeat stories
    --json``; filtered by beat, outlet, language, from/to (or since: an undated story is never
    in a date range) and conflicts; one page with ``page``/``size`` (total in
    ``X-Total-Count``, next/prev in ``Link``)."""
    listing = filter_stories(store, filters, cache)
    stories = listing.stories + listing.undated
    if page_number is not None or size is not None:
        paged = paginate(
            stories,
            page=page_number or 1,
            size=size or DEFAULT_PAGE_SIZE,
            path=request.url.path,
            query=filters.query(),
        )
        stories = paged.items
        response.headers["X-Total-Count"] = str(paged.total)
        links = [(paged.next_url, "next"), (paged.prev_url, "prev")]
        if header := ", ".join(f'<{url}>; rel="{rel}"' for url, rel in links if url):
            response.headers["Link"] = header
    # the stories of this answer (this page) point to each other
    related = related_lists(store, stories, listing.coverage)
    return [
        dict(story_json(store, s, listing.coverage[s.id], related=related[s.id])) for s in stories
    ]


@router.get("/stories/{story_id}")
def api_story(store: StoreDep, story_id: str) -> dict[str, Any]:
    """One story with its entities, quotes, claims and relations, as ``newsbeat story ID
    --json``. An old (merged) ID answers with the story it was merged into."""
    return dict(story_json(store, store.get_story(story_id)))


@router.get("/actors/{name:path}")
def api_actor(store: StoreDep, name: str) -> dict[str, Any]:
    """One actor: relations, quotes by, claims by, and stories, as ``newsbeat actor NAME
    --json``."""
    from newsbeat.actors import actor_file  # networkx: only when an actor is asked for

    return dict(actor_file(store, name).to_json())


@router.get("/search")
async def api_search(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    cache: CacheDep,
    q: Annotated[str, Query(description="FTS5 query.")],
    filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=MAX_SEARCH_WINDOW)] = 20,
) -> list[dict[str, Any]]:
    """Full-text search, best first, as ``newsbeat search --json``; filtered by beat,
    outlet, language and from/to. The query is bounded by the [search] settings (400 over a
    limit, 503 past the time budget) and stops when the client goes away."""

    def work() -> list[SearchHit]:
        return filtered_search(store, q, settings.search, filters, limit, cache)[0][:limit]

    hits = await run_cancellable(request, store, work)
    return [dict(hit.to_json()) for hit in hits]
