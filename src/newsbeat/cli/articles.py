"""``newsbeat articles``: the stored articles, filtered by beat and date."""

from __future__ import annotations

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    BeatOption,
    ConfigOption,
    DbOption,
    JsonOption,
    SinceOption,
    cli_errors,
    emit_json,
    since_or_fail,
    stdout,
    store_from_options,
)


@cli_errors
def articles(
    beat: BeatOption = None,
    since: SinceOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """List stored articles (JSON keys: id, url, outlet, section, title, standfirst, byline,
    published, language, text, beats)."""
    lower = since_or_fail(since)  # a usage error (exit 2) before the database is looked for
    with store_from_options(db, config, read_only=True) as (store, _):
        if beat is not None:
            store.get_beat(beat)
        found = store.iter_articles(beat=beat, since=lower)
        if as_json:
            emit_json([a.to_json() for a in found])
            return
        for a in found:
            outlet = a.outlet or "unknown outlet"
            stdout.print(
                f"{a.id:>6}  {escape(a.title)}  [dim]{escape(outlet)} {(a.published or '')[:10]}[/]"
            )


def register(app: typer.Typer) -> None:
    """Add ``articles``."""
    app.command("articles")(articles)
