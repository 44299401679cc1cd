"""The web UI's read cache: a value is kept while the database files are unchanged, and only
then; bounded in size and age."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsbeat.models import Article
from newsbeat.store import SQLiteStore
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
