"""Source types: feeds (expectations in fixtures/web/feeds/expected.json), sitemaps, GDELT,
news search, each polled from the real 127.0.0.1 server."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsbeat.collect.fetcher import Fetcher, FetchOptions, make_client
from newsbeat.collect.sources import (
    PollContext,
    PollResult,
    RateLimiter,
    parse_feed,
    parse_gdelt,
    parse_sitemap,
    poll_source,
)
from newsbeat.exceptions import FetchError
from newsbeat.models import Source
from newsbeat.settings import Settings
from webserver import ETAG, WebServer, fast_settings

FEEDS = Path(__file__).parent / "fixtures" / "web" / "feeds"
EXPECTED = {
    k: v
    for k, v in json.loads((FEEDS / "expected.json").read_text()).items()
    if not k.startswith("_")
}
BASE = "http://news.example.org"


def _fixture(name: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"@BASE@", BASE.encode())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_feeds_give_their_expected_entries(name: str) -> None:
    want = EXPECTED[name]
    kind = "application/json" if name.endswith(".json") else "application/rss+xml"
    charset = "utf-8" if name == "latin1.xml" else None  # the server's lie
    entries, problem = parse_feed(
        _fixture(name), url=f"{BASE}/feeds/{name}", content_type=kind, charset=charset
    )
    paths = [e.url.removeprefix(BASE) for e in entries]
    assert paths == want["paths"]
    by_path = {e.url.removeprefix(BASE): e for e in entries}
    for path, title in want["titles"].items():
        assert by_path[path].title == title
    for path, published in want["published"].items():
        assert by_path[path].published == published
    assert (problem is not None) == want["problem"], problem


def test_something_that_is_not_a_feed_is_an_error() -> None:
    with pytest.raises(FetchError, match="not an RSS, Atom or JSON feed"):
        parse_feed(b"<html><body>hello</body></html>", url="http://x/f", content_type="text/html")
    with pytest.raises(FetchError, match="not a JSON Feed"):
        parse_feed(b'{"hello": 1}', url="http://x/f.json", content_type="application/json")
    with pytest.raises(FetchError, match="not valid JSON"):
        parse_feed(b"{oops", url="http://x/f.json", content_type="application/json")


def test_sitemaps_news_sitemaps_and_indexes() -> None:
    sitemaps = FEEDS.parent / "sitemaps"
    kind, entries = parse_sitemap((sitemaps / "news.xml").read_bytes(), url=f"{BASE}/s.xml")
    assert kind == "urlset"
    assert entries[0].title == "Alliance summit delayed by storm"
    assert entries[0].published == "2026-03-04T12:00:00+00:00"
    kind, entries = parse_sitemap((sitemaps / "index.xml").read_bytes(), url=f"{BASE}/i.xml")
    assert kind == "index" and len(entries) == 3
    with pytest.raises(FetchError, match="not a sitemap"):
        parse_sitemap(b"<rss/>", url=f"{BASE}/x.xml")
    with pytest.raises(FetchError, match="not valid XML"):
        parse_sitemap(b"<urlset><url>", url=f"{BASE}/x.xml")


def test_gzipped_sitemap() -> None:
    import gzip

    body = gzip.compress((FEEDS.parent / "sitemaps" / "sitemap.xml").read_bytes())
    kind, entries = parse_sitemap(body, url=f"{BASE}/s.xml.gz")
    assert kind == "urlset" and len(entries) == 2


def test_gdelt_answers() -> None:
    entries = parse_gdelt(_fixture("gdelt.json"), url="gdelt")
    assert entries[0].published == "2026-03-04T12:15:00+00:00"
    assert entries[0].title == "Alliance summit delayed by storm"
    assert parse_gdelt(b"", url="gdelt") == [] and parse_gdelt(b"{}", url="gdelt") == []
    with pytest.raises(FetchError, match="GDELT answered with an error: 'The specified"):
        parse_gdelt(b"The specified phrase is too short.", url="gdelt")


# -- polling the real server -----------------------------------------------------------------
def _poll(
    server: WebServer,
    sources: list[Source],
    *,
    query: str | None = "alliance",
    since: datetime | None = None,
    settings: Settings | None = None,
) -> list[PollResult]:
    settings = settings or fast_settings(server)
    options = FetchOptions.from_settings(settings)

    async def go() -> list[PollResult]:
        async with make_client(options) as client:
            context = PollContext(
                fetcher=Fetcher(client, options),
                collect=settings.collect,
                query=query,
                since=since,
                gdelt_limiter=RateLimiter(settings.collect.gdelt_min_interval),
            )
            return list(await asyncio.gather(*(poll_source(s, context) for s in sources)))

    return asyncio.run(go())


def test_feed_poll_normalises_dedupes_and_windows(web_server: WebServer) -> None:
    [result] = _poll(
        web_server,
        [Source(type="feed", url=web_server.url("/feeds/rss2.xml"))],
        since=datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert result.status == "ok"
    assert [c.url for c in result.candidates] == [
        web_server.url("/articles/treaty-signed.html"),  # tracking parameters stripped
        web_server.url("/articles/summit-delayed.html"),
    ]  # the #comments duplicate is gone, the 2015 entry is older than the window
    assert result.older == 1


def test_conditional_get_gives_not_modified(web_server: WebServer) -> None:
    source = Source(type="feed", url=web_server.url("/feeds/conditional.xml"))
    [first] = _poll(web_server, [source])
    assert first.status == "ok" and first.etag == ETAG and first.last_modified
    source.etag, source.last_modified = first.etag, first.last_modified
    [second] = _poll(web_server, [source])
    assert second.status == "not modified" and second.candidates == []


def test_sitemap_index_is_followed_and_a_missing_child_is_reported(
    web_server: WebServer,
) -> None:
    [result] = _poll(
        web_server, [Source(type="sitemap", url=web_server.url("/sitemaps/index.xml"))]
    )
    assert result.status == "ok"
    assert {c.url for c in result.candidates} == {
        web_server.url("/articles/treaty-signed.html"),
        web_server.url("/articles/no-date.html"),
        web_server.url("/articles/summit-delayed.html"),
    }
    assert result.problem is not None and "missing.xml: HTTP 404" in result.problem


def test_gdelt_and_search_get_the_translated_query(web_server: WebServer) -> None:
    before = len(web_server.queries)
    results = _poll(
        web_server,
        [
            Source(type="gdelt", url=web_server.url("/gdelt")),
            Source(type="search", url=web_server.url("/search?q={query}")),
        ],
        query="nato OR alliance*",
    )
    assert [r.status for r in results] == ["ok", "ok"]
    asked = {path: text for path, text, _ in web_server.queries[before:]}
    assert asked == {"/gdelt": "(nato OR alliance)", "/search": "nato OR alliance"}
    assert len(results[0].candidates) == 3 and len(results[1].candidates) == 2


def test_gdelt_requests_are_spaced_by_the_minimum_interval(web_server: WebServer) -> None:
    before = len(web_server.queries)
    settings = fast_settings(web_server, collect={"gdelt_min_interval": 0.4})
    _poll(
        web_server,
        [Source(type="gdelt", url=web_server.url(f"/gdelt?n={i}")) for i in range(3)],
        settings=settings,
    )
    times = sorted(t for path, _, t in web_server.queries[before:] if path == "/gdelt")
    assert len(times) == 3
    # 0.4 s apart when sent; arrival times may jitter on a loaded machine
    assert all(b - a >= 0.3 for a, b in itertools.pairwise(times))


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (Source(type="feed", url="/feeds/notafeed.html"), "not an RSS, Atom or JSON feed"),
        (Source(type="feed", url="/fault/missing"), "HTTP 404"),
        (Source(type="sitemap", url="/feeds/rss2.xml"), "not a sitemap"),
        (Source(type="gdelt", url="/gdelt-error"), "GDELT answered with an error"),
        (Source(type="gopher", url="/x"), "unknown source type 'gopher'"),
    ],
)
def test_bad_sources_are_errors_not_exceptions(
    web_server: WebServer, source: Source, message: str
) -> None:
    source.url = web_server.url(source.url)
    [result] = _poll(web_server, [source])
    assert result.status == "error"
    assert result.error is not None and message in result.error
    assert web_server.url("") in result.error  # names the source


def test_search_sources_need_a_query(web_server: WebServer) -> None:
    [result] = _poll(web_server, [Source(type="gdelt", url=web_server.url("/gdelt"))], query=None)
    assert result.status == "error" and "needs a beat query" in (result.error or "")


def test_rate_limiter_spacing() -> None:
    async def go() -> list[float]:
        limiter = RateLimiter(0.1)
        stamps = []
        for _ in range(3):
            await limiter.wait()
            stamps.append(time.monotonic())
        return stamps

    stamps = asyncio.run(go())
    assert stamps[1] - stamps[0] >= 0.09 and stamps[2] - stamps[1] >= 0.09
