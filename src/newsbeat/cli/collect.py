"""``newsbeat run``, ``newsbeat fetch``, ``newsbeat source add|list|rm`` and the collect benchmarks.

Exit codes of ``run`` and ``fetch``: 0 when nothing failed, 1 when a source or page failed (every
other article is stored, failures are listed at the end), 2 on usage errors, 130 when
interrupted with Ctrl-C (what was stored stays; a rerun fetches only what is missing).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.live import Live
from rich.markup import escape
from rich.table import Table

from newsbeat.beats import define_beat
from newsbeat.bench.collect import (
    default_extraction_data,
    extraction_benchmark,
    fetch_benchmark,
    median_of_runs,
)
from newsbeat.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    ConfigOption,
    DbOption,
    JsonOption,
    QuietOption,
    bench_app,
    cli_errors,
    emit_json,
    fail,
    settings_from_options,
    since_or_fail,
    stderr,
    stdout,
    store_from_options,
)
from newsbeat.collect import (
    SOURCE_TYPES,
    CollectOptions,
    CollectProgress,
    CollectReport,
    fetch_urls,
)
from newsbeat.collect import collect as collect_beat
from newsbeat.exceptions import NotFoundError
from newsbeat.models import Source
from newsbeat.pipeline import RunOptions, StageResult, run_pipeline
from newsbeat.report.digest import render_digest
from newsbeat.store import Store

EXIT_INTERRUPTED = 130

source_app = typer.Typer(
    help="Places to poll for articles: feeds, sitemaps, GDELT, news search.",
    no_args_is_help=True,
)

RunsOption = Annotated[
    int, typer.Option("--runs", help="Repeat and report the median of every number.")
]
RefreshOption = Annotated[
    bool, typer.Option("--refresh", help="Fetch URLs again even when already stored.")
]


def _ensure_beat(store: Store, name: str, quiet: bool) -> None:
    try:
        store.get_beat(name)
    except NotFoundError:
        beat, count = define_beat(store, name)
        if not quiet:
            stderr.print(f"created beat {beat.name!r} (query: {beat.query}), {count} articles")


# -- source ---------------------------------------------------------------------------------
@source_app.command("add")
@cli_errors
def source_add(
    kind: Annotated[str, typer.Argument(metavar="TYPE", help="feed, sitemap, gdelt or search.")],
    url: Annotated[str, typer.Argument(help="Feed/sitemap URL, API endpoint or {query} template.")],
    beat: Annotated[
        str | None, typer.Option("--beat", "-b", help="Beat it belongs to (created if new).")
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Register a source (adding the same one twice keeps one)."""
    if kind not in SOURCE_TYPES:
        fail(f"unknown source type {kind!r} (known: {', '.join(SOURCE_TYPES)})", EXIT_USAGE)
    if not url.startswith(("http://", "https://")):
        fail(f"{url}: a source URL must start with http:// or https://", EXIT_USAGE)
    if kind == "search" and "{query}" not in url:
        fail(f"{url}: a search source is a URL template containing {{query}}", EXIT_USAGE)
    if SOURCE_TYPES[kind].needs_query and beat is None:
        fail(f"a {kind} source searches for a beat's query: give --beat", EXIT_USAGE)
    with store_from_options(db, config) as (store, _):
        if beat is not None:
            _ensure_beat(store, beat, quiet=as_json)
        source = store.add_source(Source(type=kind, url=url, beat=beat))
    if as_json:
        emit_json(_source_json(source))
        return
    stderr.print(f"source {source.id}: {kind} {escape(url)}" + (f" (beat {beat})" if beat else ""))


def _source_json(s: Source) -> dict[str, object]:
    return {
        "id": s.id,
        "type": s.type,
        "url": s.url,
        "beat": s.beat,
        "last_poll": s.last_poll,
        "last_status": s.last_status,
        "last_error": s.last_error,
        "consecutive_errors": s.consecutive_errors,
    }


