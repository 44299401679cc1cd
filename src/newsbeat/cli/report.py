"""``newsbeat report``: a beat's stories as Markdown, HTML or JSON."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    BeatArgument,
    BeatOption,
    ConfigOption,
    DbOption,
    QuietOption,
    SinceOption,
    cli_errors,
    one_beat,
    progress_bar,
    since_or_fail,
    stderr,
    store_from_options,
)


class ReportFormat(StrEnum):
    """The report formats."""

    md = "md"
    html = "html"
    json = "json"


FormatOption = Annotated[
    ReportFormat,
    typer.Option("--format", "-f", help="md (Markdown), html (one self-contained file) or json."),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        help="File to write ('-' = stdout). Default: newsbeat-report.<format> here.",
    ),
]


@cli_errors
def report(
    beat_argument: BeatArgument = None,
    beat: BeatOption = None,
    since: SinceOption = None,
    fmt: FormatOption = ReportFormat.html,
    output: OutputOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    quiet: QuietOption = False,
) -> None:
    """Write the report of a beat's stories: cited summaries, coverage, how outlets compare
    (agreed, compatible, conflicts, updates, unique), quotes by speaker, actor graph."""
    beat = one_beat(beat_argument, beat)
    from newsbeat.report import ReportOptions, build_report, render, write_report

    lower = since_or_fail(since)
    with store_from_options(db, config, read_only=True) as (store, settings):
        if beat is not None:
            store.get_beat(beat)
        with progress_bar(quiet) as progress:
            task = progress.add_task("analysing stories", total=None)

            def step(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            if output == "-":
                data = build_report(
                    store, settings, ReportOptions(beat=beat, since=lower), on_story=step
                )
                text = render(data, fmt.value)
            else:
                target = Path(output or f"newsbeat-report.{fmt.value}")
                written = write_report(
                    store,
                    settings,
                    beat=beat,
                    since=lower,
                    fmt=fmt.value,
                    path=target,
                    on_story=step,
                )
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    if not quiet:
        stderr.print(escape(f"wrote the {fmt.value} report to {written.resolve()}"))


def register(app: typer.Typer) -> None:
    """Add ``report``."""
    app.command("report")(report)
