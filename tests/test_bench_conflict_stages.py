"""Which stage ``bench/conflict_stages.py`` files a missed dispute under: the nearest one.

Invented stage records (no gold is read)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "conflict_stages.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conflict_stages", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["conflict_stages"] = module
    spec.loader.exec_module(module)
    return module


def test_a_slot_rule_is_nearer_than_another_thing() -> None:
    nearest = _load_script().nearest
    thing = (2, "not the same thing: noun", ["noun", "event_other", "similarity 0.03"])
    slot = (2, "not the same slot: subject unknown on one side", ["similarity 0.20"])
    assert nearest([thing, slot]) == slot
    assert nearest([slot, thing]) == slot


def test_a_compared_pair_is_nearer_than_a_side_not_read() -> None:
    nearest = _load_script().nearest
    unread = (0, "not read (one side: not read)", [])
    thing = (2, "not the same thing: event", ["event_other"])
    assert nearest([unread, thing]) == thing


def test_of_two_pairs_kept_apart_by_one_rule_the_one_failing_fewer_checks() -> None:
    nearest = _load_script().nearest
    many = (2, "not the same thing: noun", ["noun", "modifiers_apart", "similarity 0.10"])
    few = (2, "not the same thing: noun", ["noun"])
    assert nearest([many, few]) == few
