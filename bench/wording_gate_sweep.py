"""The conflicts' wording gate under other scores and gates: aggregate counts per split.

``compare.claims._masked_similarity`` scores two claims' sentences, numbers masked, with a
TF-IDF cosine fitted on every claim sentence of the story, so a claim read elsewhere moves every
pair's score (docs/realnews-annotation.md, "A wording gate that does not depend on the story").
This script swaps that score for a candidate and ``CompareOptions.min_similarity`` for a gate,
builds every story of every split as ``newsbeat bench realnews`` does (``compare_articles``,
``score_conflicts``) and prints, per candidate and gate, the tuning split's counts, the held-out
splits pooled, and each held-out split's found / right / predicted (counts only: no item of
any split is printed, so heldout10, heldout11 and the reserved stories stay aggregate).

Candidates (each a function of the two sentences alone, except ``story`` and ``lines``):

- ``story``: main's score (the story's claim sentences fit the weights);
- ``lines``: the weights fitted on the lines of the story's articles;
- ``ecb_idf``: fixed inverse document frequencies over the ECB+ train/dev documents
  (``../shared``; test topics 36-45 never read); ``tf``: every content word weighs 1;
- ``…_stem``: the same over crudely stemmed words (plural and verb endings cut);
- ``noname_…``: words written with a capital after the sentence's first left out;
- ``meaning``: the sentence-vector cosine (:mod:`newsbeat.sentence_vectors`);
- ``mix_X``: the mean of candidate X and ``meaning``.

Choose the gate on the tuning split only (``--tuning``: nothing else is scored).

    PYTHONPATH=src .venv/bin/python bench/wording_gate_sweep.py ecb_idf,tf 0.3,0.325 \\
        [--tuning] [--cache FILE]

``--cache FILE``: the analysed documents kept in a pickle there (this machine only, not
committed), so that a second run skips the parse (about five minutes).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import pickle
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

Score = Callable[[Sequence[Any]], Callable[[int, int], float]]
ECB = Path("benchmarks") / "news-clustering" / "ecbplus" / "ecbplus_docs.jsonl.gz"
_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
_story_texts: list[str] = []  # the texts of the story being compared (for ``lines``)


@cache
def _stop() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def _stem(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: -len(suffix)]
    return w


def words(text: str, *, stem: bool = False, names: bool = True) -> list[str]:
    """Content words: lower case, two letters or more, no stop word, no digit; without the
    words written with a capital after the first when ``names`` is False."""
    out = []
    for k, m in enumerate(_WORD.finditer(text)):
        w = m.group()
        if not names and k > 0 and w[:1].isupper():
            continue
        w = w.lower()
        if w in _stop() or any(c.isdigit() for c in w):
            continue
        out.append(_stem(w) if stem else w)
    return out


@cache
def ecb_idf(shared: str, stem: bool) -> tuple[dict[str, float], float]:
    """Smoothed IDF per word over the ECB+ train/dev documents, and an unseen word's."""
    n, df = 0, Counter[str]()
    with gzip.open(Path(shared) / ECB, "rt", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc["split"] in ("train", "dev"):  # never the test topics
                n += 1
                df.update(set(words(doc["text"], stem=stem)))
    idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items() if c >= 2}
    return idf, math.log((1 + n) / 2) + 1


