"""The collect stage: poll sources, fetch new article pages, extract them, store them.

Fetching is asynchronous (one :class:`httpx.AsyncClient`, polite limits); extraction is CPU
work and runs in a process pool so both cores work while pages keep arriving; articles are
stored in small batches, so an interrupted run keeps what it stored and a rerun fetches only
the URLs that are not stored yet.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

import httpx

from newsbeat.collect.fetcher import Fetcher, FetchOptions, FetchResult, make_client
from newsbeat.collect.gdelt import RATE_LIMITED
from newsbeat.collect.linkonly import LinkOnly, link_only_article
from newsbeat.collect.links import ResolveContext, resolve_links, resolver_for
from newsbeat.collect.report import CollectProgress, CollectReport, Failure
from newsbeat.collect.sources import (
    Candidate,
    PollContext,
    PollResult,
    RateLimiter,
    poll_source,
)
from newsbeat.exceptions import ExtractionError, FetchError, RobotsDisallowed
from newsbeat.extract.article import (
    DEFAULT_OPTIONS,
    ExtractOptions,
    extract_article,
    normalise_url,
    outlet_for_url,
)
from newsbeat.extract.walls import Wall, WallError, wall_for_host
from newsbeat.models import Article, Provenance, Source, utc_now
from newsbeat.settings import CollectSettings, Settings
from newsbeat.store import ArticleStore, BeatStore, SourceStore

if TYPE_CHECKING:
    pass

__all__ = [
    "CollectOptions",
    "CollectProgress",
    "CollectReport",
    "Failure",
    "collect",
    "fetch_urls",
    "search_sources",
]

log = logging.getLogger(__name__)

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_MAYBE_HTML_TYPES = {"", "text/plain", "application/octet-stream", "application/xml", "text/xml"}
_BATCH = 20
_FLUSH_SECONDS = 1.0


@dataclass(frozen=True, kw_only=True)
class CollectOptions:
    """What to collect.

    Attributes:
        beat: the beat whose sources (and query) to use; None = sources without a beat.
        since: ISO 8601 lower bound; entries dated earlier by their source are skipped.
        use_search: also query the keyword search sources (GDELT, news-search RSS).
        refresh: fetch URLs again even when their article is stored.
        poll_due: which stored sources to poll (``newsbeat watch`` skips those whose own
            interval has not passed); None: every one.
    """

    beat: str | None = None
    since: str | None = None
    use_search: bool = True
    refresh: bool = False
    poll_due: Callable[[Source], bool] | None = None


ProgressCallback = Callable[[CollectProgress], None]


def search_sources(collect: CollectSettings, beat: str | None) -> list[Source]:
    """The keyword search sources a beat gets by default (GDELT and the news-search feed)."""
    return [
        Source(type="gdelt", url=collect.gdelt_url, beat=beat),
        Source(type="search", url=collect.search_feed_template, beat=beat),
    ]


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def make_executor(collect: CollectSettings) -> concurrent.futures.Executor:
    """The extraction pool: one process per core (``[collect] extract_workers``); 1 = a thread."""
    workers = collect.extract_workers or os.cpu_count() or 1
    if workers <= 1:
        return concurrent.futures.ThreadPoolExecutor(max_workers=1)
    # fork on Linux: workers start at once with trafilatura already imported (forkserver and
    # spawn re-import everything, seconds on a busy machine, and re-run unguarded scripts).
    method = "fork" if sys.platform == "linux" else None
    context = multiprocessing.get_context(method)
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_ignore_sigint
    )


_NO_DATE_GUESS = ExtractOptions(date_fallback=False)


@dataclass(frozen=True)
class _Walled:
    """A page that is a wall (consent, paywall, AMP copy), from a worker: plain data."""

    wall: Wall
    message: str
    metadata: Article | None


def _extract_job(html: str, url: str, dated: bool) -> Article | _Walled | str:
    """Runs in a worker: an Article, a wall, or the error message.

    When the source dated the entry (``dated``), htmldate's extensive guess is not needed:
    the source's date is more reliable than a guess from the page text.
    """
    try:
        return extract_article(html, url=url, options=_NO_DATE_GUESS if dated else DEFAULT_OPTIONS)
    except WallError as exc:
        return _Walled(exc.wall, str(exc), exc.metadata)
    except ExtractionError as exc:
        return str(exc)


class _CollectStore(ArticleStore, BeatStore, SourceStore, Protocol):
    """What collecting needs: articles (stored, known URLs), the beat's query, and sources with
    their poll state and failed pages."""


class _Collector:
    """One run's state: the fetcher, the pool, the store batch and the report."""

    def __init__(
        self,
        store: _CollectStore,
        settings: Settings,
        fetcher: Fetcher,
        executor: concurrent.futures.Executor,
        report: CollectReport,
        on_progress: ProgressCallback | None,
        refresh: bool,
    ) -> None:
        self.store = store
        self.settings = settings
        self.fetcher = fetcher
        self.executor = executor
        self.report = report
        self.on_progress = on_progress
        self.refresh = refresh
        self.seen: set[str] = set()
        self.batch: list[Article] = []
        self.failed_pages: list[tuple[str, str]] = []
        self.last_flush = time.monotonic()
        self.tasks: set[asyncio.Task[None]] = set()
        self.links = ResolveContext(fetcher=fetcher, collect=settings.collect)

    def tick(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.report.progress)

    def fail(self, kind: str, location: str, error: str) -> None:
        self.report.failures.append(Failure(kind=kind, location=location, error=error))
        if kind == "page":
            self.failed_pages.append((location, error))
        log.info("%s failed: %s", kind, error)  # the report lists failures at the end

    # -- pages -----------------------------------------------------------------------------------
    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run a page or resolution task (``drain`` waits for all of them)."""
        task = asyncio.create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def queue(self, candidates: Iterable[Candidate]) -> None:
        """Start fetching every candidate not seen in this run and not stored yet; wrapped
        links are resolved first (all of one call together)."""
        wrapped: list[Candidate] = []
        for candidate in candidates:
            url = normalise_url(candidate.url)
            if url in self.seen:
                continue
            self.seen.add(url)
            if not self.refresh and self.store.has_url(url):
                self.report.progress.pages_known += 1
                continue
            if candidate.wrapped is None and resolver_for(url, self.settings.collect):
                wrapped.append(replace(candidate, url=url))
                continue
            self.report.progress.pages_queued += 1
            self.spawn(self.page(url, candidate))
        if wrapped:
            self.spawn(self.resolve(wrapped))
        self.tick()

    async def resolve(self, items: list[Candidate]) -> None:
        """Resolve wrapped links (the store's cache first), then queue the article URLs; an
        item whose link cannot be resolved is stored as a link-only article."""
        progress = self.report.progress
        urls = [c.url for c in items]
        cached = self.store.resolved_links(urls)
        todo = [u for u in urls if u not in cached]
        found = await resolve_links(todo, self.links) if todo else {}
        fresh = [(u, r.resolved, r.resolver) for u, r in found.items() if r.resolved and r.online]
        if fresh:
            self.store.save_resolved_links(fresh)
        ready: list[Candidate] = []
        for item in items:
            answer = found.get(item.url)
            target = cached.get(item.url) or (answer.resolved if answer else None)
            if target and urlsplit(target).scheme in ("http", "https"):
                progress.links_resolved += 1
                ready.append(replace(item, url=target, wrapped=item.url))
                continue
            progress.links_unresolved += 1
            reason = (answer.error if answer else None) or f"{item.url}: link not resolved"
            if not self.link_only(item.url, replace(item, wrapped=item.url), "link_only", reason):
                progress.pages_failed += 1
                self.fail("page", item.url, reason)
        self.queue(ready)

    async def page(self, url: str, candidate: Candidate) -> None:
        progress = self.report.progress
        try:
            result = await self.fetcher.fetch(url)
            html = _page_text(result)
        except RobotsDisallowed as exc:
            if not self.link_only(url, candidate, "blocked_by_robots", str(exc)):
                progress.pages_failed += 1
                self.fail("page", url, str(exc))
            self.tick()
            return
        except FetchError as exc:
            progress.pages_failed += 1
            self.fail("page", url, str(exc))
            self.tick()
            return
        progress.pages_fetched += 1
        self.tick()
        wall = wall_for_host(result.final_url)  # redirected to a consent page
        if wall is not None:
            await self.walled(url, candidate, _Walled(wall, f"{url}: {wall.describe()}", None))
            return
        loop = asyncio.get_running_loop()
        try:
            outcome = await loop.run_in_executor(
                self.executor, _extract_job, html, url, candidate.published is not None
            )
        except concurrent.futures.BrokenExecutor as exc:
            outcome = f"{url}: extraction worker failed ({type(exc).__name__}: {exc})"
        if isinstance(outcome, _Walled):
            await self.walled(url, candidate, outcome)
            return
        if isinstance(outcome, str):
            # The page was had but holds no article text: the item's headline still counts.
            if not self.link_only(url, candidate, "link_only", outcome):
                progress.pages_failed += 1
                self.fail("page", url, outcome)
            self.tick()
            return
        if result.final_url != url and outcome.canonical_url is None:
            outcome.canonical_url = normalise_url(result.final_url)
        _fill_from_source(outcome, candidate)
        self.add(outcome)

    async def walled(self, url: str, candidate: Candidate, outcome: _Walled) -> None:
        """A wall instead of the article: fetch the canonical page of an AMP copy; store the
        item of a consent wall or paywall headline only (a bare URL: a page failure)."""
        wall = outcome.wall
        if wall.kind == "amp" and wall.canonical and candidate.amp is None:
            self.queue([replace(candidate, url=wall.canonical, amp=url)])
            return
        status = {"consent": "consent_wall", "paywall": "paywalled"}.get(wall.kind, "link_only")
        if not self.link_only(url, candidate, status, outcome.message, outcome.metadata):
            self.report.progress.pages_failed += 1
            self.fail("page", url, outcome.message)
        self.tick()

    def add(self, article: Article) -> None:
        """Queue an article for the next store batch."""
        self.batch.append(article)
        if len(self.batch) >= _BATCH or time.monotonic() - self.last_flush > _FLUSH_SECONDS:
            self.flush()

    def link_only(
        self,
        url: str,
        candidate: Candidate,
        status: str,
        reason: str,
        metadata: Article | None = None,
    ) -> bool:
        """Store the item as a link-only article; False when the source gave no headline
        (a bare URL: nothing to store, the caller records a failure instead)."""
        if not candidate.title and not (metadata and metadata.title):
            return False
        article = link_only_article(
            url=url,
            title=candidate.title or "",
            status=status,
            outlet=candidate.outlet,
            published=candidate.published,
            wrapped=candidate.wrapped,
            amp=candidate.amp,
            metadata=metadata,
        )
        self.report.link_only.append(LinkOnly(location=url, status=status, reason=reason))
        self.report.progress.articles_link_only += 1
        log.info("headline only (%s): %s", status, reason)
        self.add(article)
        return True

    def flush(self) -> None:
        """Store the pending articles in one transaction, and the page failures."""
        self.last_flush = time.monotonic()
        if self.failed_pages:
            failed, self.failed_pages = self.failed_pages, []
            self.store.record_fetch_failures(failed)
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        added = self.store.add_articles(batch)
        self.store.clear_fetch_failures([a.url for a in batch if a.url])
        self.report.new_ids.extend(added.new_ids)
        self.report.progress.articles_new += len(added.new_ids)
        self.report.progress.articles_existing += len(added.existing_ids)
        self.tick()

    async def flush_periodically(self) -> None:
        """Store pending articles at least every second (progress shows them; Ctrl-C keeps)."""
        while True:
            await asyncio.sleep(_FLUSH_SECONDS)
            self.flush()

    async def drain(self) -> None:
        """Wait for every page task (including ones queued while waiting)."""
        while self.tasks:
            await asyncio.gather(*list(self.tasks))

    # -- sources ---------------------------------------------------------------------------------
    async def source(self, source: Source, context: PollContext) -> None:
        progress = self.report.progress
        result = await poll_source(source, context)
        if result.status == "backing off":  # rate limited lately: not asked this time
            self.report.problems.append(f"{source.url}: {result.problem}")
            self.tick()
            return
        progress.sources_polled += 1
        _save_state(self.store, source, result)
        if result.status == "error":
            progress.sources_failed += 1
            self.fail("source", source.url, result.error or "failed")
        else:
            if result.problem:
                self.report.problems.append(f"{source.url}: {result.problem}")
            self.queue(result.candidates)
        self.tick()


def _page_text(result: FetchResult) -> str:
    """The page as text, refusing what is not HTML."""
    kind = result.content_type
    if kind not in _HTML_TYPES:
        head = result.content[:1024].lstrip().lower()
        looks_html = head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--", b"<body"))
        if kind not in _MAYBE_HTML_TYPES or not looks_html:
            raise FetchError(result.url, f"not an HTML page (Content-Type: {kind or 'none'})")
    return result.text()


def _fill_from_source(article: Article, candidate: Candidate) -> None:
    """Use what the feed/sitemap said when the page itself did not say it."""
    if not article.published and candidate.published:
        article.published = candidate.published
        article.published_source = "metadata"
    if not article.title and candidate.title:
        article.title = candidate.title
    if candidate.outlet and article.outlet == outlet_for_url(article.identity_url or ""):
        article.outlet = candidate.outlet  # the page named no outlet: the source's name wins
    if candidate.wrapped and all(p.location != candidate.wrapped for p in article.provenance):
        article.provenance.append(Provenance(location=candidate.wrapped, position="wrapped link"))
    if candidate.amp and all(p.location != candidate.amp for p in article.provenance):
        article.provenance.append(Provenance(location=candidate.amp, position="AMP copy"))


def _save_state(store: SourceStore, source: Source, result: PollResult) -> None:
    if source.id is None:
        return  # a keyword search source from the settings: nothing stored
    source.last_poll = utc_now()
    source.retry_at = None
    if result.retry_after is not None:  # the server's wait, honoured by the next runs
        until = datetime.now(UTC) + timedelta(seconds=result.retry_after)
        source.retry_at = until.replace(microsecond=0).isoformat()
    if result.status == "error":
        source.last_status = RATE_LIMITED if result.rate_limited else "error"
        source.last_error = (result.error or "").removeprefix(f"{source.url}: ")
        source.consecutive_errors += 1
    else:
        count = len(result.candidates)
        source.last_status = (
            "not modified" if result.status == "not modified" else f"ok ({count} URLs)"
        )
        source.last_error = result.problem
        source.consecutive_errors = 0
        source.etag = result.etag or source.etag
        source.last_modified = result.last_modified or source.last_modified
    store.update_source(source)


def _since(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.astimezone()


async def _run(
    store: _CollectStore,
    settings: Settings,
    report: CollectReport,
    executor: concurrent.futures.Executor,
    client: httpx.AsyncClient | None,
    on_progress: ProgressCallback | None,
    refresh: bool,
    sources: list[Source],
    urls: list[str],
    query: str | None,
    since: datetime | None,
) -> None:
    options = FetchOptions.from_settings(settings)
    own_client = client is None
    http = client or make_client(options)
    collector = _Collector(
        store, settings, Fetcher(http, options), executor, report, on_progress, refresh
    )
    context = PollContext(
        fetcher=collector.fetcher,
        collect=settings.collect,
        query=query,
        since=since,
        gdelt_limiter=RateLimiter(settings.collect.gdelt_min_interval),
    )
    report.progress.sources_total = len(sources)
    flusher = asyncio.create_task(collector.flush_periodically())
    try:
        collector.queue(Candidate(url=u, origin="command line") for u in urls)
        await asyncio.gather(*(collector.source(s, context) for s in sources))
        await collector.drain()
    finally:
        # Cancelled tasks are awaited before the store is flushed and the client closed: a task
        # cancelled but still unwinding would otherwise run on after both (asyncio.run reaps it
        # last), touching a closed client.
        pending = [flusher, *collector.tasks]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        collector.flush()
        if own_client:
            await http.aclose()


def _execute(
    store: _CollectStore,
    settings: Settings,
    *,
    sources: list[Source],
    urls: list[str],
    query: str | None,
    since: str | None,
    refresh: bool,
    client: httpx.AsyncClient | None,
    on_progress: ProgressCallback | None,
) -> CollectReport:
    report = CollectReport()
    started = time.perf_counter()
    executor = make_executor(settings.collect)
    try:
        asyncio.run(
            _run(
                store,
                settings,
                report,
                executor,
                client,
                on_progress,
                refresh,
                sources,
                urls,
                query,
                _since(since),
            )
        )
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        report.seconds = time.perf_counter() - started
    return report


def collect(
    store: _CollectStore,
    settings: Settings,
    options: CollectOptions,
    *,
    client: httpx.AsyncClient | None = None,
    on_progress: ProgressCallback | None = None,
) -> CollectReport:
    """Poll a beat's sources (and the keyword search sources), fetch, extract and store.

    Args:
        store: where articles and source state go.
        settings: fetch rules, search endpoints, workers.
        options: beat, time window, search on/off, refresh.
        client: an HTTP client to use (tests inject one); None creates one.
        on_progress: called with the counters whenever they change.

    Returns:
        The report: counters, failures (each source or page with its error), new ids.
        Ctrl-C ends the run early with ``interrupted`` set; what was stored stays.

    Raises:
        NotFoundError: the beat does not exist.
    """
    query = store.get_beat(options.beat).query if options.beat else None
    sources = store.list_sources(beat=options.beat)
    if options.poll_due is not None:
        sources = [s for s in sources if options.poll_due(s)]
    if options.use_search and query:
        sources += search_sources(settings.collect, options.beat)
    return _execute(
        store,
        settings,
        sources=sources,
        urls=[],
        query=query,
        since=options.since,
        refresh=options.refresh,
        client=client,
        on_progress=on_progress,
    )


def fetch_urls(
    store: _CollectStore,
    settings: Settings,
    urls: Iterable[str],
    *,
    refresh: bool = False,
    client: httpx.AsyncClient | None = None,
    on_progress: ProgressCallback | None = None,
) -> CollectReport:
    """Fetch, extract and store single article URLs (``newsbeat fetch``).

    Args:
        store: where articles go.
        settings: fetch rules.
        urls: absolute http(s) URLs; others are reported as failures.
        refresh: fetch URLs again even when stored.
        client: an HTTP client to use; None creates one.
        on_progress: called with the counters whenever they change.

    Returns:
        The report (see :func:`collect`).
    """
    good: list[str] = []
    bad: list[str] = []
    for url in urls:
        (good if url.startswith(("http://", "https://")) else bad).append(url)
    report = _execute(
        store,
        settings,
        sources=[],
        urls=good,
        query=None,
        since=None,
        refresh=refresh,
        client=client,
        on_progress=on_progress,
    )
    for url in bad:
        report.progress.pages_failed += 1
        report.failures.append(
            Failure(kind="page", location=url, error=f"{url}: only http(s) URLs are fetched")
        )
    return report
