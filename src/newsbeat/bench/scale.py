"""``newsbeat bench scale``: how the enrich stage scales over Dask workers, against what spaCy
alone allows, and how much enrich work reprints save.

Method (one run, one machine):

* **Steady state**: every rate is of a second pass over the same articles in the same processes
  (the first, untimed, warms spaCy's vocabulary, as the first thousands of a backfill do).
* **Articles**: the first ``articles`` ECB+ documents (``../shared``; read in place, never
  copied), else the demo corpus's English articles repeated; no beat is defined, so every
  article is enriched.
* ``enrich_articles_per_s``: for each worker count N, a ``LocalCluster`` of N single-threaded
  worker processes is started and every worker has loaded the spaCy pipeline (that start-up is
  reported apart, as ``cluster_start_seconds``); then the enrich stage runs on a fresh store of
  the articles: language check, partitions to the workers, results back, each saved in its own
  transaction. Articles per second of that stage, wall time.
* ``spacy_ceiling_articles_per_s``: ``nlp.pipe`` alone over the same texts in this process
  (one core), after a warm-up: what one core allows before any analysis or saving of ours.
  ``enrich_in_process_articles_per_s``: the whole stage in this process without Dask (what the
  analysis and saving cost on top of the parse, before any distribution).
  ``ratio_to_ceiling`` is the stage's rate per worker over that ceiling (goal >= 0.95), and
  ``speedup`` each rate over the 1-worker rate (goal for 2 workers >= 1.8).
* ``reprint_enrich_saved``: on the demo corpus, after ``update``: the share of the articles the
  enrich stage would have parsed that it did not parse because they are reprints or
  near-duplicates (``reprints / (reprints + enriched)``); ``not_in_beat`` apart.
  ``reprint_enrich_saved_stream``: the same share on the generated stream of
  ``stream_articles`` (100,000) articles with reprints and edited copies
  (:func:`reprint_enrich_saved_stream`), ingested and deduplicated, without parsing it.
* ``backfill_100k_hours``: 100,000 articles at each measured rate (the enrich stage only).
* ``spacy_ceiling_processes_articles_per_s`` {N}: ``nlp.pipe`` alone in N forked processes
  parsing at once, and ``spacy_ceiling_processes_speedup`` {N} its ratio to the one-process
  ceiling: what N workers could give at most on this machine, to read ``speedup`` against.
* ``articles_per_cpu_s``: articles per CPU second of this process and every worker, beside
  ``spacy_ceiling_articles_per_cpu_s``: the overhead of distribution, unblurred by other jobs
  on the machine (``load_average`` before and after is recorded too).
"""

from __future__ import annotations

import os
import resource
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.stage import ArticleInput, enrich_stage, plan_parsing
from newsbeat.executors import Executor, SerialExecutor
from newsbeat.models import Article
from newsbeat.settings import EnrichSettings, Settings, StoreSettings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

__all__ = [
    "ScaleBenchOptions",
    "bench_articles",
    "cpu_seconds",
    "reprint_enrich_saved",
    "run_scale_bench",
]

ECBPLUS = Path("benchmarks") / "news-clustering" / "ecbplus"


@dataclass(frozen=True, kw_only=True)
class ScaleBenchOptions:
    """What ``bench scale`` measures.

    Attributes:
        shared: the shared benchmark folder (ECB+ is read from it when present).
        articles: articles to enrich per measurement.
        workers: the LocalCluster worker counts to measure.
        runs: timed runs per worker count (the median is reported).
        model: the ``[enrich] spacy_model`` setting.
        demo: also measure ``reprint_enrich_saved`` on the demo corpus.
        stream_articles: articles of the generated stream ``reprint_enrich_saved_stream`` is
            measured on (0: not measured).
    """

    shared: Path | None = None
    articles: int = 200
    workers: Sequence[int] = field(default=(1, 2))
    runs: int = 1
    model: str = EnrichSettings().spacy_model
    demo: bool = True
    stream_articles: int = 100_000


