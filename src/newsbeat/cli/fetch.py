"""``newsbeat fetch URL_OR_FILE...``: fetch, extract and store single article URLs.

Exit codes: 0 when nothing failed, 1 when a page failed (the others are stored), 2 on usage
errors, 130 when interrupted with Ctrl-C.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsbeat.cli._common import (
    EXIT_USAGE,
    ConfigOption,
    DbOption,
    JsonOption,
    QuietOption,
    RefreshOption,
    cli_errors,
    emit_json,
    exit_status,
    fail,
    stdout,
    store_from_options,
)
from newsbeat.cli._progress import collect_counters, print_collect_report


def _read_urls(items: list[str]) -> list[str]:
    urls: list[str] = []
    for item in items:
        if item.startswith(("http://", "https://")) or not Path(item).is_file():
            urls.append(item)
            continue
        try:
            lines = Path(item).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{item}: cannot read the URL list: {exc}", EXIT_USAGE)
        urls.extend(s for line in lines if (s := line.strip()) and not s.startswith("#"))
    return urls


@cli_errors
def fetch(
    items: Annotated[
        list[str] | None,
        typer.Argument(metavar="URL_OR_FILE...", help="URLs, or files of URLs."),
    ] = None,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Also fetch the pages that failed before.")
    ] = False,
    list_failed: Annotated[
        bool, typer.Option("--list-failed", help="Only list the pages whose fetch failed.")
    ] = False,
    refresh: RefreshOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Fetch single article URLs (or URL list files, one per line), extract and store them.

    Pages that fail are remembered until a later fetch succeeds (``--list-failed``,
    ``--retry-failed``).
    """
    if list_failed:
        _list_failed(db, config, as_json)
        return
    urls = _read_urls(items or [])
    if not urls and not retry_failed:
        fail("give URLs or URL list files (or --retry-failed)", EXIT_USAGE)
    from newsbeat.collect.run import fetch_urls

    with (
        store_from_options(db, config) as (store, settings),
        collect_counters(quiet or as_json) as counters,
    ):
        if retry_failed:
            urls += [f.url for f in store.list_fetch_failures()]
        report = fetch_urls(store, settings, urls, refresh=refresh, on_progress=counters)
    if as_json:
        emit_json(report.to_json())
    print_collect_report(report, quiet or as_json)
    exit_status(failed=report.failed, interrupted=report.interrupted)


def _list_failed(db: str | None, config: str | None, as_json: bool) -> None:
    with store_from_options(db, config) as (store, _):
        failures = store.list_fetch_failures()
    if as_json:
        emit_json([f.to_json() for f in failures])
        return
    table = Table("last failed", "attempts")
    table.add_column("url: error", overflow="fold")
    for f in failures:
        table.add_row(f.last_failed[:19].replace("T", " "), str(f.attempts), escape(f.error))
    stdout.print(table)


def register(app: typer.Typer) -> None:
    """Add ``fetch``."""
    app.command("fetch")(fetch)
