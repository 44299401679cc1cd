"""``newsbeat backfill PATH...``: import an archive, then run every later stage on it.

Reads what ``newsbeat ingest`` reads (keyword dumps, JSONL, HTML folders) and web archives
(``.warc``, ``.warc.gz``: their HTML responses, with the target URI as URL and the WARC-Date as
fetch time). Page extraction and enrichment run on ``--workers N`` local Dask workers or the
``--dask`` cluster (default: the ``[enrich]`` settings). Each bad file or record is one line on
stderr naming the file (and record offset); the rest is stored. Exit codes: 0 when nothing
failed, 1 when an input or a stage failed, 2 on usage errors, 130 when interrupted.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    EXIT_USAGE,
    ConfigOption,
    DaskOption,
    DbOption,
    JsonOption,
    QuietOption,
    WorkersOption,
    cli_errors,
    emit_json,
    exit_status,
    fail,
    stderr,
    stdout,
    store_from_options,
    with_executor_options,
)
from newsbeat.cli._progress import print_stage_failures, print_stale_analysis, run_display
from newsbeat.importers import format_names
from newsbeat.importers.ingest import DEFAULT_BATCH_SIZE


@cli_errors
def backfill(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files, folders or glob patterns: dumps, JSONL, HTML, WARC (gzip read"
            " transparently).",
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
    dask: DaskOption = None,
    workers: WorkersOption = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per transaction.")
    ] = DEFAULT_BATCH_SIZE,
    no_update: Annotated[
        bool, typer.Option("--no-update", help="Only import; run `newsbeat update` later.")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Import an archive (dumps, JSONL, HTML folders, WARC files), then group and analyse it
    (every stage of `newsbeat update`), extracting pages and enriching on a Dask cluster when
    asked."""
    from newsbeat.backfill import backfill as run_backfill

    if fmt is not None and fmt not in format_names():
        fail(f"unknown format {fmt!r} (known: {', '.join(format_names())})", EXIT_USAGE)
    with store_from_options(db, config) as (store, settings):
        settings = with_executor_options(settings, dask, workers)
        with run_display(quiet or as_json) as show:
            report = run_backfill(
                store,
                settings,
                paths,
                fmt=fmt,
                batch_size=batch_size,
                update=not no_update,
                on_progress=show,
            )
    for failure in report.ingest.failures:
        stderr.print(f"[bold red]failed:[/] {escape(str(failure))}", soft_wrap=True)
    if report.update is not None:
        print_stage_failures(report.update)
        print_stale_analysis(report.update)
    if as_json:
        emit_json(report.to_json())
    elif not quiet:
        done = report.ingest
        stdout.print(
            f"backfilled {done.files} file(s): {done.new} new, {done.existing} already stored,"
            f" {done.failed} failed"
        )
        if report.update is not None:
            enrich = report.update.stage_counts("enrich")
            stdout.print(
                f"enriched {int(enrich.get('enriched', 0))} articles"
                f" ({int(enrich.get('reprints', 0))} reprints not parsed,"
                f" {int(enrich.get('not_in_beat', 0))} in no beat); see `newsbeat stories`"
            )
    exit_status(failed=report.failed, interrupted=report.interrupted)


def register(app: typer.Typer) -> None:
    """Add ``backfill``."""
    app.command("backfill")(backfill)