def bench_articles(shared: Path | None, count: int) -> tuple[list[Article], str]:
    """The articles to enrich and where they come from (ECB+, else the demo corpus)."""
    folder = shared / ECBPLUS if shared is not None else None
    if folder is not None and (folder / "ecbplus_docs.jsonl.gz").exists():
        from newsbeat.bench.ecbplus import load_ecbplus

        docs = load_ecbplus(folder, splits=("train", "dev", "test"))[:count]
        found = [
            Article(title=d.title, text=d.text, url=f"https://bench.invalid/{d.doc_id}")
            for d in docs
        ]
        return found, f"ECB+ ({len(found)} documents, {folder})"
    return _demo_articles(count), "the demo corpus's English articles, repeated"


def _demo_articles(count: int) -> list[Article]:
    from newsbeat.demo import corpus_path
    from newsbeat.importers import read_inputs

    pool = [
        item
        for item in read_inputs([corpus_path() / "jsonl", corpus_path() / "dumps"])
        if isinstance(item, Article) and (item.language or "en").startswith("en")
    ]
    out = []
    for n in range(count):
        base = pool[n % len(pool)]
        out.append(Article(title=base.title, text=base.text, url=f"https://bench.invalid/{n}"))
    return out


def cpu_seconds() -> float:
    """CPU seconds (user + system) this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _spacy_ceiling(texts: list[str], model: str) -> tuple[float, float]:
    """Articles per second of ``nlp.pipe`` alone over the texts, in this process, and per CPU
    second."""
    nlp = load_pipeline(model)
    for _ in nlp.pipe(texts, batch_size=16):
        pass  # warm-up: the vocabulary grows on first sight of each word, as in the stage's
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    wall, used = time.perf_counter() - start, cpu_seconds() - cpu
    return len(texts) / wall, len(texts) / used


def _ceiling_child(texts: list[str], model: str, barrier: Any) -> None:
    nlp = load_pipeline(model)
    for _ in nlp.pipe(texts, batch_size=16):
        pass  # warm-up, as in _spacy_ceiling
    barrier.wait()
    for _ in nlp.pipe(texts, batch_size=16):
        pass


def _spacy_ceiling_processes(texts: list[str], model: str, processes: int) -> float | None:
    """Articles per second of ``nlp.pipe`` alone in ``processes`` processes parsing at once
    (each all the texts, after a warm-up): what the machine allows N parses at once, with no
    Dask, no analysis and no saving. None where processes cannot be forked."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    load_pipeline(model)  # loaded once here, shared by the forked children
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(processes + 1)
    children = [
        context.Process(target=_ceiling_child, args=(texts, model, barrier))
        for _ in range(processes)
    ]
    for child in children:
        child.start()
    barrier.wait()
    start = time.perf_counter()
    for child in children:
        child.join()
    wall = time.perf_counter() - start
    return processes * len(texts) / wall


def _enrich_rate(articles: list[Article], workers: int, model: str, runs: int) -> dict[str, Any]:
    """The enrich stage's articles per second on a warm LocalCluster of ``workers`` (0: in this
    process, no Dask)."""
    from newsbeat.executors.cluster import DaskExecutor

    executor: Executor = DaskExecutor(workers=workers) if workers else SerialExecutor()
    try:
        started = time.perf_counter()
        executor.prepare(load_pipeline, model)  # starts the cluster; each worker loads the model
        load_pipeline(model)
        start_seconds = time.perf_counter() - started
        _timed_stage(articles, model, executor)  # warm-up, untimed: steady state is measured
        rates, per_cpu = [], []
        for _ in range(runs):
            before = _all_cpu(executor)
            rates.append(_timed_stage(articles, model, executor))
            per_cpu.append(len(articles) / (_all_cpu(executor) - before))
    finally:
        executor.close()
    return {
        "rate": statistics.median(rates),
        "runs": rates,
        "start": start_seconds,
        "per_cpu": statistics.median(per_cpu),
    }


