"""``newsbeat bench miranda PATH``: the stories stage on a Miranda et al. (2018) clustering file.

Registered on the ``bench`` group by :mod:`newsbeat.cli.bench`. The file is the user's (it is
not shipped); the result also goes to ``bench/results/miranda-latest.json``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsbeat.cli._common import (
    JsonOption,
    cli_errors,
    emit_json,
    save_bench_result,
    stderr,
    stdout,
)

__all__ = ["register"]


def _line(name: str, scores: dict[str, Any]) -> str:
    return (
        f"{name}: B³ F1 {scores['b3_f1']} (P {scores['b3_precision']}, R {scores['b3_recall']})"
        f", {scores['documents']} documents"
    )


def bench_miranda(
    path: Annotated[
        Path, typer.Argument(help="The JSON file: an array of documents, or one a line.")
    ],
    languages: Annotated[
        str | None,
        typer.Option(
            "--languages", help="Only these languages, comma-separated (en,de or eng,deu)."
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Only the first N documents by date.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Cluster a Miranda et al. (2018) multilingual news file (documents with id, lang, date,
    title, text, cluster) with the stories stage, in date order, and print B³ overall, per
    language and per language pair."""
    from newsbeat.bench.miranda import run_miranda

    wanted = [code.strip() for code in languages.split(",") if code.strip()] if languages else None
    result = run_miranda(path, languages=wanted, limit=limit)
    saved = save_bench_result("miranda", {"file": str(path), **result})
    if as_json:
        emit_json(result)
    else:
        stdout.print(
            f"{result['documents']} documents, {result['gold_clusters']} gold clusters,"
            f" {result['clusters']} stories"
        )
        stdout.print(_line("all", result))
        for name, scores in {**result["languages"], **result["pairs"]}.items():
            stdout.print(_line(name, scores))
    stderr.print(f"written to {saved}")


def register(bench_app: typer.Typer) -> None:
    """Add ``bench miranda`` to the bench group."""
    bench_app.command("miranda")(cli_errors(bench_miranda))
