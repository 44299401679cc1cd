"""News-search article links (``https://news.google.com/rss/articles/CBMi…?oc=5``).

The link's last path segment is an article id: URL-safe base64 of a small protocol-buffer
message. In the **older form** the message holds the article URL in clear (field 4, often an
AMP URL in field 26), so it is decoded here, offline. Since mid-2024 the **newer form** holds
an opaque token (``AU_yqL…``) instead, and the URL is only had from the site itself, in two
requests:

1. ``GET {base}/rss/articles/{id}?hl=…&gl=…&ceid=…``: an HTML page whose ``c-wiz`` element
   carries a signature and a timestamp (``data-n-a-sg``, ``data-n-a-ts``) for the id;
2. ``POST {base}/_/DotsSplashUi/data/batchexecute`` with a form field ``f.req`` asking the
   ``Fbv4je`` RPC for ``garturlreq`` of each ``(id, timestamp, signature)``; the answer (after
   the ``)]}'`` guard line) is a JSON array whose ``wrb.fr`` rows hold
   ``["garturlres", "<article URL>", …]`` as a JSON string.

This is the protocol the ``googlenewsdecoder`` package speaks; it is implemented here over
newsbeat's own :class:`~newsbeat.collect.fetcher.Fetcher`, so both requests are paced like any
other request to the host, obey robots.txt, carry newsbeat's User-Agent and are capped in size,
and ``base`` is a setting (``[collect] news_links_url``) that tests point at a local server.
Several ids are decoded in one POST.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from newsbeat.collect.fetcher import Fetcher
from newsbeat.exceptions import FetchError

__all__ = [
    "ArticleId",
    "article_id",
    "decode_offline",
    "decode_online",
    "parse_batch_answer",
    "parse_decoding_params",
    "request_form",
]

_TOKEN = re.compile(r"[A-Za-z0-9_-]{8,}")
_URL_FIELD = re.compile(rb"https?://[\x21-\x7e]+")
_NEWER_PREFIX = b"AU_yq"
_BATCH = 20  # ids per POST
_RPC = "Fbv4je"


@dataclass(frozen=True)
class ArticleId:
    """A news-search article link's id and the locale its link asked for."""

    id: str
    hl: str = "en-US"
    gl: str = "US"
    ceid: str = "US:en"


def article_id(url: str, base: str) -> ArticleId | None:
    """The article id of a news-search article link, or None when the URL is not one.

    A link is one when it is on ``news.google.com`` or under ``base`` (the configured site),
    and its path ends in ``/articles/<id>`` or ``/read/<id>`` (``/rss/articles/`` included).
    """
    parts = urlsplit(url)
    site = urlsplit(base)
    on_site = (parts.hostname or "") == "news.google.com" or (
        parts.netloc.lower() == site.netloc.lower()
        and parts.path.startswith(site.path.rstrip("/") + "/")
    )
    segments = [s for s in parts.path.split("/") if s]
    if not on_site or len(segments) < 2 or segments[-2] not in ("articles", "read"):
        return None
    if not _TOKEN.fullmatch(segments[-1]):
        return None
    query = parse_qs(parts.query)
    locale = {k: query[k][0] for k in ("hl", "gl", "ceid") if query.get(k)}
    return ArticleId(segments[-1], **locale)


