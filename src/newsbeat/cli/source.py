"""``newsbeat source add|list|rm``: the places polled for a beat's articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsbeat.beats import define_beat
from newsbeat.cli._common import (
    EXIT_USAGE,
    ConfigOption,
    DbOption,
    JsonOption,
    cli_errors,
    emit_json,
    fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.exceptions import NotFoundError
from newsbeat.models import Source
from newsbeat.plurals import counted
from newsbeat.store import Store

source_app = typer.Typer(
    help="Places to poll for articles: feeds, sitemaps, GDELT, news search.",
    no_args_is_help=True,
)


def _ensure_beat(store: Store, name: str, quiet: bool) -> None:
    try:
        store.get_beat(name)
    except NotFoundError:
        beat, count = define_beat(store, name)
        if not quiet:
            stderr.print(
                escape(
                    f"created beat {beat.name!r} (query: {beat.query}), {counted(count, 'article')}"
                )
            )


@source_app.command("add")
@cli_errors
def source_add(
    kind: Annotated[str, typer.Argument(metavar="TYPE", help="feed, sitemap, gdelt or search.")],
    url: Annotated[str, typer.Argument(help="Feed/sitemap URL, API endpoint or {query} template.")],
    beat: Annotated[
        str | None, typer.Option("--beat", "-b", help="Beat it belongs to (created if new).")
    ] = None,
    every: Annotated[
        str | None,
        typer.Option(
            "--every",
            help="Its own interval for `newsbeat watch` (30m, 2h); default: the watch's.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Register a source (adding the same one twice keeps one; --every then replaces its
    interval)."""
    from newsbeat.collect.sources import SOURCE_TYPES
    from newsbeat.watch.schedule import parse_interval

    poll_every = None
    if every is not None:
        try:
            poll_every = parse_interval(every).total_seconds()
        except ValueError as exc:
            fail(str(exc), EXIT_USAGE)

    if kind not in SOURCE_TYPES:
        fail(f"unknown source type {kind!r} (known: {', '.join(SOURCE_TYPES)})", EXIT_USAGE)
    if not url.startswith(("http://", "https://")):
        fail(f"{url}: a source URL must start with http:// or https://", EXIT_USAGE)
    if kind == "search" and "{query}" not in url:
        fail(f"{url}: a search source is a URL template containing {{query}}", EXIT_USAGE)
    if SOURCE_TYPES[kind].needs_query and beat is None:
        fail(f"a {kind} source searches for a beat's query: give --beat", EXIT_USAGE)
    with store_from_options(db, config) as (store, _):
        if beat is not None:
            _ensure_beat(store, beat, quiet=as_json)
        source = store.add_source(Source(type=kind, url=url, beat=beat, poll_every=poll_every))
    if as_json:
        emit_json(source.to_json())
        return
    stderr.print(escape(f"source {source.id}: {kind} {url}" + (f" (beat {beat})" if beat else "")))


@source_app.command("list")
@cli_errors
def source_list(
    beat: Annotated[str | None, typer.Option("--beat", "-b", help="Only this beat's.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """List sources with their last poll, status and consecutive error count."""
    with store_from_options(db, config, read_only=True) as (store, _):
        sources = store.list_sources(beat=beat)
    if as_json:
        emit_json([s.to_json() for s in sources])
        return
    table = Table("id", "type", "beat", "last poll", "status", "errors")
    table.add_column("url / last problem", overflow="fold")
    for s in sources:
        detail = escape(s.url) + (f"\n[dim]{escape(s.last_error)}[/]" if s.last_error else "")
        table.add_row(
            str(s.id),
            escape(s.type),
            escape(s.beat or ""),
            (s.last_poll or "")[:19].replace("T", " "),
            escape(s.last_status or "never polled"),
            str(s.consecutive_errors),
            detail,
        )
    stdout.print(table)


@source_app.command("rm")
@cli_errors
def source_rm(
    source_id: Annotated[int, typer.Argument(metavar="ID", help="Source id (see source list).")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Remove a source (articles it brought stay)."""
    with store_from_options(db, config) as (store, _):
        store.remove_source(source_id)
    stderr.print(f"removed source {source_id}")


def register(app: typer.Typer) -> None:
    """Add the ``source`` commands."""
    app.add_typer(source_app, name="source")
