"""``newsbeat ingest PATH...``: import dumps, JSONL, HTML and text files into the store.

Exit codes: 0 when nothing failed, 1 when some input failed (everything else is stored), 2 on
usage errors (unknown ``--format``, no path).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from newsbeat.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    ConfigOption,
    DbOption,
    JsonOption,
    QuietOption,
    bench_app,
    cli_errors,
    emit_json,
    fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.importers import format_names
from newsbeat.importers.ingest import DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, ingest


def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=quiet or not stderr.is_terminal,
    )


def _summary(report: IngestReport) -> str:
    parts = [
        f"{report.new} new",
        f"{report.existing} already stored",
        f"{report.failed} failed",
    ]
    line = f"ingested {report.files} file(s): " + ", ".join(parts)
    if report.beats_created:
        line += f"; new beat(s): {', '.join(report.beats_created)}"
    return line


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH", help="Files, folders or glob patterns (gzip read transparently)."
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=f"Force a format ({', '.join(format_names())}); default: detect each file.",
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per transaction.")
    ] = DEFAULT_BATCH_SIZE,
    db: DbOption = None,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> None:
    """Import dumps, JSONL, HTML and text files; print new, already stored and failed counts.

    Each failure is one line on stderr naming the file (and line or byte offset) and what is
    wrong; everything else is stored. Exit 0 if nothing failed, 1 if some input failed.
    """
    if fmt is not None and fmt not in format_names():
        fail(f"unknown format {fmt!r} (known: {', '.join(format_names())})", EXIT_USAGE)
    with store_from_options(db, config) as (store, _), _progress(quiet) as bar:
        task = bar.add_task("ingest", total=None)

        def on_progress(p: IngestProgress) -> None:
            bar.update(
                task,
                total=p.bytes_total or None,
                completed=p.bytes_done,
                description=f"ingest {p.files_done}/{p.files_total} files, {p.new} new",
            )

        report = ingest(store, paths, fmt=fmt, batch_size=batch_size, progress=on_progress)
    for failure in report.failures:
        stderr.print(f"[bold red]failed:[/] {escape(str(failure))}", soft_wrap=True)
    if as_json:
        emit_json(report.to_json())
    elif not quiet:
        stdout.print(escape(_summary(report)))
    raise typer.Exit(EXIT_FAILED if report.failures else EXIT_OK)


def bench_ingest_command(
    as_json: JsonOption = False,
    articles: Annotated[
        int, typer.Option("--articles", min=1, help="Dump articles to generate.")
    ] = 20_000,
    runs: Annotated[
        int, typer.Option("--runs", min=1, help="Repeat and report the median of each figure.")
    ] = 1,
    output: Annotated[
        Path, typer.Option("--output", help="Where to write the JSON result.")
    ] = Path("bench/results/ingest.json"),
    quiet: QuietOption = False,
) -> None:
    """Ingest speed (articles/s), peak memory and FTS search latency (p50/p95 of 100 queries).

    Generates keyword dumps in a temporary folder, ingests them into a fresh database and
    times searches. Goals on 2 cores: >= 2,000 articles/s, < 300 MB, search p95 < 50 ms.
    """
    from newsbeat.bench.ingest import (
        IngestBenchOptions,
        run_ingest_bench,
        save_result,
        summarise_runs,
    )

    results = []
    for number in range(1, runs + 1):
        if not quiet:
            stderr.print(f"run {number}/{runs}: {articles} articles …")
        results.append(run_ingest_bench(IngestBenchOptions(articles=articles)))
    result = summarise_runs(results)
    save_result(result, output)
    if as_json:
        emit_json(result)
        return
    goals = result["meets_goals"]
    assert isinstance(goals, dict)
    stdout.print(
        f"ingest: {result['articles_per_s']} articles/s "
        f"({'ok' if goals['articles_per_s'] else 'below goal'}), "
        f"peak {result['peak_mb']} MB {result['peak_mb_method']} "
        f"({'ok' if goals['peak_mb'] else 'above goal'}), "
        f"search p50 {result['search_p50_ms']} ms, p95 {result['search_p95_ms']} ms "
        f"({'ok' if goals['search_p95_ms'] else 'above goal'}); written to {output}"
    )


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command and ``bench ingest``."""
    app.command("ingest")(cli_errors(ingest_command))
    bench_app.command("ingest")(cli_errors(bench_ingest_command))
