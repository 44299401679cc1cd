"""``bench/gold_copies.py``: conflict gold items for unkeyed copies of a keyed sentence, on an
invented story (no benchmark data)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsbeat.bench.realnews_gold import load_corpus, load_gold, resolve_keys

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "gold_copies.py"

WIRE = "Rescuers said 14 people were killed when the ferry sank off Brenmoor on Tuesday."
DOC_A = "Ferry sinks\n" + WIRE + "\nDivers searched the bay."
DOC_B = "Ferry toll\nThe coastguard said 9 people died when the ferry sank.\nMore later."
# A copy with other line breaks and doubled spaces: the same sentence.
DOC_C = "Brenmoor ferry\nA local paper reports.\n" + WIRE.replace(" were ", "  were\n") + "\n"
# An edited update: same wording, another figure, so no copy.
DOC_D = "Update\n" + WIRE.replace("14", "16") + "\n"
# The copy again, but this position is already keyed by an item.
DOC_E = "Earlier\n" + WIRE + "\n"
# The sentence in the other side's own document: not a cross-document pair.
DOC_B2 = DOC_B + "\n" + WIRE


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_copies", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gold_copies"] = module
    spec.loader.exec_module(module)
    return module


def _key(doc: str, text: str, span: str, value: float, nth: int = 0) -> dict[str, object]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(span, at + 1)
    return {"doc": doc, "at": at, "span": span, "value": value}


def _gold(folder: Path, doc_b: str = DOC_B, doc_a: str = DOC_A) -> Path:
    docs = {"s_1": doc_a, "s_2": doc_b, "s_3": DOC_C, "s_4": DOC_D, "s_5": DOC_E}
    rows = [{"doc": d, "text": t, "group": "s"} for d, t in docs.items()]
    (folder / "corpus.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = [
        {
            "id": "x1",
            "subtopic": "s",
            "label": "conflict",
            "what": "people killed",
            "a": _key("s_1", doc_a, "14 people", 14),
            "b": _key("s_2", doc_b, "9 people", 9),
        },
        {
            "id": "x2",
            "subtopic": "s",
            "label": "different",
            "what": "day against toll",
            "a": _key("s_5", DOC_E, "14 people", 14),
            "b": _key("s_4", DOC_D, "16 people", 16),
        },
    ]
    (folder / "conflicts.jsonl").write_text("\n".join(json.dumps(i) for i in items) + "\n")
    return folder


def _proposals(module: ModuleType, folder: Path) -> list[dict[str, object]]:
    gold = load_gold(folder)
    corpus = load_corpus(gold)
    resolve_keys(gold, corpus)
    rows = [json.loads(line) for line in (folder / "conflicts.jsonl").read_text().splitlines()]
    return [module.as_row(p) for p in module.propose("tuning", gold, corpus, rows)]


def test_only_the_unkeyed_copy_of_the_same_sentence_is_proposed(tmp_path: Path) -> None:
    module = _load_script()
    rows = _proposals(module, _gold(tmp_path))
    # s_5 repeats x1's sentence but is keyed (x2); s_4 is an edit with another figure; s_3 is
    # the unkeyed copy of both items' sentence, so each gets an item for it.
    assert [(r["id"], r["a"]["doc"]) for r in rows] == [  # type: ignore[index]
        ("x1c1", "s_3"),
        ("x2c1", "s_3"),
    ]
    row = rows[0]
    assert row["label"] == "conflict" and row["what"] == "people killed"
    copy = row["a"]
    assert isinstance(copy, dict)
    assert copy["doc"] == "s_3" and copy["value"] == 14
    assert DOC_C[int(copy["at"]) :].startswith(str(copy["span"]))
    assert row["b"] == _key("s_2", DOC_B, "9 people", 9)


def test_a_copy_in_the_other_sides_document_is_not_proposed(tmp_path: Path) -> None:
    module = _load_script()
    rows = _proposals(module, _gold(tmp_path, DOC_B2))
    # s_2 now repeats x1's sentence but holds x1's other side; for x2 it is a plain copy.
    assert [(r["id"], r["a"]["doc"]) for r in rows] == [  # type: ignore[index]
        ("x1c1", "s_3"),
        ("x2c1", "s_2"),
        ("x2c2", "s_3"),
    ]


def test_written_items_load_and_a_second_run_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _load_script()
    _gold(tmp_path)
    assert module.main(["--gold", str(tmp_path), "--split", "tuning", "--write"]) == 0
    gold = load_gold(tmp_path)
    assert [c.id for c in gold.conflicts] == ["x1", "x2", "x1c1", "x2c1"]
    resolve_keys(gold, load_corpus(gold))
    capsys.readouterr()
    assert module.main(["--gold", str(tmp_path), "--split", "tuning"]) == 0
    assert "would add: 0" in capsys.readouterr().out


def test_the_copy_items_written_are_not_searched_again(tmp_path: Path) -> None:
    module = _load_script()
    # x1's side b is repeated in its side a's document: no item for x1, and none either for
    # the written x1c1 (s_3 against s_2), whose copies are x1's to give.
    _gold(tmp_path, doc_a=DOC_A + "\nThe coastguard said 9 people died when the ferry sank.")
    assert module.main(["--gold", str(tmp_path), "--write"]) == 0
    assert [c.id for c in load_gold(tmp_path).conflicts] == ["x1", "x2", "x1c1", "x2c1"]
    assert _proposals(module, tmp_path) == []


def test_skip_leaves_a_proposal_out(tmp_path: Path) -> None:
    module = _load_script()
    _gold(tmp_path)
    assert module.main(["--gold", str(tmp_path), "--write", "--skip", "x1c1"]) == 0
    assert [c.id for c in load_gold(tmp_path).conflicts] == ["x1", "x2", "x2c1"]
