"""``newsbeat bench ingest`` runs end to end on a small corpus and writes its JSON keys.

This checks the benchmark works; it does not time anything (the numbers are in bench/results).
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsbeat.bench.ingest import build_queries, write_dumps
from newsbeat.cli import app
from newsbeat.importers import read_inputs
from newsbeat.models import Article

KEYS = {
    "articles",
    "articles_per_s",
    "articles_per_cpu_s",
    "peak_mb",
    "peak_mb_method",
    "search_p50_ms",
    "search_p95_ms",
    "search_queries",
    "goals",
    "meets_goals",
    "machine",
}


def test_generated_dumps_are_deterministic_and_import_cleanly(tmp_path: Path) -> None:
    a = write_dumps(tmp_path / "a", articles=50, files=2, seed=5)
    b = write_dumps(tmp_path / "b", articles=50, files=2, seed=5)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    items = list(read_inputs(a))
    assert sum(isinstance(i, Article) for i in items) == 50
    assert not [i for i in items if not isinstance(i, Article) and hasattr(i, "reason")]


def test_queries_are_valid_fts5(fresh_store: object) -> None:
    from newsbeat.store import SQLiteStore

    assert isinstance(fresh_store, SQLiteStore)
    queries = build_queries(100)
    assert len(set(queries)) > 80
    for query in queries:
        fresh_store.validate_query(query)


def test_bench_ingest_writes_json(cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "ingest.json"
    result = cli.invoke(
        app, ["bench", "ingest", "--articles", "300", "--json", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= KEYS
    assert data["new"] == data["stored"] == 300 and data["failed"] == 0
    assert data["search_queries"] == 100 and data["peak_mb_method"] in {"VmHWM", "ru_maxrss"}
    assert 0 < data["peak_mb"] < 300
    assert json.loads(out.read_text(encoding="utf-8")) == data
