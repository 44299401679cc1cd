"""Minor page faults and CPU per article of the enrich stage's partitions in a
``ProcessExecutor`` pool process (``[enrich] processes`` > 1).

Runs ``analyse_partition`` over ``bench scale``'s articles (the ECB+ texts the scale bench
uses) through ``ProcessExecutor.map``, partitions sized as ``run_partitioned`` sizes them, and
measures each partition where it runs: minor page faults of the worker process
(``getrusage``), the CPU of the thread that ran it (``time.thread_time``) and of the process,
and whether it ran in the worker's main thread. Prints one JSON line per pass: the sums over
the pass, per article, and the load average. Run it alternately with ``PYTHONPATH`` at two
trees to compare their executors under the same load.

    PYTHONPATH=src .venv/bin/python bench/pool_faults.py --processes 2 --runs 3

Nothing here prints an article or what was found in it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any


def _measured(partition: list[Any], options: Any) -> list[dict[str, Any]]:
    """Analyse one partition; what it cost where it ran (one record, not one per article)."""
    from newsbeat.enrich.analysis import analyse_partition

    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    thread, process = time.thread_time(), time.process_time()
    analyse_partition(partition, options)
    return [
        {
            "pid": os.getpid(),
            "main_thread": threading.current_thread() is threading.main_thread(),
            "articles": len(partition),
            "minflt": resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults,
            "thread_cpu": time.thread_time() - thread,
            "process_cpu": time.process_time() - process,
        }
    ]


def main() -> None:
    """Run the passes and print one JSON line per pass."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()

    from newsbeat.bench import scale
    from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
    from newsbeat.enrich.nlp import load_pipeline
    from newsbeat.executors import ProcessExecutor, partition_sizes

    articles, _ = scale.bench_articles(args.shared, args.articles)
    inputs = [ArticleInput.of(a) for a in scale._with_ids(articles)]
    options = EnrichOptions()
    executor = ProcessExecutor(args.processes)
    executor.prepare(load_pipeline, options.model)
    try:
        for run in range(args.runs + 1):  # the first pass warms the workers up
            source = iter(inputs)
            sizes = partition_sizes(len(inputs), executor.slots, options.batch_size)
            parts = []
            while chunk := list(itertools.islice(source, next(sizes))):
                parts.append(chunk)
            load = os.getloadavg()[0]
            start = time.perf_counter()
            rows = [r for result in executor.map(_measured, parts, options) for r in result]
            wall = time.perf_counter() - start
            count = sum(r["articles"] for r in rows)
            out = {
                "pass": run,
                "warm_up": run == 0,
                "load": [round(load, 2), round(os.getloadavg()[0], 2)],
                "processes": executor.slots,
                "articles": count,
                "partitions": len(rows),
                "in_main_thread": sum(r["main_thread"] for r in rows),
                "wall_s": round(wall, 3),
                "minflt": sum(r["minflt"] for r in rows),
                "minflt_per_article": round(sum(r["minflt"] for r in rows) / count, 1),
                "thread_cpu_per_article_ms": round(
                    1000 * sum(r["thread_cpu"] for r in rows) / count, 2
                ),
                "process_cpu_per_article_ms": round(
                    1000 * sum(r["process_cpu"] for r in rows) / count, 2
                ),
            }
            print(json.dumps(out), flush=True)
    finally:
        executor.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import pool_faults

    pool_faults.main()
