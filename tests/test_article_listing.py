"""One rule for article lists (``articles``, ``/api/articles``, a digest without stories):
``since`` keeps the articles dated on or after it, and counts the undated ones it leaves out."""

from __future__ import annotations

from pathlib import Path

from newsbeat.models import Article
from newsbeat.store import SQLiteStore
from newsbeat.story_views.coverage import article_listing


def _store(tmp_path: Path) -> SQLiteStore:
    store = SQLiteStore(tmp_path / "listing.db")
    store.add_articles(
        [
            Article(
                title="Orlund ferry fares rise", text="Fares rise in March.", published="2026-02-01"
            ),
            Article(
                title="Tarsk quay opens", text="The quay opened on Friday.", published="2026-02-10"
            ),
            Article(title="Brennvik road closed", text="Mud closed the pass again."),
            Article(
                title="Kelsund marina full",
                text="Sixty yachts filled the marina.",
                published="2026-02-12",
                published_source="import",  # the import time: no date of its own
            ),
        ]
    )
    return store


def test_without_since_every_article_is_listed(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        listing = article_listing(store)
    assert [a.title for a in listing.articles] == [
        "Orlund ferry fares rise",
        "Tarsk quay opens",
        "Brennvik road closed",
        "Kelsund marina full",
    ]
    assert listing.hidden_undated == 0


def test_since_keeps_the_dated_articles_after_it_and_counts_the_undated(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        listing = article_listing(store, since="2026-02-05")
    assert [a.title for a in listing.articles] == ["Tarsk quay opens"]
    assert listing.hidden_undated == 2  # no date, and an import time only
