"""``newsbeat demo``: the main job offline, on the bundled demo corpus."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    ConfigOption,
    DbOption,
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
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="HTML report file (default: beside the database)."),
    ] = None,
) -> None:
    """Run the whole pipeline offline on the bundled demo corpus and print the digest."""
    from newsbeat.demo.runner import run_demo
    from newsbeat.report.digest import render_digest
    from newsbeat.store import display_location

    with store_from_options(db, config) as (store, settings):
        stderr.print(f"demo database: {escape(display_location(settings.db_path))}")
        with run_display(quiet) as show:
            result = run_demo(store, settings, report_path=output, on_progress=show)
        for failure in result.failures:
            stderr.print(f"[yellow]skipped[/] {escape(failure)}")
        stderr.print(
            f"ingested {result.ingest.new} new, {result.ingest.existing} already stored,"
            f" {len(result.failures)} failed (the corpus's malformed/ files fail on purpose)"
        )
        render_digest(store, console=stdout)
        stdout.print(escape(f"\nHTML report: {result.run.report_path}"))
        stdout.print(
            escape(
                f"alerts: {result.alerts_sent} stories sent to {result.alerts_path}"
                " (see `newsbeat alert list`)"
            )
        )


def register(app: typer.Typer) -> None:
    """Add ``demo``."""
    app.command("demo")(demo)
