"""``newsbeat bench realnews``: conflicts, relations, speakers, entity types and summary
redundancy on the real-news gold set, each beside a simple baseline.

Registered on the ``bench`` group by :mod:`newsbeat.cli.bench`; the result goes to
``bench/results/realnews-latest.json`` like the other benchmarks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from newsbeat.cli._common import ConfigOption, JsonOption, QuietOption, emit_json, stderr, stdout

__all__ = ["register"]


def bench_realnews(
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            help="Gold folder (default: the one shipped in the package, "
            "src/newsbeat/bench/realnews_gold).",
        ),
    ] = None,
    shared: Annotated[
        Path | None,
        typer.Option("--shared", help="The shared benchmark folder (default: ../shared)."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="spaCy pipeline: a package name or a pipeline directory (default: the"
            " `[enrich] spacy_model` setting).",
        ),
    ] = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Precision of newsbeat's analysis on real news (ECB+ train/dev stories, the
    extraction benchmark's pages, PolNeAR train articles): conflict and relation
    precision/recall, speaker and entity type accuracy, summary redundancy (lower is better),
    each beside a simple baseline; the tuning gold and, in the same run, the eleven held-out
    golds (``heldout`` to ``heldout11`` in the JSON) and all of them pooled
    (``heldout_pooled``).
    Guidelines and matching rules: docs/realnews-annotation.md."""
    from newsbeat.bench.realnews import KEYS, POOLED, run_realnews
    from newsbeat.bench.realnews_gold import HELDOUT_SPLITS
    from newsbeat.cli._common import save_bench_result, settings_from_options
    from newsbeat.enrich.nlp import resolve_model_name

    def progress(done: int) -> None:
        if not quiet and done % 50 == 0:
            stderr.print(f"analysed {done} documents …")

    if model is None:
        model = settings_from_options(None, config).enrich.spacy_model
    resolve_model_name(model)  # a missing pipeline fails before the corpus is read
    result = run_realnews(gold, shared, model=model, progress=progress)
    path = save_bench_result("realnews", result)
    if as_json:
        emit_json(result)
    else:
        held = {split: result.get(split) or {} for split in (*HELDOUT_SPLITS, POOLED)}
        columns = [("newsbeat", result), ("baseline", result["baseline"])]
        for split, scores in held.items():
            columns += [(split, scores), ("baseline", scores.get("baseline", {}))]
        stdout.print(f"{'':<22}" + "".join(f" {name:>9}" for name, _ in columns))
        for key in KEYS:
            cells = "".join(f" {scores.get(key)!s:>9}" for _, scores in columns)
            stdout.print(f"{key:<22}{cells}")
    stderr.print(escape(f"written to {path}"))


def register(bench_app: typer.Typer) -> None:
    """Add ``bench realnews`` to the bench group."""
    from newsbeat.cli._common import cli_errors

    bench_app.command("realnews")(cli_errors(bench_realnews))
