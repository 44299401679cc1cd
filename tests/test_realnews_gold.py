"""The real-news gold set: its size and shape, every key against the corpus, a loud failure on
a bad key, and ``bench realnews --json`` on a tiny invented gold."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.bench.realnews import KEYS
from newsbeat.bench.realnews_gold import (
    MAX_SPAN_WORDS,
    GoldError,
    default_shared_dir,
    group_of,
    load_corpus,
    load_gold,
    resolve_keys,
)

SHARED = default_shared_dir()


def _need_shared() -> None:
    """Skip when ../shared is absent; under CI=true that is a failure."""
    if (SHARED / "benchmarks").is_dir():
        return
    reason = f"{SHARED}/benchmarks absent: the real-news gold cannot be checked"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason + " (CI=true: missing benchmark data is a failure)", pytrace=False)
    pytest.skip(reason)


def test_the_shipped_gold_has_the_sizes_the_issue_asks_for() -> None:
    gold = load_gold()
    conflicts = Counter(c.label for c in gold.conflicts)
    assert conflicts["conflict"] >= 20
    topics = Counter(c.group.split("_")[0] for c in gold.conflicts if not c.is_conflict)
    assert len(topics) >= 3 and min(topics.values()) >= 15
    assert len(gold.relations) >= 150
    assert sum(1 for s in gold.relations if not s.relations) > len(gold.relations) // 2
    assert len(gold.quotes) >= 60
    assert {q.doc.startswith("page:") for q in gold.quotes} == {True, False}
    assert len(gold.entities) >= 150
    assert Counter(e.type for e in gold.entities)["NOT_ENTITY"] >= 30


def test_the_gold_keeps_out_ecb_test_topics_and_long_spans() -> None:
    gold = load_gold()
    for doc in gold.doc_ids():
        group = group_of(doc)
        assert group is None or int(group.split("_")[0]) not in range(36, 46), doc
    spans = [c.a.span for c in gold.conflicts] + [c.b.span for c in gold.conflicts]
    spans += [s.span for s in gold.relations] + [q.span for q in gold.quotes]
    spans += [e.span for e in gold.entities]
    assert max(len(s.split()) for s in spans) <= MAX_SPAN_WORDS


def test_every_key_resolves_against_the_corpus() -> None:
    _need_shared()
    gold = load_gold()
    corpus = load_corpus(gold, SHARED)
    assert resolve_keys(gold, corpus) >= 2 * len(gold.conflicts) + len(gold.relations)
    for group in gold.groups():
        assert len(corpus.members(group)) >= 5


def _write(folder: Path, name: str, rows: list[dict[str, object]]) -> None:
    (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


DOC_A = (
    "Quake kills 10 on Qeshm\n"
    "A magnitude 5.9 earthquake struck the island of Qeshm on Sunday, killing 10 people, "
    "the governor said.\n"
    '"We have sent tents to every village," said Governor Mehdi Irannejad.\n'
    "President Aurel Dane met Prime Minister Lena Holm in Haldis on Monday."
)
DOC_B = (
    "Quake toll rises on Qeshm\n"
    "A magnitude 6.1 earthquake struck the island of Qeshm on Sunday, killing 12 people, "
    "state media said.\n"
    "The Red Crescent said it had sent 2,000 tents."
)


def _tiny_gold(folder: Path) -> None:
    _write(
        folder,
        "corpus.jsonl",
        [
            {"doc": "a", "text": DOC_A, "group": "quake"},
            {"doc": "b", "text": DOC_B, "group": "quake"},
        ],
    )

    def key(doc: str, text: str, span: str, value: float) -> dict[str, object]:
        return {"doc": doc, "at": text.index(span), "span": span, "value": value}

    _write(
        folder,
        "conflicts.jsonl",
        [
            {
                "id": "c1",
                "subtopic": "quake",
                "label": "conflict",
                "what": "people killed",
                "a": key("a", DOC_A, "10 people", 10),
                "b": key("b", DOC_B, "12 people", 12),
            },
            {
                "id": "c2",
                "subtopic": "quake",
                "label": "conflict",
                "what": "magnitude",
                "a": key("a", DOC_A, "5.9 earthquake", 5.9),
                "b": key("b", DOC_B, "6.1 earthquake", 6.1),
            },
        ],
    )
    met = DOC_A.index("President Aurel Dane")
    _write(
        folder,
        "relations.jsonl",
        [
            {
                "id": "r1",
                "doc": "a",
                "at": met,
                "end": len(DOC_A),
                "span": "President Aurel Dane met",
                "relations": [
                    {
                        "source": "Aurel Dane",
                        "target": "Lena Holm",
                        "type": "meet",
                        "symmetric": True,
                    }
                ],
            },
            {
                "id": "r2",
                "doc": "b",
                "at": DOC_B.index("The Red"),
                "end": len(DOC_B),
                "span": "The Red Crescent said",
                "relations": [],
            },
        ],
    )
    quote = DOC_A.index("We have sent")
    _write(
        folder,
        "quotes.jsonl",
        [
            {
                "id": "q1",
                "doc": "a",
                "at": quote,
                "span": "We have sent tents",
                "speaker": "Mehdi Irannejad",
            }
        ],
    )
    _write(
        folder,
        "entities.jsonl",
        [
            {
                "id": "e1",
                "doc": "a",
                "at": DOC_A.index("Lena Holm"),
                "span": "Lena Holm",
                "type": "PERSON",
            },
            {"id": "e2", "doc": "a", "at": DOC_A.index("Haldis"), "span": "Haldis", "type": "GPE"},
            {
                "id": "e3",
                "doc": "b",
                "at": DOC_B.index("State") if "State" in DOC_B else DOC_B.index("state"),
                "span": "state",
                "type": "NOT_ENTITY",
            },
        ],
    )


def test_a_key_that_does_not_match_fails_naming_the_item(tmp_path: Path) -> None:
    _tiny_gold(tmp_path)
    rows = (tmp_path / "quotes.jsonl").read_text(encoding="utf-8")
    (tmp_path / "quotes.jsonl").write_text(
        rows.replace("We have sent tents", "We sent tents"), "utf-8"
    )
    gold = load_gold(tmp_path)
    corpus = load_corpus(gold)
    with pytest.raises(GoldError, match=r"quotes q1 \(a\): expected 'We sent tents'"):
        resolve_keys(gold, corpus)


def test_a_malformed_gold_line_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "entities.jsonl").write_text('{"id": "e1"}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"entities.jsonl: line 1: 'type' missing"):
        load_gold(tmp_path)
    (tmp_path / "entities.jsonl").write_text(
        '{"id": "e1", "doc": "a", "at": 0, "span": "x", "type": "PLACE"}\n', encoding="utf-8"
    )
    with pytest.raises(GoldError, match="entity type 'PLACE'"):
        load_gold(tmp_path)


def test_ecb_test_topics_are_refused(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "entities.jsonl",
        [{"id": "e1", "doc": "37_2ecb", "at": 0, "span": "x", "type": "GPE"}],
    )
    with pytest.raises(GoldError, match="test topics"):
        load_corpus(load_gold(tmp_path), tmp_path)


def test_bench_realnews_prints_every_key_beside_its_baseline(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbeat.cli import app

    gold = tmp_path / "gold"
    gold.mkdir()
    _tiny_gold(gold)
    monkeypatch.chdir(tmp_path)
    result = cli.invoke(app, ["bench", "realnews", "--gold", str(gold), "--json", "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(KEYS) <= data.keys() and set(KEYS) <= data["baseline"].keys()
    for key in KEYS:
        for value in (data[key], data["baseline"][key]):
            assert value is None or 0.0 <= value <= 1.0, (key, value)
    assert data["details"]["relations"]["gold_required"] == 1
    assert data["details"]["conflicts"]["gold_conflicts"] == 2
    written = json.loads((tmp_path / "bench/results/realnews-latest.json").read_text("utf-8"))
    assert written["benchmark"] == "realnews" and set(KEYS) <= written.keys()


def test_bench_realnews_reports_a_bad_gold_folder(cli: CliRunner, tmp_path: Path) -> None:
    from newsbeat.cli import app

    result = cli.invoke(app, ["bench", "realnews", "--gold", str(tmp_path / "nowhere"), "--json"])
    assert result.exit_code == 1
    assert "gold folder not found" in result.output
