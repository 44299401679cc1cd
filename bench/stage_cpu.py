"""CPU of the whole enrich stage in one process against spaCy's parse alone: what ``bench
scale``'s ``ratio_to_ceiling`` measures, without Dask and without the wall clock.

The articles are ``bench.scale``'s (the first ``--articles`` ECB+ documents); nothing here
prints an article or what was found in it.

- ``time [--articles 200] [--passes 2]``: in this process, after a warm-up of each, the CPU
  seconds (``time.process_time``) of ``--passes`` passes of the parse alone (``nlp.pipe``,
  batches of 16, as ``bench.scale._spacy_ceiling``) and of the stage in process
  (``bench.scale._timed_stage`` with a ``SerialExecutor``: a fresh SQLite store, language
  check, parse, analysis, saving), alternated; prints one JSON line with the fastest pass of
  each, the stage's extra CPU per article and ``ratio`` = parse / stage (what
  ``ratio_to_ceiling`` is on an idle machine);
- ``split [--articles 200] [--passes 2]``: the stage's CPU seconds part by part, from timers
  wrapped around each part, for passes after a warm-up: the parse (each step of the
  ``nlp.pipe`` generator the stage reads), the language check, the analysis (each rule family
  apart; ``analysis_glue``: the sentence table and building the records), saving, the cycle
  collector by generation (and how many collections ran), and the rest; one JSON line a pass;
- ``profile [--articles 200] [--top 40] [--sort tottime]``: ``cProfile`` of one timed pass of
  the stage after the warm-up (cProfile inflates small Python calls: read it for where the
  time goes outside the parse, measure changes with ``time``).

Run old and new code alternately with ``PYTHONPATH`` pointing at each tree:

    PYTHONPATH=src .venv/bin/python bench/stage_cpu.py time
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def _setup(shared: Path, count: int) -> tuple[list[Any], list[str], str]:
    from newsbeat.bench.scale import bench_articles
    from newsbeat.enrich.nlp import mask_datelines
    from newsbeat.settings import EnrichSettings

    articles, _ = bench_articles(shared, count)
    texts = [mask_datelines(a.text) for a in articles]
    return articles, texts, EnrichSettings().spacy_model


def _parse(texts: list[str], model: str) -> float:
    from newsbeat.enrich.nlp import load_pipeline

    nlp = load_pipeline(model)
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.process_time() - start


def _stage(articles: list[Any], model: str) -> float:
    from newsbeat.bench.scale import _timed_stage
    from newsbeat.executors import SerialExecutor

    start = time.process_time()
    _timed_stage(articles, model, SerialExecutor())
    return time.process_time() - start


def time_passes(shared: Path, count: int, passes: int) -> dict[str, Any]:
    """Fastest CPU seconds of the parse alone and of the stage in process."""
    articles, texts, model = _setup(shared, count)
    _parse(texts, model)
    _stage(articles, model)
    parse, stage = [], []
    for _ in range(passes):
        parse.append(_parse(texts, model))
        stage.append(_stage(articles, model))
    best_parse, best_stage = min(parse), min(stage)
    return {
        "articles": len(articles),
        "parse_cpu_s": [round(x, 3) for x in parse],
        "stage_cpu_s": [round(x, 3) for x in stage],
        "extra_ms_per_article": round(1000 * (best_stage - best_parse) / len(articles), 2),
        "ratio": round(best_parse / best_stage, 4),
        "load": os.getloadavg()[0],
    }


_FAMILIES = ("build_actors", "extract_quotes", "extract_claims", "extract_relations")


def _timed(spent: dict[str, float], key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - start

    return timed


class _TimedPipe:
    """The pipeline, its ``pipe`` timed step by step (the parse of each batch happens inside
    the generator's steps the stage reads)."""

    def __init__(self, nlp: Any, spent: dict[str, float]) -> None:
        self.nlp, self.spent = nlp, spent

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        docs = iter(self.nlp.pipe(texts, **kwargs))
        while True:
            start = time.process_time()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                self.spent["parse"] += time.process_time() - start
            yield doc


def split(shared: Path, count: int, passes: int) -> list[dict[str, Any]]:
    """The stage's CPU seconds per part, one dict per pass after a warm-up pass."""
    import newsbeat.enrich.analysis as analysis
    from newsbeat.store import SQLiteStore

    spent: dict[str, float] = defaultdict(float)
    for name in (*_FAMILIES, "analyse_doc", "_skip_reason"):
        setattr(analysis, name, _timed(spent, name, getattr(analysis, name)))
    load = analysis.load_pipeline
    analysis.load_pipeline = lambda model: _TimedPipe(load(model), spent)  # type: ignore[assignment]
    SQLiteStore.save_enrichment = _timed(  # type: ignore[method-assign]
        spent, "save", SQLiteStore.save_enrichment
    )
    collections: dict[int, int] = defaultdict(int)
    started: list[float] = []

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.process_time())
        else:
            spent[f"gc{info['generation']}"] += time.process_time() - started.pop()
            collections[info["generation"]] += 1

    gc.callbacks.append(collected)
    articles, _, model = _setup(shared, count)
    _stage(articles, model)
    out = []
    for _ in range(passes):
        spent.clear()
        collections.clear()
        total = _stage(articles, model)
        parts = {k: round(v, 3) for k, v in sorted(spent.items())}
        parts["analysis_glue"] = round(spent["analyse_doc"] - sum(spent[f] for f in _FAMILIES), 3)
        known = ("parse", "analyse_doc", "_skip_reason", "save")
        parts["rest"] = round(total - sum(spent[k] for k in known), 3)
        out.append(
            {"total": round(total, 3), **parts, "collections": dict(collections)}
            | {"load": round(os.getloadavg()[0], 2)}
        )
    gc.callbacks.remove(collected)
    return out


def profile(shared: Path, count: int, top: int, sort: str) -> None:
    """cProfile of one pass of the stage in process, after a warm-up pass."""
    articles, _, model = _setup(shared, count)
    _stage(articles, model)
    profiler = cProfile.Profile()
    profiler.enable()
    _stage(articles, model)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(sort).print_stats(top)


def main() -> None:
    """Parse the command line and run one command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("time", "split", "profile"))
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime")
    args = parser.parse_args()
    if args.command == "time":
        print(json.dumps(time_passes(args.shared, args.articles, args.passes)))
    elif args.command == "split":
        for row in split(args.shared, args.articles, args.passes):
            print(json.dumps(row))
    else:
        profile(args.shared, args.articles, args.top, args.sort)


if __name__ == "__main__":
    main()
