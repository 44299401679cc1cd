"""``newsbeat bench undated`` (issue 12/13, perf39): the stories stage on an all-undated import,
the peer rule off and on in lockstep. Small imports over invented background sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.test_stories_gate import ECBPLUS
from typer.testing import CliRunner

from newsbeat.bench.ecbplus import EcbDoc
from newsbeat.bench.undated_import import (
    UndatedOptions,
    _same_partition,
    run_undated_bench,
    undated_articles,
)
from newsbeat.cli import app

_SENTENCES = (
    "The harbour board of Kessel met on Tuesday to discuss the new ferry timetable for winter.",
    "Farmers near the Arden valley said the late frost had damaged most of the apple orchards.",
    "A spokeswoman for the regional council said the bridge would reopen after the repairs.",
    "Volunteers from three villages cleared the footpaths along the river after the storm.",
)
DOCS = [
    EcbDoc(doc_id=f"1_{n}ecb", topic=1, subtopic="1_ecb", split="train", title="A", text=text)
    for n, text in enumerate(_SENTENCES)
]
KEYS = {
    "articles",
    "runs",
    "peer_share",
    "seconds_peer_off",
    "seconds_peer_on",
    "cpu_seconds_peer_off",
    "cpu_seconds_peer_on",
    "peer_cpu_ratio",
    "stories_peer_off",
    "stories_peer_on",
    "b3_f1_peer_off",
    "b3_f1_peer_on",
    "same_stories",
    "load_average_1m",
}


def test_the_import_is_the_generated_stream_without_dates() -> None:
    articles = undated_articles(DOCS, UndatedOptions(articles=60))
    assert len(articles) == 60
    assert all(a.published is None and a.published_source is None for a in articles)
    assert len({a.section for a in articles}) == 3  # 60 articles, 20 per generated story


def test_the_bench_times_both_settings_in_lockstep() -> None:
    record = run_undated_bench(DOCS, UndatedOptions(articles=80, runs=2))
    assert set(record) >= KEYS
    assert record["articles"] == 80 and record["runs"] == 2
    assert record["cpu_seconds_peer_off"] > 0 and record["cpu_seconds_peer_on"] > 0
    assert record["peer_cpu_ratio"] == pytest.approx(
        record["cpu_seconds_peer_on"] / record["cpu_seconds_peer_off"], abs=0.01
    )
    assert record["same_stories"] is True


def test_same_partition_ignores_story_ids_only() -> None:
    assert _same_partition(["a", "a", "b"], ["x", "x", "y"])
    assert not _same_partition(["a", "a", "b"], ["x", "y", "y"])
    assert not _same_partition(["a", "b", "c"], ["x", "x", "y"])


@pytest.mark.skipif(not ECBPLUS.exists(), reason="../shared benchmarks absent")
def test_bench_undated_command_writes_its_result(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli.invoke(
        app, ["bench", "undated", "--articles", "60", "--runs", "1", "--data", str(ECBPLUS)]
    )
    assert result.exit_code == 0, result.output
    written = json.loads((tmp_path / "bench/results/undated-latest.json").read_text("utf-8"))
    assert written["benchmark"] == "undated" and set(written) >= KEYS
    assert "peer rule off" in result.stdout and "same stories: True" in result.stdout
