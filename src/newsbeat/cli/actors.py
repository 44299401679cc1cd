"""``newsbeat actors``, ``newsbeat actor NAME`` and ``newsbeat bench enrich``."""

from __future__ import annotations

import json
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
    bench_app,
    cli_errors,
    emit_json,
    settings_from_options,
    stderr,
    stdout,
    store_from_options,
)

_REPO = Path(__file__).resolve().parents[3]
_DEFAULT_SHARED = _REPO.parent / "shared"


@cli_errors
def actors_cmd(
    beat: BeatOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Rows to show.", min=1)] = 30,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """The actor graph: who is involved and who did what to whom (PLOVER relation types)."""
    with store_from_options(db, config) as (store, _):
        from newsbeat.enrich import actor_graph, graph_json  # spaCy loads only when needed

        data = graph_json(actor_graph(store, beat=beat))
    if as_json:
        emit_json(data)
        return
    table = Table("actor", "type", "mentions", "articles", "relations", title="actors")
    for a in data["actors"][:limit]:
        table.add_row(
            a["name"], a["type"] or "", str(a["mentions"]), str(a["articles"]), str(a["relations"])
        )
    stdout.print(table)
    edges = Table(
        "source", "types", "target", "count", "first seen", "last seen", title="relations"
    )
    for e in data["edges"][:limit]:
        types = ", ".join(f"{t}×{n}" if n > 1 else t for t, n in e["types"].items())
        edges.add_row(
            e["source"],
            types,
            e["target"],
            str(e["count"]),
            e["first_seen"] or "",
            e["last_seen"] or "",
        )
    stdout.print(edges)


@cli_errors
def actor_cmd(
    name: Annotated[str, typer.Argument(help="Actor name, e.g. 'Lena Holm' or Norway.")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """One actor: relations, quotes by, claims by, and the stories they appear in."""
    with store_from_options(db, config) as (store, _):
        from newsbeat.enrich import actor_file  # spaCy loads only when needed

        file = actor_file(store, name)
    if as_json:
        emit_json(file.to_json())
        return
    roles = f" ({', '.join(file.roles)})" if file.roles else ""
    stdout.print(
        f"[bold]{file.name}[/] {file.type or ''}{roles}: {file.mentions} mentions,"
        f" stories: {', '.join(file.stories) or '-'}"
    )
    for r in file.relations:
        stdout.print(
            f"  {r['type']:<11} {r['source']} -> {r['target'] or '-'}  "
            f"[dim]{r['outlet'] or ''} {r['date'] or ''}[/]"
        )
    for q in file.quotes:
        via = f" via {q['via']}" if q["via"] else ""
        words = f"“{q['text']}”" if q["kind"] == "direct" else f"(that) {q['text']}"
        stdout.print(f"  said{via}: {escape(words)} [dim]{q['outlet'] or ''}[/]")
    for c in file.claims:
        stdout.print(f"  claims: {escape(c['sentence'])} [dim]{c['outlet'] or ''}[/]")


@cli_errors
def bench_enrich_cmd(
    shared: Annotated[
        Path, typer.Option("--shared", help="The shared benchmark folder.")
    ] = _DEFAULT_SHARED,
    split: Annotated[str, typer.Option("--split", help="PolNeAR split (test, dev).")] = "test",
    sample: Annotated[
        int | None, typer.Option("--sample", help="Only the first N PolNeAR articles.")
    ] = None,
    runs: Annotated[int, typer.Option("--runs", help="Speed runs (median).", min=1)] = 3,
    no_speed: Annotated[bool, typer.Option("--no-speed", help="Skip the speed runs.")] = False,
    no_demo: Annotated[bool, typer.Option("--no-demo", help="Skip the demo gold.")] = False,
    out: Annotated[Path, typer.Option("--out", help="Where to write the JSON.")] = Path(
        "bench/results/enrich.json"
    ),
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Quotes (PolNeAR), relations (PLOVER), demo gold and speed of the enrich stage."""
    from newsbeat.bench.enrich import EnrichBenchOptions, run_enrich_bench

    settings = settings_from_options(None, config)
    if not shared.exists():
        stderr.print(f"warning: {shared} not found: PolNeAR, PLOVER and speed are skipped")
    result = run_enrich_bench(
        EnrichBenchOptions(
            shared=shared,
            split=split,
            sample=sample,
            runs=runs,
            model=settings.enrich.spacy_model,
            processes=settings.enrich.processes,
            speed=not no_speed,
            demo=not no_demo,
        )
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if as_json:
        emit_json(result)
    else:
        for key in (
            "quote_f1",
            "speaker_accuracy",
            "relation_precision",
            "relation_recall",
            "actor_accuracy",
            "articles_per_s",
        ):
            if key in result:
                stdout.print(f"{key:<20} {result[key]}")
    stderr.print(f"wrote {out}")


def register(app: typer.Typer) -> None:
    """Add ``actors``, ``actor`` and ``bench enrich``."""
    app.command("actors")(actors_cmd)
    app.command("actor")(actor_cmd)
    bench_app.command("enrich")(bench_enrich_cmd)
