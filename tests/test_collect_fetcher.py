"""The polite fetcher: unit tests with httpx.MockTransport, fault tests on a real server."""

from __future__ import annotations

import asyncio
import gzip
import time
from collections.abc import Callable

import httpx
import pytest

from newsbeat.collect.fetcher import Fetcher, FetchOptions, FetchResult, decode_body, make_client
from newsbeat.exceptions import FetchError, RobotsDisallowed
from webserver import ETAG, WebServer, fast_settings

LATIN1_TEXT = (
    "Der Bürgermeister von Kessel, Jürgen Müller, eröffnete am Montag die neue Fähre über die"
    " Meerenge. Die Überfahrt dauert künftig nur noch zwölf Minuten, sagte er vor Gästen."
)
Handler = Callable[[httpx.Request], httpx.Response]
SLACK = 3.0


class _Body(httpx.AsyncByteStream):
    """A streamed body (httpx pre-reads plain bytes, which the fetcher never sees on a network)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    async def __aiter__(self):  # type: ignore[override]
        yield self.data


def resp(
    status: int, body: bytes | str = b"", headers: dict[str, str] | None = None
) -> httpx.Response:
    """A MockTransport answer whose body is streamed like a network one."""
    data = body.encode() if isinstance(body, str) else body
    return httpx.Response(status, headers=headers, stream=_Body(data))


ROBOTS = "User-agent: *\nDisallow: /private/\n"


class Clock:
    """A fake sleep that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)


def _run(handler: Handler, url: str, clock: Clock | None = None, **options: object) -> FetchResult:
    opts = FetchOptions(per_host_delay=0, retry_backoff=0.1, **options)  # type: ignore[arg-type]

    async def go() -> FetchResult:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            fetcher = Fetcher(client, opts, sleep=(clock or Clock()).sleep)
            return await fetcher.fetch(url)

    return asyncio.run(go())


