"""What every command shares: options, opening the store, JSON output, error conversion.

Conventions: JSON goes alone to stdout (it pipes into jq); messages, progress and logs go to
stderr. Exit codes: 0 success, 1 some input failed, a record was not found or a search ran out
of time, 2 usage errors (bad options, invalid or over-limit queries, bad settings).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from newsbeat.exceptions import (
    BeatNameError,
    ConfigError,
    NewsbeatError,
    NotFoundError,
    QueryError,
    QueryTimeoutError,
)
from newsbeat.settings import Settings, load_settings
from newsbeat.store import Store, open_store

__all__ = [
    "BeatArgument",
    "BeatOption",
    "ConfigOption",
    "DaskOption",
    "DbOption",
    "HtmlReportOption",
    "JsonOption",
    "QuietOption",
    "RefreshOption",
    "SinceOption",
    "WorkersOption",
    "cli_errors",
    "emit_json",
    "exit_status",
    "fail",
    "hint_unclustered",
    "not_found_message",
    "progress_bar",
    "refuse_missing_database",
    "save_bench_result",
    "since_or_fail",
    "stderr",
    "stdout",
    "store_from_options",
    "with_executor_options",
]

# No emoji codes: ":x:" in a path or title stays as typed. Markup stays on for our own styles,
# so every user-given value (path, URL, title, error) is passed through rich's escape().
stdout = Console(highlight=False, soft_wrap=True, emoji=False)
stderr = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database file or postgresql:// URL (default: NEWSBEAT_DB, else the user data dir).",
    ),
]
ConfigOption = Annotated[
    str | None, typer.Option("--config", help="Settings file (TOML).", show_default=False)
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON to stdout.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summaries.")]
BeatOption = Annotated[str | None, typer.Option("--beat", "-b", help="Only this beat.")]
# `report alliance` reads as `run alliance` does: the beat may also be given as an argument.
BeatArgument = Annotated[
    str | None,
    typer.Argument(help="Only this beat (the same as --beat).", show_default=False),
]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", help="Only since this date (YYYY-MM-DD) or age (7d, 12h, 2w)."),
]
# `run` and `demo` write the HTML report where the database is unless told otherwise.
HtmlReportOption = Annotated[
    str | None,
    typer.Option("--output", "-o", help="HTML report file (default: beside the database)."),
]

RefreshOption = Annotated[
    bool, typer.Option("--refresh", help="Fetch URLs again even when already stored.")
]
DaskOption = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="tcp://HOST:PORT",
        help="Run the heavy stages on the Dask cluster of this scheduler"
        " (default: the enrich.dask_scheduler setting).",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        help="Run the heavy stages on a local Dask cluster of N worker processes, started and"
        " stopped by this run (default: the enrich.dask_workers setting).",
        show_default=False,
    ),
]


def with_executor_options(settings: Settings, dask: str | None, workers: int | None) -> Settings:
    """Settings with ``--dask`` / ``--workers`` applied to the ``[enrich]`` section.

    Exits with a usage error when both are given or the address is not one.
    """
    if dask is not None and workers is not None:
        fail("use --dask (a running cluster) or --workers (a local one), not both", EXIT_USAGE)
    if dask is None and workers is None:
        return settings
    try:
        enrich = dataclasses.replace(
            settings.enrich,
            dask_scheduler=dask if dask is not None else "",
            dask_workers=workers if workers is not None else 0,
        )
    except ConfigError:
        fail(f"--dask {dask!r}: not a scheduler address like tcp://host:8786", EXIT_USAGE)
    return settings.with_overrides(enrich=enrich)


def settings_from_options(db: str | None = None, config: str | None = None) -> Settings:
    """Settings from the file/environment, with ``--db`` applied.

    A settings file's warnings (flat keys that moved into sections) become one ``warning:``
    line each on stderr, not Python's warning format with a source line.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", FutureWarning)
        settings = load_settings(config).with_overrides(db=db)
    for warning in caught:
        stderr.print(f"[yellow]warning:[/] {_escape(str(warning.message))}")
    return settings


@contextmanager
def store_from_options(
    db: str | None = None, config: str | None = None, *, read_only: bool = False
) -> Iterator[tuple[Store, Settings]]:
    """Open the store the options name; closes it afterwards.

    A command that only reads (``read_only``) refuses a database file that does not exist
    instead of creating an empty one and reporting that it is empty (exit 1, saying how to get
    one and which file was looked for).
    """
    settings = settings_from_options(db, config)
    if read_only:
        refuse_missing_database(settings.db_path)
    store = open_store(settings.db_path)
    try:
        yield store, settings
    finally:
        store.close()


