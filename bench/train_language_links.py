"""Retrain the cross-language story link model (``src/newsbeat/data/language_links.json``) on
the multilingual gold's **train** split, reproducibly (no randomness; the test split is never
read).

What it does:

1. The train reports, in date order, are clustered within their languages by the stories
   stage's own clustering (:func:`~newsbeat.stories.cluster.cluster_articles` with
   ``link_languages`` off), as the stage does before it links across languages.
2. Every pair of the resulting stories with no language in common, within the model's
   ``max_gap_days``, that shares a name or place key (the rule: other pairs never link) gets
   its evidence (:func:`~newsbeat.stories.across_languages.pair_features`) and a label: do the
   two stories tell the same event (a story that mixes events, a within-language error, gives
   no pair).
3. A logistic regression (scikit-learn, L2, ``C``) is fitted on all pairs. The threshold is
   chosen on out-of-topic probabilities (each topic's pairs scored by a model fitted without
   that topic): the lowest threshold whose pair precision reaches ``--precision``.
4. The model is written and the train split is clustered again with it by the real stories
   stage (:func:`newsbeat.bench.multilingual.run_multilingual`); one JSON line reports the
   pairs, the threshold and the train B³.

Usage (from a worktree, ``PYTHONPATH=src``)::

    python bench/train_language_links.py [--gold DIR] [--out FILE] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from newsbeat.bench.multilingual import GoldReport, load_gold, run_multilingual
from newsbeat.stories.across_languages import FEATURE_NAMES, LinkModel, pair_features
from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.cluster_state import span_gap
from newsbeat.stories.features import (
    ArticleText,
    FeatureOptions,
    Vectoriser,
    build_features,
    parse_time,
)

MODEL_FILE = Path(__file__).resolve().parents[1] / "src/newsbeat/data/language_links.json"
MAX_GAP_DAYS = 7.0


@dataclass(frozen=True)
class Pair:
    """One cross-language pair of within-language stories."""

    features: list[float]
    same: bool
    topics: frozenset[str]


def _items(reports: Sequence[GoldReport]) -> list[ArticleText]:
    """The reports as the stage reads them (title, lead, body, date, language), date order."""
    lead = FeatureOptions().lead_chars
    items = [
        ArticleText(
            article_id=n,
            title=r.title,
            lead=r.text[:lead],
            body=r.text[lead:],
            time=parse_time(r.published),
            language=r.lang,
        )
        for n, r in enumerate(reports)
    ]
    return sorted(items, key=lambda a: (a.time is None, a.time or 0.0, a.article_id))


def training_pairs(reports: Sequence[GoldReport], topic_of: dict[str, str]) -> list[Pair]:
    """The labelled cross-language pairs of the within-language stories of ``reports``."""
    options = ClusterOptions(link_languages=False)
    state = ClusterState()
    result = cluster_articles(state, build_features(Vectoriser(), _items(reports)), options)
    events: dict[str, Counter[str]] = {}
    for assignment in result.assignments:
        report = reports[assignment.article_id]
        events.setdefault(assignment.story_id, Counter())[report.event] += 1
    stories = [s for s in state.stories.values() if s.features.languages.counts]
    pairs = []
    for i, a in enumerate(stories):
        for b in stories[i + 1 :]:
            fa, fb = a.features, b.features
            if fa.languages.languages & fb.languages.languages:
                continue
            gap = span_gap(fa.first_time, fa.last_time, fb.first_time, fb.last_time)
            if gap is not None and gap > MAX_GAP_DAYS:
                continue
            found = pair_features(fa.languages, fb.languages, gap, MAX_GAP_DAYS)
            if found is None:
                continue
            if len(events[a.id]) > 1 or len(events[b.id]) > 1:
                continue  # a story that mixes events (a within-language error) labels nothing
            (ea,), (eb,) = events[a.id], events[b.id]
            pairs.append(Pair(found, ea == eb, frozenset({topic_of[ea], topic_of[eb]})))
    return pairs


def _fit(pairs: Sequence[Pair], c: float) -> LogisticRegression:
    x = np.array([p.features for p in pairs])
    y = np.array([p.same for p in pairs])
    # Balanced: the gold offers few decoys that pass the key and time gates, a real stream many.
    return LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(x, y)


def out_of_topic(pairs: Sequence[Pair], c: float) -> list[float]:
    """Each pair's probability from a model fitted on the pairs of the other topics."""
    topics = sorted(set().union(*(p.topics for p in pairs)))
    probability = [0.0] * len(pairs)
    for topic in topics:
        held = [n for n, p in enumerate(pairs) if topic in p.topics]
        rest = [p for p in pairs if topic not in p.topics]
        if not held or len({p.same for p in rest}) < 2:
            continue
        model = _fit(rest, c)
        scores = model.predict_proba(np.array([pairs[n].features for n in held]))[:, 1]
        for n, score in zip(held, scores, strict=True):
            probability[n] = max(probability[n], float(score))
    return probability