@source_app.command("list")
@cli_errors
def source_list(
    beat: Annotated[str | None, typer.Option("--beat", "-b", help="Only this beat's.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """List sources with their last poll, status and consecutive error count."""
    with store_from_options(db, config) as (store, _):
        sources = store.list_sources(beat=beat)
    if as_json:
        emit_json([_source_json(s) for s in sources])
        return
    table = Table("id", "type", "beat", "last poll", "status", "errors")
    table.add_column("url / last problem", overflow="fold")
    for s in sources:
        detail = escape(s.url) + (f"\n[dim]{escape(s.last_error)}[/]" if s.last_error else "")
        table.add_row(
            str(s.id),
            s.type,
            s.beat or "",
            (s.last_poll or "")[:19].replace("T", " "),
            s.last_status or "never polled",
            str(s.consecutive_errors),
            detail,
        )
    stdout.print(table)


@source_app.command("rm")
@cli_errors
def source_rm(
    source_id: Annotated[int, typer.Argument(metavar="ID", help="Source id (see source list).")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Remove a source (articles it brought stay)."""
    with store_from_options(db, config) as (store, _):
        store.remove_source(source_id)
    stderr.print(f"removed source {source_id}")


# -- live display -----------------------------------------------------------------------------
def _counters(p: CollectProgress) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_row(
        f"sources polled [bold]{p.sources_polled}[/]/{p.sources_total}"
        + (f" ([red]{p.sources_failed} failed[/])" if p.sources_failed else ""),
        f"pages fetched [bold]{p.pages_fetched}[/]/{p.pages_queued}",
        f"failed [bold red]{p.pages_failed}[/]" if p.pages_failed else "failed 0",
        f"already stored {p.pages_known}",
        f"new articles [bold green]{p.articles_new}[/]",
    )
    return grid


@contextmanager
def _live(quiet: bool) -> Iterator[CollectProgress]:
    """A live counter line on stderr; yields the progress object the collector updates."""
    holder = CollectProgress()
    if quiet or not stderr.is_terminal:
        yield holder
        return
    with Live(get_renderable=lambda: _counters(holder), console=stderr, transient=False):
        yield holder


def _mirror(holder: CollectProgress) -> Callable[[CollectProgress], None]:
    def update(p: CollectProgress) -> None:
        holder.__dict__.update(p.__dict__)

    return update


def _print_report(report: CollectReport, quiet: bool) -> None:
    p = report.progress
    if not quiet:
        stderr.print(
            f"collected: {p.sources_polled} sources polled ({p.sources_failed} failed),"
            f" {p.pages_fetched} pages fetched, {p.pages_failed} failed,"
            f" {p.pages_known} already stored, {p.articles_new} new articles"
            f" in {report.seconds:.1f} s"
        )
        for problem in report.problems:
            stderr.print(f"[yellow]warning:[/] {escape(problem)}")
    if report.failures:
        stderr.print(f"[bold red]{len(report.failures)} failed:[/]")
        for f in report.failures:
            stderr.print(f"  {f.kind}: {escape(f.error)}")
    if report.interrupted:
        stderr.print("[yellow]interrupted:[/] what was stored stays; rerun to continue")


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


# -- fetch and run ------------------------------------------------------------------------------
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
    with store_from_options(db, config) as (store, settings), _live(quiet or as_json) as shown:
        if retry_failed:
            urls += [f.url for f in store.list_fetch_failures()]
        report = fetch_urls(store, settings, urls, refresh=refresh, on_progress=_mirror(shown))
    if as_json:
        emit_json(report.to_json())
    _print_report(report, quiet or as_json)
    raise typer.Exit(_exit_code(report, []))


def _list_failed(db: str | None, config: str | None, as_json: bool) -> None:
    with store_from_options(db, config) as (store, _):
        failures = store.list_fetch_failures()
    if as_json:
        emit_json(
            [
                {
                    "url": f.url,
                    "error": f.error,
                    "attempts": f.attempts,
                    "first_failed": f.first_failed,
                    "last_failed": f.last_failed,
                }
                for f in failures
            ]
        )
        return
    table = Table("last failed", "attempts")
    table.add_column("url: error", overflow="fold")
    for f in failures:
        table.add_row(f.last_failed[:19].replace("T", " "), str(f.attempts), escape(f.error))
    stdout.print(table)


def _exit_code(report: CollectReport, stages: list[StageResult]) -> int:
    if report.interrupted:
        return EXIT_INTERRUPTED
    if report.failed or any(s.failures for s in stages):
        return EXIT_FAILED
    return EXIT_OK


@cli_errors
def run(
    beat: Annotated[str, typer.Argument(help="The beat to follow (created if new).")],
    since: Annotated[
        str | None,
        typer.Option("--since", help="Window: a date or an age (7d, 12h); default 7d."),
    ] = None,
    no_search: Annotated[
        bool, typer.Option("--no-search", help="Only the beat's own sources, no keyword search.")
    ] = False,
    refresh: RefreshOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="HTML report file (default: beside the database)."),
    ] = None,
) -> None:
    """Collect a beat from the web, run every later stage, write the HTML report, print the
    digest."""
    with store_from_options(db, config) as (store, settings):
        window = since_or_fail(since or settings.collect.since)
        _ensure_beat(store, beat, quiet or as_json)
        with _live(quiet or as_json) as shown:
            report = collect_beat(
                store,
                settings,
                CollectOptions(beat=beat, since=window, use_search=not no_search, refresh=refresh),
                on_progress=_mirror(shown),
            )
        _print_report(report, quiet or as_json)
        stages: list[StageResult] = []
        if not report.interrupted:
            options = RunOptions(
                beat=beat, since=window, use_search=not no_search, refresh=refresh, quiet=quiet
            )
            try:
                stages = run_pipeline(
                    store,
                    settings,
                    options,
                    skip=("collect",),
                    on_stage=None if quiet or as_json else _announce,
                )
            except KeyboardInterrupt:
                report.interrupted = True
                stderr.print("[yellow]interrupted[/] during the later stages; articles are kept")
        for stage in stages:
            for failure in stage.failures:
                stderr.print(f"  {stage.name}: {escape(failure)}")
        written = None
        if not report.interrupted:
            from newsbeat.report import default_report_path, write_report

            written = write_report(
                store,
                settings,
                beat=beat,
                since=window,
                fmt="html",
                path=output or default_report_path(settings, f"newsbeat-report-{_slug(beat)}.html"),
            )
        if as_json:
            emit_json(
                {
                    "beat": beat,
                    "collect": report.to_json(),
                    "stages": [
                        {"name": s.name, "counts": s.counts, "failures": s.failures} for s in stages
                    ],
                    "failed": _exit_code(report, stages) != EXIT_OK,
                    "report": str(written) if written else None,
                }
            )
        elif not quiet:
            _print_digest(store, beat)
            if written is not None:
                stdout.print(f"\nHTML report: {written}")
            alerts = next((s for s in stages if s.name == "alert"), None)
            if alerts is not None and alerts.counts.get("alerts"):
                stdout.print(
                    f"alerts: {alerts.counts['sent']} sent, {alerts.counts['failed']} failed"
                )
    raise typer.Exit(_exit_code(report, stages))


def _slug(name: str) -> str:
    """A file-name-safe form of a beat name."""
    return (
        "".join(c if c.isalnum() or c in "-_" else "-" for c in name.lower()).strip("-") or "beat"
    )


def _announce(name: str) -> None:
    stderr.print(f"[dim]stage {name}…[/]")


def _print_digest(store: Store, beat: str) -> None:
    render_digest(store, beat=beat, console=stdout)


# -- benchmarks ---------------------------------------------------------------------------------
def _write_result(name: str, result: dict[str, object]) -> Path:
    folder = Path("bench") / "results"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    payload = {"benchmark": name, "at": stamp, **result}
    path = folder / f"{name}-{stamp}.json"
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    (folder / f"{name}-latest.json").write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    return path


@cli_errors
def bench_extraction(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Benchmark folder (default: ../shared/benchmarks/"
            "article-extraction next to the repo).",
        ),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", help="Processes (0 = one per core).")] = 0,
    runs: RunsOption = 1,
    as_json: JsonOption = False,
) -> None:
    """Extraction quality and speed: newsbeat vs plain trafilatura on 181 real pages."""
    result = median_of_runs(
        [
            extraction_benchmark(data or default_extraction_data(), workers=workers)
            for _ in range(max(1, runs))
        ]
    )
    path = _write_result("extraction", result)
    if as_json:
        emit_json(result)
    else:
        base = result["baseline"]
        assert isinstance(base, dict)
        stdout.print(
            f"newsbeat: F1 {result['f1']} (P {result['precision']}, R {result['recall']}),"
            f" {result['pages_per_s']} pages/s\n"
            f"trafilatura defaults: F1 {base['f1']} (P {base['precision']}, R {base['recall']}),"
            f" {base['pages_per_s']} pages/s"
        )
    stderr.print(f"written to {path}")


@cli_errors
def bench_fetch(
    pages: Annotated[int, typer.Option("--pages", help="Article pages to serve.")] = 1000,
    latency_ms: Annotated[
        float, typer.Option("--latency-ms", help="Latency the server adds per request.")
    ] = 5.0,
    per_host: Annotated[
        int, typer.Option("--per-host", help="Requests in flight on the one local host.")
    ] = 4,
    config: ConfigOption = None,
    runs: RunsOption = 1,
    as_json: JsonOption = False,
) -> None:
    """Fetch throughput against a local server: fetch alone, and fetch + extract + store."""
    settings = settings_from_options(None, config)
    result = median_of_runs(
        [
            fetch_benchmark(settings, pages=pages, latency=latency_ms / 1000, per_host=per_host)
            for _ in range(max(1, runs))
        ]
    )
    path = _write_result("fetch", result)
    if as_json:
        emit_json(result)
    else:
        stdout.print(
            f"fetch: {result['fetch_pages_per_s']} pages/s;"
            f" fetch + extract + store: {result['end_to_end_pages_per_s']} pages/s"
        )
    stderr.print(f"written to {path}")


def register(app: typer.Typer) -> None:
    """Add ``run``, ``fetch``, ``source`` and the ``bench extraction|fetch`` commands."""
    app.command("run")(run)
    app.command("fetch")(fetch)
    app.add_typer(source_app, name="source")
    bench_app.command("extraction")(bench_extraction)
    bench_app.command("fetch")(bench_fetch)
