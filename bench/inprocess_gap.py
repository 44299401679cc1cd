"""Why ``bench scale``'s in-process stage pairs lower than one Dask worker: the same passes as
``bench scale`` (the same articles, texts, ceiling blocks and ``_timed_stage``), each part of a
pass timed apart, in this process and in the worker.

Timers (CPU of the calling thread, ``time.thread_time``, and of the whole process,
``time.process_time``; wall, ``time.perf_counter``) are wrapped around the stage's parts in
every process that runs them (this one, and the Dask worker through ``client.run``): the parse
(each step of the ``nlp.pipe`` generator the stage reads), the language check
(``_skip_reason``), the analysis (``analyse_doc``), saving (``SQLiteStore.save_enrichment``,
this process only), the cycle collector; with each pass the process's minor page faults,
context switches, threads and resident memory. Ceiling blocks (``nlp.pipe`` alone over the
texts, batches of 16) run in this process between the passes, as in ``bench scale``, and,
with ``--worker-ceiling``, in the worker too.

    PYTHONPATH=src .venv/bin/python bench/inprocess_gap.py --runs 3 > gap.jsonl

Nothing here prints an article or what was found in it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_SPENT: dict[str, float] = defaultdict(float)
_COUNTS: dict[str, int] = defaultdict(int)
_INSTALLED: list[bool] = []


def _clocks() -> tuple[float, float, float, int]:
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    return time.thread_time(), time.process_time(), time.perf_counter(), faults


def _add(key: str, start: tuple[float, float, float, int]) -> None:
    thread, process, wall, faults = _clocks()
    _SPENT[key] += thread - start[0]
    _SPENT[f"{key}_process"] += process - start[1]
    _SPENT[f"{key}_wall"] += wall - start[2]
    _SPENT[f"{key}_minflt"] += faults - start[3]
    _COUNTS[key] += 1


def _timed(key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = _clocks()
        try:
            return fn(*args, **kwargs)
        finally:
            _add(key, start)

    return timed


class _TimedPipe:
    """The pipeline, its ``pipe`` timed step by step (the parse of a batch happens inside the
    generator step that yields its first doc)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        docs = iter(self.nlp.pipe(texts, **kwargs))
        while True:
            start = _clocks()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                _add("parse", start)
            yield doc


