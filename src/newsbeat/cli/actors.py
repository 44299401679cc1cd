"""``newsbeat actors`` (the actor graph) and ``newsbeat actor NAME`` (one actor's file)."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

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
from newsbeat.cli._progress import working


@cli_errors
def actors_cmd(
    beat: BeatOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Rows to show.", min=1)] = 30,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """The actor graph: who is involved and who did what to whom (PLOVER relation types)."""
    with store_from_options(db, config, read_only=True) as (store, _):
        from newsbeat.actors import actor_graph
        from newsbeat.serialize import graph_json

        with working("reading the actors…"):
            data = graph_json(actor_graph(store, beat=beat))
    if as_json:
        emit_json(data)
        return
    table = Table("actor", "type", "mentions", "articles", "relations", title="actors")
    for a in data["actors"][:limit]:
        table.add_row(
            escape(a["name"]),
            escape(a["type"] or ""),
            str(a["mentions"]),
            str(a["articles"]),
            str(a["relations"]),
        )
    stdout.print(table)
    edges = Table(
        "source", "types", "target", "count", "first seen", "last seen", title="relations"
    )
    for e in data["edges"][:limit]:
        types = ", ".join(f"{t}×{n}" if n > 1 else t for t, n in e["types"].items())
        edges.add_row(
            escape(e["source"]),
            escape(types),
            escape(e["target"]),
            str(e["count"]),
            escape(e["first_seen"] or ""),
            escape(e["last_seen"] or ""),
        )
    stdout.print(edges)


@cli_errors
def actor_cmd(
    name: Annotated[str, typer.Argument(help="Actor name, e.g. 'Lena Holm' or Norway.")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """One actor: relations, quotes by, claims by, and the stories they appear in. A name
    given in part (holm) finds the one actor it matches, else lists the closest names."""
    with store_from_options(db, config, read_only=True) as (store, _):
        from newsbeat.actors import actor_file

        with working(f"looking for {name}…"):
            file = actor_file(store, name)
    if file.asked is not None:
        stderr.print(escape(f"showing {file.name!r}, the one actor matching {file.asked!r}"))
    if as_json:
        emit_json(file.to_json())
        return
    roles = f" ({', '.join(file.roles)})" if file.roles else ""
    stdout.print(
        f"[bold]{escape(file.name)}[/] "
        + escape(
            f"{file.type or ''}{roles}: {file.mentions} mentions,"
            f" stories: {', '.join(file.stories) or '-'}"
        )
    )
    # A relation needs a second actor; one without ("Holm SUPPORT", whom?) is only counted.
    alone = Counter(r["type"] for r in file.relations if not (r["source"] and r["target"]))
    for r in file.relations:
        if r["source"] and r["target"]:
            stdout.print(
                escape(f"  {r['type']:<11} {r['source']} -> {r['target']}  ")
                + f"[dim]{escape(str(r['outlet'] or ''))} {escape(str(r['date'] or ''))}[/]"
            )
    if alone:
        what = ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in alone.most_common())
        stdout.print(escape(f"  also, with no other actor named: {what}"))
    for q in file.quotes:
        via = f" via {q['via']}" if q["via"] else ""
        words = f"“{q['text']}”" if q["kind"] == "direct" else f"(that) {q['text']}"
        outlet = escape(str(q["outlet"] or ""))
        stdout.print(f"  said{escape(via)}: {escape(words)} [dim]{outlet}[/]")
    # One line per sentence: several figures claimed in one sentence are listed on it.
    by_sentence: dict[tuple[str, str | None], list[str]] = {}
    for c in file.claims:
        by_sentence.setdefault((c["sentence"], c["outlet"]), []).append(c["what"])
    for (sentence, source), whats in by_sentence.items():
        figures = ", ".join(dict.fromkeys(whats))
        stdout.print(
            f"  claims ({escape(figures)}): {escape(sentence)} [dim]{escape(source or '')}[/]"
        )


def register(app: typer.Typer) -> None:
    """Add ``actors``, ``actor``."""
    app.command("actors")(actors_cmd)
    app.command("actor")(actor_cmd)
