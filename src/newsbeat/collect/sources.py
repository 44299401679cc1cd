"""Source types: what to poll for article URLs, registered by name.

``feed`` (RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed), ``sitemap`` (sitemaps,
news sitemaps, sitemap indexes), and the keyword search sources ``gdelt`` (GDELT DOC 2.0 API)
and ``search`` (a news-search RSS URL template with ``{query}``); GDELT's request, its errors
and the back-off rules are in :mod:`newsbeat.collect.gdelt`. Each type has one signature:
``poll(source, context) -> PollResult``; a poll never raises for a bad source, it returns a
result with ``error`` set so the run carries on.
"""

from __future__ import annotations

import asyncio
import calendar
import gzip
import json
import logging
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from urllib.parse import quote_plus, urljoin, urlsplit

import feedparser

from newsbeat.collect.fetcher import Fetcher, decode_body
from newsbeat.collect.gdelt import (
    GdeltRateLimited,
    backing_off,
    gdelt_error,
    gdelt_url,
)
from newsbeat.collect.linkonly import headline_and_outlet
from newsbeat.collect.query import QuerySyntaxError, short_terms, to_search
from newsbeat.exceptions import FetchError
from newsbeat.extract.article import normalise_url
from newsbeat.models import Source
from newsbeat.settings import CollectSettings

