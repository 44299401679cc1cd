"""``newsbeat bench serve``: the web UI under load, as a newsroom would use it.

A database of generated stories (by default 1,000 stories of 20 articles: 20,000 articles with
their enrichment, from :func:`newsbeat.bench.report.generate_beat`), compared and summarised
once and stored (as a pipeline run leaves it; not timed), is served by a real
``newsbeat serve`` process on 127.0.0.1. The load comes from another process
(:mod:`newsbeat.bench.serve_load`: HTTP/1.1 keep-alive clients on raw asyncio streams, cheap
enough not to take the server's CPU; what they used is reported).

1. The cold pass: every story page and every search is asked for once, by ``cold_clients``
   clients, when nothing is kept yet: the first visits, rendered from the database. Their
   latency (``cold``: ``p50_ms``, ``p95_ms``, ``max_ms`` per page kind) shows what the read
   cache does not hide.
2. The load: ``clients`` concurrent clients each ask, one request after another without
   pause, for a story page and a search in turn (chosen at random among the same ones), for
   ``seconds``, after ``warmup_seconds`` not measured. The answer: the 50th and 95th
   percentile latency per page kind (``p50_ms``, ``p95_ms``), requests per second over
   everything (``rps``) and per kind, and the errors (any answer but 200, or no answer).
   The goal: ``p95_ms`` under 100 for both kinds, no error.

Each client waits for its answer before asking again (a closed loop), so the latency includes
the time a request waits in the server's queue behind the others: with 50 clients, it is
about 50 / rps whatever the machine. The server's and the clients' CPU time per request are
reported: on a busy machine they say what a request costs when the latency cannot.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsbeat.bench.serve_load import fetch
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore

__all__ = ["GOAL_P95_MS", "KINDS", "ServeBenchOptions", "run_serve_bench", "search_queries"]

GOAL_P95_MS = 100.0
KINDS = ("story", "search")
_START_TIMEOUT = 60.0  # seconds for the server to answer its first request


@dataclass(frozen=True, kw_only=True)
class ServeBenchOptions:
    """Database size, load and duration."""

    stories: int = 1000
    articles_per_story: int = 20
    clients: int = 50
    seconds: float = 30.0
    warmup_seconds: float = 3.0
    cold_clients: int = 2
    db: str | None = None  # reuse this database (generated there when empty)
    seed: int = 7


def search_queries(store: SQLiteStore, count: int, seed: int = 11) -> list[str]:
    """Queries a reader of the generated beat would type: a place, two places, a common word,
    a phrase, a prefix, an OR, mixed in a fixed order."""
    rng = random.Random(seed)
    places = sorted(
        {w for s in store.list_stories() for w in s.title.split()[:3] if w[:1].isupper()}
    )
    common = ["alliance", "harbour", "council", "residents", "agreement", "officials"]
    kinds = [
        lambda: rng.choice(places),
        lambda: f"{rng.choice(places)} AND {rng.choice(common)}",
        lambda: rng.choice(common),
        lambda: '"town hall"',
        lambda: rng.choice(places)[:4] + "*",
        lambda: f"{rng.choice(places)} OR {rng.choice(places)}",
    ]
    return [kinds[i % len(kinds)]() for i in range(count)]


def _prepare(path: str, options: ServeBenchOptions, settings: Settings) -> dict[str, Any]:
    """Generate (when empty) and analyse the database; its size, story ids and queries."""
    from newsbeat.bench.report import ReportBenchOptions, generate_beat
    from newsbeat.compare.analysis import AnalysisOptions, story_analyses

    store = SQLiteStore(path)
    try:
        began = time.perf_counter()
        if store.count_articles() == 0:
            generate_beat(
                store,
                ReportBenchOptions(
                    stories=options.stories,
                    articles_per_story=options.articles_per_story,
                    seed=options.seed,
                ),
            )
        stories = store.list_stories()
        story_analyses(store, stories, AnalysisOptions.from_settings(settings), save=True)
        return {
            "articles": store.count_articles(),
            "stories": len(stories),
            "prepare_seconds": round(time.perf_counter() - began, 1),
            "story_ids": [s.id for s in stories],
            "queries": search_queries(store, 200, options.seed),
        }
    finally:
        store.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _child_env() -> dict[str, str]:
    """The environment of the server and the load: this very ``newsbeat`` package first on
    the path (the child runs the code being measured, wherever it is started from)."""
    import newsbeat

    env = dict(os.environ)
    here = str(Path(newsbeat.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    return env


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (Linux), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class _Server:
    """``newsbeat serve`` as a child process on a free loopback port."""

    def __init__(self, path: str, log: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "newsbeat", "serve", "--db", path, "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            env=_child_env(),
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"newsbeat serve exited early (see {self.log.name})")
            try:
                asyncio.run(fetch("127.0.0.1", self.port, "/api/", timeout=2.0))
                return
            except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError):
                if time.monotonic() > deadline:
                    raise RuntimeError("newsbeat serve did not start in time") from None
                time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def _load(port: int, paths: dict[str, list[str]], clients: int, **plan: Any) -> dict[str, Any]:
    """Run the clients of :mod:`newsbeat.bench.serve_load` in their own process: latencies
    (ms) per kind, errors, elapsed seconds and the CPU seconds they used."""
    raw = json.dumps(
        {"host": "127.0.0.1", "port": port, "paths": paths, "clients": clients, **plan}
    )
    done = subprocess.run(
        [sys.executable, "-m", "newsbeat.bench.serve_load"],
        input=raw,
        capture_output=True,
        text=True,
        check=False,
        env=_child_env(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"the load clients failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _summary(load: dict[str, Any]) -> dict[str, dict[str, float]]:
    latencies: dict[str, list[float]] = load["latencies"]
    return {
        "kb_per_answer": {
            kind: round(load["received"][kind] / len(v) / 1000, 1) if v else 0.0
            for kind, v in latencies.items()
        },
        "p50_ms": {kind: round(_percentile(v, 0.5), 1) for kind, v in latencies.items()},
        "p95_ms": {kind: round(_percentile(v, 0.95), 1) for kind, v in latencies.items()},
        "max_ms": {kind: round(max(v, default=0.0), 1) for kind, v in latencies.items()},
    }


def run_serve_bench(settings: Settings, options: ServeBenchOptions | None = None) -> dict[str, Any]:
    """Prepare the database, start the server, load it, and measure (see the module
    docstring).

    Returns:
        ``p95_ms`` and ``p50_ms`` ({kind: ms}), ``rps`` (all kinds), ``rps_by_kind``,
        ``requests`` ({kind: count}), ``errors`` (count) and ``error_examples`` (up to 5),
        ``meets_goal``, the server's and the clients' CPU time per request
        (``server_cpu_ms_per_request``: what a request costs, whatever else runs on the
        machine; ``client_cpu_ms_per_request``: what the load took from it), ``cold`` (the
        first visit of every page: its percentiles, requests, errors), the database's size
        and the machine's load before and after.
    """
    from urllib.parse import quote

    opts = options or ServeBenchOptions()
    with tempfile.TemporaryDirectory(prefix="newsbeat-bench-serve-") as tmp:
        path = opts.db or str(Path(tmp) / "serve.db")
        prepared = _prepare(path, opts, settings)
        paths = {
            "story": [f"/stories/{quote(sid, safe='')}" for sid in prepared["story_ids"]],
            "search": [f"/search?q={quote(q, safe='')}" for q in prepared["queries"]],
        }
        server = _Server(path, Path(tmp) / "serve.log")
        try:
            server.wait_ready()
            firsts = {kind: list(dict.fromkeys(v)) for kind, v in paths.items()}
            cold = _load(server.port, firsts, opts.cold_clients, once=True)
            if opts.warmup_seconds > 0:
                _load(server.port, paths, 4, seconds=opts.warmup_seconds, seed=opts.seed + 1)
            load_before = os.getloadavg()[0]
            server_before = _cpu_seconds(server.proc.pid)
            warm = _load(server.port, paths, opts.clients, seconds=opts.seconds, seed=opts.seed)
            server_after = _cpu_seconds(server.proc.pid)
        finally:
            server.stop()
    latencies: dict[str, list[float]] = warm["latencies"]
    errors: list[str] = warm["errors"]
    elapsed: float = warm["elapsed"]
    total = sum(len(v) for v in latencies.values()) + len(errors)
    server_cpu = None
    if server_before is not None and server_after is not None and total:
        server_cpu = round((server_after - server_before) / total * 1000, 2)
    measured = _summary(warm)
    p95 = measured["p95_ms"]
    cold_requests = sum(len(v) for v in cold["latencies"].values())
    return {
        "articles": prepared["articles"],
        "stories": prepared["stories"],
        "prepare_seconds": prepared["prepare_seconds"],
        "clients": opts.clients,
        "seconds": round(elapsed, 1),
        "requests": {kind: len(v) for kind, v in latencies.items()},
        "p50_ms": measured["p50_ms"],
        "p95_ms": p95,
        "max_ms": measured["max_ms"],
        "kb_per_answer": measured["kb_per_answer"],
        "mean_ms": {
            kind: round(statistics.fmean(v), 1) if v else 0.0 for kind, v in latencies.items()
        },
        "rps": round(total / elapsed, 1) if elapsed else 0.0,
        "rps_by_kind": {kind: round(len(v) / elapsed, 1) for kind, v in latencies.items()},
        "errors": len(errors),
        "error_examples": errors[:5],
        "goal_p95_ms": GOAL_P95_MS,
        "meets_goal": not errors and all(v < GOAL_P95_MS for v in p95.values()),
        "server_cpu_ms_per_request": server_cpu,
        "client_cpu_ms_per_request": round(warm["cpu_seconds"] / total * 1000, 3)
        if total
        else None,
        "cold": {
            "clients": opts.cold_clients,
            "requests": {kind: len(v) for kind, v in cold["latencies"].items()},
            **_summary(cold),
            "seconds": round(cold["elapsed"], 1),
            "errors": len(cold["errors"]),
            "error_examples": cold["errors"][:5],
            "client_cpu_ms_per_request": round(cold["cpu_seconds"] / cold_requests * 1000, 3)
            if cold_requests
            else None,
        },
        "cpus": os.cpu_count(),
        "load_average_1m_before": round(load_before, 2),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "measured_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }
