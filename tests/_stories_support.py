"""Helpers for the story and dedupe tests: load fixture files, run the two stages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsbeat.models import Article, Provenance
from newsbeat.settings import Settings
from newsbeat.store import Store
from newsbeat.stories.dedupe import dedupe_options, dedupe_store
from newsbeat.stories.stage import cluster_options, cluster_store

# The keys of each article of a story's JSON (a public contract, README "JSON contract"),
# written out here once so that the CLI and web API tests check the same list.
STORY_ARTICLE_KEYS = frozenset(
    {"id", "outlet", "title", "url", "published", "text_status", "language", "analysis",
     "analysis_note"}
)  # fmt: skip

FIXTURES = Path(__file__).parent / "fixtures" / "stories"


def load_fixture(name: str) -> dict[str, Any]:
    """One fixture file: ``articles`` and the ``expect``-ations beside them."""
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def articles_of(fixture: dict[str, Any], name: str) -> list[Article]:
    """The fixture's articles as Article records (provenance names the fixture and key)."""
    return [
        Article(
            title=a["title"],
            text=a["text"],
            url=a.get("url"),
            outlet=a.get("outlet"),
            published=a.get("published"),
            published_source="metadata" if a.get("published") else None,
            provenance=[Provenance(location=f"{name}#{a['key']}")],
        )
        for a in fixture["articles"]
    ]


def store_fixture(store: Store, name: str) -> dict[str, int]:
    """Add a fixture's articles; returns key -> article id."""
    fixture = load_fixture(name)
    result = store.add_articles(articles_of(fixture, name))
    ids = result.new_ids + result.existing_ids
    return {a["key"]: i for a, i in zip(fixture["articles"], sorted(ids), strict=True)}


def run_stages(store: Store, settings: Settings | None = None) -> dict[str, dict[str, int]]:
    """Run dedupe then stories, as the pipeline does."""
    settings = settings or Settings()
    return {
        "dedupe": dedupe_store(store, dedupe_options(settings)),
        "stories": cluster_store(store, cluster_options(settings)),
    }


def story_by_key(store: Store, ids: dict[str, int]) -> dict[str, str | None]:
    """Key -> story ID; a reprint counts as being in its canonical article's story."""
    out: dict[str, str | None] = {}
    for key, article_id in ids.items():
        article = store.get_article(article_id)
        target = article.duplicate_of or article_id
        out[key] = store.story_of(target)
    return out
