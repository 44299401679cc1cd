"""Quality gate on the real-news gold (issue 12): every key of ``bench realnews`` at or above the
floor reached, and better than its baseline scored in the same run.

The documents (``../shared``; missing data skips, or fails under CI=true) are analysed exactly as
``newsbeat bench realnews`` does (:func:`~newsbeat.bench.realnews.analyse_corpus` and
:func:`~newsbeat.bench.realnews.evaluate`), only split over two worker processes: parsing the
266 documents is most of the ~90 s of the bench. A story's documents stay in one worker, so
their article ids are distinct and in the bench's order. The parses come back as one
``DocBin`` per worker (the baselines read entities, lemmas and sentences from them).
Measured: 55 s wall, 52 s CPU on the 2-core machine (the bench alone, one process: ~90 s).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from newsbeat.bench.realnews import KEYS, Analysed, analyse_corpus, evaluate
from newsbeat.bench.realnews_gold import (
    Corpus,
    default_shared_dir,
    load_corpus,
    load_gold,
    resolve_keys,
)

pytestmark = pytest.mark.slow

SHARED = default_shared_dir()
WORKERS = 2

# Floors just below the figures on main (bench/results/realnews-latest.json: conflicts P 1.0
# R 0.6842, relations P 1.0 R 0.4444, speakers 0.9855 (68 of 69), entity types 0.9459 (175 of
# 185), redundancy 0.1976); conflict and relation floors are the goals.
FLOORS = {
    "conflict_precision": 0.90,
    "conflict_recall": 0.60,
    "relation_precision": 0.85,
    # relcore: 3 of the tuning split's 9 gold relations (was 4): telling someone to act ("told
    # Hiller to put the gun down") is an event of the teller now, no relation. Pooled dev
    # recall (tuning, heldout … heldout9) is 0.4635, above the goal of 0.40; the split
    # alone moves by 0.11 per relation. A floor for the lead to confirm or take back.
    "relation_recall": 0.33,
    "speaker_accuracy": 0.97,
    "entity_type_accuracy": 0.94,
}
MAX_REDUNDANCY = 0.21  # lower is better: 0.1976 measured, the baseline's is 0.2748


def _need_shared() -> None:
    """Skip when ../shared is absent; under CI=true that is a failure."""
    if (SHARED / "benchmarks").is_dir():
        return
    reason = f"{SHARED}/benchmarks absent: the real-news gate cannot run"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason + " (CI=true: missing benchmark data is a failure)", pytrace=False)
    pytest.skip(reason)


def _analyse_part(corpus: Corpus) -> tuple[list[Analysed], bytes]:
    """In a worker: the bench's analysis of some documents; the parses as one DocBin."""
    from spacy.tokens import DocBin

    analysed = analyse_corpus(corpus)
    docs = DocBin(store_user_data=False)
    out = []
    for a in analysed.values():
        docs.add(a.parsed)
        a.parsed = None  # type: ignore[assignment]  # sent back in the DocBin
        out.append(a)
    return out, docs.to_bytes()


def _parts(corpus: Corpus, stories: list[str], count: int) -> list[Corpus]:
    """``count`` corpora of about the same number of words; each story whole in the first."""
    members = {d for group in stories for d in corpus.members(group)}
    parts = [Corpus() for _ in range(count)]
    sizes = [0] * count

    def put(index: int, doc: str) -> None:
        parts[index].texts[doc] = corpus.texts[doc]
        parts[index].groups[doc] = corpus.groups[doc]
        sizes[index] += len(corpus.texts[doc])

    for doc in sorted(members):
        put(0, doc)
    for doc in sorted(corpus.texts.keys() - members, key=lambda d: -len(corpus.texts[d])):
        put(sizes.index(min(sizes)), doc)
    return parts


@pytest.fixture(scope="module")
def realnews() -> dict[str, Any]:
    """``bench realnews``'s result on the shipped gold (analysed once for the module)."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    _need_shared()
    gold = load_gold()
    corpus = load_corpus(gold, SHARED)
    resolve_keys(gold, corpus)
    parts = _parts(corpus, gold.groups(), WORKERS)
    analysed: dict[str, Analysed] = {}
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=WORKERS, mp_context=context) as pool:
        for done, data in pool.map(_analyse_part, parts):
            parsed = DocBin().from_bytes(data).get_docs(Vocab())
            for a, doc in zip(done, parsed, strict=True):
                a.parsed = doc
                analysed[a.doc_id] = a
    assert analysed.keys() == corpus.texts.keys()
    return evaluate(gold, corpus, analysed)


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_each_key_reaches_its_floor_and_beats_its_baseline(
    realnews: dict[str, Any], key: str
) -> None:
    value, base = realnews[key], realnews["baseline"][key]
    assert value is not None and value >= FLOORS[key], (key, value, realnews["details"])
    assert base is None or value > base, (key, value, base)


def test_summaries_are_less_redundant_than_the_baseline(realnews: dict[str, Any]) -> None:
    value, base = realnews["summary_redundancy"], realnews["baseline"]["summary_redundancy"]
    assert value is not None and value <= MAX_REDUNDANCY, value
    assert base is not None and value < base, (value, base)


def test_the_gate_scores_every_key_on_the_whole_gold(realnews: dict[str, Any]) -> None:
    assert set(KEYS) <= realnews.keys()
    details = realnews["details"]
    assert details["documents"] >= 266 and details["stories"] >= 6
    # 14 since session 20: five heist items were two dollars (US, Canadian, Australian) for
    # one sum in euros, a different unit by the guidelines (docs/realnews-annotation.md)
    assert details["conflicts"]["gold_disputes"] >= 14
    assert details["relations"]["sentences"] >= 220
    assert details["speakers"]["gold_quotes"] >= 69 and details["entities"] >= 185
    # Precision means something only with predictions: the tool must say something. (9
    # conflicts since session 20: the heist's dollar figures of one sum in euros are none.)
    assert details["conflicts"]["predicted"] >= 9 and details["relations"]["predicted"] >= 5
