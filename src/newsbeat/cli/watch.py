"""``newsbeat watch [BEAT...]``: run each beat on its schedule, as a service.

One line per run on stdout (``watch: beat=... status=... new_articles=...``), one line per
error on stderr: plain lines for journald or a log file. Exit codes: 0 after SIGTERM or Ctrl-C
(the current step finished) and after ``--once`` when every run went well; 1 when another watch
holds the database (it is named), a beat does not exist, the database is missing or holds no
beat, or a ``--once`` run failed; 2 on usage errors; 130 after a second Ctrl-C.
"""

from __future__ import annotations

from typing import Annotated

import typer

from newsbeat.cli._common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    ConfigOption,
    DbOption,
    cli_errors,
    fail,
    refuse_missing_database,
    settings_from_options,
)


@cli_errors
def watch(
    beats: Annotated[
        list[str] | None,
        typer.Argument(metavar="[BEAT]...", help="Beats to watch (default: every beat)."),
    ] = None,
    every: Annotated[
        str,
        typer.Option(
            "--every", help="How often to run each beat: 30s, 30m, 2h, 1d or a sum like 1h30m."
        ),
    ] = "30m",
    once: Annotated[
        bool,
        typer.Option("--once", help="Run the beats that are due, then exit (for cron)."),
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Collect window of each run: an age (7d, 12h) or a date; default 7d."
        ),
    ] = None,
    no_search: Annotated[
        bool, typer.Option("--no-search", help="Only the beats' own sources, no keyword search.")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Run each beat on its schedule until stopped: collect, analyse, alert, write its report.

    One watch per database; a restart resumes where the last one stopped. SIGTERM or Ctrl-C
    finishes the current step, then stops.
    """
    from newsbeat.since import parse_since
    from newsbeat.store import open_store
    from newsbeat.watch import (
        Watch,
        WatchOptions,
        parse_interval,
        stop_on_signals,
        watch_lock,
    )

    try:
        interval = parse_interval(every)
        parse_since(since)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    settings = settings_from_options(db, config)
    refuse_missing_database(settings.db_path)
    options = WatchOptions(
        beats=tuple(beats or ()),
        every=interval,
        once=once,
        since=since,
        use_search=not no_search,
    )
    store = open_store(settings.db_path)
    try:
        with watch_lock(store, settings.db_path):
            service = Watch(store, settings, options)
            with stop_on_signals(service):
                summary = service.serve()
    finally:
        store.close()
    if summary.forced:
        raise typer.Exit(EXIT_INTERRUPTED)
    if once and summary.failed and not summary.stopped_by:
        raise typer.Exit(EXIT_FAILED)
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    """Add ``watch``."""
    app.command("watch")(watch)
