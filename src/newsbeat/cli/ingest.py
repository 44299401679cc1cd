"""``newsbeat ingest PATH...``: import dumps, JSONL, HTML and text files into the store.

Then, unless ``--no-update``, every later stage runs for the beats the new articles belong to
(as ``newsbeat update BEAT...`` does), so that ``newsbeat stories`` shows them at once.

Exit codes: 0 when nothing failed, 1 when some input or stage failed (everything else is
stored), 2 on usage errors (unknown ``--format``, no path), 130 when interrupted.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    EXIT_USAGE,
    ConfigOption,
    DbOption,
    JsonOption,
    QuietOption,
    cli_errors,
    emit_json,
    exit_status,
    fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.cli._progress import print_stage_failures, print_stale_analysis, run_display
from newsbeat.importers import ImportOptions, format_names
from newsbeat.importers.ingest import DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, ingest
from newsbeat.store import Store


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
    no_update: Annotated[
        bool,
        typer.Option("--no-update", help="Only store; group into stories later with `update`."),
    ] = False,
    quiet: QuietOption = False,
    as_json: JsonOption = False,
) -> None:
    """Import dumps, JSONL, HTML and text files; print new, already stored and failed counts;
    then group the new articles into stories (unless --no-update).

    Each failure is one line on stderr naming the file (and line or byte offset) and what is
    wrong; everything else is stored. Exit 0 if nothing failed, 1 if some input failed.
    """
    if fmt is not None and fmt not in format_names():
        fail(f"unknown format {fmt!r} (known: {', '.join(format_names())})", EXIT_USAGE)
    with store_from_options(db, config) as (store, settings):
        options = ImportOptions.from_settings(settings.ingest)
        report = _ingest(store, paths, fmt, batch_size, quiet, options)
        updated = None
        if report.new_ids and not no_update:
            from newsbeat import pipeline

            beats = touched_beats(store, report.new_ids)
            with run_display(quiet or as_json) as show:
                updated = pipeline.update(store, settings, beats, on_progress=show)
    for failure in report.failures:
        stderr.print(f"[bold red]failed:[/] {escape(str(failure))}", soft_wrap=True)
    if updated is not None:
        print_stage_failures(updated)
        print_stale_analysis(updated)
    if as_json:
        emit_json(report.to_json())
    elif not quiet:
        stdout.print(escape(_summary(report)))
        if updated is not None and not updated.interrupted:
            stdout.print(stories_line(updated.stage_counts("stories")))
    exit_status(
        failed=bool(report.failures) or (updated is not None and updated.failed),
        interrupted=updated is not None and updated.interrupted,
    )


def stories_line(counts: Mapping[str, float]) -> str:
    """What the stories stage did, in words: new stories, articles that joined known ones, and
    stories merged into another (so the count matches what ``newsbeat stories`` then lists)."""
    line = (
        f"stories: {int(counts.get('new_stories', 0))} new,"
        f" {int(counts.get('joined', 0))} articles joined known ones"
    )
    if merged := int(counts.get("merged", 0)):
        line += f", {merged} merged into another"
    return line + " (see `newsbeat stories`)"


def touched_beats(store: Store, article_ids: list[int]) -> list[str]:
    """The beats that any of these articles belongs to, by name."""
    return sorted({beat for a in store.iter_articles(ids=article_ids) for beat in a.beats})


def _ingest(
    store: Store,
    paths: list[str],
    fmt: str | None,
    batch_size: int,
    quiet: bool,
    options: ImportOptions,
) -> IngestReport:
    """Ingest with a progress bar on stderr (on a terminal, unless quiet)."""
    with _progress(quiet) as bar:
        task = bar.add_task("ingest", total=None)

        def on_progress(p: IngestProgress) -> None:
            bar.update(
                task,
                total=p.bytes_total or None,
                completed=p.bytes_done,
                description=f"ingest {p.files_done}/{p.files_total} files, {p.new} new",
            )

        return ingest(
            store, paths, fmt=fmt, batch_size=batch_size, progress=on_progress, options=options
        )


def register(app: typer.Typer) -> None:
    """Add ``ingest``."""
    app.command("ingest")(cli_errors(ingest_command))
