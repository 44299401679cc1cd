"""``newsbeat bench hostile`` and ``newsbeat bench fuzz``: hostile inputs, measured and fuzzed.

Registered on the ``bench`` group by :mod:`newsbeat.cli.bench`; results go to
``bench/results/`` like the other benchmarks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    EXIT_FAILED,
    EXIT_USAGE,
    JsonOption,
    emit_json,
    fail,
    stderr,
    stdout,
)

__all__ = ["register"]


def bench_hostile(
    articles: Annotated[
        int, typer.Option("--articles", min=100, help="Articles in the store searched.")
    ] = 20_000,
    bomb_mb: Annotated[
        int, typer.Option("--bomb-mb", min=1, help="Decompressed size of each gzip bomb (MB).")
    ] = 2048,
    as_json: JsonOption = False,
) -> None:
    """Peak memory on hostile files (bombs, giant lines and records, deep nesting) and time
    of hostile searches on a generated store. Goals: < 300 MB per file, < 2,000 ms per
    query, every case ending cleanly."""
    from newsbeat.bench.hostile import HostileBenchOptions, run_hostile_bench
    from newsbeat.cli._common import save_bench_result

    result = run_hostile_bench(HostileBenchOptions(articles=articles, bomb_mb=bomb_mb))
    path = save_bench_result("hostile", result)
    if as_json:
        emit_json(result)
    else:
        for row in result["files"]:
            state = "clean" if row["clean"] else "NOT CLEAN"
            stdout.print(
                escape(f"file  {row['name']:<22} {row['peak_mb']:>7} MB  {state}: {row['failure']}")
            )
        for row in result["searches"]:
            state = "clean" if row["clean"] else "NOT CLEAN"
            stdout.print(
                escape(f"query {row['name']:<44} {row['ms']:>8} ms  {row['outcome']} ({state})")
            )
        stdout.print(
            f"peak {result['peak_mb']} MB, worst search {result['worst_search_ms']} ms,"
            f" {result['clean_failures']}/{result['cases']} cases clean"
        )
    stderr.print(escape(f"written to {path}"))


def bench_fuzz(
    seconds: Annotated[
        float, typer.Option("--seconds", min=1, help="Budget of each target, in seconds.")
    ] = 60.0,
    target: Annotated[
        list[str] | None,
        typer.Option("--target", help="importers, query, since or claims (repeat; default all)."),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="atheris, hypothesis, or auto (atheris if installed).")
    ] = "auto",
    crashes: Annotated[
        Path | None,
        typer.Option("--crashes", help="Where crashing inputs go (default: tests/fixtures/fuzz)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Fuzz the importers, the query checks, --since and the claims range logic for a fixed
    budget; every crashing input is kept (a regression test replays it). Exit 1 on a crash."""
    from newsbeat.bench.fuzz import TARGETS
    from newsbeat.bench.fuzzing import run_fuzz
    from newsbeat.cli._common import save_bench_result

    try:
        result = run_fuzz(list(target or TARGETS), seconds, engine=engine, crashes=crashes)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    path = save_bench_result("fuzz", result)
    if as_json:
        emit_json(result)
    else:
        for name, row in result["targets"].items():
            stdout.print(escape(f"{name:<10} {row['runs']} runs, {row['crashes']} crash(es)"))
            for kept in row["kept"]:
                stdout.print(escape(f"  kept {kept}"))
    stderr.print(escape(f"{result['engine']}; written to {path}"))
    if result["crashes"]:
        raise typer.Exit(EXIT_FAILED)


def register(bench_app: typer.Typer) -> None:
    """Add ``bench hostile`` and ``bench fuzz`` to the bench group."""
    from newsbeat.cli._common import cli_errors

    bench_app.command("hostile")(cli_errors(bench_hostile))
    bench_app.command("fuzz")(cli_errors(bench_fuzz))
