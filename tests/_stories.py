"""Filing stored articles under one story, as the stories stage leaves them, for tests of the
views (CLI digest, reports, web pages) that read stories without running the pipeline."""

from __future__ import annotations

from newsbeat.models import Story
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