def _all_cpu(executor: Executor) -> float:
    """CPU seconds of this process and of every Dask worker process."""
    from newsbeat.executors.cluster import DaskExecutor

    used = cpu_seconds()
    if isinstance(executor, DaskExecutor):
        used += sum(executor.client.run(cpu_seconds).values())
    return used


def _timed_stage(articles: list[Article], model: str, executor: Executor) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        store = SQLiteStore(db)
        try:
            store.add_articles(articles)
            settings = Settings(
                store=StoreSettings(db=str(db)), enrich=EnrichSettings(spacy_model=model)
            )
            start = time.perf_counter()
            result = enrich_stage(store, settings, RunOptions(executor=executor))
            elapsed = time.perf_counter() - start
        finally:
            store.close()
    return (int(result.counts["enriched"]) + int(result.counts["skipped"])) / elapsed


def reprint_enrich_saved(model: str) -> dict[str, Any]:
    """On the demo corpus after ``update``: the share of parse work skipped as reprints."""
    from newsbeat import pipeline
    from newsbeat.demo import corpus_path
    from newsbeat.importers.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "demo.db")
        try:
            ingest(store, [corpus_path()])
            settings = Settings(enrich=EnrichSettings(spacy_model=model, processes=1))
            counts = pipeline.update(store, settings).stage_counts("enrich")
        finally:
            store.close()
    reprints, enriched = int(counts["reprints"]), int(counts["enriched"])
    return {
        "reprint_enrich_saved": round(reprints / max(1, reprints + enriched), 4),
        "reprints": reprints,
        "enriched": enriched,
        "not_in_beat": int(counts["not_in_beat"]),
        "skipped": int(counts["skipped"]),
    }


# The generated stream's copies: a tenth of its articles are another outlet's run of a recent
# wire story (a headline of its own, the same body, a third of them trimmed by a paragraph) and
# one in twenty a lightly edited copy (one sentence rewritten). A chosen share, not a measured
# one: wire-heavy beats run more (several outlets print each agency story), a desk's own
# sources fewer; the demo corpus has 2 in 45.
STREAM_REPRINTS = 0.10
STREAM_NEAR_DUPLICATES = 0.05


def reprint_enrich_saved_stream(model: str, articles: int = 100_000) -> dict[str, Any]:
    """On the generated stream (``bench ingest``'s generator with reprints and near-duplicates:
    :data:`STREAM_REPRINTS`, :data:`STREAM_NEAR_DUPLICATES`), ingested into SQLite and
    deduplicated: the share of the articles the enrich stage would have parsed that it does
    not parse because they are reprints. Nothing is parsed (the stage's own choice of what to
    parse, :func:`~newsbeat.enrich.stage.plan_parsing`, is counted)."""
    from newsbeat.bench.ingest import write_dumps
    from newsbeat.importers.ingest import ingest
    from newsbeat.stories.dedupe import DedupeOptions, dedupe_store

    with tempfile.TemporaryDirectory(prefix="newsbeat-scale-") as tmp:
        paths = write_dumps(
            Path(tmp) / "dumps",
            articles=articles,
            files=10,
            reprints=STREAM_REPRINTS,
            near_duplicates=STREAM_NEAR_DUPLICATES,
        )
        store = SQLiteStore(Path(tmp) / "stream.db")
        try:
            ingest(store, paths)
            started = time.perf_counter()
            marked = dedupe_store(store, DedupeOptions())
            dedupe_seconds = time.perf_counter() - started
            plan = plan_parsing(store, model)
        finally:
            store.close()
    reprints, parsed = int(plan["reprints"]), int(plan["to_parse"])
    return {
        "reprint_enrich_saved": round(reprints / max(1, reprints + parsed), 4),
        "articles": articles,
        "copies_generated": {
            "reprints": STREAM_REPRINTS,
            "near_duplicates": STREAM_NEAR_DUPLICATES,
        },
        "reprints": reprints,
        "to_parse": parsed,
        "not_in_beat": int(plan["not_in_beat"]),
        "dedupe_checked": marked["checked"],
        "dedupe_seconds": round(dedupe_seconds, 1),
    }


