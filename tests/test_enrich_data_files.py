"""The committed data files are exactly what their build scripts write, so that a hand edit to
one is never lost the next time it is rebuilt."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("script", "data_file"),
    [
        ("build_relation_lexicon", "relation_lexicon.json"),
        ("build_countries", "countries.json"),
    ],
)
def test_data_file_is_what_its_script_builds(script: str, data_file: str) -> None:
    if not (SHARED / "lexicons").is_dir():
        pytest.skip(f"{SHARED / 'lexicons'} is not on this machine")
    built = _script(script).build(SHARED)
    committed = json.loads((ROOT / "src" / "newsbeat" / "data" / data_file).read_text("utf-8"))
    # Through JSON, as the script writes it (tuples become lists).
    assert json.loads(json.dumps(built, ensure_ascii=False)) == committed
