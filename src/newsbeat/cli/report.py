"""``newsbeat report`` (Markdown, HTML or JSON) and ``newsbeat bench report``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsbeat.cli._common import (
    BeatOption,
    ConfigOption,
    DbOption,
    JsonOption,
    QuietOption,
    SinceOption,
    bench_app,
    cli_errors,
    emit_json,
    progress_bar,
    settings_from_options,
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
    from newsbeat.report import ReportOptions, build_report, render, write_report

    lower = since_or_fail(since)
    with store_from_options(db, config) as (store, settings):
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
        stderr.print(f"wrote the {fmt.value} report to {written.resolve()}")


@bench_app.command("report")
@cli_errors
def bench_report(
    as_json: JsonOption = False,
    stories: Annotated[int, typer.Option(help="Stories in the generated beat.")] = 1000,
    per_story: Annotated[
        int, typer.Option("--articles-per-story", help="Articles per story.")
    ] = 20,
    runs: Annotated[int, typer.Option(help="Renders per format (the median is kept).")] = 3,
    bench_db: Annotated[
        str | None,
        typer.Option("--bench-db", help="Keep the generated beat in this file (reused if full)."),
    ] = None,
    out: Annotated[
        str, typer.Option("--out", help="Where to write the result.")
    ] = "bench/results/report.json",
    config: ConfigOption = None,
) -> None:
    """Time the report (keys html_seconds, html_bytes, ...) on a generated beat of 1,000 stories
    and 20,000 articles."""
    from newsbeat.bench.report import ReportBenchOptions, run_report_bench, write_bench_result

    settings = settings_from_options(None, config)
    record = run_report_bench(
        settings,
        ReportBenchOptions(stories=stories, articles_per_story=per_story, runs=runs),
        db=bench_db,
    )
    path = write_bench_result(record, out)
    if as_json:
        emit_json(record)
    else:
        stderr.print(
            f"report of {record['stories']} stories / {record['articles']} articles: "
            f"HTML {record['html_seconds']} s, {record['html_bytes']:,} bytes "
            f"(median of {record['runs']}); written to {path}"
        )


def register(app: typer.Typer) -> None:
    """Add the ``report`` command (``bench report`` registers on the bench app on import)."""
    app.command("report")(report)