def _payload(token: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def _fields(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The length-delimited fields of a protocol-buffer message, as (number, bytes)."""
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            _, pos = _varint(data, pos)
        elif wire == 2:
            size, pos = _varint(data, pos)
            if pos + size > len(data):
                raise ValueError("truncated field")
            yield number, data[pos : pos + size]
            pos += size
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        else:
            raise ValueError(f"wire type {wire}")


def decode_offline(token: str) -> str | None:
    """The article URL an older-form id holds in clear, or None (newer form, or not an id).

    The first length-delimited field holding an http(s) URL is the article (a later one is
    its AMP copy); a payload that does not parse is searched for a URL as a last resort.
    """
    data = _payload(token)
    if not data:
        return None
    try:
        for _, value in _fields(data):
            if value.startswith(_NEWER_PREFIX):
                return None
            if value.startswith((b"http://", b"https://")):
                return value.decode("utf-8", errors="strict")
    except (ValueError, UnicodeDecodeError):
        match = _URL_FIELD.search(data)
        return match.group(0).decode("ascii") if match else None
    return None


def is_newer_form(token: str) -> bool:
    """Whether the id holds an opaque token that only the site can decode."""
    data = _payload(token)
    return bool(data) and _NEWER_PREFIX in (data or b"")


_ATTRS = re.compile(r"<[^>]*\bdata-n-a-sg=[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""\b(data-n-a-(?:sg|ts|id))\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def parse_decoding_params(html: str, token: str) -> tuple[str, str] | None:
    """The ``(signature, timestamp)`` an article page gives for the id, or None."""
    found = None
    for tag in _ATTRS.finditer(html):
        attrs = {k.lower(): v for k, v in _ATTR.findall(tag.group(0))}
        if "data-n-a-sg" in attrs and "data-n-a-ts" in attrs:
            pair = (attrs["data-n-a-sg"], attrs["data-n-a-ts"])
            if attrs.get("data-n-a-id") in (None, token):
                return pair
            found = found or pair
    return found


def request_form(items: Sequence[tuple[str, str, str, str]]) -> bytes:
    """The ``f.req`` form asking for ``(request id, article id, timestamp, signature)``."""
    client: list[object] = ["X", "X", ["X", "X"], None, None, 1, 1, "US:en", None, 1]
    client += [None, None, None, None, None, 0, 1]
    context = [
        client,
        "X",
        "X",
        1,
        [1, 1, 1],
        1,
        1,
        None,
        0,
        0,
        None,
        0,
    ]
    calls = []
    for request_id, token, stamp, signature in items:
        inner = ["garturlreq", context, token, int(stamp) if stamp.isdigit() else stamp, signature]
        calls.append([_RPC, json.dumps(inner, separators=(",", ":")), None, request_id])
    return ("f.req=" + quote(json.dumps([calls], separators=(",", ":")), safe="")).encode()


def _rows(text: str) -> list[object]:
    body = text.lstrip()
    if body.startswith(")]}'"):
        body = body[4:]
    body = body.strip()
    try:
        parsed = json.loads(body)
        return parsed if isinstance(parsed, list) else []
    except json.JSONDecodeError:
        pass
    # The chunked form (rt=c): a length line before each JSON array.
    rows: list[object] = []
    for line in body.splitlines():
        line = line.strip()
        if line.startswith("["):
            try:
                chunk = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(chunk, list):
                rows.extend(chunk)
    return rows


def parse_batch_answer(text: str) -> dict[str, str]:
    """Request id -> article URL from a batchexecute answer (ids missing are unknown).

    Raises:
        ValueError: the answer is not the endpoint's JSON.
    """
    rows = _rows(text)
    if not rows:
        raise ValueError("the answer is not a batchexecute JSON array")
    found: dict[str, str] = {}
    position = 0
    for row in rows:
        if not (isinstance(row, list) and len(row) >= 3 and row[0] == "wrb.fr"):
            continue
        position += 1
        payload = row[2]
        if isinstance(payload, str):
            try:
                payload = json.loads(payload)
            except json.JSONDecodeError:
                continue
        if not (isinstance(payload, list) and len(payload) >= 2 and payload[0] == "garturlres"):
            continue
        if not isinstance(payload[1], str):
            continue
        request_id = next((str(c) for c in reversed(row[3:]) if c is not None), None)
        if request_id in (None, "generic"):
            request_id = str(position)
        found[request_id] = payload[1]
    return found


async def decode_online(
    ids: Sequence[ArticleId], base: str, fetcher: Fetcher
) -> dict[str, str | Exception]:
    """Decode newer-form ids through the site's endpoint: id -> URL, or the error.

    Args:
        ids: the article ids to decode.
        base: the site (``https://news.google.com``, or a test server).
        fetcher: the polite fetcher (pacing, robots.txt, size caps).
    """
    out: dict[str, str | Exception] = {}
    root = base.rstrip("/")
    params: list[tuple[ArticleId, str, str]] = []
    for item in ids:
        page = (
            f"{root}/rss/articles/{item.id}?hl={quote(item.hl, safe='')}"
            f"&gl={quote(item.gl, safe='')}&ceid={quote(item.ceid, safe='')}"
        )
        try:
            result = await fetcher.fetch(page)
        except FetchError as exc:
            out[item.id] = exc
            continue
        found = parse_decoding_params(result.text(), item.id)
        if found is None:
            out[item.id] = ValueError(
                f"{page}: the article page gives no decoding parameters (data-n-a-sg,"
                " data-n-a-ts); the site may have changed how its links are decoded"
            )
            continue
        params.append((item, found[0], found[1]))
    endpoint = f"{root}/_/DotsSplashUi/data/batchexecute?rpcids={_RPC}"
    for start in range(0, len(params), _BATCH):
        chunk = params[start : start + _BATCH]
        form = request_form(
            [(str(n), item.id, stamp, sig) for n, (item, sig, stamp) in enumerate(chunk, 1)]
        )
        try:
            result = await fetcher.fetch(endpoint, form=form, accept="*/*")
            answer = parse_batch_answer(result.text())
        except (FetchError, ValueError) as exc:
            error = exc if isinstance(exc, FetchError) else ValueError(f"{endpoint}: {exc}")
            for item, _, _ in chunk:
                out[item.id] = error
            continue
        for n, (item, _, _) in enumerate(chunk, 1):
            url = answer.get(str(n))
            if url and url.startswith(("http://", "https://")):
                out[item.id] = url
            else:
                out[item.id] = ValueError(f"{endpoint}: the answer gives no URL for this link")
    return out