def _site(pages: dict[str, Callable[[httpx.Request], httpx.Response]]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return resp(200, ROBOTS)
        return pages[request.url.path](request)

    return handler


def test_user_agent_names_newsbeat_and_the_contact() -> None:
    seen: list[str] = []

    def page(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return resp(200, "<p>hi</p>")

    opts = FetchOptions(user_agent="newsbeat/0.1", contact="desk@example.org", per_host_delay=0)

    async def go() -> None:
        async with make_client(opts) as client:
            client._transport = httpx.MockTransport(_site({"/a": page}))
            await Fetcher(client, opts).fetch("https://example.org/a")

    asyncio.run(go())
    assert seen == ["newsbeat/0.1 (contact: desk@example.org)"]


def test_an_injected_client_still_sends_our_user_agent_to_robots_and_pages() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return resp(200, ROBOTS if request.url.path == "/robots.txt" else "<p>hi</p>")

    _run(handler, "https://example.org/a", user_agent="newsbeat/9", contact="x@example.org")
    assert seen == ["newsbeat/9 (contact: x@example.org)"] * 2


def test_5xx_is_retried_with_growing_jittered_backoff() -> None:
    answers = iter([503, 502, 200])
    clock = Clock()
    result = _run(
        _site({"/a": lambda r: resp(next(answers), "<p>ok</p>")}),
        "https://example.org/a",
        clock,
        retries=3,
    )
    assert result.status == 200 and result.attempts == 3
    assert len(clock.waits) == 2
    assert 0.05 <= clock.waits[0] <= 0.15 and 0.1 <= clock.waits[1] <= 0.3


def test_retry_after_is_honoured() -> None:
    answers = iter([resp(429, headers={"Retry-After": "7"}), resp(200)])
    clock = Clock()
    result = _run(_site({"/a": lambda r: next(answers)}), "https://example.org/a", clock)
    assert result.status == 200 and clock.waits == [7.0]


def test_retry_after_beyond_the_limit_gives_up_at_once() -> None:
    clock = Clock()
    with pytest.raises(FetchError, match="Retry-After 3600 s exceeds") as info:
        _run(
            _site({"/a": lambda r: resp(429, headers={"Retry-After": "3600"})}),
            "https://example.org/a",
            clock,
            max_retry_wait=60,
        )
    assert info.value.status == 429 and clock.waits == []


def test_connection_errors_are_retried_then_reported() -> None:
    calls = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(FetchError, match=r"connection failed.*gave up after 3 attempts"):
        _run(_site({"/a": refuse}), "https://example.org/a", retries=2)
    assert len(calls) == 3


def test_404_is_not_retried() -> None:
    calls = []

    def gone(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return resp(404)

    with pytest.raises(FetchError, match="HTTP 404") as info:
        _run(_site({"/a": gone}), "https://example.org/a")
    assert info.value.status == 404 and len(calls) == 1


def test_robots_txt_is_fetched_once_per_host_and_obeyed() -> None:
    robots_calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            robots_calls.append(request.url.host)
            return resp(200, ROBOTS)
        return resp(200, "<p>x</p>")

    async def go() -> list[object]:
        opts = FetchOptions(per_host_delay=0)
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            fetcher = Fetcher(client, opts)
            urls = [
                "https://a.org/1",
                "https://a.org/2",
                "https://a.org/private/x",
                "https://b.org/1",
            ]
            return await asyncio.gather(*(fetcher.fetch(u) for u in urls), return_exceptions=True)

    results = asyncio.run(go())
    assert [type(r).__name__ for r in results] == [
        "FetchResult",
        "FetchResult",
        "RobotsDisallowed",
        "FetchResult",
    ]
    assert sorted(robots_calls) == ["a.org", "b.org"]


def test_robots_5xx_treats_the_site_as_disallowed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return resp(503 if request.url.path == "/robots.txt" else 200)

    with pytest.raises(RobotsDisallowed, match=r"robots\.txt answered HTTP 503"):
        _run(handler, "https://example.org/a")


def test_missing_robots_txt_allows_everything() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return resp(404 if request.url.path == "/robots.txt" else 200, "<p/>")

    assert _run(handler, "https://example.org/private/a").status == 200


def test_conditional_headers_are_sent() -> None:
    seen: dict[str, str] = {}

    def page(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return resp(304)

    async def go() -> FetchResult:
        async with httpx.AsyncClient(transport=httpx.MockTransport(_site({"/f": page}))) as c:
            return await Fetcher(c, FetchOptions(per_host_delay=0)).fetch(
                "https://example.org/f", etag='"abc"', last_modified="Mon, 02 Mar 2026 10:00:00 GMT"
            )

    result = asyncio.run(go())
    assert result.not_modified
    assert seen["if-none-match"] == '"abc"'
    assert seen["if-modified-since"] == "Mon, 02 Mar 2026 10:00:00 GMT"


def test_redirects_are_followed_up_to_the_limit() -> None:
    def hop(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/"))
        return resp(302, headers={"Location": f"/{n + 1}"})

    handler = _site({f"/{i}": hop for i in range(30)})
    with pytest.raises(FetchError, match="more than 3 redirects"):
        _run(handler, "https://example.org/0", max_redirects=3)


def test_redirect_chain_result_keeps_the_asked_url() -> None:
    handler = _site(
        {
            "/old": lambda r: resp(301, headers={"Location": "https://example.org/new"}),
            "/new": lambda r: resp(200, "<p>moved</p>"),
        }
    )
    result = _run(handler, "https://example.org/old")
    assert result.url == "https://example.org/old"
    assert result.final_url == "https://example.org/new"


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "example.org/a"])
def test_only_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="only http"):
        _run(lambda r: resp(200), url)


def test_gzip_bodies_are_decoded_and_bombs_refused() -> None:
    small = gzip.compress(b"<p>hello</p>")
    bomb = gzip.compress(b"\0" * 5_000_000)
    handler = _site(
        {
            "/small": lambda r: resp(200, small, {"Content-Encoding": "gzip"}),
            "/bomb": lambda r: resp(200, bomb, {"Content-Encoding": "gzip"}),
        }
    )
    assert _run(handler, "https://example.org/small").content == b"<p>hello</p>"
    with pytest.raises(FetchError, match="decompression bomb"):
        _run(handler, "https://example.org/bomb", max_body_bytes=1_000_000)


@pytest.mark.parametrize(
    ("body", "declared", "text"),
    [
        ("Café".encode(), "utf-8", "Café"),
        (LATIN1_TEXT.encode("latin-1"), "utf-8", "Müller"),  # the header lies: fall through
        (b'<meta charset="windows-1252"><p>Caf\xe9</p>', None, "<p>Café</p>"),
        (b'<?xml version="1.0" encoding="iso-8859-1"?><t>Caf\xe9</t>', None, "<t>Café</t>"),
        ("Żółć gęślą jaźń, zażółć gęślą jaźń".encode(), None, "Żółć gęślą jaźń"),
    ],
)
def test_charset_from_headers_then_meta_then_detection(
    body: bytes, declared: str | None, text: str
) -> None:
    assert text in decode_body(body, declared)


# -- a real server on 127.0.0.1 ----------------------------------------------------------------
def _fetch_real(server: WebServer, path: str, **fetch: object) -> FetchResult:
    """Fetch ``path`` with the test settings, ``fetch`` changing the ``[fetch]`` ones."""
    options = FetchOptions.from_settings(fast_settings(server, fetch=fetch))

    async def go() -> FetchResult:
        async with make_client(options) as client:
            return await Fetcher(client, options).fetch(server.url(path))

    return asyncio.run(go())


# Timeouts are short here (fast_settings); retries are off where only the timing matters.
@pytest.mark.parametrize(
    ("path", "message", "limit", "changes"),
    [
        (
            "/fault/hang",
            r"timed out \(ReadTimeout\) \(gave up after 2 attempts\)",
            4.0,
            {"retries": 1},
        ),
        (
            "/fault/drip",
            "no complete answer within 1.5 s",
            3.0,
            # a byte a second: the read timeout must exceed that gap on a loaded machine, so
            # that only the total timeout can end the fetch
            {"retries": 0, "total_timeout": 1.5, "read_timeout": 5.0},
        ),
        ("/fault/loop", "redirect loop", 2.0, {}),
        ("/fault/to-ftp", "only http", 2.0, {}),
        ("/fault/missing", "HTTP 404", 2.0, {}),
        ("/fault/huge", "body of 20,971,520 bytes exceeds the 10,485,760 byte limit", 3.0, {}),
        ("/fault/huge-chunked", "body exceeds the 10,485,760 byte limit", 4.0, {}),
        ("/fault/bomb", "decompression bomb", 3.0, {}),
        ("/fault/always-500", r"HTTP 503 \(gave up after 3 attempts\)", 4.0, {}),
        ("/fault/busy-long", "Retry-After 3600 s exceeds", 2.0, {}),
        ("/private/secret.html", "robots.txt disallows /private/secret.html", 2.0, {}),
    ],
)
def test_faulty_endpoints_end_in_a_clear_error_within_bounded_time(
    web_server: WebServer, path: str, message: str, limit: float, changes: dict[str, object]
) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=message) as info:
        _fetch_real(web_server, path, **changes)
    # ``limit`` is what the timeouts allow; SLACK absorbs a loaded 2-core CI machine.
    assert time.monotonic() - started < limit + SLACK
    assert web_server.url(path) in str(info.value)


@pytest.mark.parametrize("fault", ["flaky", "busy"])
def test_500_then_200_and_429_then_200_are_retried(web_server: WebServer, fault: str) -> None:
    key = f"retry-{fault}-{time.monotonic_ns()}"
    result = _fetch_real(web_server, f"/fault/{fault}?key={key}")
    assert result.status == 200 and result.attempts == 2
    assert b"Alliance summit delayed" in result.content
    assert web_server.keys[key] == 2


def test_429_waits_for_retry_after(web_server: WebServer) -> None:
    started = time.monotonic()
    _fetch_real(web_server, f"/fault/busy?key=wait-{time.monotonic_ns()}")
    assert time.monotonic() - started >= 0.95  # Retry-After: 1


def test_per_host_delay_spaces_requests(web_server: WebServer) -> None:
    options = FetchOptions.from_settings(fast_settings(web_server, fetch={"per_host_delay": 0.2}))

    async def go() -> float:
        async with make_client(options) as client:
            fetcher = Fetcher(client, options)
            started = time.monotonic()
            await asyncio.gather(
                *(fetcher.fetch(web_server.url(f"/articles/no-date.html?n={i}")) for i in range(4))
            )
            return time.monotonic() - started

    # robots.txt + 4 pages = 5 requests at >= 0.2 s intervals
    assert asyncio.run(go()) >= 0.75


def test_conditional_get_on_a_real_server(web_server: WebServer) -> None:
    options = FetchOptions.from_settings(fast_settings(web_server))

    async def go() -> tuple[FetchResult, FetchResult]:
        async with make_client(options) as client:
            fetcher = Fetcher(client, options)
            first = await fetcher.fetch(web_server.url("/feeds/conditional.xml"))
            second = await fetcher.fetch(web_server.url("/feeds/conditional.xml"), etag=first.etag)
            return first, second

    first, second = asyncio.run(go())
    assert first.status == 200 and first.etag == ETAG
    assert second.not_modified and second.content == b""
