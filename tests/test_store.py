"""The SQLite store: identity rules, provenance, FTS search, migrations, stories, enrichment."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsbeat.exceptions import NotFoundError, QueryError, StoreError
from newsbeat.models import (
    Article,
    Beat,
    Claim,
    Enrichment,
    Entity,
    Provenance,
    Quote,
    Relation,
    Source,
    Story,
)
from newsbeat.store import SQLiteStore, open_store
from newsbeat.store.schema import MIGRATIONS


def make(title: str, text: str = "Body text.", **kw: object) -> Article:
    return Article(title=title, text=text, **kw)  # type: ignore[arg-type]


def test_same_canonical_url_is_one_article_with_every_provenance(fresh_store: SQLiteStore) -> None:
    first = make(
        "Pact signed",
        url="https://a.test/x?utm=1",
        canonical_url="https://a.test/x",
        provenance=[Provenance(location="feed.xml")],
    )
    again = make(
        "Pact signed (updated)",
        url="https://a.test/x",
        canonical_url="https://a.test/x",
        provenance=[Provenance(location="dump.txt", position="article 2")],
    )
    r1 = fresh_store.add_articles([first])
    r2 = fresh_store.add_articles([again])
    assert r1.new_ids == [1] and r2.existing_ids == [1] and not r2.new_ids
    stored = fresh_store.get_article(1)
    assert {p.location for p in stored.provenance} == {"feed.xml", "dump.txt"}
    assert stored.title == "Pact signed"


def test_without_url_the_content_hash_is_the_identity(fresh_store: SQLiteStore) -> None:
    a = make("Harbour strike ends", "Dockers return.\n\nPay rises.")
    b = make("HARBOUR  strike ends", "Dockers   return.\n\nPay rises.")
    c = make("Harbour strike ends", "A different body.")
    result = fresh_store.add_articles([a, b, c])
    assert len(result.new_ids) == 2 and len(result.existing_ids) == 1
    assert fresh_store.count_articles() == 2


def test_failed_batch_leaves_nothing_half_written(fresh_store: SQLiteStore) -> None:
    fresh_store.add_articles([make("Kept")])
    bad = make("Broken")
    bad.title = None  # type: ignore[assignment]  # NOT NULL violation inside the batch
    with pytest.raises(StoreError, match="NOT NULL"):
        fresh_store.add_articles([make("Would be new"), bad])
    assert [a.title for a in fresh_store.iter_articles()] == ["Kept"]


def test_search_ranks_title_matches_first_and_stems(fresh_store: SQLiteStore) -> None:
    fresh_store.add_articles(
        [
            make("Council budget", "The towns formed alliances to clean beaches."),
            make("Defence alliance signed", "Two states signed a pact."),
            make("Weather", "Rain all week."),
        ]
    )
    hits = fresh_store.search("alliance")
    assert [h.title for h in hits] == ["Defence alliance signed", "Council budget"]
    assert "[alliances]" in hits[1].snippet


def test_bad_query_names_the_query(fresh_store: SQLiteStore) -> None:
    with pytest.raises(QueryError, match="'AND \\('"):
        fresh_store.search("AND (")


def test_beat_membership_follows_new_articles_and_redefinition(fresh_store: SQLiteStore) -> None:
    fresh_store.add_articles([make("Alliances formed"), make("Harbour news")])
    assert fresh_store.add_beat(Beat(name="alliance", query="alliance")) == 1
    fresh_store.add_articles([make("New alliance pact")])
    assert fresh_store.count_articles(beat="alliance") == 2
    assert fresh_store.add_beat(Beat(name="alliance", query="harbour")) == 1
    assert [a.title for a in fresh_store.iter_articles(beat="alliance")] == ["Harbour news"]
    fresh_store.remove_beat("alliance")
    with pytest.raises(NotFoundError):
        fresh_store.get_beat("alliance")
    assert fresh_store.count_articles() == 3


def test_migrations_set_user_version_and_refuse_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsbeat"):
        SQLiteStore(path)


def test_postgres_urls_are_refused_clearly() -> None:
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://team/newsbeat")


def test_duplicates_keep_every_appearance(fresh_store: SQLiteStore) -> None:
    ids = fresh_store.add_articles(
        [
            make("Wire: pact signed", outlet="Coastline Press Wire", published="2026-02-03"),
            make("Pact signed, wire reports", outlet="Harbour Gazette", published="2026-02-04"),
        ]
    ).new_ids
    fresh_store.set_duplicate(ids[1], ids[0])
    outlets = [a.outlet for a in fresh_store.appearances(ids[1])]
    assert outlets == ["Coastline Press Wire", "Harbour Gazette"]
    assert [a.id for a in fresh_store.iter_articles(include_duplicates=False)] == [ids[0]]
    with pytest.raises(StoreError):
        fresh_store.set_duplicate(ids[0], ids[0])


def test_stories_merge_and_old_ids_resolve(fresh_store: SQLiteStore) -> None:
    ids = fresh_store.add_articles(
        [make("A", outlet="X"), make("B", outlet="Y"), make("C", outlet="Y")]
    ).new_ids
    fresh_store.add_beat(Beat(name="body", query="body"))
    for sid, members in (("s-1", ids[:1]), ("s-2", ids[1:])):
        fresh_store.save_story(
            Story(id=sid, title=sid, first_seen="2026-02-01", last_updated="2026-02-02"),
            state=b"centroid",
        )
        fresh_store.assign_articles(sid, members)
    assert [s.id for s in fresh_store.list_stories()] == ["s-2", "s-1"]
    fresh_store.merge_stories("s-2", "s-1")
    merged = fresh_store.get_story("s-2")
    assert merged.id == "s-1" and merged.article_ids == ids and merged.outlets == ["X", "Y"]
    assert merged.beats == ["body"] and fresh_store.story_state("s-1") == b"centroid"
    assert fresh_store.unclustered_article_ids() == []


def test_enrichment_round_trip_replaces_previous(fresh_store: SQLiteStore) -> None:
    (aid,) = fresh_store.add_articles([make("Pact", outlet="Labour News")]).new_ids
    enrichment = Enrichment(
        article_id=aid,
        entities=[Entity(name="Lena Holm", type="PERSON", mentions=3, role="Prime Minister")],
        quotes=[Quote(text="It is fair.", speaker="Tomas Brandt", kind="direct")],
        claims=[
            Claim(
                what="workers",
                low=3000,
                high=None,
                exact=False,
                unit=None,
                claimant="the authority",
                sentence="More than 3,000 workers.",
            )
        ],
        relations=[Relation(type="AGREE", source="Norland", target="Vesta", evidence="signed")],
    )
    fresh_store.save_enrichment(enrichment)
    fresh_store.save_enrichment(enrichment)
    got = fresh_store.get_enrichment(aid)
    assert got is not None
    assert got.entities == enrichment.entities
    assert got.quotes[0].outlet == "Labour News" and len(got.quotes) == 1
    assert got.claims[0].high is None and got.claims[0].low == 3000
    assert got.relations[0].type == "AGREE"
    assert fresh_store.unenriched_article_ids() == []


def test_sources_are_idempotent_and_keep_state(fresh_store: SQLiteStore) -> None:
    src = fresh_store.add_source(Source(type="feed", url="http://127.0.0.1/feed.xml"))
    assert fresh_store.add_source(Source(type="feed", url="http://127.0.0.1/feed.xml")).id == src.id
    src.etag, src.consecutive_errors = '"abc"', 2
    fresh_store.update_source(src)
    assert fresh_store.list_sources()[0].etag == '"abc"'
    fresh_store.remove_source(src.id or 0)
    with pytest.raises(NotFoundError):
        fresh_store.remove_source(src.id or 0)
