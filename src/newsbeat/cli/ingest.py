"""``newsbeat ingest PATH...``: import dumps, JSONL, HTML and text files into the store.

Exit codes: 0 when nothing failed, 1 when some input failed (everything else is stored), 2 on
usage errors (unknown ``--format``, no path).
"""

from __future__ import annotations

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
    cli_errors,
    emit_json,
    fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.importers import format_names
from newsbeat.ingest import DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, ingest


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
            metavar="PATH...", help="Files, folders or glob patterns (gzip read transparently)."
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


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command."""
    app.command("ingest")(cli_errors(ingest_command))
