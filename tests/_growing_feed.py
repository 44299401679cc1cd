"""A feed that grows while it is polled, for the watch tests (served by ``tests/webserver.py``).

``/growing/<key>/feed.xml`` lists one more article every second request of ``key`` (at most
:data:`TOTAL`), with an ETag naming how many it lists: a poll that sends the current ETag gets
304. ``/growing/<key>/<n>.html`` is article ``n``: a page of its own outlet about its own
harbour event, so each article makes a story of its own. ``/growing/<key>/busy.xml`` answers
503 with ``Retry-After: 3600``. Every answer's status is recorded per key in ``answers``.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from email.message import Message

__all__ = ["TOTAL", "GrowingFeeds"]

TOTAL = 6
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]  # 2 to 7 March 2026
_TOPICS = [
    ("crane", "A crane collapsed on the north quay of Velmar harbour"),
    ("dredging", "Dredging of the Velmar harbour channel starts in April"),
    ("ferry", "A new ferry line links Velmar harbour with the islands"),
    ("strike", "Dock workers at Velmar harbour call off their strike"),
    ("fuel", "A fuel spill closes the east basin of Velmar harbour"),
    ("cruise", "Velmar harbour expects a record cruise season"),
]


class GrowingFeeds:
    """The feeds' state: requests per key and the statuses answered."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: defaultdict[str, int] = defaultdict(int)
        self.answers: defaultdict[str, list[int]] = defaultdict(list)

    def answer(
        self, base: str, path: str, headers: Message
    ) -> tuple[int, bytes, str, dict[str, str]]:
        """(status, body, content type, headers) for a ``/growing/<key>/<name>`` path."""
        key, _, name = path.removeprefix("/growing/").partition("/")
        with self.lock:
            answer = self._answer(base, key, name, headers)
            self.answers[key].append(answer[0])
        return answer

    def _answer(
        self, base: str, key: str, name: str, headers: Message
    ) -> tuple[int, bytes, str, dict[str, str]]:
        if name == "feed.xml":
            self.requests[key] += 1
            listed = min(TOTAL, (self.requests[key] + 1) // 2)
            etag = f'"{key}-{listed}"'
            if headers.get("If-None-Match") == etag:
                return 304, b"", "application/rss+xml", {"ETag": etag}
            return 200, _feed(base, key, listed), "application/rss+xml", {"ETag": etag}
        if name == "busy.xml":
            return 503, b"busy", "text/plain", {"Retry-After": "3600"}
        number = name.removesuffix(".html")
        if number.isdigit() and int(number) < TOTAL:
            return 200, _article(base, key, int(number)), "text/html; charset=utf-8", {}
        return 404, b"not found", "text/plain", {}


def _feed(base: str, key: str, listed: int) -> bytes:
    items = "".join(
        f"<item><title>{_TOPICS[n][1]}</title><link>{base}/growing/{key}/{n}.html</link>"
        f"<pubDate>{_DAYS[n]}, 0{n + 2} Mar 2026 08:00:00 GMT</pubDate></item>"
        for n in range(listed)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Harbour news</title><link>{base}/</link><description>x</description>"
        f"{items}</channel></rss>"
    ).encode()


def _article(base: str, key: str, n: int) -> bytes:
    word, title = _TOPICS[n]
    outlet = f"Velmar {word.title()} Courier"
    sentences = " ".join(
        f"<p>{title}, officials of the harbour authority said on day {n + 1}. The {word} "
        f"affects shipping in the harbour, and the port's {word} team of {10 + i} people is "
        f"on site.</p>"
        for i in range(4)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="2026-03-0{n + 2}">
<link rel="canonical" href="{base}/growing/{key}/{n}.html">
</head><body><main><article><h1>{title}</h1>{sentences}</article></main></body></html>
""".encode()
