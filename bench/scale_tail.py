"""The end of a run on a local Dask cluster: how long workers wait for each other.

One ``LocalCluster`` of ``--workers`` workers (the one ``newsbeat update --workers N`` starts)
runs the enrich stage over the first ``--articles`` ECB+ documents (``bench.scale``'s articles
and stage: a fresh store, language check, partitions, results saved here), once to warm up,
then ``--rounds`` rounds of two timed passes in the same processes: the partitions of
``newsbeat.executors.partition_sizes`` (``tapered``) and equal partitions as before it
(``equal``: the tail fraction set so high that no partition shrinks), in alternating order.
Dask's task stream gives each partition's compute time on its worker, so for each pass:

- ``wall_s``: the stage's wall time; ``rate``: articles per second;
- ``tail_s``: from the first worker's last finish to the last worker's (the time workers sat
  idle at the end, waiting for the slowest), and ``tail_share`` over the span of the tasks;
- ``busy_share``: compute time of every task over workers x that span.

Other jobs on the machine slow both variants alike within a round: compare within a round.

    PYTHONPATH=src .venv/bin/python bench/scale_tail.py [--articles 200] [--workers 2] [--rounds 3]

Results go to stdout (one JSON line per pass, then the medians); nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from pathlib import Path
from typing import Any

import newsbeat.executors as executors

VARIANTS = ("tapered", "equal")


def _pass(articles: list[Any], model: str, executor: Any, variant: str) -> dict[str, Any]:
    from distributed import get_task_stream

    from newsbeat.bench.scale import _timed_stage

    fraction = executors._TAIL_FRACTION
    if variant == "equal":
        executors._TAIL_FRACTION = float(len(articles))  # no partition shrinks
    try:
        with get_task_stream(executor.client) as stream:
            rate = _timed_stage(articles, model, executor)
    finally:
        executors._TAIL_FRACTION = fraction
    spans: dict[str, list[tuple[float, float]]] = {}
    for task in stream.data:
        for step in task["startstops"]:
            if step["action"] == "compute":
                spans.setdefault(task["worker"], []).append((step["start"], step["stop"]))
    first = min(start for found in spans.values() for start, _ in found)
    lasts = sorted(max(stop for _, stop in found) for found in spans.values())
    span = lasts[-1] - first
    busy = sum(stop - start for found in spans.values() for start, stop in found)
    return {
        "variant": variant,
        "partitions": sum(len(found) for found in spans.values()),
        "rate": round(rate, 2),
        "wall_s": round(len(articles) / rate, 3),
        "tail_s": round(lasts[-1] - lasts[0], 3),
        "tail_share": round((lasts[-1] - lasts[0]) / span, 4),
        "busy_share": round(busy / (len(spans) * span), 4),
        "load": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    """Start the cluster, warm it up, run the rounds and print each pass and the medians."""
    from newsbeat.bench.scale import bench_articles
    from newsbeat.enrich.nlp import load_pipeline
    from newsbeat.executors.cluster import DaskExecutor
    from newsbeat.settings import EnrichSettings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    args = parser.parse_args()
    model = EnrichSettings().spacy_model
    articles, _ = bench_articles(args.shared, args.articles)
    executor = DaskExecutor(workers=args.workers)
    rows: dict[str, list[dict[str, Any]]] = {v: [] for v in VARIANTS}
    try:
        executor.prepare(load_pipeline, model)
        _pass(articles, model, executor, "tapered")  # warm-up, untimed
        for round_ in range(args.rounds):
            order = VARIANTS if round_ % 2 == 0 else VARIANTS[::-1]
            for variant in order:
                row = _pass(articles, model, executor, variant)
                rows[variant].append(row)
                print(json.dumps(row), flush=True)
    finally:
        executor.close()
    for variant, found in rows.items():
        medians = {
            key: round(statistics.median(r[key] for r in found), 4)
            for key in ("rate", "wall_s", "tail_s", "tail_share", "busy_share")
        }
        print(json.dumps({"variant": variant, "median": medians}))
    ratios = [t["rate"] / e["rate"] for t, e in zip(rows["tapered"], rows["equal"], strict=True)]
    print(json.dumps({"tapered_over_equal_rate": [round(r, 4) for r in ratios]}))


if __name__ == "__main__":
    main()