def choose_threshold(
    pairs: Sequence[Pair], probability: Sequence[float], precision: float
) -> float:
    """The lowest threshold (steps of 0.05 from 0.3) whose pair precision reaches
    ``precision``; 0.95 when none does."""
    for step in range(6, 20):
        threshold = step / 20
        chosen = [p.same for p, q in zip(pairs, probability, strict=True) if q >= threshold]
        if chosen and sum(chosen) / len(chosen) >= precision:
            return threshold
    return 0.95


def curve(pairs: Sequence[Pair], probability: Sequence[float]) -> dict[str, list[float]]:
    """Pair precision and recall of the out-of-topic probabilities at thresholds 0.3-0.95."""
    positives = max(1, sum(p.same for p in pairs))
    out = {}
    for step in range(6, 20):
        chosen = [p.same for p, q in zip(pairs, probability, strict=True) if q >= step / 20]
        precision = sum(chosen) / len(chosen) if chosen else 1.0
        out[f"{step / 20:.2f}"] = [round(precision, 3), round(sum(chosen) / positives, 3)]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Fit, write and report (one JSON line)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold directory")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--precision", type=float, default=0.995, help="pair precision goal")
    parser.add_argument("--dry-run", action="store_true", help="fit and report, write nothing")
    args = parser.parse_args(argv)
    gold = load_gold("train", args.gold)
    topic_of = {e: event.topic for e, event in gold.events.items()}
    pairs = training_pairs(gold.reports, topic_of)
    if len({p.same for p in pairs}) < 2:
        raise SystemExit("the train split gives no pairs of both kinds")
    held_out = out_of_topic(pairs, args.c)
    threshold = choose_threshold(pairs, held_out, args.precision)
    fitted = _fit(pairs, args.c)
    model = LinkModel(
        coefficients=tuple(float(c) for c in fitted.coef_[0]),
        intercept=float(fitted.intercept_[0]),
        threshold=threshold,
        max_gap_days=MAX_GAP_DAYS,
        note=(
            f"trained by bench/train_language_links.py on the multilingual gold's train split "
            f"({len(pairs)} pairs, {sum(p.same for p in pairs)} same-event; C={args.c}; "
            f"threshold: out-of-topic pair precision >= {args.precision})"
        ),
    )
    report: dict[str, object] = {
        "pairs": len(pairs),
        "same_event": sum(p.same for p in pairs),
        "threshold": threshold,
        "out_of_topic": curve(pairs, held_out),
        "coefficients": dict(zip(FEATURE_NAMES, model.to_json()["coefficients"], strict=True)),
    }
    if not args.dry_run:
        args.out.write_text(json.dumps(model.to_json(), indent=2) + "\n", encoding="utf-8")
        from newsbeat.stories import across_languages

        across_languages.load_model.cache_clear()
        train = run_multilingual("train", gold)
        report["train"] = {k: train[k] for k in ("b3_f1", "b3_precision", "b3_recall")}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
