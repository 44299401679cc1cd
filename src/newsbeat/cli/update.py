"""``newsbeat update [BEAT...]``: every stage after collection, on what is stored.

For articles that arrived by ``newsbeat ingest --no-update`` or ``newsbeat fetch``, or after a
change of settings: dedupe, stories and enrich work on every new article; compare, summarise
and alerts on the stories of the beats given (of every beat when none is). ``--dask`` or
``--workers`` runs the enrich stage's parsing on a Dask cluster (results are saved here);
``--reenrich`` redoes what an older version of the analysis enriched. Exit
codes: 0 when nothing failed, 1 when a stage failed, 2 on usage errors, 130 when interrupted.
"""

from __future__ import annotations

from typing import Annotated

import typer

from newsbeat.cli._common import (
    ConfigOption,
    DaskOption,
    DbOption,
    JsonOption,
    QuietOption,
    WorkersOption,
    cli_errors,
    emit_json,
    exit_status,
    stderr,
    store_from_options,
    with_executor_options,
)
from newsbeat.cli._progress import print_stage_failures, print_stale_analysis, run_display


@cli_errors
def update(
    beats: Annotated[
        list[str] | None,
        typer.Argument(metavar="[BEAT]...", help="Beats to analyse (default: every beat)."),
    ] = None,
    reenrich: Annotated[
        bool,
        typer.Option(
            "--reenrich",
            help="Also enrich again the articles enriched by another version of the analysis"
            " (a new spaCy pipeline or new extraction rules).",
        ),
    ] = False,
    dask: DaskOption = None,
    workers: WorkersOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Group stored articles into stories and analyse them: dedupe, stories, enrich, compare,
    summarise, alerts."""
    from newsbeat import pipeline

    with store_from_options(db, config) as (store, settings):
        settings = with_executor_options(settings, dask, workers)
        with run_display(quiet or as_json) as show:
            report = pipeline.update(
                store, settings, beats or [], on_progress=show, reenrich=reenrich
            )
        stories = store.list_stories()
    print_stage_failures(report)
    print_stale_analysis(report)
    if as_json:
        emit_json(report.to_json())
    elif not quiet:
        stderr.print(
            f"{len(stories)} stories stored; see them with `newsbeat stories`,"
            " `newsbeat digest` or `newsbeat report`"
        )
    exit_status(failed=report.failed, interrupted=report.interrupted)


def register(app: typer.Typer) -> None:
    """Add ``update``."""
    app.command("update")(update)
