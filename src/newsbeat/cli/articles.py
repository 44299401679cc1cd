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
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.dates import is_dated, shown_day
from newsbeat.plurals import counted
from newsbeat.story_views.coverage import article_listing


@cli_errors
def articles(
    beat: BeatOption = None,
    since: SinceOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """List stored articles (JSON keys: id, url, outlet, section, title, standfirst, byline,
    published, language, text, beats, text_status). An article without a date of its own is
    shown as undated and is never counted as new by --since."""
    lower = since_or_fail(since)  # a usage error (exit 2) before the database is looked for
    with store_from_options(db, config, read_only=True) as (store, _):
        if beat is not None:
            store.get_beat(beat)
        listing = article_listing(store, beat=beat, since=lower)
        found, hidden = listing.articles, listing.hidden_undated
        if as_json:
            emit_json([a.to_json() for a in found])
        else:
            for a in found:
                outlet = a.outlet or "unknown outlet"
                when = shown_day(a.published if is_dated(a.published, a.published_source) else None)
                stdout.print(
                    f"{a.id:>6}  {escape(a.title)}  [dim]{escape(outlet)} {escape(when)}[/]"
                )
    if hidden:
        stderr.print(
            f"{counted(hidden, 'undated article')} not shown: no date was given,"
            " so they cannot be placed after --since (run without --since to see them)"
        )


def register(app: typer.Typer) -> None:
    """Add ``articles``."""
    app.command("articles")(articles)
