"""``newsbeat beat add|list|rm``: beats are FTS5 queries over the stored articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsbeat.beats import define_beat
from newsbeat.cli._common import (
    ConfigOption,
    DbOption,
    JsonOption,
    cli_errors,
    emit_json,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.plurals import counted

beat_app = typer.Typer(help="Define the beats you follow (FTS5 queries).", no_args_is_help=True)


@beat_app.command("add")
@cli_errors
def beat_add(
    name: Annotated[str, typer.Argument(help="Beat name, e.g. alliance.")],
    query: Annotated[
        str | None,
        typer.Option("--query", help="FTS5 query (default: the name, stemmed)."),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Create or redefine a beat; its membership is recomputed at once."""
    with store_from_options(db, config) as (store, _):
        beat, count = define_beat(store, name, query)
    stderr.print(escape(f"beat {beat.name!r} ({beat.query}): {counted(count, 'article')}"))


@beat_app.command("list")
@cli_errors
def beat_list(
    db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False
) -> None:
    """List beats with their query and article count."""
    with store_from_options(db, config, read_only=True) as (store, _):
        beats = store.list_beats()
        counts = store.beat_counts()
    if as_json:
        emit_json([b.to_json(counts.get(b.name, 0)) for b in beats])
        return
    table = Table("beat", "query", "articles")
    for b in beats:
        table.add_row(escape(b.name), escape(b.query), str(counts.get(b.name, 0)))
    stdout.print(table)


@beat_app.command("rm")
@cli_errors
def beat_rm(
    name: Annotated[str, typer.Argument(help="Beat to remove (its articles stay).")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Remove a beat; articles stay stored."""
    with store_from_options(db, config) as (store, _):
        store.remove_beat(name)
    stderr.print(escape(f"removed beat {name!r}"))


def register(app: typer.Typer) -> None:
    """Add the ``beat`` commands."""
    app.add_typer(beat_app, name="beat")
