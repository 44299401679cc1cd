"""``newsbeat bench undated``: the stories stage on an all-undated import, the peer rule off
and on (:mod:`newsbeat.bench.undated_import`).

Registered on the ``bench`` group by :mod:`newsbeat.cli.bench`; the result also goes to
``bench/results/undated-latest.json``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsbeat.cli._common import (
    JsonOption,
    cli_errors,
    emit_json,
    save_bench_result,
    stderr,
    stdout,
)

__all__ = ["register"]


def bench_undated(
    articles: Annotated[
        int, typer.Option("--articles", min=2, help="Articles in the undated import.")
    ] = 10_000,
    runs: Annotated[
        int, typer.Option("--runs", min=1, help="Pairs of clusterings (peer rule off, on).")
    ] = 3,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="ECB+ folder (default: ../shared/benchmarks/news-clustering/ecbplus "
            "next to the repo; train and dev topics only are read).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The stories stage on a generated import whose articles have no dates (a keyword
    dump's), clustered with the merge pass's peer rule off and on in lockstep: medians of the
    stage's time, their ratio, and whether the stories are the same."""
    from newsbeat.bench.ecbplus import load_ecbplus
    from newsbeat.bench.stories import default_ecbplus
    from newsbeat.bench.undated_import import UndatedOptions, run_undated_bench

    docs = load_ecbplus(data or default_ecbplus(), ("train", "dev"))

    def report(run: int, side: str, seconds: float) -> None:
        stderr.print(f"run {run}: peer rule {side}, {seconds:.1f} s")

    result = run_undated_bench(docs, UndatedOptions(articles=articles, runs=runs), report)
    saved = save_bench_result("undated", result)
    if as_json:
        emit_json(result)
    else:
        stdout.print(
            f"{result['articles']} undated articles, median of {result['runs']}:"
            f" peer rule off {result['seconds_peer_off']} s ({result['cpu_seconds_peer_off']}"
            f" s CPU), on {result['seconds_peer_on']} s ({result['cpu_seconds_peer_on']} s CPU):"
            f" CPU ratio {result['peer_cpu_ratio']}; same stories: {result['same_stories']}"
        )
    stderr.print(f"written to {saved}")


def register(bench_app: typer.Typer) -> None:
    """Add ``bench undated`` to the bench group."""
    bench_app.command("undated")(cli_errors(bench_undated))
