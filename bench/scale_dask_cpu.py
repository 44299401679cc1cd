"""CPU per article of the enrich analysis on one Dask worker, against the same work in process.

Each variant runs in a fresh Python process: ECB+ articles (the first ``--articles``, from
``--shared``) go through ``enrich.analysis.analyse_partition`` in partitions of 13, once to warm up
and once timed, in the same processes. For the timed pass it prints one JSON line: CPU seconds
(user, system) of every process involved (``psutil``: this process, whose event loop runs the
scheduler, the nanny and the client, and the worker), the worker's minor page faults
(``/proc/PID/stat``) and resident memory, and the load average.

Variants, run one after another in each of ``--rounds`` rounds (compare within a round; other
jobs on the machine inflate every CPU figure):

- ``trimming``: a 1-worker ``LocalCluster`` whose worker runs with ``MALLOC_TRIM_THRESHOLD_``
  at Dask's value (how workers ran before newsbeat dropped it), set in the environment (this
  process trims too: it does little of the work);
- ``dask``: the 1-worker ``LocalCluster`` newsbeat starts (``DaskExecutor(workers=1)``);
- ``serial``: the same partitions in this process, no Dask.

    PYTHONPATH=src .venv/bin/python bench/scale_dask_cpu.py [--articles 80] [--rounds 3]

Linux only (``/proc``). Results go to stdout; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

VARIANTS = ("trimming", "dask", "serial")
PARTITION = 13


def _minor_faults(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as stat:
        return int(stat.read().rsplit(")", 1)[1].split()[7])


def _cpu(procs: list[psutil.Process]) -> dict[int, tuple[float, float]]:
    out = {}
    for proc in procs:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        out[proc.pid] = (times.user, times.system)
    return out


def measure(variant: str, articles: int, shared: Path) -> dict[str, Any]:
    """One variant, in this process (and the worker it starts): the timed pass's figures."""
    from newsbeat.bench.scale import _with_ids, bench_articles
    from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_partition
    from newsbeat.enrich.nlp import load_pipeline

    found, _ = bench_articles(shared, articles)
    inputs = [ArticleInput.of(a) for a in _with_ids(found)]
    options = EnrichOptions(processes=1)
    parts = [inputs[n : n + PARTITION] for n in range(0, len(inputs), PARTITION)]
    executor = None
    if variant == "serial":
        load_pipeline(options.model)
        worker = os.getpid()

        def run() -> None:
            for part in parts:
                analyse_partition(part, options)

    else:
        from newsbeat.executors.cluster import DaskExecutor

        executor = DaskExecutor(workers=1)
        executor.prepare(load_pipeline, options.model)
        worker = next(iter(executor.client.run(os.getpid).values()))
        dask_executor = executor

        def run() -> None:
            for _ in dask_executor.map(analyse_partition, parts, options):
                pass

    try:
        return _timed(run, variant, worker, executor)
    finally:
        if executor is not None:
            executor.close()


def _timed(run: Callable[[], None], variant: str, worker: int, executor: Any) -> dict[str, Any]:
    run()  # warm-up
    me = psutil.Process()
    procs = [me, *me.children(recursive=True)]
    before, faults, started = _cpu(procs), _minor_faults(worker), time.perf_counter()
    run()
    wall = time.perf_counter() - started
    after = _cpu(procs)
    used = {pid: (after[pid][0] - u, after[pid][1] - s) for pid, (u, s) in before.items()}
    trim = None
    if executor is not None:
        trim = next(iter(executor.client.run(os.getenv, "MALLOC_TRIM_THRESHOLD_").values()))
    return {
        "variant": variant,
        "worker_trim_threshold": trim,
        "wall_s": round(wall, 2),
        "load": round(os.getloadavg()[0], 2),
        "cpu_s": round(sum(u + s for u, s in used.values()), 2),
        "worker_cpu_s": round(sum(used[worker]), 2),
        "worker_system_s": round(used[worker][1], 2),
        "worker_minor_faults": _minor_faults(worker) - faults,
        "worker_rss_mb": round(psutil.Process(worker).memory_info().rss / 2**20),
    }


def main() -> None:
    """Run the rounds (each variant in a child process) and print each result and the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--variant", choices=VARIANTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(measure(args.variant, args.articles, args.shared)))
        return
    rows: dict[str, list[dict[str, Any]]] = {v: [] for v in VARIANTS}
    for _ in range(args.rounds):
        for variant in VARIANTS:
            env = dict(os.environ)
            env.pop("MALLOC_TRIM_THRESHOLD_", None)
            if variant == "trimming":
                env["MALLOC_TRIM_THRESHOLD_"] = "65536"  # Dask's pre-spawn value
            command = [sys.executable, __file__, "--variant", variant]
            command += ["--articles", str(args.articles), "--shared", str(args.shared)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            rows[variant].append(row)
            print(json.dumps(row), flush=True)
    serial = [r["cpu_s"] for r in rows["serial"]]
    for variant, found in rows.items():
        faults = statistics.median(r["worker_minor_faults"] for r in found) / args.articles
        ratios = [r["cpu_s"] / s for r, s in zip(found, serial, strict=True)]
        print(
            f"{variant}: CPU s median {statistics.median(r['cpu_s'] for r in found):.2f},"
            f" worker {statistics.median(r['worker_cpu_s'] for r in found):.2f},"
            f" over in-process {statistics.median(ratios):.2f}x,"
            f" faults/article {faults:.0f}"
        )


if __name__ == "__main__":
    main()
