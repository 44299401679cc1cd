"""The store half of ``newsbeat bench scale``: ingest rate and search latency, SQLite beside
PostgreSQL, on the same generated archive in the same run.

The archive is :mod:`newsbeat.bench.ingest`'s generated keyword dumps (the same generator and
queries as ``bench ingest``); each store gets it through the real ingest path
(:func:`newsbeat.importers.ingest.ingest`: parse, dedupe, store, beat membership), then answers
the same queries through :meth:`Store.search`. Wall-clock figures: run it on an idle machine and
quote the medians of several runs.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from newsbeat.bench.ingest import build_queries, write_dumps
from newsbeat.exceptions import NewsbeatError
from newsbeat.importers.ingest import ingest
from newsbeat.store import display_location, open_store
from newsbeat.store.base import TableStore

__all__ = ["STORE_GOALS", "measure_store", "run_store_scale"]

STORE_GOALS = {"pg_ingest_articles_per_s": 2000.0, "pg_search_p95_ms": 50.0}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure_store(location: str, paths: list[Path], queries: list[str]) -> dict[str, Any]:
    """Ingest the dumps into the empty store at ``location``, then time each query; with the
    machine's load average at the start and the end.

    Raises:
        NewsbeatError: the store already holds data (the figures would not compare).
    """
    store = open_store(location)
    try:
        if isinstance(store, TableStore) and not store.is_empty():
            raise NewsbeatError(
                f"{display_location(location)}: the benchmark needs an empty database"
            )
        load = [round(os.getloadavg()[0], 2)]
        started = time.perf_counter()
        report = ingest(store, paths)
        seconds = time.perf_counter() - started
        latencies: list[float] = []
        for query in queries:
            began = time.perf_counter()
            store.search(query, limit=20)
            latencies.append((time.perf_counter() - began) * 1000)
        stored = store.count_articles()
        load.append(round(os.getloadavg()[0], 2))
    finally:
        store.close()
    return {
        "articles": stored,
        "ingest_seconds": round(seconds, 2),
        "ingest_articles_per_s": round(report.new / seconds, 1) if seconds else 0.0,
        "search_p50_ms": round(statistics.median(latencies), 2),
        "search_p95_ms": round(_p95(latencies), 2),
        # the machine's 1-minute load average at the start and the end: wall-clock figures
        # of a busy machine do not compare with an idle one's
        "load_average": load,
    }


def run_store_scale(
    postgres: str | None, *, articles: int = 100_000, queries: int = 100
) -> dict[str, Any]:
    """SQLite and (when a URL of an empty database is given) PostgreSQL on one archive.

    Returns:
        ``sqlite_ingest_articles_per_s``, ``sqlite_search_p95_ms``, and
        ``pg_ingest_articles_per_s``, ``pg_search_p95_ms`` (None without a PostgreSQL URL,
        with ``pg_skipped`` saying why), the archive size and the detail per store.
    """
    asked = build_queries(queries)
    with tempfile.TemporaryDirectory(prefix="newsbeat-scale-") as tmp:
        folder = Path(tmp)
        paths = write_dumps(folder / "dumps", articles=articles, files=10)
        sqlite = measure_store(str(folder / "bench.db"), paths, asked)
        pg = measure_store(postgres, paths, asked) if postgres else None
    result: dict[str, Any] = {
        "store_articles": articles,
        "store_queries": len(asked),
        "sqlite_ingest_articles_per_s": sqlite["ingest_articles_per_s"],
        "sqlite_search_p95_ms": sqlite["search_p95_ms"],
        "pg_ingest_articles_per_s": pg["ingest_articles_per_s"] if pg else None,
        "pg_search_p95_ms": pg["search_p95_ms"] if pg else None,
        "store_detail": {"sqlite": sqlite, "postgresql": pg},
        "store_goals": dict(STORE_GOALS),
    }
    if pg is None:
        result["pg_skipped"] = "no PostgreSQL URL given (--postgres URL of an empty database)"
    return result