def instrument() -> None:
    """Wrap timers around the stage's parts in this process (once)."""
    if _INSTALLED:
        return
    _INSTALLED.append(True)
    import newsbeat.enrich.analysis as analysis
    from newsbeat.store import SQLiteStore

    analysis.analyse_doc = _timed("analysis", analysis.analyse_doc)
    analysis._skip_reason = _timed("language", analysis._skip_reason)
    load = analysis.load_pipeline
    analysis.load_pipeline = lambda model: _TimedPipe(load(model))  # type: ignore[assignment]
    SQLiteStore.save_enrichment = _timed(  # type: ignore[method-assign]
        "save", SQLiteStore.save_enrichment
    )
    started: list[tuple[float, float, float, int]] = []

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(_clocks())
        else:
            _add(f"gc{info['generation']}", started.pop())

    gc.callbacks.append(collected)


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def take() -> dict[str, Any]:
    """What the timers and counters saw since the last ``take`` (and reset them)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out: dict[str, Any] = {k: round(v, 4) for k, v in sorted(_SPENT.items())}
    out["calls"] = dict(_COUNTS)
    out["process_cpu"] = usage.ru_utime + usage.ru_stime
    out["system_cpu"] = usage.ru_stime
    out["minflt"] = usage.ru_minflt
    out["nvcsw"] = usage.ru_nvcsw
    out["nivcsw"] = usage.ru_nivcsw
    out["threads"] = threading.active_count()
    out["os_threads"] = len(os.listdir("/proc/self/task"))
    out["rss_mb"] = round(_rss_mb(), 1)
    out["gc_threshold"] = gc.get_threshold()
    out["gc_counts"] = gc.get_count()
    out["gc_frozen"] = gc.get_freeze_count()
    _SPENT.clear()
    _COUNTS.clear()
    return out


def ceiling(texts: list[str], model: str) -> dict[str, float]:
    """One ceiling block here: ``nlp.pipe`` alone over the texts (thread CPU, process CPU,
    wall; minor page faults)."""
    from newsbeat.enrich.nlp import load_pipeline

    nlp = load_pipeline(model)
    start = _clocks()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    thread, process, wall, faults = _clocks()
    return {
        "thread": round(thread - start[0], 4),
        "process": round(process - start[1], 4),
        "wall": round(wall - start[2], 4),
        "minflt": faults - start[3],
    }


def _diff(after: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    out = dict(after)
    for key in ("process_cpu", "system_cpu", "minflt", "nvcsw", "nivcsw"):
        out[key] = round(after[key] - before[key], 4)
    return out


def _worker_setup(bench: str) -> None:
    sys.path.insert(0, bench)
    import inprocess_gap

    inprocess_gap.instrument()


def _worker_take() -> dict[str, Any]:
    import inprocess_gap

    return inprocess_gap.take()


def _worker_ceiling(texts: list[str], model: str) -> dict[str, float]:
    import inprocess_gap

    return inprocess_gap.ceiling(texts, model)


def main() -> None:
    """Run the passes and print one JSON line per block or pass."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fork", action="store_true", help="run bench scale's forked ceiling")
    parser.add_argument("--no-worker", action="store_true")
    parser.add_argument("--worker-ceiling", action="store_true")
    parser.add_argument(
        "--thread", action="store_true", help="run the in-process passes in another thread"
    )
    args = parser.parse_args()

    from newsbeat.bench import scale
    from newsbeat.enrich.analysis import ArticleInput
    from newsbeat.enrich.nlp import mask_datelines
    from newsbeat.executors import SerialExecutor
    from newsbeat.settings import EnrichSettings

    model = EnrichSettings().spacy_model
    articles, _ = scale.bench_articles(args.shared, args.articles)
    texts = [mask_datelines(ArticleInput.of(a).text) for a in scale._with_ids(articles)]

    def emit(kind: str, row: dict[str, Any]) -> None:
        print(json.dumps({"kind": kind, "load": round(os.getloadavg()[0], 2), **row}), flush=True)

    block = scale._Ceiling(texts, model)
    block.warm()
    emit("ceiling_first", ceiling(texts, model))
    if args.fork:
        emit("fork_ceiling", {"rate": scale._spacy_ceiling_processes(texts, model, 2)})
    instrument()

    def in_process() -> float:
        if not args.thread:
            return scale._timed_stage(articles, model, SerialExecutor())
        done: list[float] = []
        thread = threading.Thread(
            target=lambda: done.append(scale._timed_stage(articles, model, SerialExecutor()))
        )
        thread.start()
        thread.join()
        return done[0]

    before = take()
    in_process()  # warm-up, as bench scale
    emit("in_process_warm", _diff(take(), before))
    for _ in range(args.runs):
        emit("ceiling", ceiling(texts, model))
        before = take()
        rate = in_process()
        emit("in_process", {"rate": round(rate, 3), **_diff(take(), before)})
    emit("ceiling", ceiling(texts, model))
    if args.no_worker:
        return
    from newsbeat.enrich.nlp import load_pipeline
    from newsbeat.executors.cluster import DaskExecutor

    executor = DaskExecutor(workers=1)
    try:
        executor.prepare(load_pipeline, model)
        executor.client.run(_worker_setup, str(Path(__file__).resolve().parent))

        def worker_take() -> dict[str, Any]:
            return next(iter(executor.client.run(_worker_take).values()))

        scale._timed_stage(articles, model, executor)
        take()
        worker_take()
        for _ in range(args.runs):
            emit("ceiling", ceiling(texts, model))
            if args.worker_ceiling:
                done = executor.client.run(_worker_ceiling, texts, model)
                emit("worker_ceiling", next(iter(done.values())))
            worker_before = worker_take()
            before = take()
            rate = scale._timed_stage(articles, model, executor)
            client = _diff(take(), before)
            worker = _diff(worker_take(), worker_before)
            emit("one_worker", {"rate": round(rate, 3), "client": client, "worker": worker})
        emit("ceiling", ceiling(texts, model))
    finally:
        executor.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import inprocess_gap

    inprocess_gap.main()
