"""``newsbeat stories`` and ``newsbeat story ID``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsbeat.cli._common import (
    BeatArgument,
    BeatOption,
    ConfigOption,
    DbOption,
    JsonOption,
    SinceOption,
    cli_errors,
    emit_json,
    hint_unclustered,
    one_beat,
    since_or_fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.cli._progress import working
from newsbeat.dates import UNDATED, shown_day
from newsbeat.plurals import counted

if TYPE_CHECKING:
    from newsbeat.json_shapes import StoryJSON


@cli_errors
def stories(
    beat_argument: BeatArgument = None,
    beat: BeatOption = None,
    since: SinceOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stories, most covered and newest first. Undated stories (no article gave a date)
    come last, in their own group, and are never counted as new by --since."""
    beat = one_beat(beat_argument, beat)
    lower = since_or_fail(since)
    from newsbeat.serialize import story_json
    from newsbeat.story_views.coverage import story_listing
    from newsbeat.story_views.related import related_lists

    with store_from_options(db, config, read_only=True) as (store, _), working("reading…"):
        listing = story_listing(store, beat=beat, since=lower)
        # the stories listed point to each other (one read of their enrichment)
        related = related_lists(store, listing.stories + listing.undated, listing.coverage)
        dated, undated = (
            [story_json(store, s, listing.coverage[s.id], related=related[s.id]) for s in part]
            for part in (listing.stories, listing.undated)
        )
        hint_unclustered(store)
    if as_json:
        emit_json(dated + undated)
        return
    from newsbeat.story_views.languages import shown_codes

    # the languages column only when a story was told in another language than English
    languages = any(shown_codes(s["languages"]) for s in dated + undated)
    columns = ["story", "title", "outlets", "articles"] + ["languages"] * languages
    table = Table(*columns, "last updated")
    for s in dated:
        table.add_row(*_row(s, shown_day(s["last_updated"]), languages))
    if undated:
        table.add_section()
        for s in undated:
            table.add_row(*_row(s, f"[dim]{UNDATED}[/]", languages))
    stdout.print(table)
    stderr.print(
        f"{len(dated) + len(undated)} stories" + (f" ({len(undated)} undated)" if undated else "")
    )
    if hidden := listing.hidden_undated:
        stderr.print(
            f"{counted(hidden, 'undated story', 'undated stories')} not shown: none of"
            " their articles gave a date, so they cannot be placed after --since"
            " (run without --since to see them)"
        )


def _row(s: StoryJSON, when: str, languages: bool) -> tuple[str, ...]:
    from newsbeat.story_views.languages import listed_languages

    codes = [escape(listed_languages(s["languages"]))] if languages else []
    return (escape(s["id"]), escape(s["title"]), str(len(s["outlets"])),
            str(len(s["articles"])), *codes, when)  # fmt: skip


@cli_errors
def story(
    story_id: Annotated[str, typer.Argument(help="Story ID (merged IDs still resolve).")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one story: its dates and counts, cited summary, conflicts, entities, quotes,
    claims, relations and every article (reprints included)."""
    with store_from_options(db, config, read_only=True) as (store, settings):
        found = store.get_story(story_id)
        if as_json:
            from newsbeat.serialize import story_json

            emit_json(story_json(store, found))
            return
        from newsbeat.report.terminal import story_text_lines

        with working("reading the story…"):
            lines = story_text_lines(store, found, settings)
    for line in lines:
        stdout.print(line, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add ``stories`` and ``story``."""
    app.command("stories")(stories)
    app.command("story")(story)
