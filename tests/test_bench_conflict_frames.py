"""How ``bench/conflict_frames.py`` lets the event and date checks pass for one frame and for
dates that may place the counted act: invented pair records (no gold is read)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "conflict_frames.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conflict_frames", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["conflict_frames"] = module
    spec.loader.exec_module(module)
    return module


def _row(
    fails: list[str],
    label: str,
    disputes: list[str],
    events: tuple[str, str] = ("", ""),
    dated: tuple[str, str] = ("", ""),
) -> dict[str, Any]:
    return {
        "decision": "conflict or update" if not fails else "not the same thing: event",
        "fails": fails,
        "label": label,
        "disputes": disputes,
        "slots": [{"event": e, "dated": d} for e, d in zip(events, dated, strict=True)],
    }


def test_two_verbs_of_one_frame_pass_the_event_check_only() -> None:
    script = _load_script()
    assert script.one_frame("live", "move")
    assert not script.one_frame("live", "live")  # one verb: the event check passes already
    assert not script.one_frame("kill", "injure")  # two frames
    row = _row(["event_other", "gate"], "dispute", ["s 0 (1, 2)"], ("move", "live"))
    assert script.remaining(row, ["frame"]) == {"gate"}
    assert script.remaining(row, ["frame", "gate"]) == frozenset()
    other = _row(["event_other", "gate"], "other", [], ("kill", "deploy"))
    assert script.remaining(other, ["frame", "gate"]) == {"event_other", "gate"}


def test_a_date_holding_the_other_or_one_side_undated_pass_the_date_check() -> None:
    script = _load_script()
    assert script.contained("april 2003", "2003")
    assert not script.contained("april 2003", "may 2003")
    assert not script.contained("", "2003")  # undated is its own reading
    held = _row(["dated_apart"], "dispute", ["s 0 (1, 2)"], dated=("april 2003", "2003"))
    assert script.remaining(held, ["contained"]) == frozenset()
    one = _row(["dated_apart"], "look-alike", [], dated=("in september", ""))
    assert script.remaining(one, ["contained"]) == {"dated_apart"}
    assert script.remaining(one, ["undated"]) == frozenset()


def test_a_measure_counts_released_pairs_and_new_disputes() -> None:
    measure = _load_script().measure
    rows = [
        _row([], "dispute", ["s 0 (2, 3)"]),  # found today
        _row(["event_other"], "dispute", ["s 1 (5, 7)"], ("sentence", "serve")),  # new
        _row(["event_other", "modifiers_apart"], "dispute", ["s 2 (8, 9)"], ("live", "move")),
        _row(["dated_apart"], "look-alike", [], dated=("september", "")),
        {**_row([], "other", []), "decision": "dollar figures"},  # apart by another rule
    ]
    frame = measure(rows, ["frame"])
    assert frame["new"] == ["s 1 (5, 7)"]
    assert frame["released"] == {"dispute": 1} and frame["changed"] == {"dispute": 2}
    assert frame["nearest"] == {"s 1 (5, 7)": [], "s 2 (8, 9)": ["modifiers_apart"]}
    undated = measure(rows, ["undated"])
    assert undated["released"] == {"look-alike": 1} and undated["new"] == []
