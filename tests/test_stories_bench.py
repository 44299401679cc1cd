"""``newsbeat bench stories`` end to end on a small scale stream: the public benchmark keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.test_stories_gate import ECBPLUS
from typer.testing import CliRunner

from newsbeat.cli import app

QUALITY = {"b3_precision", "b3_recall", "b3_f1", "pairwise_f1"}
SCALE = {"articles", "seconds", "peak_mb", "seconds_per_10k"}


@pytest.mark.slow
@pytest.mark.skipif(not ECBPLUS.exists(), reason="../shared benchmarks absent")
def test_bench_stories_json(cli: CliRunner, tmp_path: Path) -> None:
    output = tmp_path / "stories.json"
    result = cli.invoke(
        app, ["bench", "stories", "--scale", "600", "--output", str(output), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= QUALITY and set(data["baseline"]) >= QUALITY
    assert set(data["scale"]) >= SCALE and data["scale"]["articles"] == 600
    assert len(data["scale"]["seconds_per_10k"]) == 1
    assert {"dedupe_precision", "dedupe_recall"} <= set(data)
    assert data["dedupe_recall"] > 0.9 and data["dedupe_precision"] > 0.9
    assert {"multilingual_b3_f1", "multilingual_pairs", "multilingual_articles_per_s"} <= set(data)
    written = json.loads(output.read_text(encoding="utf-8"))
    assert written["benchmark"] == "stories" and written["b3_f1"] == data["b3_f1"]
