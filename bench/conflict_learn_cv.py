"""Leave-one-split-out validation of a learned pair scorer for conflicts (an experiment).

Candidates: the pairs of figures of a gold story that ``compare.claims`` keeps apart only for
their wording (``claims._wording_only``), with the features of ``compare.pair_scorer``;
label 1 when the pair joins two values of one gold dispute (``score_conflicts``' clusters),
else 0 (any other printed pair is a false alarm). For each of the seven splits (tuning and
heldout..heldout6): a logistic regression is trained on the other six; its threshold is picked
inside those six (each scored by a model trained on the other five, the whole pipeline run,
the lowest threshold whose pooled precision is at least 0.9 and finds more disputes than the
rules alone; none: rules alone); the held-out split is then scored by the whole pipeline.

    PYTHONPATH=src .venv/bin/python bench/conflict_learn_cv.py --scope A|B|S [--json FILE]

Scopes: A the noun, qualifier and event rules, and sentences too different; B those and the
subject rules; S sentences too different only.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

SPLITS = ("tuning", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _stories(splits: dict[str, Any], docs: dict[str, Any]) -> dict[str, list[tuple]]:
    from newsbeat.models import Article

    out: dict[str, list[tuple]] = {}
    for split, (gold, corpus) in splits.items():
        out[split] = []
        for group in gold.groups():
            members = [docs[d] for d in corpus.members(group)]
            articles = [
                Article(title="", text=a.text, outlet=a.doc_id, id=a.article_id) for a in members
            ]
            enrichments = {a.article_id: a.enrichment for a in members if a.enrichment}
            out[split].append((articles, enrichments, {a.article_id: a for a in members}))
    return out


def _candidates(split: str, gold: Any, stories: list[tuple], docs: dict[str, Any]) -> list[dict]:
    import newsbeat.compare as compare
    from newsbeat.bench.realnews_match import PredSide, _clusters, _disputes, locate

    def side(record: dict[str, Any]) -> list[PredSide]:
        text = docs[record["outlet"]].text
        return [
            PredSide(doc=record["outlet"], start=s, end=e, low=record["value"], high=record["high"])
            for s, e in locate(text, record["sentence"])
        ]

    clusters = _clusters([c for c in gold.conflicts if c.is_conflict])
    rows = []
    for articles, enrichments, _ in stories:
        for record in compare.explain_claims(articles, enrichments):
            if "features" not in record:
                continue
            pair = (side(record["a"]), side(record["b"]))
            hit = any(
                _disputes(order, cluster)
                for cluster in clusters
                for order in (pair, (pair[1], pair[0]))
            )
            rows.append({"split": split, "x": record["features"], "y": int(hit)})
    return rows


def _fit(rows: list[dict], splits: list[str]) -> Any:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from newsbeat.compare.pair_scorer import FEATURES, PairModel

    x = np.array([r["x"] for r in rows if r["split"] in splits])
    y = np.array([r["y"] for r in rows if r["split"] in splits])
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    lr = LogisticRegression(max_iter=2000).fit((x - scaler.mean_) / scale, y)
    return PairModel(
        features=FEATURES,
        mean=tuple(float(v) for v in scaler.mean_),
        scale=tuple(float(v) for v in scale),
        coef=tuple(float(v) for v in lr.coef_[0]),
        intercept=float(lr.intercept_[0]),
        threshold=0.5,
    )


def _score(split: str, model: Any, splits: dict, stories: dict, docs: dict) -> tuple[int, ...]:
    import newsbeat.compare as compare
    from newsbeat.bench.realnews import _claim_sides
    from newsbeat.bench.realnews_match import score_conflicts

    compare.load_model = lambda: model  # type: ignore[assignment]
    predicted = []
    for articles, enrichments, by_article in stories[split]:
        for pair in compare.compare_articles(articles, enrichments).conflicts:
            predicted.append(
                (_claim_sides(pair.a.claims, by_article), _claim_sides(pair.b.claims, by_article))
            )
    s = score_conflicts(predicted, splits[split][0].conflicts)
    return s["predicted"], s["right"], s["found"], s["gold_disputes"]


def run(scope: str) -> dict[str, Any]:
    """The cross-validated counts of rules alone and rules + scorer, per split."""
    import newsbeat.compare as compare
    import newsbeat.compare.claims as claims
    from newsbeat.bench.realnews import _load, _union, analyse_corpus

    claims._SUBJECT_WORDING = scope == "B"
    claims._SCORE_RULES = scope != "S"
    splits = {s: _load(None, s, None) for s in SPLITS}
    docs = analyse_corpus(_union([c for _, c in splits.values()]))
    stories = _stories(splits, docs)
    compare.load_model = lambda: None  # type: ignore[assignment]
    rows = [r for s in SPLITS for r in _candidates(s, splits[s][0], stories[s], docs)]
    rules = {s: _score(s, None, splits, stories, docs) for s in SPLITS}
    folds = {}
    for k in SPLITS:
        train = [s for s in SPLITS if s != k]
        inner = {t: [0, 0, 0] for t in GRID}
        for s in train:
            model = _fit(rows, [x for x in train if x != s])
            for t in GRID:
                p, r, f, _ = _score(s, replace(model, threshold=t), splits, stories, docs)
                inner[t] = [inner[t][0] + p, inner[t][1] + r, inner[t][2] + f]
        base = sum(rules[s][2] for s in train)
        ok = [(v[2], t) for t, v in inner.items() if v[0] and v[1] / v[0] >= 0.9 and v[2] > base]
        chosen = max(ok)[1] if ok else None
        model = replace(_fit(rows, train), threshold=chosen) if chosen is not None else None
        learned = _score(k, model, splits, stories, docs) if model else rules[k]
        folds[k] = {"threshold": chosen, "inner": inner, "rules": rules[k], "learned": learned}
        print(k, folds[k], flush=True)
    return {
        "scope": scope,
        "candidates": len(rows),
        "positives": sum(r["y"] for r in rows),
        "folds": folds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scope", choices=("A", "B", "S"), default="A")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    out = run(args.scope)
    held = [s for s in SPLITS if s != "tuning"]
    for key in ("rules", "learned"):
        p, r, f, d = (sum(out["folds"][s][key][i] for s in held) for i in range(4))
        print(f"held-out pooled, {key}: precision {r}/{p}, recall {f}/{d}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
