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
    default_gold_dir,
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


def test_the_heldout_gold_is_apart_from_the_tuning_gold_and_big_enough() -> None:
    tuning, held = load_gold(), load_gold(split="heldout")
    assert held.folder == default_gold_dir("heldout") != tuning.folder
    ids = [c.id for c in held.conflicts] + [s.id for s in held.relations]
    ids += [q.id for q in held.quotes] + [e.id for e in held.entities]
    assert all(i.startswith("h") for i in ids) and len(ids) == len(set(ids))
    topics = {"3", "9", "12", "21"}
    assert {g.split("_")[0] for g in held.groups()} == topics
    assert len(held.groups()) == 8 and not set(held.groups()) & set(tuning.groups())
    assert sum(c.is_conflict for c in held.conflicts) >= 15
    lookalikes = Counter(c.group.split("_")[0] for c in held.conflicts if not c.is_conflict)
    assert min(lookalikes.values()) >= 13
    ecb = {d for d in held.doc_ids() if not d.startswith("page:")}
    assert {d.split("_")[0] for d in ecb} == topics
    tuning_pages = {d for d in tuning.doc_ids() if d.startswith("page:")}
    assert not {d for d in held.doc_ids() if d.startswith("page:")} & tuning_pages
    tuning_sentences = [(s.doc, s.at, s.end) for s in tuning.relations]
    for s in held.relations:
        assert not any(d == s.doc and a < s.end and s.at < e for d, a, e in tuning_sentences)
    assert len(held.relations) >= 80 and len(held.quotes) >= 30 and len(held.entities) >= 80
    assert {q.doc.startswith("page:") for q in held.quotes} == {True, False}
    assert Counter(e.type for e in held.entities)["NOT_ENTITY"] >= 20


def test_an_unknown_split_is_refused() -> None:
    with pytest.raises(GoldError, match="gold split 'test'"):
        load_gold(split="test")


def test_every_heldout_key_resolves_against_the_corpus() -> None:
    _need_shared()
    held = load_gold(split="heldout")
    corpus = load_corpus(held, SHARED)
    assert resolve_keys(held, corpus) == (
        2 * len(held.conflicts) + len(held.relations) + len(held.quotes) + len(held.entities)
    )
    for group in held.groups():
        assert len(corpus.members(group)) >= 9


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


HELD_A = "Storm floods Lanvik\nThe storm flooded 40 homes in Lanvik on Tuesday, officials said."
HELD_B = "Lanvik storm\nThe storm flooded 55 homes in Lanvik on Tuesday, the mayor said."


def _tiny_heldout(folder: Path) -> None:
    folder.mkdir()
    _write(
        folder,
        "corpus.jsonl",
        [
            {"doc": "ha", "text": HELD_A, "group": "storm"},
            {"doc": "hb", "text": HELD_B, "group": "storm"},
        ],
    )
    _write(
        folder,
        "conflicts.jsonl",
        [
            {
                "id": "hc1",
                "subtopic": "storm",
                "label": "conflict",
                "what": "homes flooded",
                "a": {"doc": "ha", "at": HELD_A.index("40 homes"), "span": "40 homes", "value": 40},
                "b": {"doc": "hb", "at": HELD_B.index("55 homes"), "span": "55 homes", "value": 55},
            }
        ],
    )
    at = HELD_A.index("Lanvik on")
    _write(
        folder,
        "entities.jsonl",
        [{"id": "he1", "doc": "ha", "at": at, "span": "Lanvik", "type": "GPE"}],
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
    _tiny_heldout(gold / "heldout")
    monkeypatch.chdir(tmp_path)
    result = cli.invoke(app, ["bench", "realnews", "--gold", str(gold), "--json", "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data.keys() == {*KEYS, "baseline", "details", "heldout"}
    held = data["heldout"]
    assert set(KEYS) <= held.keys() and set(KEYS) <= held["baseline"].keys()
    for scores in (data, data["baseline"], held, held["baseline"]):
        for key in KEYS:
            assert scores[key] is None or 0.0 <= scores[key] <= 1.0, (key, scores[key])
    assert data["details"]["relations"]["gold_required"] == 1
    assert data["details"]["conflicts"]["gold_conflicts"] == 2
    assert held["details"]["documents"] == 2 and held["details"]["entities"] == 1
    assert held["details"]["conflicts"]["gold_conflicts"] == 1
    written = json.loads((tmp_path / "bench/results/realnews-latest.json").read_text("utf-8"))
    assert written["benchmark"] == "realnews" and set(KEYS) <= written.keys()


def test_bench_realnews_reports_a_bad_gold_folder(cli: CliRunner, tmp_path: Path) -> None:
    from newsbeat.cli import app

    result = cli.invoke(app, ["bench", "realnews", "--gold", str(tmp_path / "nowhere"), "--json"])
    assert result.exit_code == 1
    assert "gold folder not found" in result.output
