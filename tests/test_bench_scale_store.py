"""``bench scale``'s store half: SQLite beside PostgreSQL on one generated archive."""

from __future__ import annotations

import pytest

from newsbeat.bench.scale_store import run_store_scale
from newsbeat.exceptions import NewsbeatError
from newsbeat.models import Source
from newsbeat.store import open_store


def test_both_backends_store_the_archive_and_answer_the_queries(postgres_url: str) -> None:
    result = run_store_scale(postgres_url, articles=300, queries=10)
    sqlite, pg = result["store_detail"]["sqlite"], result["store_detail"]["postgresql"]
    assert sqlite["articles"] == pg["articles"] == 300
    assert result["pg_ingest_articles_per_s"] == pg["ingest_articles_per_s"] > 0
    assert result["pg_search_p95_ms"] >= pg["search_p50_ms"] > 0
    assert result["sqlite_ingest_articles_per_s"] > 0 and "pg_skipped" not in result
    assert len(sqlite["load_average"]) == len(pg["load_average"]) == 2


def test_without_a_url_the_postgresql_keys_say_why() -> None:
    result = run_store_scale(None, articles=50, queries=3)
    assert result["pg_ingest_articles_per_s"] is None and result["pg_search_p95_ms"] is None
    assert "--postgres" in result["pg_skipped"]
    assert result["store_detail"]["sqlite"]["articles"] == 50


def test_a_database_that_holds_data_is_refused(postgres_url: str) -> None:
    store = open_store(postgres_url)
    try:
        store.add_source(Source(type="feed", url="http://127.0.0.1:9/feed.xml"))
    finally:
        store.close()
    with pytest.raises(NewsbeatError, match="needs an empty database"):
        run_store_scale(postgres_url, articles=20, queries=2)
