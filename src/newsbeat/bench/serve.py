"""``newsbeat bench serve``: the web UI under load, as a newsroom would use it.

A database of generated stories (by default 1,000 stories of 20 articles: 20,000 articles with
their enrichment, from :func:`newsbeat.bench.report.generate_beat`), compared and summarised
once and stored (as a pipeline run leaves it; not timed), is served by a real
``newsbeat serve`` process on 127.0.0.1. ``clients`` concurrent clients (httpx, asyncio) then
each ask, one request after another without pause, for a story page and a search in turn, for
``seconds``. The answer: the 50th and 95th percentile latency per page kind (``p50_ms``,
``p95_ms``), requests per second over everything (``rps``) and per kind, and the errors (any
answer but 200, or no answer). The goal: ``p95_ms`` under 100 for both kinds, no error.

Each client waits for its answer before asking again (a closed loop), so the latency includes
the time a request waits in the server's queue behind the others: with 50 clients, it is
about 50 / rps whatever the machine.
"""

from __future__ import annotations

import asyncio
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

from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore

__all__ = ["GOAL_P95_MS", "KINDS", "ServeBenchOptions", "run_serve_bench", "search_queries"]

GOAL_P95_MS = 100.0
KINDS = ("story", "search")
_START_TIMEOUT = 60.0  # seconds for the server to answer its first request
_REQUEST_TIMEOUT = 30.0  # a request slower than this counts as an error


@dataclass(frozen=True, kw_only=True)
class ServeBenchOptions:
    """Database size, load and duration."""

    stories: int = 1000
    articles_per_story: int = 20
    clients: int = 50
    seconds: float = 30.0
    warmup_seconds: float = 3.0
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
        )

    def wait_ready(self) -> None:
        import httpx

        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"newsbeat serve exited early (see {self.log.name})")
            try:
                httpx.get(self.base + "/api/", timeout=2.0, trust_env=False)
                return
            except httpx.TransportError:
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


async def _load(
    base: str, paths: dict[str, list[str]], clients: int, seconds: float, seed: int
) -> tuple[dict[str, list[float]], list[str], float]:
    """Run the clients for ``seconds``: latencies (ms) per kind, errors, elapsed seconds."""
    import httpx

    latencies: dict[str, list[float]] = {kind: [] for kind in KINDS}
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=base, limits=limits, timeout=_REQUEST_TIMEOUT, trust_env=False
    ) as http:
        began = time.perf_counter()
        deadline = began + seconds

        async def client(number: int) -> None:
            rng = random.Random(seed * 1000 + number)
            turn = number % len(KINDS)
            while time.perf_counter() < deadline:
                kind = KINDS[turn % len(KINDS)]
                turn += 1
                path = rng.choice(paths[kind])
                start = time.perf_counter()
                try:
                    answer = await http.get(path)
                    ok = answer.status_code == 200
                    problem = f"{path}: HTTP {answer.status_code}"
                except httpx.HTTPError as exc:
                    ok, problem = False, f"{path}: {type(exc).__name__}: {exc}"
                if ok:
                    latencies[kind].append((time.perf_counter() - start) * 1000)
                else:
                    errors.append(problem)

        await asyncio.gather(*(client(n) for n in range(clients)))
        elapsed = time.perf_counter() - began
    return latencies, errors, elapsed


def run_serve_bench(settings: Settings, options: ServeBenchOptions | None = None) -> dict[str, Any]:
    """Prepare the database, start the server, load it, and measure (see the module
    docstring).

    Returns:
        ``p95_ms`` and ``p50_ms`` ({kind: ms}), ``rps`` (all kinds), ``rps_by_kind``,
        ``requests`` ({kind: count}), ``errors`` (count) and ``error_examples`` (up to 5),
        ``meets_goal``, the server's and the clients' CPU time per request
        (``server_cpu_ms_per_request``: what a request costs, whatever else runs on the
        machine), the database's size and the machine's load before and after.
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
            if opts.warmup_seconds > 0:
                asyncio.run(_load(server.base, paths, 4, opts.warmup_seconds, opts.seed + 1))
            load_before = os.getloadavg()[0]
            server_before, client_before = _cpu_seconds(server.proc.pid), time.process_time()
            latencies, errors, elapsed = asyncio.run(
                _load(server.base, paths, opts.clients, opts.seconds, opts.seed)
            )
            server_after, client_after = _cpu_seconds(server.proc.pid), time.process_time()
        finally:
            server.stop()
    total = sum(len(v) for v in latencies.values()) + len(errors)
    server_cpu = None
    if server_before is not None and server_after is not None and total:
        server_cpu = round((server_after - server_before) / total * 1000, 2)
    p95 = {kind: round(_percentile(v, 0.95), 1) for kind, v in latencies.items()}
    return {
        "articles": prepared["articles"],
        "stories": prepared["stories"],
        "prepare_seconds": prepared["prepare_seconds"],
        "clients": opts.clients,
        "seconds": round(elapsed, 1),
        "requests": {kind: len(v) for kind, v in latencies.items()},
        "p50_ms": {kind: round(_percentile(v, 0.5), 1) for kind, v in latencies.items()},
        "p95_ms": p95,
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
        "client_cpu_ms_per_request": round((client_after - client_before) / total * 1000, 2)
        if total
        else None,
        "cpus": os.cpu_count(),
        "load_average_1m_before": round(load_before, 2),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "measured_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }
