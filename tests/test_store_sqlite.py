"""What only the SQLite store does: its file, schema migrations, WAL, and sqlite3's errors.

What every store does is the contract suite in ``tests/store_contract/``, which runs on SQLite
(file and ``:memory:``) too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsbeat.exceptions import StoreError
from newsbeat.models import Article, Source
from newsbeat.store import SQLiteStore, open_store
from newsbeat.store.schema import MIGRATIONS


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
    with SQLiteStore(path) as store:
        (aid,) = store.add_articles([Article(title="Kept", text="Body.")]).new_ids
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE enrichments DROP COLUMN version")  # as before the migration
    conn.execute("INSERT INTO enrichments (article_id, done_at) VALUES (?, '2026-01-01')", (aid,))
    conn.execute("PRAGMA user_version = 7")  # migration 8 adds the version
    conn.commit()
    conn.close()
    with SQLiteStore(path) as store:
        saved = store.get_enrichment(aid)
        assert saved is not None and saved.version is None
        assert store.unenriched_article_ids() == []  # not redone by itself
        assert store.stale_enrichment_ids("m-1+rules1") == [aid]  # but by --reenrich