__all__ = [
    "SOURCE_TYPES",
    "Candidate",
    "GdeltRateLimited",
    "PollContext",
    "PollResult",
    "RateLimiter",
    "SourceType",
    "backing_off",
    "gdelt_error",
    "gdelt_url",
    "parse_feed",
    "parse_gdelt",
    "parse_sitemap",
    "poll_source",
    "retry_pending",
]

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9,"
    " application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
)
SITEMAP_ACCEPT = "application/xml, text/xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """An article URL a source announced, with what the source said about it.

    Attributes:
        url: the article's URL (or a wrapped link, until it is resolved).
        title: the headline the source gave (news-search items: without the outlet suffix).
        published: the date the source gave (ISO 8601).
        origin: the source's URL (or name).
        outlet: the outlet the source named (a news-search item's ``<source>``).
        wrapped: the wrapped link the source gave, once ``url`` is the resolved one.
        amp: the AMP copy the source linked to, once ``url`` is its canonical page.
    """

    url: str
    title: str | None = None
    published: str | None = None
    origin: str = ""
    outlet: str | None = None
    wrapped: str | None = None
    amp: str | None = None


@dataclass(kw_only=True)
class PollResult:
    """What polling one source gave.

    Attributes:
        candidates: article URLs (normalised, de-duplicated, newest window only).
        status: ``ok``, ``not modified`` or ``error``.
        error: why the poll failed (status ``error``).
        problem: a problem that did not stop the poll (a malformed feed still read).
        etag: validator to send next time.
        last_modified: validator to send next time.
        older: entries skipped as older than ``since``.
        rate_limited: the error is the service asking to slow down (the source backs off).
        retry_after: seconds the server asked to wait before the next poll (its Retry-After).
    """

    candidates: list[Candidate] = field(default_factory=list)
    status: str = "ok"
    error: str | None = None
    problem: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    older: int = 0
    rate_limited: bool = False
    retry_after: float | None = None


class RateLimiter:
    """At most one call per ``interval`` seconds (GDELT asks for one request per 5 s); after
    a rate-limit answer, :meth:`back_off` widens the interval for the rest of the run."""

    MAX_INTERVAL = 60.0

    def __init__(
        self, interval: float, *, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    ) -> None:
        self.interval = interval
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._last: float | None = None

    async def wait(self) -> None:
        """Return when the next call is allowed (callers queue in order)."""
        async with self._lock:
            now = time.monotonic()
            if self._last is not None and now - self._last < self.interval:
                await self._sleep(self.interval - (now - self._last))
            self._last = time.monotonic()

    def back_off(self) -> float:
        """Double the interval (at least 0.5 s, at most :attr:`MAX_INTERVAL`); returns it."""
        self.interval = min(max(self.interval * 2, 0.5), self.MAX_INTERVAL)
        return self.interval


@dataclass(frozen=True, kw_only=True)
class PollContext:
    """What a poll needs besides the source.

    Attributes:
        fetcher: the shared polite fetcher.
        collect: the ``[collect]`` settings (GDELT URL, search feed, limits).
        query: the beat's FTS5 query (keyword search sources need one).
        since: only entries published at or after this time (when the source dates them).
        gdelt_limiter: the run's GDELT rate limiter (shared by every GDELT source).
    """

    fetcher: Fetcher
    collect: CollectSettings
    query: str | None
    since: datetime | None
    gdelt_limiter: RateLimiter


Poll = Callable[[Source, PollContext], Awaitable[PollResult]]


@dataclass(frozen=True)
class SourceType:
    """A kind of source: its name, what its URL is, and how to poll it."""

    name: str
    url_help: str
    poll: Poll
    needs_query: bool = False


# -- helpers ----------------------------------------------------------------------------------
def _iso_from_struct(value: time.struct_time | None) -> str | None:
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC).isoformat()
    except (OverflowError, OSError, ValueError):  # a feed's date beyond what datetime holds
        return None


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _window(
    entries: list[Candidate], since: datetime | None, limit: int
) -> tuple[list[Candidate], int]:
    """Normalise and de-duplicate URLs, drop entries older than ``since``, cap the count."""
    kept: list[Candidate] = []
    seen: set[str] = set()
    older = 0
    for entry in entries:
        if urlsplit(entry.url).scheme not in ("http", "https"):
            continue
        url = normalise_url(entry.url)
        if url in seen:
            continue
        seen.add(url)
        when = _parse_time(entry.published)
        if since is not None and when is not None and when < since:
            older += 1
            continue
        kept.append(replace(entry, url=url))
    return kept[:limit], older


def _describe_bozo(parsed: feedparser.FeedParserDict) -> str:
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__ if exc is not None else "unknown problem"
    return f"malformed feed ({name}: {exc})" if exc is not None else name


# -- feeds --------------------------------------------------------------------------------------
def parse_feed(
    content: bytes, *, url: str, content_type: str = "", charset: str | None = None
) -> tuple[list[Candidate], str | None]:
    """Read RSS, Atom or JSON Feed.

    Args:
        content: the body.
        url: where it came from (resolves relative links; names the feed in messages).
        content_type: the response's media type.
        charset: the charset its headers declared.

    Returns:
        The entries, and a problem description when the feed is malformed but readable.

    Raises:
        FetchError: nothing usable (not a feed, or unreadable).
    """
    stripped = content.lstrip()
    if stripped[:1] in (b"{", b"[") or "json" in content_type:
        return _parse_json_feed(content, url=url, charset=charset), None
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=False)
    entries = []
    for entry in parsed.entries:
        if not entry.get("link"):
            continue
        title, outlet = headline_and_outlet(entry.get("title"), _entry_outlet(entry))
        entries.append(
            Candidate(
                url=urljoin(url, entry.get("link", "")),
                title=title,
                published=_iso_from_struct(
                    entry.get("published_parsed") or entry.get("updated_parsed")
                ),
                origin=url,
                outlet=outlet,
            )
        )
    if not entries and not parsed.get("version"):
        exc = parsed.get("bozo_exception")
        detail = f" ({type(exc).__name__}: {exc})" if exc is not None else ""
        raise FetchError(url, f"not an RSS, Atom or JSON feed{detail}")
    problem = _describe_bozo(parsed) if parsed.bozo else None
    return entries, problem


def _entry_outlet(entry: feedparser.FeedParserDict) -> str | None:
    """The outlet an item names: RSS ``<source>`` (news-search feeds), Bing's
    ``<News:Source>``."""
    source = entry.get("source")
    name = source.get("title") if isinstance(source, dict) else None
    name = name or entry.get("news_source")
    return " ".join(name.split()) if isinstance(name, str) and name.strip() else None


def _parse_json_feed(content: bytes, *, url: str, charset: str | None) -> list[Candidate]:
    try:
        data = json.loads(decode_body(content, charset))
    except json.JSONDecodeError as exc:
        raise FetchError(url, f"JSON feed is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise FetchError(url, "JSON document is not a JSON Feed (no jsonfeed.org version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise FetchError(url, "JSON Feed has no items list")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if isinstance(link, str) and link:
            published = item.get("date_published") or item.get("date_modified")
            entries.append(
                Candidate(
                    url=urljoin(url, link),
                    title=item.get("title") if isinstance(item.get("title"), str) else None,
                    published=published if isinstance(published, str) else None,
                    origin=url,
                )
            )
    return entries


async def poll_feed(source: Source, context: PollContext) -> PollResult:
    """Poll an RSS/Atom/JSON feed with a conditional GET."""
    result = await context.fetcher.fetch(
        source.url, etag=source.etag, last_modified=source.last_modified, accept=FEED_ACCEPT
    )
    if result.not_modified:
        return PollResult(
            status="not modified", etag=source.etag, last_modified=source.last_modified
        )
    entries, problem = parse_feed(
        result.content,
        url=result.final_url,
        content_type=result.content_type,
        charset=result.charset,
    )
    candidates, older = _window(entries, context.since, context.collect.max_urls_per_source)
    return PollResult(
        candidates=candidates,
        problem=problem,
        etag=result.etag,
        last_modified=result.last_modified,
        older=older,
    )


# -- sitemaps -----------------------------------------------------------------------------------
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(content: bytes, *, url: str) -> tuple[str, list[Candidate]]:
    """Read a sitemap, news sitemap or sitemap index (gzip allowed).

    Returns:
        ``("index", child sitemaps)`` or ``("urlset", article URLs)``; ``published`` is the
        news publication date, else ``lastmod``; ``title`` the news title.

    Raises:
        FetchError: the document is not a sitemap.
    """
    if content[:2] == b"\x1f\x8b":
        try:
            content = gzip.decompress(content)
        except (OSError, EOFError) as exc:
            raise FetchError(url, f"gzipped sitemap is corrupt: {exc}") from None
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise FetchError(url, f"sitemap is not valid XML: {exc}") from None
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise FetchError(url, f"not a sitemap (root element <{kind}>)")
    entries = []
    for node in root:
        fields = {_local(child.tag): (child.text or "").strip() for child in node}
        loc = fields.get("loc")
        if not loc:
            continue
        news = node.find(f"{_NEWS}news")
        title = published = None
        if news is not None:
            title = (news.findtext(f"{_NEWS}title") or "").strip() or None
            published = (news.findtext(f"{_NEWS}publication_date") or "").strip() or None
        entries.append(
            Candidate(
                url=urljoin(url, loc),
                title=title,
                published=published or fields.get("lastmod") or None,
                origin=url,
            )
        )
    return ("index" if kind == "sitemapindex" else "urlset"), entries


_MAX_CHILD_SITEMAPS = 20


async def poll_sitemap(source: Source, context: PollContext) -> PollResult:
    """Poll a sitemap; an index is followed one level down (newest children first)."""
    result = await context.fetcher.fetch(source.url, accept=SITEMAP_ACCEPT)
    kind, entries = parse_sitemap(result.content, url=result.final_url)
    problems: list[str] = []
    if kind == "index":
        children, _ = _window(entries, context.since, _MAX_CHILD_SITEMAPS)
        children.sort(key=lambda c: c.published or "", reverse=True)
        entries = []
        for child in children:
            try:
                child_result = await context.fetcher.fetch(child.url, accept=SITEMAP_ACCEPT)
                child_kind, child_entries = parse_sitemap(
                    child_result.content, url=child_result.final_url
                )
            except FetchError as exc:
                problems.append(str(exc))
                continue
            if child_kind == "urlset":
                entries.extend(child_entries)
    candidates, older = _window(entries, context.since, context.collect.max_urls_per_source)
    if problems and not candidates:
        raise FetchError(source.url, "; ".join(problems))
    return PollResult(
        candidates=candidates,
        older=older,
        problem=("child sitemaps failed: " + "; ".join(problems)) if problems else None,
    )


# -- keyword search sources ----------------------------------------------------------------------
def parse_gdelt(content: bytes, *, url: str) -> list[Candidate]:
    """Read a GDELT ``artlist`` JSON answer (an empty body or ``{}`` means no articles).

    Raises:
        GdeltRateLimited: GDELT asked to slow down (a plain-text answer with status 200).
        FetchError: another plain-text answer (GDELT explains query errors so); the message
            says what it means.
    """
    text = content.decode("utf-8", errors="replace").strip()
    if not text:
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise gdelt_error(url, text) from None
    articles = data.get("articles", []) if isinstance(data, dict) else None
    if not isinstance(articles, list):
        raise FetchError(url, "GDELT answer has no 'articles' list")
    entries = []
    for item in articles:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        seen = item.get("seendate")
        published = None
        if isinstance(seen, str):
            try:
                published = (
                    datetime.strptime(seen, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).isoformat()
                )
            except ValueError:
                published = None
        title = item.get("title")
        entries.append(
            Candidate(
                url=item["url"],
                title=title if isinstance(title, str) else None,
                published=published,
                origin="GDELT",
            )
        )
    return entries


_GDELT_RETRIES = 2  # after a rate-limit answer, with the limiter's interval doubled each time


async def poll_gdelt(source: Source, context: PollContext) -> PollResult:
    """Ask GDELT DOC 2.0 for the beat's articles (one request per ``gdelt_min_interval``).

    A rate-limit answer widens the run's GDELT interval and asks again, twice; then the poll
    fails with ``rate_limited`` set. Words GDELT ignores (shorter than three letters) are
    named in the result's ``problem``.
    """
    query = _query_of(source, context)
    short = short_terms(query)
    problem = None
    if short:
        every_word = short_terms(query, minimum=sys.maxsize)
        if short == every_word and '"' not in query:
            raise FetchError(
                source.url,
                f"the query {query!r} has no word of three letters or more; GDELT ignores"
                " shorter words, so it cannot search for it",
            )
        words = ", ".join(repr(w) for w in short)
        problem = (
            f"GDELT ignores words shorter than three letters ({words}): its search is not"
            " limited by them"
        )
    url = gdelt_url(
        source.url or context.collect.gdelt_url,
        query,
        since=context.since,
        max_records=context.collect.gdelt_max_records,
    )
    for attempt in range(_GDELT_RETRIES + 1):
        result = await context.fetcher.fetch(
            url, accept="application/json", pace=context.gdelt_limiter.wait
        )
        try:
            entries = parse_gdelt(result.content, url=source.url)
            break
        except GdeltRateLimited as exc:
            if attempt == _GDELT_RETRIES:
                raise GdeltRateLimited(
                    source.url,
                    f"{exc.reason} ({attempt + 1} times, the last after"
                    f" {context.gdelt_limiter.interval:g} s); the source backs off",
                ) from None
            wait = context.gdelt_limiter.back_off()
            log.info("%s: rate limited; asking again %g s apart", source.url, wait)
    candidates, older = _window(entries, context.since, context.collect.max_urls_per_source)
    return PollResult(candidates=candidates, older=older, problem=problem)


def search_url(template: str, query: str) -> str:
    """The news-search feed URL: the template with ``{query}`` replaced (URL-encoded)."""
    return template.replace("{query}", quote_plus(to_search(query)))


async def poll_search(source: Source, context: PollContext) -> PollResult:
    """Read a news-search RSS feed for the beat's query."""
    query = _query_of(source, context)
    url = search_url(source.url or context.collect.search_feed_template, query)
    result = await context.fetcher.fetch(url, accept=FEED_ACCEPT)
    entries, problem = parse_feed(
        result.content,
        url=result.final_url,
        content_type=result.content_type,
        charset=result.charset,
    )
    # A news-search headline ends in " - Outlet" even without a <source> element.
    entries = [_split_headline(e) for e in entries]
    candidates, older = _window(entries, context.since, context.collect.max_urls_per_source)
    return PollResult(candidates=candidates, problem=problem, older=older)


def _split_headline(entry: Candidate) -> Candidate:
    if entry.outlet is not None:
        return entry
    title, outlet = headline_and_outlet(entry.title, None, split_suffix=True)
    return replace(entry, title=title, outlet=outlet)


def _query_of(source: Source, context: PollContext) -> str:
    if not context.query:
        raise FetchError(source.url, f"a {source.type} source needs a beat query (--beat)")
    return context.query


SOURCE_TYPES: dict[str, SourceType] = {
    t.name: t
    for t in (
        SourceType("feed", "an RSS, Atom or JSON Feed URL", poll_feed),
        SourceType("sitemap", "a sitemap, news sitemap or sitemap index URL", poll_sitemap),
        SourceType("gdelt", "the GDELT DOC 2.0 API endpoint", poll_gdelt, needs_query=True),
        SourceType(
            "search", "a news-search RSS URL template containing {query}", poll_search, True
        ),
    )
}


def retry_pending(source: Source, now: datetime | None = None) -> bool:
    """Whether the source asked (Retry-After) not to be polled before a time still to come."""
    if not source.retry_at:
        return False
    try:
        until = datetime.fromisoformat(source.retry_at)
    except ValueError:
        return False
    until = until if until.tzinfo else until.replace(tzinfo=UTC)
    return until > (now or datetime.now(UTC))


async def poll_source(source: Source, context: PollContext) -> PollResult:
    """Poll one source of any type; errors come back as ``status="error"``, never raised."""
    kind = SOURCE_TYPES.get(source.type)
    if kind is None:
        return PollResult(
            status="error", error=f"{source.url}: unknown source type {source.type!r}"
        )
    waiting = backing_off(source)
    if waiting is not None:
        return PollResult(
            status="backing off",
            problem=f"rate limited at its last poll ({source.last_poll}); not asked again before"
            f" {waiting}",
        )
    if retry_pending(source):
        return PollResult(
            status="backing off",
            problem=f"asked to wait (Retry-After) at its last poll; not asked again before"
            f" {source.retry_at}",
        )
    try:
        return await kind.poll(source, context)
    except GdeltRateLimited as exc:
        return PollResult(status="error", error=str(exc), rate_limited=True)
    except FetchError as exc:
        return PollResult(status="error", error=str(exc), retry_after=exc.retry_after)
    except QuerySyntaxError as exc:
        return PollResult(status="error", error=f"{source.url}: {exc}")
