"""``newsbeat bench hostile``: memory on hostile files and time of hostile searches.

Files: every input of :func:`newsbeat.bench.hostile_files.hostile_files` (gzip bombs of 2 GB,
a 50 MB record, a 50 MB dump line, deep nesting, a flood of JSON values, ...) is ingested alone
in a fresh process (:func:`~newsbeat.bench.hostile_files.measure_ingest`); its peak resident
memory is measured, and it must fail cleanly: the ingest finishes, the file has its one failure
saying what the case expects, and the good articles around the hostile part are stored.

Searches: a store of ``articles`` generated articles (the ``bench ingest`` generator) is built,
then each hostile query (the issue's ``a* OR a* ...`` and ``a* ... z*``, the most terms and
prefixes the limits allow, long phrases, nesting) runs through
:func:`~newsbeat.query.bounded_search` with the default ``[search]`` settings. Its wall time is
measured, whether it answers, is refused by its shape (QueryError) or stopped by the time budget
(QueryTimeoutError): each is a clean end; any other exception is not.

Result keys: ``peak_mb`` (the largest of the files), ``worst_search_ms`` (the slowest query),
``cases`` (files + queries), ``clean_failures`` (those that ended cleanly), then the details.
Goals: < 300 MB per file, < 2,000 ms per query, every case clean.
"""

from __future__ import annotations

import dataclasses
import platform
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbeat.bench.hostile_files import MB, hostile_files, measure_ingest

__all__ = ["GOALS", "HostileBenchOptions", "hostile_queries", "run_hostile_bench"]

GOALS = {"peak_mb": 300.0, "worst_search_ms": 2000.0}


@dataclass(frozen=True, kw_only=True)
class HostileBenchOptions:
    """What the benchmark does.

    Attributes:
        articles: articles in the store the queries run on.
        bomb_mb: decompressed size of each gzip bomb, in MB.
        files: run the hostile files.
        searches: run the hostile queries.
    """

    articles: int = 20_000
    bomb_mb: int = 2048
    files: bool = True
    searches: bool = True


def hostile_queries() -> dict[str, str]:
    """The hostile queries by name (what they try is in the name)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    common = ["the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "said"]
    return {
        "200 a* ORed (the issue's)": " OR ".join(["a*"] * 200),
        "a* .. z* ORed (the issue's)": " OR ".join(f"{c}* " for c in letters),
        "8 one-letter prefixes ORed (at the limit)": " OR ".join(f"{c}*" for c in letters[:8]),
        "8 one-letter prefixes ANDed": " AND ".join(f"{c}*" for c in letters[:8]),
        "8 one-letter prefixes in NEAR": "NEAR(" + " ".join(f"{c}*" for c in letters[:8]) + ", 50)",
        "32 common words ORed (at the limit)": " OR ".join((common * 3)[:32]),
        "32 common words ANDed": " ".join((common * 3)[:32]),
        "'the' 32 times": " ".join(["the"] * 32),
        "a phrase of 32 common words": '"' + " ".join((common * 3)[:32]) + '"',
        "8 prefixes + 24 common words": " OR ".join(
            [f"{c}*" for c in letters[:8]] + (common * 2)[:24]
        ),
        "a phrase of 200 words": '"' + " ".join(["the"] * 200) + '"',
        "500 characters of nesting": "(" * 240 + "a" + ")" * 240,
        "2,000 characters": "alliance " * 222,
        "unterminated phrase": '"dock strike AND walkout*',
    }


def _files_part(bomb_mb: int) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsbeat-hostile-") as tmp:
        folder = Path(tmp)
        for number, case in enumerate(hostile_files(size=bomb_mb * MB)):
            path = case.write(folder)
            size = path.stat().st_size
            started = time.perf_counter()
            result = measure_ingest([path], folder / f"db-{number}.sqlite")
            seconds = time.perf_counter() - started
            path.unlink()
            report = result["report"]
            failures = report["failures"] if report else []
            stored = (report["new"] + report["existing"]) if report else 0
            clean = bool(
                report
                and len(failures) == 1
                and case.expect in failures[0]["reason"]
                and stored == case.stored
            )
            rows.append(
                {
                    "name": case.name,
                    "what": case.what,
                    "bytes_on_disk": size,
                    "peak_mb": result["peak_mb"],
                    "seconds": round(seconds, 2),
                    "clean": clean,
                    "failure": failures[0]["reason"] if failures else result["stderr"][-500:],
                    "stored": stored,
                }
            )
    return rows


def _searches_part(articles: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    from newsbeat.bench.ingest import write_dumps
    from newsbeat.exceptions import QueryError, QueryTimeoutError
    from newsbeat.importers.ingest import ingest
    from newsbeat.query import bounded_search
    from newsbeat.settings import SearchSettings
    from newsbeat.store import SQLiteStore

    limits = SearchSettings()
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsbeat-hostile-") as tmp:
        folder = Path(tmp)
        paths = write_dumps(folder, articles=articles, files=4)
        with SQLiteStore(folder / "search.sqlite") as store:
            stored = ingest(store, paths).new
            for name, query in hostile_queries().items():
                started = time.perf_counter()
                try:
                    hits = bounded_search(store, query, limits)
                    outcome, detail = "answered", f"{len(hits)} hits"
                except QueryTimeoutError as exc:
                    outcome, detail = "stopped at the time budget", exc.reason
                except QueryError as exc:
                    outcome, detail = "refused", exc.reason
                except Exception as exc:  # not clean: reported, not raised
                    outcome, detail = "error", f"{type(exc).__name__}: {exc}"
                ms = (time.perf_counter() - started) * 1000
                rows.append(
                    {
                        "name": name,
                        "chars": len(query),
                        "ms": round(ms, 1),
                        "outcome": outcome,
                        "detail": detail,
                        "clean": outcome != "error",
                    }
                )
    store_info = {"articles": stored, "limits": dataclasses.asdict(limits)}
    return rows, store_info


def run_hostile_bench(options: HostileBenchOptions | None = None) -> dict[str, Any]:
    """Run the benchmark (see the module docstring) and return its result."""
    options = options or HostileBenchOptions()
    files = _files_part(options.bomb_mb) if options.files else []
    searches, store_info = _searches_part(options.articles) if options.searches else ([], {})
    cases = files + searches
    peak = max((float(f["peak_mb"] or 0) for f in files), default=0.0)
    worst = max((float(s["ms"]) for s in searches), default=0.0)
    clean = sum(1 for case in cases if case["clean"])
    return {
        "peak_mb": round(peak, 1),
        "worst_search_ms": round(worst, 1),
        "cases": len(cases),
        "clean_failures": clean,
        "goals": GOALS,
        "meets_goals": {
            "peak_mb": all(float(f["peak_mb"] or 1e9) < GOALS["peak_mb"] for f in files),
            "worst_search_ms": worst < GOALS["worst_search_ms"],
            "clean_failures": clean == len(cases),
        },
        "files": files,
        "searches": searches,
        "search_store": store_info,
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
    }


def _cpus() -> int | None:
    import os

    return os.cpu_count()
