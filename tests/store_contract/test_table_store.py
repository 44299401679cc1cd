"""TableStore: whole tables out of one backend and into another, ids and order kept.

Every backend round-trips a full SQLite database: SQLite -> backend -> SQLite gives the same
rows table by table, and the stores show the same articles, stories, search hits, beats,
sources, alerts and enrichments. This is what ``newsbeat copy`` relies on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbeat.exceptions import StoreError
from newsbeat.models import (
    Alert,
    Article,
    Beat,
    Claim,
    Enrichment,
    Entity,
    Provenance,
    Quote,
    Relation,
    Source,
    StoryEvent,
)
from newsbeat.store import SQLiteStore, Store, TableStore
from store_contract.records import article, story


def _filled(path: Path) -> SQLiteStore:
    """A SQLite store with a row in every table, reprints, a merge and removed records."""
    src = SQLiteStore(path)
    src.add_beat(Beat(name="harbour", query="harbour", created_at="2026-01-01T00:00:00+00:00"))
    ids = src.add_articles(
        [
            article(
                "Harbour strike",
                "Dock workers stopped the harbour. Café owners worried.",
                url="https://a.test/1",
                outlet="Gazette",
                published="2026-02-01",
                standfirst="A strike.",
                provenance=[Provenance(location="dump.txt", position="3", seen_at="2026-02-02")],
            ),
            article("Harbour strike (reprint)", "Dock workers stopped the harbour.", outlet="Wire"),
            article("Weather", "Rain.", published="2026-02-03"),
            article("Harbour talks", "Talks at the harbour.", url="https://a.test/4"),
        ]
    ).new_ids
    src.add_beat(Beat(name="talks", query='"harbour talks" OR rain', created_at="2026-01-02"))
    src.set_duplicate(ids[1], ids[0])
    src.save_story(story("s-1", title="Strike"), state=b"\x00\x01state")
    src.save_story(story("s-0", title="Old"))
    src.save_story(story("s-2", title="Talks"))
    src.assign_articles("s-1", [ids[0]], similarity=0.75)
    src.assign_articles("s-0", [ids[2]])
    src.assign_articles("s-2", [ids[3]], similarity=1.0)
    src.merge_stories("s-0", "s-1")
    src.save_stage_state("stories", b"\xff\x00counts")
    src.save_enrichment(
        Enrichment(
            article_id=ids[0],
            entities=[
                Entity(name="Velmar", type="GPE", mentions=2),
                Entity(name="Ann", type="PERSON"),
            ],
            quotes=[Quote(text="We stop.", speaker="Ann", kind="direct", sentence='"We stop."')],
            claims=[
                Claim(
                    what="workers",
                    low=3000.0,
                    high=None,
                    exact=False,
                    unit=None,
                    claimant=None,
                    sentence="3,000 workers.",
                )
            ],
            relations=[
                Relation(
                    type="OPPOSE",
                    source="Ann",
                    target="Velmar",
                    date=None,
                    evidence="Ann opposes Velmar.",
                    negated=True,
                )
            ],
        )
    )
    src.save_enrichment(Enrichment(article_id=ids[2], skipped_reason="language de"))
    src.save_story_analysis("s-1", "summary", "stamp", {"text": "Café ✓", "n": 1.5})
    for url in ("https://a.test/feed.xml", "https://a.test/gone.xml", "https://a.test/last.xml"):
        src.add_source(Source(type="feed", url=url, beat="harbour"))
    src.remove_source(2)
    src.record_fetch_failures([("https://a.test/x", "HTTP 404")])
    alert = src.add_alert(Alert(beat="harbour", kind="file", destination="alerts.jsonl"))
    src.record_events_sent(alert.id, ["story:s-1:new", "story:s-1:outlets:2"])
    src.record_beat_events(
        [
            StoryEvent(
                key="story:s-1:new",
                kind="new_story",
                beat="harbour",
                story_id="s-1",
                title="New story: harbour",
                text="A new story.",
                happened_at="2026-03-02",
            )
        ]
    )
    return src


def _copy(src: TableStore, dst: Any) -> dict[str, int]:
    counts = {}
    with dst.transaction():
        for table in src.copy_tables():
            columns, rows = src.export_rows(table)
            counts[table] = dst.import_rows(table, columns, rows)
    return counts


def _tables(store: TableStore) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    found = {}
    for table in store.copy_tables():
        columns, rows = store.export_rows(table)
        found[table] = (columns, list(rows))
    return found


def _views(store: Store) -> dict[str, Any]:
    """What the commands show, through the Store API."""
    return {
        "articles": [a.to_json() for a in store.iter_articles()],
        "stories": store.list_stories(),
        "old story id": store.get_story("s-0").id,
        "search": [h.to_json() for h in store.search("harbour")],
        "beats": store.beat_counts(),
        "sources": [s.to_json() for s in store.list_sources()],
        "alerts": [a.to_json() for a in store.list_alerts()],
        "sent": store.sent_event_keys(1),
        "events": store.beat_events("harbour", limit=10),
        "enrichment": store.get_enrichment(1),
        "analysis": store.get_story_analysis("s-1", "summary"),
        "state": (store.story_state("s-1"), store.get_stage_state("stories")),
        "failures": store.list_fetch_failures(),
        "stamp": store.story_inputs_stamp("s-1"),
        "appearances": store.appearances(1),
    }


def test_a_database_round_trips_through_every_backend(store: Store, tmp_path: Path) -> None:
    assert isinstance(store, TableStore)
    src = _filled(tmp_path / "src.db")
    back = SQLiteStore(tmp_path / "back.db")
    try:
        assert store.is_empty() and back.is_empty() and not src.is_empty()
        counts = _copy(src, store)
        assert counts["articles"] == 4 and counts["entities"] == 2 and counts["sources"] == 2
        _copy(store, back)
        assert _tables(store) == _tables(src)
        assert _tables(back) == _tables(src)
        assert _views(store) == _views(src)
        assert _views(back) == _views(src)
    finally:
        src.close()
        back.close()


def test_after_an_import_new_rows_get_ids_past_the_largest(store: Store, tmp_path: Path) -> None:
    src = _filled(tmp_path / "src.db")
    try:
        _copy(src, store)
        assert store.add_articles([Article(title="New", text="harbour")]).new_ids == [5]
        assert store.add_source(Source(type="feed", url="https://a.test/new.xml")).id == 4
        alert = store.add_alert(Alert(beat="talks", kind="file", destination="b.jsonl"))
        assert alert.id == 2
        store.save_enrichment(
            Enrichment(article_id=5, quotes=[Quote(text="x", speaker=None, kind="direct")])
        )
        assert [h.article_id for h in store.search("harbour")][-1] == 5
        assert store.get_article(5).beats == ["harbour"]
    finally:
        src.close()


def test_copy_tables_lists_data_tables_in_dependency_order(store: Store) -> None:
    assert isinstance(store, TableStore)
    tables = store.copy_tables()
    assert tables[:2] == ["articles", "provenance"]
    assert tables.index("beats") < tables.index("beat_articles") < tables.index("sources")
    assert tables.index("stories") < tables.index("story_articles")
    assert tables.index("alerts") < tables.index("alert_events_sent")
    assert tables.index("beats") < tables.index("beat_events")
    assert not any("fts" in t or "schema" in t for t in tables)


def test_unknown_tables_and_refused_rows_are_store_errors(store: Store) -> None:
    assert isinstance(store, TableStore)
    with pytest.raises(StoreError, match="not a data table"):
        store.export_rows("articles_fts")
    with pytest.raises(StoreError, match="no column"):
        store.import_rows("beats", ["name", "nosuch"], [("x", 1)])
    rows = [("a", "a", "2026-01-01"), ("a", "again", "2026-01-01")]  # the same name twice
    with pytest.raises(StoreError):
        store.import_rows("beats", ["name", "query", "created_at"], rows)
    assert store.list_beats() == [] and store.is_empty()
