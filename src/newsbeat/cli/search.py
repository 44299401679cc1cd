"""``newsbeat search QUERY``: full-text search over the stored articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    BeatOption,
    ConfigOption,
    DbOption,
    JsonOption,
    cli_errors,
    emit_json,
    stderr,
    stdout,
    store_from_options,
)


@cli_errors
def search(
    query: Annotated[
        str, typer.Argument(help='FTS5 query: words, "phrases", AND/OR/NOT, NEAR, pre*.')
    ],
    beat: BeatOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many hits.")] = 20,
    as_json: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Full-text search, best first (bm25), with snippets.

    The query's length, terms and prefix* terms and its run time are bounded by the [search]
    settings: over a limit is exit 2, past search.timeout exit 1, each with the reason.
    """
    from newsbeat.query import bounded_search

    with store_from_options(db, config, read_only=True) as (store, settings):
        hits = bounded_search(store, query, settings.search, beat=beat, limit=limit)
    if as_json:
        emit_json([h.to_json() for h in hits])
        return
    if not hits:
        stderr.print(f"no article matches {escape(repr(query))}")
    for h in hits:
        stdout.print(
            f"[bold]{h.article_id:>6}  {escape(h.title)}[/]  [dim]{escape(h.outlet or '')}[/]"
        )
        stdout.print(f"        {escape(' '.join(h.snippet.split()))}")


def register(app: typer.Typer) -> None:
    """Add ``search``."""
    app.command("search")(search)
