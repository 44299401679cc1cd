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
* **Paired in time** (``ratio_method``: ``paired``): a virtual machine's CPU can change speed
  by a quarter within minutes (session 27: the ceiling's own CPU-time rate 12.3-16.9 articles
  per CPU second between runs minutes apart), so a ceiling measured once at the start says
  little about a stage timed minutes later. Each timed pass of the stage (in this process, then
  on each cluster) is therefore measured between two *ceiling blocks* (one ``nlp.pipe`` pass
  over the same texts, in this process, on the same already loaded pipeline: blocks and passes
  alternate, C S C S ... C) and its *paired ratio* is its rate per worker over the ceiling of
  that pair (the articles over the mean time of the two blocks). ``ratio_to_ceiling`` {N} and
  ``enrich_in_process_ratio_to_ceiling`` are the medians of the paired ratios (goal >= 0.95),
  every one listed in ``ratio_to_ceiling_paired_runs`` {N, "0" in process};
  ``ratio_to_ceiling_cpu`` {N} is the same in CPU time (the articles per CPU second of every
  process involved over the ceiling blocks' articles per CPU second, each pass's listed in
  ``ratio_to_ceiling_cpu_runs``, each block's rate in
  ``spacy_ceiling_blocks_articles_per_cpu_s``): less blurred by other jobs' load than the
  wall clock (a process waiting for a core uses no CPU), not blind to it (shared caches and
  cores run slower), nor to the machine's own speed. On a machine with more runnable jobs
  than cores read this one: the wall-clock blocks then swing by several times within a run.
  ``spacy_ceiling_articles_per_s`` is the median of all the
  blocks (each listed in ``spacy_ceiling_blocks_articles_per_s``); the old, unpaired figure
  (the median rate over the first block, measured at the start) is kept as
  ``ratio_to_ceiling_unpaired`` and ``spacy_ceiling_first_articles_per_s`` to read the two
  against each other. ``speedup`` is each rate over the 1-worker rate (goal for 2 workers
  >= 1.8).
* **The same spaCy work**: the ceiling runs the pipeline the stage runs (``load_pipeline``: in
  this process the same object; each worker loads the same components), over the texts the
  stage parses (dateline-masked, standfirst first) in batches of 16, the stage's partition
  size. Two differences, both small: the stage does not parse the articles its language check
  skips (of the 200 ECB+ documents, one of 42 characters and one empty: the ceiling parses 200
  texts, the stage 198), and on N > 1 workers the partitions, and so the batches of
  ``nlp.pipe``, are smaller (200 articles on 2 workers: 13 each, then halving to one at the
  end).
* ``reprint_enrich_saved``: on the demo corpus, after ``update``: the share of the articles the
  enrich stage would have parsed that it did not parse because they are reprints or
  near-duplicates (``reprints / (reprints + enriched)``); ``not_in_beat`` apart.
  ``reprint_enrich_saved_stream``: the same share on the generated stream of
  ``stream_articles`` (100,000) articles with reprints and edited copies
  (:func:`reprint_enrich_saved_stream`), ingested and deduplicated, without parsing it.
* ``backfill_100k_hours``: 100,000 articles at each measured rate (the enrich stage only).
* ``spacy_ceiling_processes_articles_per_s`` {N}: ``nlp.pipe`` alone in N forked processes
  parsing at once, and ``spacy_ceiling_processes_speedup`` {N} its ratio to the first ceiling
  block (measured right before it): what N workers could give at most on this machine, to read
  ``speedup`` against.