def refuse_missing_database(location: str | Path) -> None:
    """Exit 1 with a clear message when ``location`` names a database file that does not exist
    (a URL or ``:memory:`` always passes)."""
    from newsbeat.store import is_url

    text = str(location)
    if is_url(text) or text == ":memory:" or Path(text).is_file():
        return
    fail(
        f"{text}: no database here yet; run `newsbeat demo` or `newsbeat ingest` first,"
        " or name one with --db or NEWSBEAT_DB (`make demo` writes demo/newsbeat-demo.db)"
    )


def exit_status(*, failed: bool, interrupted: bool = False) -> NoReturn:
    """End a command that works through a batch: 130 when Ctrl-C cut it short, 1 when some
    input or stage failed (everything else was kept), else 0."""
    if interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def hint_unclustered(store: Store) -> None:
    """Say how to get stories when stored articles are in none yet (after ``ingest
    --no-update`` or ``fetch``): a read-only command shows nothing for them otherwise."""
    waiting = len(store.unclustered_article_ids())
    if waiting:
        stderr.print(
            f"[yellow]hint:[/] {waiting} stored article(s) are in no story yet;"
            " `newsbeat update` groups and analyses them"
        )


def emit_json(data: Any) -> None:
    """Write JSON alone to stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def one_beat(argument: str | None, option: str | None) -> str | None:
    """The beat given as an argument or with ``--beat`` (a usage error when they differ)."""
    if argument is not None and option is not None and argument != option:
        fail(f"two beats given: {argument!r} and --beat {option!r}; give one", EXIT_USAGE)
    return option if option is not None else argument


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print one error line on stderr and exit (the message is plain text, shown as is)."""
    stderr.print(f"[bold red]error:[/] {_escape(message)}", markup=True, highlight=False)
    raise typer.Exit(code)


P = ParamSpec("P")
R = TypeVar("R")


# The command that lists what a NotFoundError of each kind looked for. Library messages name no
# command; this is where the CLI adds one.
NOT_FOUND_HINTS: dict[str, str] = {
    "actor": "newsbeat actors",
    "alert": "newsbeat alert list",
    "article": "newsbeat articles",
    "beat": "newsbeat beat list",
    "source": "newsbeat source list",
    "story": "newsbeat stories",
}


def not_found_message(exc: NotFoundError) -> str:
    """The error's message with the command that lists what exists, e.g.
    ``no story with id 's-1' (see `newsbeat stories`)``.

    Args:
        exc: the error; its ``kind`` picks the hint (none for an unknown kind).

    Returns:
        The message, with the hint when there is one.
    """
    hint = NOT_FOUND_HINTS.get(exc.kind)
    return f"{exc} (see `{hint}`)" if hint else str(exc)


def cli_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one clear line and an exit code (the only place that does).

    A NotFoundError gains the command that lists what exists (:func:`not_found_message`).
    """

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except QueryTimeoutError as exc:  # the query was valid; the database is large
            fail(str(exc), EXIT_FAILED)
        except (QueryError, ConfigError, BeatNameError) as exc:
            fail(str(exc), EXIT_USAGE)
        except NotFoundError as exc:
            fail(not_found_message(exc), EXIT_FAILED)
        except NewsbeatError as exc:
            fail(str(exc), EXIT_FAILED)

    return wrapper


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def since_or_fail(value: str | None) -> str | None:
    """The ``--since`` option as an ISO lower bound; a usage error (exit 2) when unreadable."""
    from newsbeat.since import parse_since

    try:
        return parse_since(value)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)


def progress_bar(quiet: bool, *, transient: bool = True) -> Progress:
    """A rich progress bar on stderr (disabled when quiet or not a terminal: nothing is
    printed when piped)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=transient,
        disable=quiet or not stderr.is_terminal,
    )


def configure_logging(verbose: int, quiet: bool) -> None:
    """Logs go to stderr; only the CLI sets levels."""
    level = logging.WARNING
    if quiet:
        level = logging.ERROR
    elif verbose >= 2:
        level = logging.DEBUG
    elif verbose == 1:
        level = logging.INFO
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def save_bench_result(name: str, result: dict[str, object]) -> Path:
    """Write a benchmark's result under ``bench/results/`` as ``NAME-<UTC stamp>.json`` and
    ``NAME-latest.json``; returns the stamped file's path."""
    folder = Path("bench") / "results"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    payload = {"benchmark": name, "at": stamp, **result}
    path = folder / f"{name}-{stamp}.json"
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    (folder / f"{name}-latest.json").write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    return path
