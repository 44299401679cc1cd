"""``newsbeat bench ingest``: ingest speed, peak memory and full-text search latency.

Generates keyword dumps of synthetic articles (deterministic pseudo-words with a Zipf-like
frequency, plus the things real dumps carry: datelines with wire abbreviations, photo
captions, junk lines, standfirsts, sign-offs), ingests them into a fresh SQLite file, then
times FTS5 queries (single words, AND, OR, phrases, prefixes, NEAR) through
:meth:`Store.search`.

Ingest and search run in a fresh child process (``python -m newsbeat.bench.ingest``), so its
peak memory is its own: the peak resident set size (``VmHWM`` on Linux, else
``resource.getrusage`` ``ru_maxrss``; see :func:`_peak_mb`), interpreter, libraries and
SQLite's cache included. tracemalloc is not used: it slows
allocation-heavy code several fold and would distort the speed figure. Speed is reported by
the wall clock (``articles_per_s``, the goal) and by CPU time of both ingest threads
(``articles_per_cpu_s``), which is steadier on a shared machine; search latency likewise
(``search_p95_ms`` wall, ``search_p95_cpu_ms`` CPU); ``load_average`` records how busy the
machine was.
"""

from __future__ import annotations

import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsbeat.exceptions import NewsbeatError
from newsbeat.importers.ingest import DEFAULT_BATCH_SIZE, ingest
from newsbeat.store import SQLiteStore

__all__ = [
    "GOALS",
    "IngestBenchOptions",
    "build_queries",
    "run_ingest_bench",
    "write_dumps",
]

GOALS = {"articles_per_s": 2000.0, "peak_mb": 300.0, "search_p95_ms": 50.0}

_SYLLABLES = tuple(c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou") + tuple(
    c + v + e for c in "bdgklmnprst" for v in "aeiou" for e in "nrs"
)
_COMMON = [
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "was",
    "for",
    "on",
    "said",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
    "his",
    "her",
    "their",
    "has",
    "have",
    "had",
    "will",
    "would",
    "which",
    "who",
    "not",
    "but",
    "an",
    "are",
    "were",
    "they",
    "this",
    "after",
]
_KEYWORDS = [
    "alliance",
    "harbour",
    "strike",
    "ferry",
    "treaty",
    "election",
    "budget",
    "storm",
    "fishery",
    "railway",
]
_WIRES = ("AP", "AFP", "Reuters", "dpa", "UPI", "CPW")
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.")
_JUNK = ("Advertisement", "Recommended Stories", "list of 3 itemsend of list", "Share")


@dataclass(frozen=True, kw_only=True)
class IngestBenchOptions:
    """What the ingest benchmark does.

    Attributes:
        articles: how many dump articles to generate.
        files: how many dump files they are spread over.
        queries: how many FTS queries to time.
        batch_size: articles per transaction.
        seed: the generator's seed (same seed, same corpus).
    """

    articles: int = 20_000
    files: int = 10
    queries: int = 100
    batch_size: int = DEFAULT_BATCH_SIZE
    seed: int = 7