* ``articles_per_cpu_s``: articles per CPU second of this process and every worker, beside
  ``spacy_ceiling_articles_per_cpu_s`` (the median of the blocks'): the overhead of
  distribution, unblurred by other jobs on the machine (``load_average`` before and after is
  recorded too).
"""

from __future__ import annotations

import itertools
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbeat.enrich.analysis import ArticleInput
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.stage import enrich_stage, plan_parsing
from newsbeat.executors import Executor, SerialExecutor
from newsbeat.models import Article
from newsbeat.settings import EnrichSettings, Settings, StoreSettings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

__all__ = [
    "ScaleBenchOptions",
    "bench_articles",
    "cpu_seconds",
    "paired_ratio",
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


@dataclass
class _Ceiling:
    """spaCy alone over the stage's texts in this process, one block at a time."""

    texts: list[str]
    model: str
    blocks: list[tuple[float, float]] = field(default_factory=list)  # (per s, per CPU s)

    def warm(self) -> None:
        """One untimed pass: the vocabulary grows on first sight of each word, as in the
        stage's warm-up pass."""
        for _ in load_pipeline(self.model).pipe(self.texts, batch_size=16):
            pass

    def block(self) -> tuple[float, float]:
        """One timed pass: articles per second and per CPU second (also kept in ``blocks``)."""
        nlp = load_pipeline(self.model)
        start, cpu = time.perf_counter(), cpu_seconds()
        for _ in nlp.pipe(self.texts, batch_size=16):
            pass
        wall, used = time.perf_counter() - start, cpu_seconds() - cpu
        self.blocks.append((len(self.texts) / wall, len(self.texts) / used))
        return self.blocks[-1]


def paired_ratio(rate: float, before: float, after: float, workers: int = 1) -> float:
    """A stage pass's rate per worker over the ceiling of the two blocks around it: the
    articles over the mean time of the two (the harmonic mean of their rates)."""
    return rate / max(1, workers) / (2 / (1 / before + 1 / after))


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


def _enrich_rate(
    articles: list[Article], workers: int, model: str, runs: int, ceiling: _Ceiling
) -> dict[str, Any]:
    """The enrich stage's articles per second on a warm LocalCluster of ``workers`` (0: in this
    process, no Dask), each timed pass between two ceiling blocks."""
    from newsbeat.executors.cluster import DaskExecutor

    executor: Executor = DaskExecutor(workers=workers) if workers else SerialExecutor()
    try:
        started = time.perf_counter()
        executor.prepare(load_pipeline, model)  # starts the cluster; each worker loads the model
        load_pipeline(model)
        start_seconds = time.perf_counter() - started
        _timed_stage(articles, model, executor)  # warm-up, untimed: steady state is measured
        blocks = [ceiling.block()]
        rates, per_cpu = [], []
        for _ in range(runs):
            before = _all_cpu(executor)
            rates.append(_timed_stage(articles, model, executor))
            per_cpu.append(len(articles) / (_all_cpu(executor) - before))
            blocks.append(ceiling.block())
    finally:
        executor.close()
    pairs = list(itertools.pairwise(blocks))
    return {
        "rate": statistics.median(rates),
        "runs": rates,
        "start": start_seconds,
        "per_cpu": statistics.median(per_cpu),
        "paired": [
            paired_ratio(r, b[0], a[0], workers) for r, (b, a) in zip(rates, pairs, strict=True)
        ],
        "paired_cpu": [
            paired_ratio(r, b[1], a[1]) for r, (b, a) in zip(per_cpu, pairs, strict=True)
        ],
        "blocks": [b[0] for b in blocks],
        "blocks_cpu": [b[1] for b in blocks],
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
        ``ratio_to_ceiling`` {workers: median paired ratio of rate per worker / ceiling},
        ``enrich_in_process_ratio_to_ceiling``, ``speedup`` {workers: rate /
        1-worker rate}, ``reprint_enrich_saved`` (demo), ``backfill_100k_hours`` {workers},
        ``cluster_start_seconds`` {workers}, and what was measured on.
    """
    articles, source = bench_articles(options.shared, options.articles)
    texts = [mask_datelines(ArticleInput.of(a).text) for a in _with_ids(articles)]
    load_before = os.getloadavg()[0]
    ceiling = _Ceiling(texts, options.model)
    ceiling.warm()
    first, _ = ceiling.block()  # the old, unpaired ceiling: once, at the start
    parallel = {
        str(n): _spacy_ceiling_processes(texts, options.model, n) for n in options.workers if n > 1
    }
    measured = {"0": _enrich_rate(articles, 0, options.model, options.runs, ceiling)}
    for count in options.workers:
        measured[str(count)] = _enrich_rate(articles, count, options.model, options.runs, ceiling)
    serial = measured["0"]["rate"]
    on_workers = {k: v for k, v in measured.items() if k != "0"}
    rates = {k: round(v["rate"], 2) for k, v in on_workers.items()}
    one = rates.get("1")
    per_s = statistics.median(b[0] for b in ceiling.blocks)
    per_cpu_s = statistics.median(b[1] for b in ceiling.blocks)
    result: dict[str, Any] = {
        "enrich_articles_per_s": rates,
        "spacy_ceiling_articles_per_s": round(per_s, 2),
        # the same stage in this process, no Dask: the analysis's own cost against the ceiling
        "enrich_in_process_articles_per_s": round(serial, 2),
        "ratio_to_ceiling": {
            k: round(statistics.median(v["paired"]), 3) for k, v in on_workers.items()
        },
        "enrich_in_process_ratio_to_ceiling": round(statistics.median(measured["0"]["paired"]), 3),
        "ratio_method": "paired",
        "ratio_to_ceiling_paired_runs": {
            k: [round(r, 3) for r in v["paired"]] for k, v in measured.items()
        },
        "ratio_to_ceiling_cpu": {
            k: round(statistics.median(v["paired_cpu"]), 3) for k, v in measured.items()
        },
        "ratio_to_ceiling_cpu_runs": {
            k: [round(r, 3) for r in v["paired_cpu"]] for k, v in measured.items()
        },
        # the old figure: the median rate per worker over one ceiling measured at the start
        "ratio_to_ceiling_unpaired": {
            k: round(v["rate"] / (max(1, int(k)) * first), 3) for k, v in measured.items()
        },
        "spacy_ceiling_first_articles_per_s": round(first, 2),
        "spacy_ceiling_blocks_articles_per_s": {
            k: [round(b, 2) for b in v["blocks"]] for k, v in measured.items()
        },
        "spacy_ceiling_blocks_articles_per_cpu_s": {
            k: [round(b, 2) for b in v["blocks_cpu"]] for k, v in measured.items()
        },
        "speedup": {k: round(v / one, 3) for k, v in rates.items()} if one else {},
        # spaCy alone in N processes at once: the most N workers can give on this machine
        # (cores shared with other jobs, memory bandwidth), to read ``speedup`` against
        "spacy_ceiling_processes_articles_per_s": {
            k: round(v, 2) for k, v in parallel.items() if v is not None
        },
        "spacy_ceiling_processes_speedup": {
            k: round(v / first, 3) for k, v in parallel.items() if v is not None
        },
        "backfill_100k_hours": {k: round(100_000 / v / 3600, 2) for k, v in rates.items()},
        "cluster_start_seconds": {k: round(v["start"], 2) for k, v in on_workers.items()},
        # Articles per CPU second of every process involved (client, scheduler, workers; "0":
        # in this process): what machine load does not blur. The ceiling's, for comparison:
        "articles_per_cpu_s": {k: round(v["per_cpu"], 2) for k, v in measured.items()},
        "spacy_ceiling_articles_per_cpu_s": round(per_cpu_s, 2),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "runs_articles_per_s": {k: [round(r, 2) for r in v["runs"]] for k, v in on_workers.items()},
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
