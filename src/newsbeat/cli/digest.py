"""``newsbeat digest``: stories per beat in the terminal, most covered and newest first."""

from __future__ import annotations

from typing import Annotated

import typer

from newsbeat.cli._common import (
    BeatArgument,
    BeatOption,
    ConfigOption,
    DbOption,
    SinceOption,
    cli_errors,
    hint_unclustered,
    one_beat,
    since_or_fail,
    stdout,
    store_from_options,
)


@cli_errors
def digest(
    beat_argument: BeatArgument = None,
    beat: BeatOption = None,
    since: SinceOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Stories per beat.")] = 10,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """A readable digest: stories per beat, most covered and newest first."""
    beat = one_beat(beat_argument, beat)
    from newsbeat.report.digest import render_digest

    lower = since_or_fail(since)  # a usage error (exit 2) before the database is looked for
    with store_from_options(db, config, read_only=True) as (store, _):
        render_digest(store, beat=beat, since=lower, limit=limit, console=stdout)
        hint_unclustered(store)


def register(app: typer.Typer) -> None:
    """Add ``digest``."""
    app.command("digest")(digest)
