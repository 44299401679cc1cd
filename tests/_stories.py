"""Filing stored articles under one story, as the stories stage leaves them, for tests of the
views (CLI digest, reports, web pages) that read stories without running the pipeline."""

from __future__ import annotations

from newsbeat.models import Article, Story
from newsbeat.store import SQLiteStore


def file_story(
    store: SQLiteStore,
    story_id: str,
    title: str,
    article_ids: list[int],
    *,
    first_seen: str,
    last_updated: str | None = None,
) -> None:
    """Save a story (last updated when first seen unless told) and assign the articles to it,
    in one transaction."""
    with store.transaction():
        store.save_story(
            Story(
                id=story_id,
                title=title,
                first_seen=first_seen,
                last_updated=first_seen if last_updated is None else last_updated,
            )
        )
        store.assign_articles(story_id, article_ids)


def add_ferry_reports(store: SQLiteStore, outlets: list[tuple[str, str | None]]) -> list[int]:
    """Store one short report of the invented Kessa ferry-fare story per (outlet, date or None
    for undated) and return their ids, in that order."""
    return store.add_articles(
        [
            Article(
                title=f"Kessa ferry fares {n}",
                outlet=outlet,
                published=day,
                text=f"Kessa ferry fares will rise by a tenth in May ({n}).",
            )
            for n, (outlet, day) in enumerate(outlets)
        ]
    ).new_ids
