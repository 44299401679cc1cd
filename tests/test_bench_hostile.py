"""``newsbeat bench hostile`` and ``bench fuzz`` (issue 15): their result keys, on tiny runs
(the hostile files themselves are tested in test_hostile_ingest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.bench.hostile import HostileBenchOptions, run_hostile_bench
from newsbeat.cli import app


def test_hostile_searches_end_cleanly_and_report_the_contract_keys() -> None:
    result = run_hostile_bench(HostileBenchOptions(articles=200, files=False))
    assert {"peak_mb", "worst_search_ms", "cases", "clean_failures"} <= set(result)
    assert result["cases"] == len(result["searches"]) > 10
    assert result["clean_failures"] == result["cases"]
    outcomes = {row["name"]: row["outcome"] for row in result["searches"]}
    assert outcomes["200 a* ORed (the issue's)"] == "refused"
    assert outcomes["a* .. z* ORed (the issue's)"] == "refused"


def test_bench_fuzz_runs_for_its_budget_and_keeps_nothing_when_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    crashes = tmp_path / "crashes"
    result = CliRunner().invoke(
        app,
        [
            "bench",
            "fuzz",
            "--engine",
            "hypothesis",
            "--seconds",
            "1",
            "--target",
            "since",
            "--crashes",
            str(crashes),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["engine"] == "hypothesis"
    assert report["targets"]["since"]["runs"] > 0
    assert report["crashes"] == 0 and not crashes.exists()
    assert (tmp_path / "bench" / "results" / "fuzz-latest.json").is_file()


def test_bench_fuzz_refuses_an_unknown_target(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["bench", "fuzz", "--target", "nope", "--seconds", "1"])
    assert result.exit_code == 2
    assert "unknown fuzz target" in result.stderr
