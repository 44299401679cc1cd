"""``newsbeat demo``: the main job offline, on the bundled demo corpus."""

from __future__ import annotations

import shlex
from pathlib import Path

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    ConfigOption,
    DbOption,
    HtmlReportOption,
    QuietOption,
    cli_errors,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.cli._progress import run_display


@cli_errors
def demo(
    db: DbOption = None,
    config: ConfigOption = None,
    quiet: QuietOption = False,
    output: HtmlReportOption = None,
) -> None:
    """Run the whole pipeline offline on the bundled demo corpus, print the digest, and say
    how to browse the result."""
    from newsbeat.demo.runner import run_demo
    from newsbeat.report.digest import render_digest
    from newsbeat.store import display_location

    with store_from_options(db, config) as (store, settings):
        where = display_location(settings.db_path)
        stderr.print(f"demo database: {escape(where)}")
        with run_display(quiet) as show:
            result = run_demo(store, settings, report_path=output, on_progress=show)
        if quiet:  # the display printed these as they happened otherwise
            for failure in result.ingest.failures:
                stderr.print(f"[yellow]skipped[/] {escape(str(failure))}")
        for line in result.failures[len(result.ingest.failures) :]:
            stderr.print(f"[yellow]failed[/] {escape(line)}")
        render_digest(store, console=stdout)
        stdout.print(escape(f"\nHTML report: {result.run.report_path}"))
        stdout.print(
            escape(
                f"alerts: {result.alerts_sent} stories sent to {result.alerts_path}"
                " (see `newsbeat alert list`)"
            )
        )
    stdout.print(escape(browse_hint(settings.db_path)))


def browse_hint(db: str) -> str:
    """How to look at a database after the demo: the web UI, and the variable that makes
    every later command use it."""
    from newsbeat.store import display_location, is_url

    shown = shlex.quote(display_location(db) if is_url(db) else str(Path(db).resolve()))
    return (
        "\nBrowse it:\n"
        f"  newsbeat serve --db {shown}        # the web UI\n"
        f"  export NEWSBEAT_DB={shown}         # then every command uses it:\n"
        "  newsbeat stories; newsbeat story ID; newsbeat digest; newsbeat actor NAME"
    )


def register(app: typer.Typer) -> None:
    """Add ``demo``."""
    app.command("demo")(demo)