def _bags(shared: str, variant: str) -> Score:
    """A bag-of-words cosine: ``1 + log(count)`` times the word's fixed weight."""
    stem, names = variant.endswith("_stem"), not variant.startswith("noname_")
    idf, unknown = ecb_idf(shared, stem) if "idf" in variant else ({}, 1.0)

    def vector(text: str) -> dict[str, float]:
        counts = Counter(words(text, stem=stem, names=names))
        v = {w: (1 + math.log(c)) * idf.get(w, unknown) for w, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        return {w: x / norm for w, x in v.items()} if norm else {}

    def score(refs: Sequence[Any]) -> Callable[[int, int], float]:
        from newsbeat.compare.claims import _NUMBERS

        vs = [vector(_NUMBERS.sub(" ", r.claim.sentence)) for r, _ in refs]
        return lambda i, j: sum(x * vs[j].get(w, 0.0) for w, x in vs[i].items())

    return score


def _fitted(texts: Callable[[Sequence[Any]], list[str]]) -> Score:
    """A TF-IDF cosine (main's vectoriser) fitted on ``texts(refs)``."""

    def score(refs: Sequence[Any]) -> Callable[[int, int], float]:
        from sklearn.feature_extraction.text import TfidfVectorizer

        from newsbeat.compare.claims import _NUMBERS

        sentences = [_NUMBERS.sub(" ", r.claim.sentence) for r, _ in refs]
        try:
            vectoriser = TfidfVectorizer(sublinear_tf=True, stop_words="english")
            m = vectoriser.fit(texts(refs)).transform(sentences)
        except ValueError:  # nothing but stop words and numbers
            return lambda i, j: 0.0
        return lambda i, j: float((m[i] @ m[j].T).toarray()[0, 0])

    return score


def _story_lines(refs: Sequence[Any]) -> list[str]:
    from newsbeat.compare.claims import _NUMBERS

    return [ln for t in _story_texts for ln in _NUMBERS.sub(" ", t).splitlines() if ln.strip()]


def _claim_sentences(refs: Sequence[Any]) -> list[str]:
    from newsbeat.compare.claims import _NUMBERS

    return [_NUMBERS.sub(" ", r.claim.sentence) for r, _ in refs]


def _meaning(refs: Sequence[Any]) -> Callable[[int, int], float]:
    from newsbeat.compare.claims import _NUMBERS
    from newsbeat.sentence_vectors import encode

    texts = [_NUMBERS.sub(" ", r.claim.sentence) for r, _ in refs]
    vs = encode(texts) if texts else []
    return lambda i, j: float(vs[i] @ vs[j])


def candidate(variant: str, shared: str) -> Score:
    """The score function a candidate's name stands for."""
    if variant == "story":
        return _fitted(_claim_sentences)
    if variant == "lines":
        return _fitted(_story_lines)
    if variant == "meaning":
        return _meaning
    if variant.startswith("mix_"):
        lexical = candidate(variant[4:], shared)

        def mixed(refs: Sequence[Any]) -> Callable[[int, int], float]:
            a, b = lexical(refs), _meaning(refs)
            return lambda i, j: (a(i, j) + b(i, j)) / 2

        return mixed
    return _bags(shared, variant)


def analysed(splits: dict[str, Any], path: Path | None) -> dict[str, Any]:
    """Every document of every split analysed (parse dropped), from the cache when given."""
    if path is not None and path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own file, this machine
    from newsbeat.bench.realnews import _union, analyse_corpus

    docs = analyse_corpus(_union([c for _, c in splits.values()]))
    slim = {d: replace(a, parsed=None) for d, a in docs.items()}
    if path is not None:
        with path.open("wb") as handle:
            pickle.dump(slim, handle)
    return slim


def score_split(gold: Any, corpus: Any, docs: dict[str, Any]) -> dict[str, Any]:
    """``score_conflicts`` of one split, its stories compared as the bench compares them."""
    from newsbeat.bench.realnews import _articles, _claim_sides, _enrichments
    from newsbeat.bench.realnews_match import score_conflicts
    from newsbeat.compare import compare_articles

    predicted = []
    for group in gold.groups():
        members = [docs[d] for d in corpus.members(group)]
        by_article = {a.article_id: a for a in members}
        _story_texts[:] = [a.text for a in members]
        for pair in compare_articles(_articles(members), _enrichments(members)).conflicts:
            predicted.append(
                (_claim_sides(pair.a.claims, by_article), _claim_sides(pair.b.claims, by_article))
            )
    return score_conflicts(predicted, gold.conflicts)


def _counts(s: dict[str, Any]) -> str:
    p = s["right"] / s["predicted"] if s["predicted"] else float("nan")
    r = s["found"] / s["gold_disputes"] if s["gold_disputes"] else float("nan")
    found = f"{s['found']}/{s['gold_disputes']} found"
    return f"{found}, {s['right']}/{s['predicted']} right, P {p:.3f} R {r:.3f}"


def main() -> int:
    from newsbeat.bench.realnews import _load
    from newsbeat.bench.realnews_gold import HELDOUT_SPLITS
    from newsbeat.compare import claims
    from newsbeat.compare.records import CompareOptions

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("candidates", help="comma-separated names (see the docstring)")
    parser.add_argument("gates", help="comma-separated values of min_similarity")
    parser.add_argument("--tuning", action="store_true", help="score the tuning split only")
    parser.add_argument("--cache", type=Path, default=None, help="analysed documents (pickle)")
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = parser.parse_args()
    names = ("tuning",) if args.tuning else ("tuning", *HELDOUT_SPLITS)
    splits = {s: _load(None, s, None) for s in ("tuning", *HELDOUT_SPLITS)}
    docs = analysed(splits, args.cache)
    defaults = CompareOptions.__init__.__kwdefaults__  # kw_only dataclass: the defaults
    for variant in args.candidates.split(","):
        claims._masked_similarity = candidate(variant, args.shared)  # type: ignore[assignment]
        for gate in (float(g) for g in args.gates.split(",")):
            defaults["min_similarity"] = gate
            started = time.monotonic()
            scores = {s: score_split(*splits[s], docs) for s in names}
            line = f"{variant} {gate}: tuning {_counts(scores['tuning'])}"
            if not args.tuning:
                keys = ("found", "gold_disputes", "right", "predicted")
                pooled = {k: sum(scores[s][k] for s in HELDOUT_SPLITS) for k in keys}
                each = " ".join(
                    f"{s}:{scores[s]['found']}/{scores[s]['right']}/{scores[s]['predicted']}"
                    for s in HELDOUT_SPLITS
                )
                line += f" | held-out pooled {_counts(pooled)} | {each}"
            print(f"{line} ({time.monotonic() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
