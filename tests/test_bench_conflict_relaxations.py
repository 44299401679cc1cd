"""How ``bench/conflict_relaxations.py`` reads the checks a pair fails and measures a
relaxation: invented pair records (no gold is read)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "conflict_relaxations.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conflict_relaxations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["conflict_relaxations"] = module
    spec.loader.exec_module(module)
    return module


def _evidence(**flags: float) -> dict[str, float]:
    base = {"noun_same": 1.0, "similarity": 0.4, "meaning": 0.0}
    return {**base, **flags}


def test_the_checks_a_pair_fails_include_the_subject_noun_and_wording_gate() -> None:
    failed = _load_script().failed_checks
    assert failed(_evidence()) == frozenset()
    assert failed(_evidence(event_one_unknown=1.0)) == {"event_one_unknown"}
    # an unknown subject against an agentless passive naming nobody is no failure
    assert failed(_evidence(subject_one_unknown=1.0, subject_one_named=1.0)) == frozenset()
    assert failed(_evidence(subject_one_unknown=1.0)) == {"subject_one_unknown"}
    assert failed(_evidence(noun_same=0.0)) == {"noun"}
    assert failed(_evidence(similarity=0.1)) == {"gate"}
    assert failed(_evidence(similarity=0.1, meaning=0.7)) == frozenset()  # close in meaning
    assert failed(_evidence(similarity=0.1, lead_both=1.0)) == frozenset()  # pinned


def _row(fails: list[str], label: str, disputes: list[str], only: bool = True) -> dict[str, Any]:
    taken = not fails
    return {
        "decision": "conflict or update" if taken else "not the same slot: x",
        "fails": fails,
        "label": label,
        "disputes": disputes,
        "only": only,
    }


def test_a_relaxation_counts_new_disputes_and_what_else_it_releases() -> None:
    relaxations = _load_script().relaxations
    rows = [
        _row([], "dispute", ["s 0 (2, 3)"]),  # found today
        _row(["gate"], "dispute", ["s 0 (2, 3)"]),  # another pair of a found dispute
        _row(["gate"], "dispute", ["s 1 (5, 7)"]),  # new
        _row(["gate"], "look-alike", [], only=False),
        _row(["gate", "noun"], "dispute", ["s 2 (8, 9)"]),  # needs two checks
    ]
    table = {(tuple(x["checks"]), x["only"]): x for x in relaxations(rows, 2)}
    gate = table[(("gate",), False)]
    assert gate["new"] == ["s 1 (5, 7)"]
    assert (gate["look-alike"], gate["on found disputes"]) == (1, 1)
    only = table[(("gate",), True)]  # each article's only figure: the look-alike stays apart
    assert only["look-alike"] == 0 and only["new"] == ["s 1 (5, 7)"]
    both = table[(("gate", "noun"), True)]
    assert both["new"] == ["s 1 (5, 7)", "s 2 (8, 9)"]
    assert (("noun",), False) not in table  # joins no new dispute alone


def test_a_larger_set_releasing_the_same_pairs_is_left_out() -> None:
    relaxations = _load_script().relaxations
    rows = [_row(["gate"], "dispute", ["s 1 (5, 7)"]), _row(["part"], "other", [], only=False)]
    sets = {tuple(x["checks"]) for x in relaxations(rows, 2) if not x["only"]}
    assert sets == {("gate",), ("gate", "part")}  # "part" releases one more pair
    rows = [_row(["gate"], "dispute", ["s 1 (5, 7)"])]
    assert {tuple(x["checks"]) for x in relaxations(rows, 2)} == {("gate",)}
