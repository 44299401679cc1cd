"""``newsbeat stories``, ``newsbeat story ID`` and ``newsbeat bench stories``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
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
    bench_app,
    cli_errors,
    emit_json,
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
    from newsbeat.stories.stage import story_list_json  # scikit-learn loads only when needed

    with store_from_options(db, config) as (store, _):
        found = story_list_json(store, beat=beat, since=lower)
    if as_json:
        emit_json(found)
        return
    table = Table("story", "title", "outlets", "articles", "last updated")
    for s in found:
        outlets = s["outlets"]
        articles = s["articles"]
        assert isinstance(outlets, list) and isinstance(articles, list)
        table.add_row(
            str(s["id"]), str(s["title"]), str(len(outlets)), str(len(articles)),
            str(s["last_updated"]),
        )  # fmt: skip
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
    from newsbeat.stories.stage import story_json  # scikit-learn loads only when needed

    with store_from_options(db, config) as (store, _):
        data = story_json(store, store.get_story(story_id))
    if as_json:
        emit_json(data)
        return
    stdout.print(f"[bold]{escape(str(data['title']))}[/]  ({data['id']})", markup=True)
    stdout.print(f"first seen {data['first_seen']}, last updated {data['last_updated']}")
    articles = data["articles"]
    assert isinstance(articles, list)
    for a in articles:
        stdout.print(f"  {a['published'] or '(no date)'}  {a['outlet'] or '?'}: {a['title']}")


@cli_errors
def bench_stories(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="ECB+ folder (default: ../shared/benchmarks/news-clustering/ecbplus "
            "next to the repo).",
        ),
    ] = None,
    scale: Annotated[
        int, typer.Option("--scale", help="Articles in the generated scale stream.")
    ] = 100_000,
    output: Annotated[
        Path, typer.Option("--output", help="Where the JSON result is written.")
    ] = Path("bench/results/stories.json"),
    as_json: JsonOption = False,
) -> None:
    """Story quality on ECB+ (vs. the TF-IDF average-link baseline), scale, and dedupe."""
    from newsbeat.bench.stories import run_stories_bench

    def report(done: int, seconds: float) -> None:
        stderr.print(f"scale: {done}/{scale} articles, last slice {seconds:.1f} s")

    result = run_stories_bench(data, scale=scale, progress=report)
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    payload = {"benchmark": "stories", "at": stamp, **result}
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if as_json:
        emit_json(result)
    else:
        base = result["baseline"]
        scaled = result["scale"]
        assert isinstance(base, dict) and isinstance(scaled, dict)
        stdout.print(
            f"ECB+ test: B³-F1 {result['b3_f1']} (P {result['b3_precision']},"
            f" R {result['b3_recall']}), pairwise F1 {result['pairwise_f1']};"
            f" baseline B³-F1 {base['b3_f1']}\n"
            f"scale: {scaled['articles']} articles in {scaled['seconds']} s,"
            f" peak {scaled['peak_mb']} MB, s/10k {scaled['seconds_per_10k']}\n"
            f"dedupe: precision {result['dedupe_precision']}, recall {result['dedupe_recall']}"
        )
    stderr.print(f"written to {output}")


def register(app: typer.Typer) -> None:
    """Add ``stories``, ``story`` and ``bench stories``."""
    app.command("stories")(stories)
    app.command("story")(story)
    bench_app.command("stories")(bench_stories)
