"""``newsbeat stories`` and ``newsbeat story ID``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsbeat.cli._common import (
    BeatOption,
    ConfigOption,
    DbOption,
    JsonOption,
    SinceOption,
    cli_errors,
    emit_json,
    hint_unclustered,
    since_or_fail,
    stderr,
    stdout,
    store_from_options,
)


@cli_errors
def stories(
    beat: BeatOption = None,
    since: SinceOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stories, most covered and newest first."""
    lower = since_or_fail(since)
    from newsbeat.serialize import story_list_json

    with store_from_options(db, config, read_only=True) as (store, _):
        found = story_list_json(store, beat=beat, since=lower)
        hint_unclustered(store)
    if as_json:
        emit_json(found)
        return
    table = Table("story", "title", "outlets", "articles", "last updated")
    for s in found:
        table.add_row(
            escape(s["id"]),
            escape(s["title"]),
            str(len(s["outlets"])),
            str(len(s["articles"])),
            escape(s["last_updated"] or ""),
        )
    stdout.print(table)
    stderr.print(f"{len(found)} stories")


@cli_errors
def story(
    story_id: Annotated[str, typer.Argument(help="Story ID (merged IDs still resolve).")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one story: its outlets and every article (reprints included)."""
    from newsbeat.serialize import story_json

    with store_from_options(db, config, read_only=True) as (store, _):
        data = story_json(store, store.get_story(story_id))
    if as_json:
        emit_json(data)
        return
    stdout.print(f"[bold]{escape(str(data['title']))}[/]  ({escape(data['id'])})", markup=True)
    stdout.print(escape(f"first seen {data['first_seen']}, last updated {data['last_updated']}"))
    for a in data["articles"]:
        stdout.print(
            escape(f"  {a['published'] or '(no date)'}  {a['outlet'] or '?'}: {a['title']}")
        )


def register(app: typer.Typer) -> None:
    """Add ``stories`` and ``story``."""
    app.command("stories")(stories)
    app.command("story")(story)
