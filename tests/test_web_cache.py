"""The web UI's read cache: a value is kept while the database files are unchanged, and only
then; bounded in size and age."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsbeat.models import Article
from newsbeat.store import SQLiteStore
from newsbeat.web import cache as cache_module
from newsbeat.web.cache import ReadCache


def counter() -> tuple[list[int], Callable[[], int]]:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    return calls, compute


def test_a_value_is_kept_until_the_database_changes(db_path: str) -> None:
    SQLiteStore(db_path).close()
    cache = ReadCache(db_path)
    calls, compute = counter()
    assert cache.get("k", compute) == 1
    reader = SQLiteStore(db_path)  # a reader (the web UI's own connection) changes nothing
    try:
        reader.count_articles()
        assert cache.get("k", compute) == 1
        writer = SQLiteStore(db_path)
        try:
            writer.add_articles([Article(title="New", text="A new article.")])
        finally:
            writer.close()
        assert cache.get("k", compute) == 2
        assert cache.get("k", compute) == 2
    finally:
        reader.close()
    assert len(calls) == 2


def test_size_age_and_non_files(tmp_path: Path, db_path: str) -> None:
    SQLiteStore(db_path).close()
    small = ReadCache(db_path, max_entries=2)
    for key in ("a", "b", "c"):
        small.get(key, lambda key=key: key)
    calls, compute = counter()
    small.get("a", compute)
    assert calls == [1]  # "a", the least recently used, was dropped
    small.get("c", compute)
    assert calls == [1]
    aged = ReadCache(db_path, max_age=0.0)
    calls, compute = counter()
    aged.get("k", compute)
    aged.get("k", compute)
    assert calls == [1, 1]
    remote = ReadCache("postgresql://127.0.0.1/newsbeat")
    calls, compute = counter()
    remote.get("k", compute)
    remote.get("k", compute)
    assert calls == [1, 1]


def test_a_commit_is_seen_even_when_the_files_look_the_same(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    SQLiteStore(db_path).close()
    cache = ReadCache(db_path)
    frozen = cache_module._fingerprint(db_path)
    # As if the files' size and time had not moved (a coarse clock, a same-size -wal file):
    # the data version alone tells the commit.
    monkeypatch.setattr(
        cache_module,
        "_fingerprint",
        lambda path, version=0: None if frozen is None else (frozen[0], (version, 0, 0)),
    )
    _, compute = counter()
    assert cache.get("k", compute) == 1
    assert cache.peek("k") == 1
    writer = SQLiteStore(db_path)
    try:
        writer.add_articles([Article(title="New", text="A new article.")])
    finally:
        writer.close()
    assert cache.peek("k") is None
    assert cache.get("k", compute) == 2
    cache.close()


def test_kept_pages_are_bounded_in_bytes(db_path: str) -> None:
    SQLiteStore(db_path).close()
    cache = ReadCache(db_path, max_bytes=250)
    for key in ("a", "b", "c"):
        cache.get(key, lambda: b"x" * 100)
    assert cache.peek("a") is None  # 300 bytes: the least recently used went
    assert cache.peek("b") == cache.peek("c") == b"x" * 100
    cache.get("b", lambda: b"y" * 100)  # still kept: not computed again, not counted twice
    cache.get("d", lambda: b"z" * 10)
    assert cache.peek("c") == b"x" * 100 and cache.peek("d") == b"z" * 10
    cache.close()


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    cache = ReadCache(str(missing))
    calls, compute = counter()
    cache.get("k", compute)
    cache.get("k", compute)
    assert calls == [1, 1] and not missing.exists()


def test_a_database_replaced_under_its_name_is_watched_anew(tmp_path: Path) -> None:
    path = str(tmp_path / "news.db")
    SQLiteStore(path).close()
    cache = ReadCache(path)
    _, compute = counter()
    cache.get("k", compute)
    replacement = str(tmp_path / "other.db")
    SQLiteStore(replacement).close()
    os.replace(replacement, path)  # as a restore from a copy would
    assert cache.get("k", compute) == 2
    assert cache.get("k", compute) == 2
    assert cache._version._inode == os.stat(path).st_ino  # the new file's version is read
    writer = SQLiteStore(path)  # a commit to the new file is seen too
    try:
        writer.add_articles([Article(title="New", text="A new article.")])
    finally:
        writer.close()
    assert cache.get("k", compute) == 3
    cache.close()
