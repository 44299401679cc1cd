"""``newsbeat articles``, ``search``, ``digest`` and ``demo``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import (
    BeatOption,
    ConfigOption,
    DbOption,
    JsonOption,
    QuietOption,
    SinceOption,
    cli_errors,
    emit_json,
    since_or_fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.report.digest import render_digest


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
    with store_from_options(db, config) as (store, _):
        if beat is not None:
            store.get_beat(beat)
        found = store.iter_articles(beat=beat, since=since_or_fail(since))
        if as_json:
            emit_json([a.to_json() for a in found])
            return
        for a in found:
            outlet = a.outlet or "unknown outlet"
            stdout.print(
                f"{a.id:>6}  {escape(a.title)}  [dim]{escape(outlet)} {(a.published or '')[:10]}[/]"
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
    """Full-text search, best first (bm25), with snippets."""
    with store_from_options(db, config) as (store, _):
        hits = store.search(query, beat=beat, limit=limit)
    if as_json:
        emit_json([h.to_json() for h in hits])
        return
    if not hits:
        stderr.print(f"no article matches {query!r}")
    for h in hits:
        stdout.print(
            f"[bold]{h.article_id:>6}  {escape(h.title)}[/]  [dim]{escape(h.outlet or '')}[/]"
        )
        stdout.print(f"        {escape(' '.join(h.snippet.split()))}")


@cli_errors
def digest(
    beat: BeatOption = None,
    since: SinceOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Stories per beat.")] = 10,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """A readable digest: stories per beat, most covered and newest first."""
    with store_from_options(db, config) as (store, _):
        render_digest(store, beat=beat, since=since_or_fail(since), limit=limit, console=stdout)


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

    with store_from_options(db, config) as (store, settings):
        stderr.print(f"demo database: {settings.db_path}")
        result = run_demo(store, settings, quiet=quiet, report_path=output)
        for failure in result.failures:
            stderr.print(f"[yellow]skipped[/] {escape(failure)}")
        stderr.print(
            f"ingested {result.new} new, {result.existing} already stored,"
            f" {len(result.failures)} failed (the corpus's malformed/ files fail on purpose)"
        )
        render_digest(store, console=stdout)
        stdout.print(f"\nHTML report: {result.report_path}")
        stdout.print(
            f"alerts: {result.alerts_sent} stories sent to {result.alerts_path}"
            " (see `newsbeat alert list`)"
        )


def register(app: typer.Typer) -> None:
    """Add the article commands."""
    app.command("articles")(articles)
    app.command("search")(search)
    app.command("digest")(digest)
    app.command("demo")(demo)
