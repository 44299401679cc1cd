"""``newsbeat bench undated``: the stories stage on an import whose articles have no dates.

Keyword dumps and many archive files carry no dates, so every story of such an import stays
live (a story leaves the index only when quiet for ``live_days``) and each merge pass of the
stories stage works on all of them. The merge pass's peer rule (stories38b,
:mod:`~newsbeat.stories.peer_pieces`) runs only when a large story is undated, which is every
large story here; this benchmark measures what it costs (issue 12/13, perf39).

The import is the generated stream of ``bench stories``' scale part
(:func:`~newsbeat.bench.stories.generated_stream`: generated stories over ECB+ sentences as
background language; here only the train and dev topics are read) with every date removed,
stored in a fresh SQLite file and clustered in one call of the real stage
(:func:`~newsbeat.stories.stage.cluster_store`), as an ``ingest`` of one file followed by
``update`` does. Each run clusters the import twice in lockstep, the peer rule off
(``peer_share`` 0) then on (the default, 0.35), so both halves of a pair see the same load;
the medians of ``runs`` pairs are kept (after an untimed warm-up on the first 200 articles),
with B³ against the generated stories and whether the two settings put the articles in the
same stories.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsbeat.bench.ecbplus import EcbDoc, b_cubed
from newsbeat.bench.stories import ScaleOptions, generated_stream
from newsbeat.models import Article
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.features import FeatureOptions
from newsbeat.stories.stage import StoriesOptions, cluster_store

__all__ = ["UndatedOptions", "cluster_undated", "run_undated_bench", "undated_articles"]

_WARM_UP = 200  # articles clustered once, untimed, before the timed runs


@dataclasses.dataclass(frozen=True, kw_only=True)
class UndatedOptions:
    """The undated import's size, how many lockstep pairs are run, and the peer rule's share
    when it is on."""

    articles: int = 10_000
    runs: int = 3
    per_story: int = 20
    seed: int = 11
    peer_share: float = ClusterOptions().peer_share


@dataclasses.dataclass(frozen=True, kw_only=True)
class UndatedRun:
    """One clustering of the import: the stage's wall-clock and CPU seconds, and the story
    of each article (in id order) beside its generated story."""

    seconds: float
    cpu_seconds: float
    predicted: list[str]
    gold: list[str]


def undated_articles(docs: Sequence[EcbDoc], options: UndatedOptions) -> list[Article]:
    """The generated stream's articles (in their time order) with their dates removed."""
    scale = ScaleOptions(
        articles=options.articles,
        per_story=options.per_story,
        slice_size=max(1, options.articles),
        seed=options.seed,
    )
    return [
        dataclasses.replace(article, published=None, published_source=None)
        for _, batch in generated_stream(docs, scale)
        for article in batch
    ]


def cluster_undated(articles: Sequence[Article], peer_share: float) -> UndatedRun:
    """Store the articles in a fresh SQLite file and time one call of the stories stage."""
    options = StoriesOptions(
        cluster=ClusterOptions(peer_share=peer_share), features=FeatureOptions()
    )
    with tempfile.TemporaryDirectory(prefix="newsbeat-undated-") as folder:
        store = SQLiteStore(Path(folder) / "undated.db")
        try:
            store.add_articles(list(articles))
            began, began_cpu = time.perf_counter(), time.process_time()
            cluster_store(store, options)
            seconds = time.perf_counter() - began
            cpu = time.process_time() - began_cpu
            predicted, gold = [], []
            for article in store.iter_articles():
                assert article.id is not None
                predicted.append(store.story_of(article.id) or "")
                gold.append(article.section or "")
        finally:
            store.close()
    return UndatedRun(seconds=seconds, cpu_seconds=cpu, predicted=predicted, gold=gold)


def _same_partition(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two assignments group the articles alike (story ids aside)."""
    pairs = set(zip(a, b, strict=True))
    return len(pairs) == len(set(a)) == len(set(b))


def run_undated_bench(
    docs: Sequence[EcbDoc],
    options: UndatedOptions | None = None,
    progress: Callable[[int, str, float], None] | None = None,
) -> dict[str, Any]:
    """Cluster the undated import ``runs`` times with the peer rule off and on, alternately.

    ``progress(run, "off" or "on", seconds)`` is called after each clustering.

    Returns:
        ``seconds_peer_off`` / ``seconds_peer_on`` (median wall clock of the stage),
        ``cpu_seconds_peer_off`` / ``cpu_seconds_peer_on`` (median process CPU),
        ``peer_cpu_ratio`` (on over off, CPU medians), ``stories_peer_off`` /
        ``stories_peer_on``, ``b3_f1_peer_off`` / ``b3_f1_peer_on`` (with precision and
        recall), ``same_stories`` (both settings grouped every article alike in every run),
        the import's size, ``runs``, ``peer_share``, the machine's cores and its load average
        before and after.
    """
    opts = options or UndatedOptions()
    articles = undated_articles(docs, opts)
    cluster_undated(articles[:_WARM_UP], opts.peer_share)  # imports and first loads, untimed
    load_before = os.getloadavg()[0]
    seen: dict[str, list[UndatedRun]] = {"off": [], "on": []}
    for run in range(max(1, opts.runs)):
        for side, share in (("off", 0.0), ("on", opts.peer_share)):
            done = cluster_undated(articles, share)
            seen[side].append(done)
            if progress is not None:
                progress(run + 1, side, done.seconds)
    record: dict[str, Any] = {
        "articles": len(articles),
        "runs": max(1, opts.runs),
        "peer_share": opts.peer_share,
    }
    for side, runs in seen.items():
        record[f"seconds_peer_{side}"] = round(statistics.median(r.seconds for r in runs), 2)
        record[f"cpu_seconds_peer_{side}"] = round(
            statistics.median(r.cpu_seconds for r in runs), 2
        )
        last = runs[-1]
        precision, recall, f1 = b_cubed(last.predicted, last.gold)
        record[f"stories_peer_{side}"] = len(set(last.predicted))
        record[f"b3_precision_peer_{side}"] = round(precision, 4)
        record[f"b3_recall_peer_{side}"] = round(recall, 4)
        record[f"b3_f1_peer_{side}"] = round(f1, 4)
    off_cpu = record["cpu_seconds_peer_off"]
    record["peer_cpu_ratio"] = round(record["cpu_seconds_peer_on"] / off_cpu, 3) if off_cpu else 0.0
    record["same_stories"] = all(
        _same_partition(off.predicted, on.predicted)
        for off, on in zip(seen["off"], seen["on"], strict=True)
    )
    record["cpus"] = os.cpu_count()
    record["load_average_1m_before"] = round(load_before, 2)
    record["load_average_1m"] = round(os.getloadavg()[0], 2)
    record["measured_at"] = datetime.now(UTC).replace(microsecond=0).isoformat()
    return record
