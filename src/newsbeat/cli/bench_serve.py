"""``newsbeat bench serve``: the web UI's latency and throughput under 50 concurrent clients.

Registered on the ``bench`` group by :mod:`newsbeat.cli.bench`; the result goes to
``bench/results/serve-latest.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsbeat.cli._common import (
    ConfigOption,
    JsonOption,
    cli_errors,
    emit_json,
    settings_from_options,
    stderr,
    stdout,
)

__all__ = ["register"]

RESULT = Path("bench") / "results" / "serve-latest.json"


def bench_serve(
    stories: Annotated[int, typer.Option("--stories", min=1, help="Generated stories.")] = 1000,
    per_story: Annotated[
        int, typer.Option("--articles-per-story", min=1, help="Articles in each story.")
    ] = 20,
    clients: Annotated[
        int, typer.Option("--clients", min=1, help="Clients asking at the same time.")
    ] = 50,
    seconds: Annotated[
        float, typer.Option("--seconds", min=1.0, help="How long the clients keep asking.")
    ] = 30.0,
    warmup: Annotated[
        float, typer.Option("--warmup", min=0.0, help="Seconds of requests not measured first.")
    ] = 3.0,
    cold_clients: Annotated[
        int,
        typer.Option("--cold-clients", min=1, help="Clients of the first visit of every page."),
    ] = 2,
    bench_db: Annotated[
        str | None,
        typer.Option(
            "--bench-db", help="Keep the generated database in this file (reused when full)."
        ),
    ] = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Serve a generated database of 20,000 articles on 127.0.0.1, visit every story page and
    search once (the first, uncached visits), then load it with 50 clients for 30 seconds,
    each asking for a story page and a search in turn. Reports the p95 latency of each page
    kind (goal: under 100 ms), requests per second, errors, and the first visits' p95."""
    from newsbeat.bench.serve import ServeBenchOptions, run_serve_bench

    settings = settings_from_options(None, config)
    result = run_serve_bench(
        settings,
        ServeBenchOptions(
            stories=stories,
            articles_per_story=per_story,
            clients=clients,
            seconds=seconds,
            warmup_seconds=warmup,
            cold_clients=cold_clients,
            db=bench_db,
        ),
    )
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(
        json.dumps({"benchmark": "serve", **result}, indent=2) + "\n", encoding="utf-8"
    )
    if as_json:
        emit_json(result)
        return
    p95, p50 = result["p95_ms"], result["p50_ms"]
    stdout.print(
        f"{result['articles']:,} articles, {result['clients']} clients, {result['seconds']} s: "
        + ", ".join(f"{kind} p50 {p50[kind]} ms p95 {p95[kind]} ms" for kind in p95)
        + f", {result['rps']} requests/s, {result['errors']} errors"
        + (" (goal met)" if result["meets_goal"] else " (goal: p95 < 100 ms, no errors)")
    )
    cold = result["cold"]
    stdout.print(
        f"first visits ({cold['clients']} clients, nothing kept): "
        + ", ".join(f"{kind} p95 {cold['p95_ms'][kind]} ms" for kind in cold["p95_ms"])
        + f", {cold['errors']} errors; CPU per request: server"
        f" {result['server_cpu_ms_per_request']} ms, load clients"
        f" {result['client_cpu_ms_per_request']} ms"
    )
    stderr.print(f"written to {RESULT}")


def register(bench_app: typer.Typer) -> None:
    """Add ``bench serve`` to the bench group."""
    bench_app.command("serve")(cli_errors(bench_serve))
