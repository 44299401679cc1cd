"""``newsbeat bench serve``: a real server on 127.0.0.1 loaded by concurrent clients (a small
database and a short run here; the numbers themselves are not asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.bench.serve import search_queries
from newsbeat.cli import app
from newsbeat.store import SQLiteStore


def cold_queries(db: Path) -> list[str]:
    store = SQLiteStore(str(db))
    try:
        return search_queries(store, 200, 7)
    finally:
        store.close()


@pytest.mark.slow
def test_bench_serve_measures_story_pages_and_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "serve.db"
    args = ["bench", "serve", "--stories", "4", "--articles-per-story", "3", "--clients", "3"]
    args += ["--warmup", "0"]
    result = CliRunner().invoke(app, [*args, "--seconds", "1", "--bench-db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    saved = json.loads((tmp_path / "bench" / "results" / "serve-latest.json").read_text())
    assert saved["benchmark"] == "serve"
    assert {k: v for k, v in saved.items() if k != "benchmark"} == shown
    assert (shown["articles"], shown["stories"], shown["clients"]) == (12, 4, 3)
    assert set(shown["p95_ms"]) == {"story", "search"}
    assert all(shown["p95_ms"][kind] > 0 for kind in ("story", "search"))
    assert all(shown["requests"][kind] > 0 for kind in ("story", "search"))
    assert shown["rps"] > 0
    assert shown["errors"] == 0, shown["error_examples"]
    assert isinstance(shown["meets_goal"], bool)
    assert all(shown["kb_per_answer"][kind] > 1 for kind in ("story", "search"))  # whole pages
    assert shown["client_cpu_ms_per_request"] > 0 and shown["server_cpu_ms_per_request"] > 0
    cold = shown["cold"]  # every story page and distinct search once, nothing kept yet
    assert cold["requests"] == {"story": 4, "search": len(set(cold_queries(db)))}
    assert cold["errors"] == 0, cold["error_examples"]
    assert all(cold["p95_ms"][kind] > 0 for kind in ("story", "search"))
    # the database is kept and reused
    again = CliRunner().invoke(app, [*args, "--seconds", "1", "--bench-db", str(db), "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["articles"] == 12
