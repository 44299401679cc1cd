"""Story clustering quality on ECB+ (gold = sub-topic), scored with B³ and pairwise F1.

The documents are fed to the same incremental clustering the product uses
(:func:`~newsbeat.stories.cluster.cluster_articles`), in ID order, starting from an empty state.
The reference baseline of the benchmark README (TF-IDF, average-link agglomerative clustering,
threshold tuned on dev) is computed in the same run.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from newsbeat.exceptions import NewsbeatError
from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import (
    ArticleText,
    FeatureOptions,
    Vectoriser,
    build_features,
)

__all__ = [
    "EcbDoc",
    "b_cubed",
    "baseline_labels",
    "evaluate_ecbplus",
    "load_ecbplus",
    "pairwise_f1",
    "run_incremental",
    "scores",
]

ECB_FILE = "ecbplus_docs.jsonl.gz"
TEST_TOPICS = frozenset(range(36, 46))
DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})


@dataclass(frozen=True, kw_only=True)
class EcbDoc:
    """One ECB+ document: id, topic, gold sub-topic, split, headline and the rest."""

    doc_id: str
    topic: int
    subtopic: str
    split: str
    title: str
    text: str


def _natural_key(doc_id: str) -> tuple[int, int, str]:
    topic, rest = doc_id.split("_", 1)
    number = re.match(r"\d+", rest)
    return int(topic), int(number.group(0)) if number else 0, rest


def load_ecbplus(directory: Path, splits: Sequence[str] = ("test",)) -> list[EcbDoc]:
    """Read ECB+ documents of the given splits with the usual sentence filter, in ID order.

    Args:
        directory: the ``ecbplus`` benchmark folder.
        splits: any of ``train``, ``dev``, ``test``.

    Returns:
        Documents with ``in_coref_sentence_index`` true, in natural doc-ID order.
    """
    path = directory / ECB_FILE
    if not path.exists():
        raise NewsbeatError(f"{path}: ECB+ documents not found (is ../shared present?)")
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["split"] not in splits or not row["in_coref_sentence_index"]:
                continue
            lines = [s for s in row["text"].split("\n") if s.strip()]
            docs.append(
                EcbDoc(
                    doc_id=row["doc_id"],
                    topic=int(row["topic"]),
                    subtopic=row["subtopic"],
                    split=row["split"],
                    title=lines[0] if lines else "",
                    text="\n".join(lines[1:]),
                )
            )
    docs.sort(key=lambda d: _natural_key(d.doc_id))
    return docs


def b_cubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 of a predicted clustering against gold labels."""
    pairs = Counter(zip(pred, gold, strict=True))
    pred_size, gold_size = Counter(pred), Counter(gold)
    n = len(pred)
    precision = sum(c * c / pred_size[p] for (p, _), c in pairs.items()) / n
    recall = sum(c * c / gold_size[g] for (_, g), c in pairs.items()) / n
    return precision, recall, _f1(precision, recall)


def pairwise_f1(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> float:
    """Standard (pairwise) F1 over unordered document pairs."""
    pairs = Counter(zip(pred, gold, strict=True))
    tp = sum(c * (c - 1) / 2 for c in pairs.values())
    pred_pairs = sum(c * (c - 1) / 2 for c in Counter(pred).values())
    gold_pairs = sum(c * (c - 1) / 2 for c in Counter(gold).values())
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / gold_pairs if gold_pairs else 1.0
    return _f1(precision, recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """The benchmark keys for one clustering."""
    p, r, f = b_cubed(pred, gold)
    return {
        "b3_precision": round(p, 4),
        "b3_recall": round(r, 4),
        "b3_f1": round(f, 4),
        "pairwise_f1": round(pairwise_f1(pred, gold), 4),
        "clusters": len(set(pred)),
    }


def run_incremental(
    docs: Sequence[EcbDoc],
    options: ClusterOptions | None = None,
    feature_options: FeatureOptions | None = None,
    times: Sequence[float | None] | None = None,
) -> list[str]:
    """Cluster documents with the product's incremental algorithm; story id per document.

    ``times`` gives each document's publication time (epoch seconds or None; ECB+ states none:
    ``bench/small_imports_dates.py`` reads them from stamp lines); the documents must then be in
    time order, as the stories stage would take them.
    """
    vectoriser = Vectoriser(feature_options)
    lead_chars = vectoriser.options.lead_chars
    items = [
        ArticleText(
            article_id=n + 1,
            title=d.title,
            lead=d.text[:lead_chars],
            body=d.text[lead_chars:],
            time=times[n] if times is not None else None,
        )
        for n, d in enumerate(docs)
    ]
    options = options or ClusterOptions()
    feats = build_features(vectoriser, items, names=options.uses("names"))
    result = cluster_articles(ClusterState(), feats, options)
    return [a.story_id for a in result.assignments]


def _baseline_distances(docs: Sequence[EcbDoc]) -> np.ndarray:
    """Cosine distances of TF-IDF vectors (log tf, smoothed idf, English stop words)."""
    vectors = TfidfVectorizer(sublinear_tf=True, smooth_idf=True, stop_words="english")
    matrix = vectors.fit_transform([f"{d.title}\n{d.text}" for d in docs])
    similarity = (matrix @ matrix.T).toarray()
    return np.clip(1.0 - similarity, 0.0, 2.0)


def _average_link(distances: np.ndarray, threshold: float) -> list[int]:
    if len(distances) < 2:
        return [0] * len(distances)
    model = AgglomerativeClustering(
        n_clusters=None,
        metric="precomputed",
        linkage="average",
        distance_threshold=1.0 - threshold,
    )
    return [int(x) for x in model.fit_predict(distances)]


def baseline_labels(docs: Sequence[EcbDoc], threshold: float) -> list[int]:
    """The README's reference: TF-IDF (log tf, smoothed idf) and average-link on cosine."""
    return _average_link(_baseline_distances(docs), threshold)


def tune_baseline(dev: Sequence[EcbDoc]) -> float:
    """The baseline threshold with the best sub-topic B³-F1 on dev."""
    gold = [d.subtopic for d in dev]
    distances = _baseline_distances(dev)
    grid = np.round(np.arange(0.04, 0.41, 0.02), 2)
    best = max(grid, key=lambda t: b_cubed(_average_link(distances, float(t)), gold)[2])
    return float(best)


def evaluate_ecbplus(
    directory: Path, options: ClusterOptions | None = None, *, split: str = "test"
) -> dict[str, object]:
    """Score the incremental clustering and the baseline on one split of ECB+.

    Args:
        directory: the ``ecbplus`` folder.
        options: clustering thresholds (default: the product's).
        split: ``test`` (topics 36-45) or ``dev``.

    Returns:
        ``b3_precision, b3_recall, b3_f1, pairwise_f1, clusters, documents, gold_clusters`` and
        the same scores under ``baseline`` (with its dev-tuned ``threshold``).
    """
    docs = load_ecbplus(directory, (split,))
    gold = [d.subtopic for d in docs]
    out: dict[str, object] = dict(scores(run_incremental(docs, options), gold))
    out["documents"] = len(docs)
    out["gold_clusters"] = len(set(gold))
    threshold = tune_baseline(load_ecbplus(directory, ("dev",)))
    baseline: dict[str, object] = dict(scores(baseline_labels(docs, threshold), gold))
    baseline["threshold"] = threshold
    out["baseline"] = baseline
    return out
