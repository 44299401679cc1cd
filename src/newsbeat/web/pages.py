"""The HTML pages: beats, stories, one story, search, one article."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from newsbeat.coverage import appearance_label, story_listing
from newsbeat.query import bounded_search
from newsbeat.report.digest import build_digest
from newsbeat.web.api import BeatParam, SinceParam, since_bound
from newsbeat.web.deps import SettingsDep, StoreDep, page, run_cancellable
from newsbeat.web.views import story_page_data

__all__ = ["router"]

router = APIRouter(default_response_class=HTMLResponse)

TOP_STORIES = 5  # stories per beat on the front page


@router.get("/")
def index(store: StoreDep) -> HTMLResponse:
    """Every beat with its article count and its most covered, newest stories."""
    return page(
        "index.html.j2",
        sections=build_digest(store, limit=TOP_STORIES),
        total=store.count_articles(),
        stories=len(store.list_stories()),
    )


@router.get("/stories")
def stories(
    store: StoreDep,
    beat: BeatParam = None,
    since: SinceParam = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
) -> HTMLResponse:
    """Stories (of one beat), most covered and newest first. The form sends empty fields for
    "all beats" and "any date"."""
    beat, since = beat or None, since or None
    listing = story_listing(store, beat=beat, since=since_bound(since))
    return page(
        "stories.html.j2",
        beat=beat,
        since=since,
        stories=listing.stories[:limit],
        undated=listing.undated[: max(0, limit - len(listing.stories))],
        coverage=listing.coverage,
        hidden_undated=listing.hidden_undated,
        total=listing.total,
        beats=store.list_beats(),
    )


@router.get("/stories/{story_id}", response_model=None)
def story(store: StoreDep, settings: SettingsDep, story_id: str) -> HTMLResponse | RedirectResponse:
    """One story: articles, summary, comparison, quotes, claims, relations, entities.

    An old ID of a story that was merged into another redirects to the surviving story.
    """
    found = store.get_story(story_id)
    if found.id != story_id:
        return RedirectResponse(f"/stories/{quote(found.id, safe='')}", status_code=308)
    return page("story.html.j2", story=story_page_data(store, settings, found))


@router.get("/search")
async def search(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    q: str = "",
    beat: BeatParam = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> HTMLResponse:
    """Full-text search (FTS5 syntax); an empty query shows just the form. Bounded as
    ``/api/search`` is."""

    def work() -> HTMLResponse:
        hits = []
        if q.strip():
            hits = bounded_search(store, q, settings.search, beat=beat or None, limit=limit)
        return page("search.html.j2", q=q, beat=beat or "", hits=hits, beats=store.list_beats())

    return await run_cancellable(request, store, work)


@router.get("/articles/{article_id}")
def article(store: StoreDep, article_id: int) -> HTMLResponse:
    """One article: its text, where it was seen, its reprints and its story."""
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
    return page(
        "article.html.j2",
        article=found,
        story_id=story_id,
        appearances=appearances,
        labels=labels,
    )
