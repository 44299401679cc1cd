"""Every input kept under ``tests/fixtures/fuzz/<target>/`` (hostile cases of issue 15, and any
crash ``newsbeat bench fuzz`` finds) goes through its fuzz target cleanly, for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbeat.bench.fuzz import TARGETS

KEPT = Path(__file__).parent / "fixtures" / "fuzz"
INPUTS = sorted(p for p in KEPT.glob("*/*") if p.is_file())


def test_every_target_has_kept_inputs() -> None:
    assert {p.parent.name for p in INPUTS} == set(TARGETS)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_kept_input_runs_clean(path: Path) -> None:
    TARGETS[path.parent.name](path.read_bytes())
