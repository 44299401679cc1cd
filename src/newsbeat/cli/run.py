"""``newsbeat run BEAT``: the main job. Collect a beat, run every later stage, report.

Exit codes: 0 when nothing failed, 1 when a source, page or stage failed (every other article
is stored, failures are listed), 2 on usage errors, 130 when interrupted with Ctrl-C (what was
stored stays; a rerun fetches only what is missing).
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    ConfigOption,
    DbOption,
    HtmlReportOption,
    JsonOption,
    QuietOption,
    RefreshOption,
    cli_errors,
    emit_json,
    exit_status,
    since_or_fail,
    stdout,
    store_from_options,
)
from newsbeat.cli._progress import print_stage_failures, print_stale_analysis, run_display


@cli_errors
def run(
    beat: Annotated[str, typer.Argument(help="The beat to follow (created if new).")],
    since: Annotated[
        str | None,
        typer.Option("--since", help="Window: a date or an age (7d, 12h); default 7d."),
    ] = None,
    no_search: Annotated[
        bool, typer.Option("--no-search", help="Only the beat's own sources, no keyword search.")
    ] = False,
    refresh: RefreshOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    output: HtmlReportOption = None,
) -> None:
    """Collect a beat from the web, run every later stage, write the HTML report, print the
    digest."""
    from newsbeat import pipeline
    from newsbeat.report.digest import render_digest
    from newsbeat.stage import RunOptions

    with store_from_options(db, config) as (store, settings):
        options = RunOptions(
            beat=beat,
            since=since_or_fail(since or settings.collect.since),
            use_search=not no_search,
            refresh=refresh,
            quiet=quiet,
        )
        with run_display(quiet or as_json) as show:
            report = pipeline.run(store, settings, options, report_path=output, on_progress=show)
        print_stage_failures(report)
        print_stale_analysis(report)
        if as_json:
            emit_json(report.to_json())
        elif not quiet and not report.interrupted:
            render_digest(store, beat=beat, console=stdout)
            stdout.print(escape(f"\nHTML report: {report.report_path}"))
            alerts = report.stage_counts("alert")
            if alerts.get("alerts"):
                stdout.print(f"alerts: {alerts['sent']} sent, {alerts['failed']} failed")
    exit_status(failed=report.failed, interrupted=report.interrupted)


def register(app: typer.Typer) -> None:
    """Add ``run``."""
    app.command("run")(run)
