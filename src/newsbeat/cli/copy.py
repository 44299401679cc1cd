"""``newsbeat copy SRC DST``: move a whole database between SQLite and PostgreSQL.

Both ends are what ``--db`` accepts: a SQLite file path or a ``postgresql://`` URL. The source
must exist; the destination is created when it is a new SQLite file and must be empty. Exit
codes: 0 when copied, 1 when the copy failed (the destination is left as it was), 2 on usage
errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsbeat.cli._common import JsonOption, QuietOption, cli_errors, emit_json, fail, stderr


@cli_errors
def copy(
    source: Annotated[str, typer.Argument(metavar="SRC", help="Database to copy from.")],
    destination: Annotated[str, typer.Argument(metavar="DST", help="Empty database to fill.")],
    as_json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Copy every article, story, enrichment, beat, source and alert to another database,
    keeping their ids (SQLite file or postgresql:// URL, both ways)."""
    from rich.markup import escape

    from newsbeat.store import display_location, is_url, open_store
    from newsbeat.store.copy import copy_store

    if not is_url(source) and not Path(source).is_file():
        fail(f"{source}: no such database file", 2)
    if source == destination:
        fail("SRC and DST are the same database", 2)
    shown_source, shown_destination = display_location(source), display_location(destination)
    src = open_store(source)
    try:
        dst = open_store(destination)
        try:

            def show(table: str, rows: int) -> None:
                if not quiet and not as_json:
                    stderr.print(f"{escape(table)}: {rows} rows")

            report = copy_store(src, dst, on_table=show)
        finally:
            dst.close()
    finally:
        src.close()
    if as_json:
        emit_json(report.to_json(shown_source, shown_destination))
    elif not quiet:
        stderr.print(
            f"copied {report.total} rows from {escape(shown_source)} to {escape(shown_destination)}"
        )


def register(app: typer.Typer) -> None:
    """Add ``copy``."""
    app.command("copy")(copy)