def run_scale_bench(options: ScaleBenchOptions) -> dict[str, Any]:
    """Measure the enrich stage on 1..N local Dask workers beside spaCy's ceiling, and the
    work reprints save on the demo corpus (see the module docstring for the method).

    Returns:
        ``enrich_articles_per_s`` {workers: rate}, ``spacy_ceiling_articles_per_s``,
        ``ratio_to_ceiling`` {workers: rate per worker / ceiling}, ``speedup`` {workers: rate /
        1-worker rate}, ``reprint_enrich_saved`` (demo), ``backfill_100k_hours`` {workers},
        ``cluster_start_seconds`` {workers}, and what was measured on.
    """
    articles, source = bench_articles(options.shared, options.articles)
    texts = [mask_datelines(ArticleInput.of(a).text) for a in _with_ids(articles)]
    load_before = os.getloadavg()[0]
    ceiling, ceiling_cpu = _spacy_ceiling(texts, options.model)
    parallel = {
        str(n): _spacy_ceiling_processes(texts, options.model, n) for n in options.workers if n > 1
    }
    in_process = _enrich_rate(articles, 0, options.model, options.runs)
    serial = in_process["rate"]
    rates: dict[str, float] = {}
    starts: dict[str, float] = {}
    runs: dict[str, list[float]] = {}
    per_cpu: dict[str, float] = {"0": round(in_process["per_cpu"], 2)}
    for count in options.workers:
        measured = _enrich_rate(articles, count, options.model, options.runs)
        rates[str(count)] = round(measured["rate"], 2)
        runs[str(count)] = [round(r, 2) for r in measured["runs"]]
        starts[str(count)] = round(measured["start"], 2)
        per_cpu[str(count)] = round(measured["per_cpu"], 2)
    one = rates.get("1")
    result: dict[str, Any] = {
        "enrich_articles_per_s": rates,
        "spacy_ceiling_articles_per_s": round(ceiling, 2),
        # the same stage in this process, no Dask: the analysis's own cost against the ceiling
        "enrich_in_process_articles_per_s": round(serial, 2),
        "ratio_to_ceiling": {k: round(v / (int(k) * ceiling), 3) for k, v in rates.items()},
        "speedup": {k: round(v / one, 3) for k, v in rates.items()} if one else {},
        # spaCy alone in N processes at once: the most N workers can give on this machine
        # (cores shared with other jobs, memory bandwidth), to read ``speedup`` against
        "spacy_ceiling_processes_articles_per_s": {
            k: round(v, 2) for k, v in parallel.items() if v is not None
        },
        "spacy_ceiling_processes_speedup": {
            k: round(v / ceiling, 3) for k, v in parallel.items() if v is not None
        },
        "backfill_100k_hours": {k: round(100_000 / v / 3600, 2) for k, v in rates.items()},
        "cluster_start_seconds": starts,
        # Articles per CPU second of every process involved (client, scheduler, workers; "0":
        # in this process): what machine load does not blur. The ceiling's, for comparison:
        "articles_per_cpu_s": per_cpu,
        "spacy_ceiling_articles_per_cpu_s": round(ceiling_cpu, 2),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "runs_articles_per_s": runs,
        "articles": len(articles),
        "source": source,
        "cpus": os.cpu_count(),
        "goals": {"ratio_to_ceiling": 0.95, "speedup_2_workers": 1.8},
    }
    if options.demo:
        demo = reprint_enrich_saved(options.model)
        result["reprint_enrich_saved"] = demo["reprint_enrich_saved"]
        result["reprint_enrich_saved_detail"] = {"demo": demo}
    if options.stream_articles:
        stream = reprint_enrich_saved_stream(options.model, options.stream_articles)
        result["reprint_enrich_saved_stream"] = stream["reprint_enrich_saved"]
        result.setdefault("reprint_enrich_saved_detail", {})["stream"] = stream
    return result


def _with_ids(articles: list[Article]) -> list[Article]:
    return [
        Article(id=n, title=a.title, text=a.text, standfirst=a.standfirst)
        for n, a in enumerate(articles, 1)
    ]
