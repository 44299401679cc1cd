"""The JSON API under ``/api/``: the same shapes as the CLI's ``--json`` output."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from newsbeat.dates import is_dated, is_since
from newsbeat.query import bounded_search
from newsbeat.serialize import story_json, story_list_json
from newsbeat.since import parse_since
from newsbeat.web.deps import SettingsDep, StoreDep, run_cancellable

__all__ = ["router", "since_bound"]

router = APIRouter(prefix="/api")

BeatParam = Annotated[str | None, Query(description="Only this beat.")]
SinceParam = Annotated[
    str | None, Query(description="Only since this date (YYYY-MM-DD) or age (7d, 12h, 2w).")
]


def since_bound(value: str | None) -> str | None:
    """The ISO lower bound of a ``since`` parameter; a bad value is a 400 naming it."""
    try:
        return parse_since(value)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None


@router.get("/articles")
def api_articles(
    store: StoreDep, beat: BeatParam = None, since: SinceParam = None
) -> list[dict[str, Any]]:
    """Stored articles, as ``newsbeat articles --json``."""
    if beat is not None:
        store.get_beat(beat)
    lower = since_bound(since)
    return [
        dict(a.to_json())
        for a in store.iter_articles(beat=beat)
        if lower is None
        or (is_dated(a.published, a.published_source) and is_since(a.published, lower))
    ]


@router.get("/stories")
def api_stories(
    store: StoreDep, beat: BeatParam = None, since: SinceParam = None
) -> list[dict[str, Any]]:
    """Stories, most covered and newest first, as ``newsbeat stories --json`` (undated ones
    last, and never since a date)."""
    return [dict(s) for s in story_list_json(store, beat=beat, since=since_bound(since))]


@router.get("/stories/{story_id}")
def api_story(store: StoreDep, story_id: str) -> dict[str, Any]:
    """One story with its entities, quotes, claims and relations, as ``newsbeat story ID
    --json``. An old (merged) ID answers with the story it was merged into."""
    return dict(story_json(store, store.get_story(story_id)))


@router.get("/search")
async def api_search(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    q: Annotated[str, Query(description="FTS5 query.")],
    beat: BeatParam = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> list[dict[str, Any]]:
    """Full-text search, best first, as ``newsbeat search --json``. The query is bounded by
    the [search] settings (400 over a limit, 503 past the time budget) and stops when the
    client goes away."""
    hits = await run_cancellable(
        request,
        store,
        lambda: bounded_search(store, q, settings.search, beat=beat, limit=limit),
    )
    return [dict(hit.to_json()) for hit in hits]