class _Words:
    """Pseudo-words drawn with a Zipf-like frequency (a few very common, a long tail)."""

    def __init__(self, rng: random.Random, size: int = 6000) -> None:
        seen: set[str] = set(_COMMON)
        words = list(_COMMON)
        while len(words) < size:
            word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                words.append(word)
        self.words = words
        weights = [1.0 / (rank + 1) for rank in range(size)]
        total = 0.0
        self.cumulative = []
        for weight in weights:
            total += weight
            self.cumulative.append(total)
        self.rng = rng

    def sample(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def sentence(self, low: int = 8, high: int = 20) -> str:
        words = self.sample(self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."


def _name(words: _Words) -> str:
    return " ".join(w.capitalize() for w in words.rng.sample(words.words[100:2000], 2))


def _article(words: _Words, keyword: str, number: int) -> list[str]:
    rng = words.rng
    title = f"{words.sentence(4, 8).rstrip('.')} {keyword} {number}"
    if rng.random() < 0.3:
        title += f" | {rng.choice(('World', 'Politics', 'Labour News', 'City'))}"
    lines = [title]
    if rng.random() < 0.2:
        lines.append(f"{words.sentence(6, 12)} File Photo by {_name(words)}/{_name(words)}")
    if rng.random() < 0.3:
        lines.append(words.sentence(8, 14))
    paragraphs = [
        " ".join(words.sentence() for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(5, 9))
    ]
    if rng.random() < 0.5:
        city = rng.choice(words.words[200:800]).upper()
        dateline = f"{city}, {rng.choice(_MONTHS)} {rng.randint(1, 28)} ({rng.choice(_WIRES)}) — "
        paragraphs[0] = dateline + paragraphs[0]
    for paragraph in paragraphs:
        lines.append(paragraph)
        if rng.random() < 0.08:
            lines.append(rng.choice(_JUNK))
    if rng.random() < 0.3:
        lines.append(f"{_name(words)} writes for the {_name(words)} Courier.")
    return lines


def write_dumps(
    folder: Path,
    *,
    articles: int,
    files: int,
    seed: int = 7,
    reprints: float = 0.0,
    near_duplicates: float = 0.0,
) -> list[Path]:
    """Write ``articles`` synthetic dump articles over ``files`` keyword dumps (streamed).

    Args:
        folder: where the dumps go.
        articles: total article count.
        files: number of dump files.
        seed: random seed (the same seed writes the same files).
        reprints: the share of articles that are another outlet's run of a recent article of
            the same dump: a headline of its own, the same body, sometimes without its last
            paragraph (0: none, and the files are those written before reprints existed).
        near_duplicates: the share that are lightly edited copies of a recent article: one
            sentence of the body rewritten (still a reprint for dedupe).

    Returns:
        The dump files.
    """
    rng = random.Random(seed)
    words = _Words(rng)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    per_file = [articles // files + (1 if i < articles % files else 0) for i in range(files)]
    number = 0
    copies = reprints + near_duplicates
    for index, count in enumerate(per_file):
        keyword = _KEYWORDS[index % len(_KEYWORDS)]
        path = folder / f"{keyword}-2026-03-{index % 28 + 1:02d}-{index}.txt"
        recent: list[list[str]] = []  # the dump's latest originals, which copies are made of
        with path.open("w", encoding="utf-8") as out:
            out.write(f"{keyword}\n\n")
            for _ in range(count):
                number += 1
                draw = rng.random() if copies else 1.0
                if recent and draw < copies:
                    lines = _copy(words, rng.choice(recent), keyword, number, draw < reprints)
                else:
                    lines = _article(words, keyword, number)
                    if copies:
                        recent = [*recent[-(_RECENT - 1) :], lines]
                out.write("\n\n".join(lines))
                out.write("\n\nSource link\n\n")
        paths.append(path)
    return paths


_RECENT = 50  # a copy runs one of the dump's last 50 originals: wire copy spreads within days


def _copy(
    words: _Words, original: list[str], keyword: str, number: int, verbatim: bool
) -> list[str]:
    """Another outlet's run of ``original``: its own headline over the same body; a verbatim
    reprint may drop the last paragraph, an edited copy has one sentence rewritten."""
    rng = words.rng
    body = original[1:]
    if verbatim:
        if len(body) > 4 and rng.random() < 0.3:
            body = body[:-1]  # trimmed to fit
    else:
        at = rng.randrange(len(body))
        sentences = body[at].split(". ")
        sentences[rng.randrange(len(sentences))] = words.sentence().rstrip(".")
        body = [*body[:at], ". ".join(sentences), *body[at + 1 :]]
    return [f"{words.sentence(4, 8).rstrip('.')} {keyword} {number}", *body]


def build_queries(count: int, seed: int = 11) -> list[str]:
    """FTS5 queries over the generated vocabulary, shaped like beat and search queries.

    Content words (no stop words: nobody searches for "the"), two-word AND, OR, two-word
    phrases, prefixes of five letters, NEAR, and the dumps' keywords.
    """
    rng = random.Random(seed)
    words = _Words(random.Random(7)).words[len(_COMMON) :]
    kinds: list[Callable[[], str]] = [
        lambda: rng.choice(words[:2000]),
        lambda: f"{rng.choice(words[:300])} {rng.choice(words[:2000])}",
        lambda: f"{rng.choice(words[:2000])} OR {rng.choice(words[:2000])}",
        lambda: f'"{rng.choice(words[:100])} {rng.choice(words[:100])}"',
        lambda: rng.choice([w for w in words[100:3000] if len(w) > 5])[:5] + "*",
        lambda: f"NEAR({rng.choice(words[:500])} {rng.choice(words[:500])}, 10)",
        lambda: rng.choice(_KEYWORDS),
    ]
    return [kinds[i % len(kinds)]() for i in range(count)]


def _peak_mb() -> tuple[float, str]:
    """Peak resident memory of this process in MB, and how it was measured.

    On Linux, ``VmHWM`` from ``/proc/self/status``: the peak resident set of this process's
    own memory map. ``ru_maxrss`` is not used there because the kernel carries the parent's
    peak over a fork and exec, so a child started by a large parent would report the
    parent's size. Elsewhere ``resource.getrusage(RUSAGE_SELF).ru_maxrss``.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024, "VmHWM"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return (peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024), "ru_maxrss"


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the ingest's parsing process)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _measure(paths: list[Path], db: Path, batch_size: int, queries: int) -> dict[str, object]:
    """Ingest and search in this process; run in a fresh child so peak memory is its own."""
    started_cpu = _cpu_seconds()
    with SQLiteStore(db) as store:
        report = ingest(store, paths, batch_size=batch_size)
        cpu = _cpu_seconds() - started_cpu
        peak, method = _peak_mb()
        # A large ingest parses in a child process: count its peak too. ru_maxrss of children
        # may include what the child inherited, so the sum is an upper bound.
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if children:
            peak += children / (1024 * 1024) if sys.platform == "darwin" else children / 1024
            method += " + children's ru_maxrss"
        latencies: list[float] = []
        cpu_latencies: list[float] = []
        hits = 0
        for query in build_queries(queries):
            started, started_cpu = time.perf_counter(), time.process_time()
            hits += len(store.search(query, limit=20))
            latencies.append((time.perf_counter() - started) * 1000)
            cpu_latencies.append((time.process_time() - started_cpu) * 1000)
        stored = store.count_articles()
    return {
        "seconds": report.seconds,
        "cpu_seconds": cpu,
        "new": report.new,
        "failed": report.failed,
        "stored": stored,
        "peak_mb": peak,
        "peak_mb_method": method,
        "search_hits": hits,
        "search_p50_ms": statistics.median(latencies) if latencies else 0.0,
        "search_p95_ms": _percentile(latencies, 0.95) if latencies else 0.0,
        "search_p95_cpu_ms": _percentile(cpu_latencies, 0.95) if cpu_latencies else 0.0,
        "search_queries": len(latencies),
    }


def run_ingest_bench(
    options: IngestBenchOptions | None = None, *, workdir: Path | None = None
) -> dict[str, object]:
    """Generate dumps, ingest them into a fresh database in a child process, time searches.

    Args:
        options: sizes and seed.
        workdir: where to write dumps and the database (a temporary folder by default).

    Returns:
        The result (the JSON of ``newsbeat bench ingest --json``): ``articles``,
        ``articles_per_s`` (wall clock), ``articles_per_cpu_s``, ``peak_mb`` (with
        ``peak_mb_method``), ``search_p50_ms``, ``search_p95_ms``, the goals and whether each
        was met, and the machine.
    """
    opts = options or IngestBenchOptions()
    with tempfile.TemporaryDirectory(prefix="newsbeat-bench-", dir=workdir) as tmp:
        folder = Path(tmp)
        generate_started = time.perf_counter()
        paths = write_dumps(
            folder / "dumps", articles=opts.articles, files=opts.files, seed=opts.seed
        )
        generate_seconds = time.perf_counter() - generate_started
        input_mb = sum(p.stat().st_size for p in paths) / 1e6
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsbeat.bench.ingest",
                str(folder / "bench.db"),
                str(opts.batch_size),
                str(opts.queries),
                *map(str, paths),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if child.returncode != 0:
            raise NewsbeatError(f"the ingest benchmark failed: {child.stderr.strip()[-2000:]}")
        measured = json.loads(child.stdout)
        db_mb = sum(p.stat().st_size for p in folder.glob("bench.db*")) / 1e6
    seconds = float(measured["seconds"])
    per_s = measured["new"] / seconds if seconds else 0.0
    per_cpu_s = measured["new"] / measured["cpu_seconds"] if measured["cpu_seconds"] else 0.0
    peak = float(measured["peak_mb"])
    p95 = float(measured["search_p95_ms"])
    return {
        "benchmark": "ingest",
        "articles": opts.articles,
        "files": opts.files,
        "stored": measured["stored"],
        "new": measured["new"],
        "failed": measured["failed"],
        "batch_size": opts.batch_size,
        "input_mb": round(input_mb, 1),
        "database_mb": round(db_mb, 1),
        "generate_seconds": round(generate_seconds, 2),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(float(measured["cpu_seconds"]), 2),
        "articles_per_s": round(per_s, 1),
        "articles_per_cpu_s": round(per_cpu_s, 1),
        "peak_mb": round(peak, 1),
        "peak_mb_method": measured["peak_mb_method"],
        "search_queries": measured["search_queries"],
        "search_hits": measured["search_hits"],
        "search_p50_ms": round(float(measured["search_p50_ms"]), 2),
        "search_p95_ms": round(p95, 2),
        "search_p95_cpu_ms": round(float(measured["search_p95_cpu_ms"]), 2),
        "load_average": round(os.getloadavg()[0], 2),
        "goals": dict(GOALS),
        "meets_goals": _meets(per_s, peak, p95),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(),
        },
    }


def _meets(per_s: float, peak: float, p95: float) -> dict[str, bool]:
    return {
        "articles_per_s": per_s >= GOALS["articles_per_s"],
        "peak_mb": peak < GOALS["peak_mb"],
        "search_p95_ms": p95 < GOALS["search_p95_ms"],
    }


def summarise_runs(runs: list[dict[str, object]]) -> dict[str, object]:
    """Several runs as one result: the median of each measured figure, plus every run."""
    if len(runs) == 1:
        return runs[0]
    result = dict(runs[-1])
    keys = ("seconds", "cpu_seconds", "articles_per_s", "articles_per_cpu_s", "peak_mb")
    for key in (*keys, "search_p50_ms", "search_p95_ms", "search_p95_cpu_ms", "load_average"):
        result[key] = round(statistics.median(_number(run[key]) for run in runs), 2)
    result["meets_goals"] = _meets(
        _number(result["articles_per_s"]),
        _number(result["peak_mb"]),
        _number(result["search_p95_ms"]),
    )
    result["runs"] = len(runs)
    result["per_run"] = [
        {k: run[k] for k in ("articles_per_s", "articles_per_cpu_s", "peak_mb", "search_p95_ms")}
        for run in runs
    ]
    return result


def _number(value: object) -> float:
    assert isinstance(value, int | float)
    return float(value)


def save_result(result: dict[str, object], path: Path) -> Path:
    """Write the result as JSON (creating the folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return path


def _child(argv: list[str]) -> None:
    db, batch_size, queries, *paths = argv
    result = _measure([Path(p) for p in paths], Path(db), int(batch_size), int(queries))
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    _child(sys.argv[1:])
