"""The local server of ``newsbeat bench fetch`` and ``bench collect``: generated article pages
with added latency, and a news-search site whose feed links are wrapped.

Run as ``python -m newsbeat.bench.server --pages N --latency S [--items M]``; it binds a free
port on 127.0.0.1, prints its base URL on the first stdout line, and serves ``/a/<i>.html`` (an
article page of about 9 KB with navigation, a byline, a date and a footer), ``/robots.txt``
(which forbids ``/private/``), and the news-search site of :mod:`newsbeat.bench.newssite`:
``/news/rss/search`` (an M-item feed), ``/news/rss/articles/<id>`` (decoding parameters),
``POST /news/_/DotsSplashUi/data/batchexecute`` (the decoding endpoint), ``/w/<kind>/<i>.html``
(paywall stubs, consent interstitials, AMP copies); under ``/down/`` the same feed, with the
site's pages and endpoint answering 503.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import uvicorn

from newsbeat.bench.gazette import article_page

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


async def _body(receive: Callable[[], Awaitable[Message]]) -> str:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks).decode("utf-8", errors="replace")


def make_app(
    pages: int, latency: float, items: int = 100
) -> Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]:
    """A bare ASGI app serving the pages (no framework: the server must not be the bottleneck)."""
    from newsbeat.bench import newssite

    cache: dict[int, bytes] = {}

    async def app(
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        host, port = scope.get("server") or ("127.0.0.1", 80)
        base = f"http://{host}:{port}"
        status, body, kind = 404, b"not found", b"text/plain"
        html = b"text/html; charset=utf-8"
        site, _, rest = path[1:].partition("/")
        if path == "/robots.txt":
            status, body = 200, b"User-agent: *\nDisallow: /private/\n"
        elif site in ("news", "down") and rest == "rss/search":
            status, kind = 200, b"application/xml; charset=utf-8"
            body = newssite.search_feed(base, f"/{site}", items)
        elif site == "down":
            status, body = 503, b"unavailable"
        elif site == "news" and rest.startswith("rss/articles/"):
            found = newssite.decoding_page(rest.rsplit("/", 1)[-1])
            if found is not None:
                status, body, kind = 200, found, html
        elif site == "news" and rest == "_/DotsSplashUi/data/batchexecute":
            answer = newssite.batch_answer(base, await _body(receive))
            if answer is not None:
                status, body, kind = 200, answer, b"application/json; charset=utf-8"
        elif site in ("w", "private") and path.endswith(".html"):
            wall, _, number = rest.removesuffix(".html").rpartition("/")
            page = (
                newssite.wall_page(base, wall or "private", int(number))
                if number.isdigit()
                else None
            )
            if page is not None:
                status, body, kind = 200, page, html
        elif path.startswith("/a/") and path.endswith(".html"):
            number = path[3:-5]
            if number.isdigit() and int(number) < pages:
                index = int(number)
                if index not in cache:
                    cache[index] = article_page(index)
                status, body, kind = 200, cache[index], b"text/html; charset=utf-8"
        if latency > 0:
            await asyncio.sleep(latency)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


def main() -> None:
    """Serve until terminated."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.005)
    parser.add_argument("--items", type=int, default=100)
    args = parser.parse_args()
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on sockets that say they are
    # TCP, and without it Nagle + delayed ACKs add ~40 ms to every keep-alive response.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)  # accept connections from the moment the URL is printed
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        make_app(args.pages, args.latency, args.items),
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    sys.stdout.write(f"http://127.0.0.1:{port}\n")
    sys.stdout.flush()
    server.run(sockets=[sock])


if __name__ == "__main__":
    main()
