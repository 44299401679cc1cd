"""What only the SQLite store does: its file, schema migrations, WAL, and sqlite3's errors.

What every store does is the contract suite in ``tests/store_contract/``, which runs on SQLite
(file and ``:memory:``) too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsbeat.exceptions import StoreError
from newsbeat.models import Article, Source, Story
from newsbeat.store import SQLiteStore, open_store, schema
from newsbeat.store.schema import MIGRATIONS

_DAY = "2026-05-04T08:00:00+00:00"


def _database_before(path: Path, migration: str) -> sqlite3.Connection:
    """A database file as a newsbeat of the migrations before ``migration`` left it (autocommit)."""
    from newsbeat.store.sqlite import _split_sql

    version = MIGRATIONS.index(migration)
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:version]:
        for statement in _split_sql(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


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


def test_reopening_runs_no_migration_again(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with SQLiteStore(path) as store:
        store.add_articles([Article(title="Kept", text="Body.")])
    with SQLiteStore(path) as store:
        assert [a.title for a in store.iter_articles()] == ["Kept"]


def test_the_parent_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "db.sqlite"
    open_store(path).close()
    assert path.is_file()


def test_a_file_that_is_no_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just some text that is long enough " * 20)
    with pytest.raises(StoreError, match="cannot open database"):
        SQLiteStore(path)


def test_postgres_urls_are_refused_clearly() -> None:
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://team/newsbeat")


def test_sqlite3_errors_in_a_transaction_become_store_errors(fresh_store: SQLiteStore) -> None:
    bad = Article(title="Broken", text="Body.")
    bad.title = None  # type: ignore[assignment]  # NOT NULL violation inside the batch
    with pytest.raises(StoreError, match="NOT NULL") as caught:
        fresh_store.add_articles([Article(title="Would be new", text="Body."), bad])
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    assert fresh_store.count_articles() == 0
    assert not fresh_store.conn.in_transaction  # rolled back, ready for the next write


def test_a_locked_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    store = SQLiteStore(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        store.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StoreError, match="cannot start a write"):
            store.add_articles([Article(title="Blocked", text="Body.")])
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.add_articles([Article(title="Later", text="Body.")])
    assert store.count_articles() == 1
    store.close()


def test_sources_repeated_without_a_beat_in_an_old_database_resolve_to_the_first(
    fresh_store: SQLiteStore,
) -> None:
    """UNIQUE (type, url, beat) lets NULL beats repeat; add_source no longer adds such rows,
    and finds the first of those an older newsbeat added."""
    for _ in range(2):
        fresh_store.conn.execute("INSERT INTO sources (type, url) VALUES ('feed', 'http://x/f')")
    assert fresh_store.add_source(Source(type="feed", url="http://x/f")).id == 1
    assert len(fresh_store.list_sources()) == 2


def test_an_older_database_gains_the_enrichment_version_and_keeps_its_enrichment(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    conn = _database_before(path, schema._V_ENRICHMENT_VERSION)
    aid = conn.execute(
        "INSERT INTO articles (content_hash, title, text) VALUES ('h', 'Kept', 'Body.')"
    ).lastrowid
    conn.execute("INSERT INTO enrichments (article_id, done_at) VALUES (?, '2026-01-01')", (aid,))
    conn.close()
    with SQLiteStore(path) as store:
        saved = store.get_enrichment(aid)
        assert saved is not None and saved.version is None
        assert store.unenriched_article_ids() == []  # not redone by itself
        assert store.stale_enrichment_ids("m-1+rules1") == [aid]  # but by --reenrich


def test_an_older_database_gains_the_retry_at_and_interval_of_its_sources(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = _database_before(path, schema._V_SOURCE_RETRY_AT)
    conn.execute("INSERT INTO sources (type, url) VALUES ('feed', 'https://example.org/feed.xml')")
    conn.close()
    with SQLiteStore(path) as store:
        [source] = store.list_sources()
        assert source.url == "https://example.org/feed.xml" and source.retry_at is None
        assert source.poll_every is None
        source.retry_at = "2026-03-09T13:00:00+00:00"
        store.update_source(source)
        assert store.list_sources()[0].retry_at == "2026-03-09T13:00:00+00:00"


def test_an_older_database_gains_claim_slots_and_keeps_its_claims(tmp_path: Path) -> None:
    from newsbeat.models import Claim, Enrichment

    path = tmp_path / "old.sqlite"
    conn = _database_before(path, schema._V_CLAIM_SLOT)
    aid = conn.execute(
        "INSERT INTO articles (content_hash, title, text) VALUES ('h', 'Kept', 'Body.')"
    ).lastrowid
    conn.execute("INSERT INTO enrichments (article_id, done_at) VALUES (?, '2026-01-01')", (aid,))
    conn.execute(
        "INSERT INTO claims (article_id, what, low, high, exact, sentence)"
        " VALUES (?, 'workers', 4, 4, 1, 'Four workers.')",
        (aid,),
    )
    conn.close()
    with SQLiteStore(path) as store:
        saved = store.get_enrichment(aid)
        assert saved is not None
        [old] = saved.claims
        assert (old.what, old.hedge, old.role, old.event) == ("workers", None, None, None)
        slotted = Claim(
            what="people killed", low=600, high=None, exact=False, unit=None, claimant=None,
            sentence="At least 600 people were killed.", hedge="at least", event="kill",
            role="part", subject="Velmar", place="Arden", voice="bystander",
        )  # fmt: skip
        store.save_enrichment(Enrichment(article_id=aid, claims=[slotted]))
        [back] = store.get_enrichment(aid).claims  # type: ignore[union-attr]
        assert back.slot == slotted.slot and back.hedge == "at least"


def test_related_stories_read_the_links_of_every_merged_story_in_one_query() -> None:
    store = SQLiteStore(":memory:")
    try:
        ids = store.add_articles([Article(title=t, text=t) for t in "ABCDE"]).new_ids
        for n, member in enumerate(ids, start=1):
            store.save_story(
                Story(id=f"s-{n}", title=f"Story {n}", first_seen=_DAY, last_updated=_DAY)
            )
            store.assign_articles(f"s-{n}", [member])
        store.link_stories("s-2", "s-4", 0.4)
        store.link_stories("s-3", "s-5", 0.6)
        store.merge_stories("s-2", "s-1")
        store.merge_stories("s-3", "s-1")
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        related = store.related_stories("s-1")
        store.conn.set_trace_callback(None)
    finally:
        store.close()
    assert [s.id for s in related] == ["s-5", "s-4"]  # both merged stories' links, closest first
    assert sum("FROM story_links" in s for s in statements) == 1
