"""A real HTTP server on 127.0.0.1 for the collect tests: fixtures plus faulty endpoints.

It serves ``tests/fixtures/web/`` (``@BASE@`` in a file becomes the server's base URL) and:

==========================  ===============================================================
``/robots.txt``              disallows ``/private/``
``/gdelt``                   GDELT-style JSON (``feeds/gdelt.json``); records each query
``/search``                  news-search RSS (``feeds/search.xml``); records each query
``/feeds/conditional.xml``   answers 304 to a matching ``If-None-Match``/``If-Modified-Since``
``/fault/hang``              never answers (until the server stops)
``/fault/drip``              sends one byte a second
``/fault/flaky?key=K``       500 on the first request for K, then the article
``/fault/busy?key=K``        429 with ``Retry-After: 1`` first, then the article
``/fault/loop``              redirects to ``/fault/loop2``, which redirects back
``/fault/to-ftp``            redirects to an ftp:// URL
``/fault/missing``           404
``/fault/huge``              20 MB body with Content-Length
``/fault/huge-chunked``      20 MB body streamed without Content-Length
``/fault/bomb``              gzip bomb: ~20 KB that inflates to 20 MB
``/fault/wrong-type``        an article page served as ``image/png``
``/feeds/latin1.xml``        Latin-1 bytes announced as UTF-8
``/growing/<key>/...``       a feed that grows as it is polled (``tests/_growing_feed.py``)
``/gnews/...``               a news-search site (``gnews/``): ``rss/search`` is its RSS with
                             wrapped links in both forms, ``rss/articles/<id>`` the page with
                             an id's decoding parameters, ``_/DotsSplashUi/data/batchexecute``
                             (POST) the decoding endpoint, answering as the real one does
``/gnews-down/...``          the same feed, but the site's pages and endpoint answer 503
``/gdelt-answer/<name>``     GDELT's plain-text answer ``gdelt/<name>.txt``, status 200
``/gdelt-limited/<key>/<n>`` GDELT's rate-limit answer to the first ``n`` requests of ``key``,
                             then ``feeds/gdelt.json``
==========================  ===============================================================

Fixture placeholders: ``@BASE@`` (the base URL), ``@BASE_ENC@`` (it, percent-encoded, as a
click tracker's ``url=`` parameter holds it), ``@GNEWS@`` (the news-search site's root) and
``@OLDLINK(/path)@`` (an older-form article id holding ``@BASE@/path`` in clear).

Every request is counted per path in ``hits`` (tests assert retries and caching with it).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import json
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from tests._growing_feed import GrowingFeeds

from newsbeat.settings import Settings, parse_settings

FIXTURES = Path(__file__).parent / "fixtures" / "web"
TWENTY_MB = 20 * 1024 * 1024
ETAG = '"v1"'
LAST_MODIFIED = "Mon, 02 Mar 2026 10:00:00 GMT"

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/rss+xml; charset=utf-8",
    ".json": "application/json",
}


_OLDLINK = re.compile(rb"@OLDLINK\(([^)@]*)\)@")
GNEWS_TS = "1772445600"


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def old_form_id(url: str) -> str:
    """An older-form news-search article id: the URL in clear in its protobuf payload."""
    raw = url.encode()
    payload = b"\x08\x13\x22" + _varint(len(raw)) + raw + b"\xd2\x01\x00"
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def gnews_signature(article_id: str) -> str:
    """The signature the fake news-search site gives (and then expects) for an id."""
    return "AZ5r3e" + hashlib.sha256(article_id.encode()).hexdigest()[:26]


class WebServer:
    """The running server: ``url(path)``, per-path ``hits``, recorded ``queries``."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.queries: list[tuple[str, str, float]] = []
        self.keys: Counter[str] = Counter()
        self.growing = GrowingFeeds()
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @functools.cached_property
    def bomb(self) -> bytes:
        """About 20 KB of gzip that inflates to 20 MB (built on first use)."""
        return gzip.compress(b"\0" * TWENTY_MB, compresslevel=9)

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base + path

    def fixture(self, relative: str, *, gnews: str = "/gnews") -> bytes:
        """A fixture file with its placeholders filled (see the module docstring)."""
        return self.render((FIXTURES / relative).read_bytes(), gnews=gnews)

    def render(self, body: bytes, *, gnews: str = "/gnews") -> bytes:
        """Fill the placeholders of a fixture's bytes."""
        body = _OLDLINK.sub(lambda m: old_form_id(self.base + m.group(1).decode()).encode(), body)
        body = body.replace(b"@GNEWS@", (self.base + gnews).encode())
        body = body.replace(b"@BASE_ENC@", quote(self.base, safe="").lower().encode())
        return body.replace(b"@BASE@", self.base.encode())

    @functools.cached_property
    def gnews_links(self) -> dict[str, str | None]:
        """Newer-form article id -> local path (``gnews/links.json``)."""
        data = json.loads((FIXTURES / "gnews" / "links.json").read_text(encoding="utf-8"))
        return {k: v for k, v in data.items() if not k.startswith("_")}

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler(server: WebServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body are two writes: without TCP_NODELAY, Nagle and delayed ACKs
            # stall every keep-alive response by ~40 ms.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet

        def send(
            self,
            status: int,
            body: bytes,
            content_type: str = "text/html",
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            with server.lock:
                server.hits[parts.path] += 1
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size).decode("utf-8", errors="replace")
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if parts.path == "/gnews/_/DotsSplashUi/data/batchexecute":
                    self.batchexecute(body)
                elif parts.path.startswith("/gnews-down/"):
                    self.send(503, b"unavailable", "text/plain")
                else:
                    self.send(404, b"not found", "text/plain")

        def batchexecute(self, body: str) -> None:
            """Answer like the site's decoding RPC: one ``wrb.fr`` row per call."""
            try:
                calls = json.loads(parse_qs(body)["f.req"][0])[0]
            except (KeyError, IndexError, json.JSONDecodeError):
                calls = None
            if not isinstance(calls, list):
                self.send(400, b"bad request", "text/plain")
                return
            rows: list[object] = []
            for rpc, inner, _, request_id in calls:
                _, _, token, stamp, signature = json.loads(inner)
                path = server.gnews_links.get(token)
                good = str(stamp) == GNEWS_TS and signature == gnews_signature(token)
                if rpc == "Fbv4je" and path and good:
                    answer = json.dumps(["garturlres", server.base + path, 1])
                    rows.append(["wrb.fr", rpc, answer, None, None, None, request_id])
                else:
                    rows.append(["wrb.fr", rpc, None, None, None, [3], request_id])
            rows += [["di", 41], ["af.httprm", 40, "-6107513426823946427", 12]]
            text = ")]}'\n\n" + json.dumps(rows, separators=(",", ":"))
            self.send(200, text.encode(), "application/json; charset=utf-8")

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            path, query = parts.path, parse_qs(parts.query)
            with server.lock:
                server.hits[path] += 1
            # The client may give up, as the faulty endpoints intend.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.route(path, query)

        def route(self, path: str, query: dict[str, list[str]]) -> None:
            if path == "/robots.txt":
                self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path in ("/gdelt", "/search"):
                text = (query.get("query") or query.get("q") or [""])[0]
                with server.lock:
                    server.queries.append((path, text, time.monotonic()))
                name = "feeds/gdelt.json" if path == "/gdelt" else "feeds/search.xml"
                kind = "application/json" if path == "/gdelt" else "application/rss+xml"
                self.send(200, server.fixture(name), kind)
            elif path in ("/gnews/rss/search", "/gnews-down/rss/search"):
                prefix = path.removesuffix("/rss/search")
                with server.lock:
                    server.queries.append((path, (query.get("q") or [""])[0], time.monotonic()))
                self.send(200, server.fixture("gnews/search.xml", gnews=prefix), "application/xml")
            elif path.startswith("/gnews-down/"):
                self.send(503, b"unavailable", "text/plain")
            elif path.startswith("/gnews/rss/articles/"):
                token = path.rsplit("/", 1)[-1]
                if token not in server.gnews_links:
                    self.send(404, b"not found", "text/plain")
                    return
                page = (
                    "article-page.html"
                    if server.gnews_links[token]
                    else "article-page-changed.html"
                )
                body = server.fixture(f"gnews/{page}").replace(b"@ID@", token.encode())
                body = body.replace(b"@TS@", GNEWS_TS.encode())
                body = body.replace(b"@SG@", gnews_signature(token).encode())
                self.send(200, body, "text/html; charset=utf-8")
            elif path.startswith("/gdelt-answer/"):
                name = path.rsplit("/", 1)[-1]
                if not (FIXTURES / "gdelt" / f"{name}.txt").is_file():
                    self.send(404, b"not found", "text/plain")
                    return
                self.send(200, server.fixture(f"gdelt/{name}.txt"), "text/html; charset=utf-8")
            elif path.startswith("/gdelt-limited/"):
                _, _, key, limit = path.split("/")
                with server.lock:
                    server.keys[key] += 1
                    limited = server.keys[key] <= int(limit)
                    server.queries.append((path, "", time.monotonic()))
                if limited:
                    body = server.fixture("gdelt/rate-limit.txt")
                    self.send(200, body, "text/html; charset=utf-8")
                else:
                    self.send(200, server.fixture("feeds/gdelt.json"), "application/json")
            elif path == "/gdelt-error":
                self.send(200, b"The specified phrase is too short.", "text/html")
            elif path == "/feeds/conditional.xml":
                if (
                    self.headers.get("If-None-Match") == ETAG
                    or self.headers.get("If-Modified-Since") == LAST_MODIFIED
                ):
                    self.send_response(304)
                    self.send_header("ETag", ETAG)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send(
                    200,
                    server.fixture("feeds/rss2.xml"),
                    "application/rss+xml",
                    {"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
                )
            elif path == "/feeds/latin1.xml":
                self.send(
                    200, server.fixture("feeds/latin1.xml"), "application/rss+xml; charset=utf-8"
                )
            elif path.startswith("/fault/"):
                self.fault(path[len("/fault/") :], query)
            elif path.startswith("/growing/"):
                status, body, kind, extra = server.growing.answer(server.base, path, self.headers)
                self.send(status, body, kind, extra)
            else:
                file = FIXTURES / path.lstrip("/")
                if path == "/private/secret.html":
                    file = FIXTURES / "articles" / "treaty-signed.html"
                if not file.is_file() or ".." in path:
                    self.send(404, b"not found", "text/plain")
                    return
                body = server.render(file.read_bytes())
                self.send(200, body, _TYPES.get(file.suffix, "application/octet-stream"))

        def fault(self, name: str, query: dict[str, list[str]]) -> None:
            article = server.fixture("articles/summit-delayed.html")
            key = (query.get("key") or [name])[0]
            if name == "hang":
                server.stopping.wait(30)
            elif name == "drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                for _ in range(1000):
                    if server.stopping.wait(1.0):
                        return
                    self.wfile.write(b"x")
                    self.wfile.flush()
            elif name in ("flaky", "busy"):
                with server.lock:
                    server.keys[key] += 1
                    first = server.keys[key] == 1
                if first and name == "flaky":
                    self.send(500, b"internal error", "text/plain")
                elif first:
                    self.send(429, b"slow down", "text/plain", {"Retry-After": "1"})
                else:
                    self.send(200, article, "text/html; charset=utf-8")
            elif name == "busy-long":
                self.send(429, b"slow down", "text/plain", {"Retry-After": "3600"})
            elif name == "always-500":
                self.send(503, b"unavailable", "text/plain")
            elif name in ("loop", "loop2"):
                target = "/fault/loop2" if name == "loop" else "/fault/loop"
                self.send(302, b"", "text/plain", {"Location": target})
            elif name == "to-ftp":
                self.send(302, b"", "text/plain", {"Location": "ftp://127.0.0.1/file"})
            elif name == "missing":
                self.send(404, b"gone", "text/plain")
            elif name in ("huge", "huge-chunked"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                if name == "huge":
                    self.send_header("Content-Length", str(TWENTY_MB))
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"<p>" + b"a" * 65_530 + b"</p>"
                try:
                    for _ in range(TWENTY_MB // len(chunk)):
                        if server.stopping.is_set():
                            return
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    return
                self.close_connection = True
            elif name == "bomb":
                self.send(200, server.bomb, "text/html", {"Content-Encoding": "gzip"})
            elif name == "wrong-type":
                self.send(200, article, "image/png")
            else:
                self.send(404, b"no such fault", "text/plain")

    return Handler


def fast_settings(server: WebServer, **changes: dict[str, Any]) -> Settings:
    """Settings for tests: short timeouts and backoff, no per-host delay, endpoints on the
    server, extraction in a thread (no process start-up cost). ``changes`` go by section:
    ``fast_settings(server, fetch={"retries": 0})``."""
    base: dict[str, dict[str, Any]] = {
        "fetch": {
            "connect_timeout": 1.0,
            "read_timeout": 1.0,
            "total_timeout": 2.5,
            "retries": 2,
            "retry_backoff": 0.05,
            "max_retry_wait": 2.0,
            "per_host_delay": 0.0,
            "contact": "desk@example.org",
        },
        "collect": {
            "gdelt_min_interval": 0.3,
            "extract_workers": 1,
            "gdelt_url": server.url("/gdelt"),
            "search_feed_template": server.url("/search?q={query}"),
            "news_links_url": server.url("/gnews"),
        },
    }
    for section, values in changes.items():
        base.setdefault(section, {}).update(values)
    return parse_settings(base, source="fast_settings")


@pytest.fixture(scope="session")
def web_server() -> Iterator[WebServer]:
    """A fixture server on 127.0.0.1 for the whole session (each test uses its own keys)."""
    server = WebServer()
    server.start()
    yield server
    server.stop()


__all__ = [
    "ETAG",
    "GNEWS_TS",
    "LAST_MODIFIED",
    "WebServer",
    "fast_settings",
    "gnews_signature",
    "old_form_id",
    "web_server",
]
