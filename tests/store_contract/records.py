"""Small record builders for the contract tests."""

from __future__ import annotations

from typing import Any

from newsbeat.models import Article, Story
from newsbeat.store import Store

__all__ = ["add", "article", "story"]


def article(title: str, text: str = "Body text.", **fields: Any) -> Article:
    """An article with a title and text, and any other field given."""
    return Article(title=title, text=text, **fields)


def add(store: Store, *articles: Article) -> list[int]:
    """Store articles that are all new; their ids in order."""
    result = store.add_articles(list(articles))
    assert len(result.new_ids) == len(articles) and not result.existing_ids
    return result.new_ids


def story(story_id: str, **fields: Any) -> Story:
    """A story header (dates default to early February 2026)."""
    fields.setdefault("title", story_id)
    fields.setdefault("first_seen", "2026-02-01T00:00:00+00:00")
    fields.setdefault("last_updated", "2026-02-02T00:00:00+00:00")
    return Story(id=story_id, **fields)
