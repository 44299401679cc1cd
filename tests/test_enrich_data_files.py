"""The committed data files are exactly what their build scripts write, so that a hand edit to
one is never lost the next time it is rebuilt."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _script(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # the scripts import their sibling
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("script", "data_file"),
    [
        ("build_relation_lexicon", "relation_lexicon.json"),
        ("build_countries", "countries.json"),
        ("build_summary_events", "summary_event_kinds.json"),
    ],
)
def test_data_file_is_what_its_script_builds(
    script: str, data_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not (SHARED / "lexicons").is_dir():
        pytest.skip(f"{SHARED / 'lexicons'} is not on this machine")
    built = _script(script, monkeypatch).build(SHARED)
    committed = json.loads((ROOT / "src" / "newsbeat" / "data" / data_file).read_text("utf-8"))
    # Through JSON, as the script writes it (tuples become lists).
    assert json.loads(json.dumps(built, ensure_ascii=False)) == committed
