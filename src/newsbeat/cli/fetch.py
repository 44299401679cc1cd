"""``newsbeat fetch URL_OR_FILE...``: fetch, extract and store single article URLs.

A file argument is a list of URLs, one a line. A missing file, a folder, a saved page and each
line that is not an http(s) URL is one ``failed:`` line on stderr naming the file and line; the
other URLs are fetched. Exit codes: 0 when nothing failed, 1 when a page or an argument failed
(the others are stored), 2 on usage errors, 130 when interrupted with Ctrl-C.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsbeat.cli._common import (
    EXIT_FAILED,
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
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.cli._progress import collect_counters, print_collect_report

_URL_PREFIXES = ("http://", "https://")
_BAD_LINES_SHOWN = 5


def _read_urls(items: list[str]) -> tuple[list[str], list[str]]:
    """The URLs given and those of the URL list files, and what could not be read: one
    message per problem naming the file (and line), so the good URLs are still fetched."""
    urls: list[str] = []
    problems: list[str] = []
    for item in items:
        path = Path(item)
        if item.startswith(_URL_PREFIXES):
            urls.append(item)
        elif path.is_dir():
            problems.append(
                f"{item}: a folder, not a URL or a file of URLs"
                f" (`newsbeat ingest {item}` imports a folder of pages)"
            )
        elif not path.is_file():
            problems.append(f"{item}: no such file, and not an http(s) URL")
        else:
            urls.extend(_read_url_list(path, item, problems))
    return urls, problems


def _read_url_list(path: Path, name: str, problems: list[str]) -> list[str]:
    """The URLs of one list file (one a line, ``#`` comments); other lines are problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{name}: cannot read the URL list: {exc}")
        return []
    if text.lstrip().startswith("<"):
        problems.append(
            f"{name}: an HTML or XML page, not a list of URLs"
            f" (`newsbeat ingest {name}` imports a page saved to a file)"
        )
        return []
    urls: list[str] = []
    bad: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith(_URL_PREFIXES):
            urls.append(entry)
        else:
            shown = entry if len(entry) <= 80 else entry[:79] + "…"
            bad.append(f"{name}: line {number}: not an http(s) URL: {shown!r}")
    problems.extend(bad[:_BAD_LINES_SHOWN])
    if len(bad) > _BAD_LINES_SHOWN:
        problems.append(f"{name}: {len(bad) - _BAD_LINES_SHOWN} more lines are not URLs")
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
    urls, problems = _read_urls(items or [])
    for problem in problems:
        stderr.print(f"[bold red]failed:[/] {escape(problem)}", soft_wrap=True)
    if not urls and not retry_failed:
        if problems:
            raise typer.Exit(EXIT_FAILED)
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
    exit_status(failed=report.failed or bool(problems), interrupted=report.interrupted)


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
