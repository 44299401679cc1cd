"""Polite HTTP fetching over one injected :class:`httpx.AsyncClient`.

Politeness and safety rules, each a field of :class:`FetchOptions` (from the settings):

- global concurrency and per-host concurrency, with a minimum delay between requests to a host;
- connect and read timeouts from the client, plus a total deadline per attempt (a server that
  drips one byte a second is cut off);
- retries with exponential backoff and jitter on connection errors, 5xx and 429, honouring
  ``Retry-After`` (up to ``max_retry_wait``);
- robots.txt obeyed, fetched once per host and cached;
- a User-Agent naming newsbeat and the contact address;
- bodies capped (``max_body_bytes``), decompressed here with a bounded output so a gzip bomb is
  refused after ``max_body_bytes`` of output, never inflated in memory;
- at most ``max_redirects`` redirects, only to http(s);
- conditional GET (``If-None-Match`` / ``If-Modified-Since``) when the caller passes validators.

Every failure raises :class:`~newsbeat.exceptions.FetchError` naming the URL and the reason.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import re
import time
import urllib.robotparser
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from trafilatura.utils import detect_encoding

from newsbeat.exceptions import FetchError, RobotsDisallowed
from newsbeat.settings import FetchSettings, Settings

__all__ = ["FetchOptions", "FetchResult", "Fetcher", "decode_body", "make_client"]

log = logging.getLogger(__name__)

_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}
_ROBOTS_AGENT = "newsbeat"


@dataclass(frozen=True, kw_only=True)
class FetchOptions(FetchSettings):
    """How the fetcher behaves (see the module docstring): the ``[fetch]`` settings, whose
    defaults and checks it shares, plus what only code chooses.

    Attributes:
        obey_robots: obey robots.txt (not a setting: the collector always does).
    """

    obey_robots: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchOptions:
        """The fetch options a :class:`~newsbeat.settings.Settings` describes."""
        return cls.of(settings.fetch)

    @classmethod
    def of(cls, fetch: FetchSettings) -> FetchOptions:
        """The fetch options of a ``[fetch]`` section."""
        return cls(**{f.name: getattr(fetch, f.name) for f in dataclasses.fields(fetch)})

    @property
    def user_agent_header(self) -> str:
        """The User-Agent: the product token plus the contact address when one is set."""
        if self.contact and self.contact not in self.user_agent:
            return f"{self.user_agent} (contact: {self.contact})"
        return self.user_agent


def make_client(options: FetchOptions) -> httpx.AsyncClient:
    """An AsyncClient configured for :class:`Fetcher` (the caller closes it).

    Redirects are followed by the fetcher itself (to check each hop), and bodies are decoded by
    it (to bound decompression), so the client does neither.
    """
    return httpx.AsyncClient(
        timeout=httpx.Timeout(
            connect=options.connect_timeout,
            read=options.read_timeout,
            write=options.read_timeout,
            pool=options.total_timeout,
        ),
        limits=httpx.Limits(
            max_connections=options.concurrency,
            max_keepalive_connections=options.concurrency,
        ),
        follow_redirects=False,
        headers={"User-Agent": options.user_agent_header},
    )


@dataclass(kw_only=True)
class FetchResult:
    """A successful response (2xx, or 304 when validators were sent).

    Attributes:
        url: the URL asked for.
        final_url: where the body came from after redirects.
        status: the HTTP status.
        content: the decoded (decompressed) body.
        content_type: the media type without parameters, lower case ("" when absent).
        charset: the charset the Content-Type header declares, if any.
        etag: the ETag validator, if any.
        last_modified: the Last-Modified validator, if any.
        attempts: how many requests it took (1 = no retry).
    """

    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        """Whether the server answered 304 to a conditional GET."""
        return self.status == 304

    def text(self) -> str:
        """The body as text (see :func:`decode_body`)."""
        return decode_body(self.content, self.charset)


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def decode_body(content: bytes, declared: str | None = None) -> str:
    """Decode a body: the charset from the headers, then from ``<meta>`` or the XML
    declaration, then detection. A declared charset that does not fit the bytes (a Latin-1
    page claiming UTF-8) is skipped rather than trusted.

    Args:
        content: the raw (decompressed) body.
        declared: the charset named in the Content-Type header, if any.

    Returns:
        The text.
    """
    head = content[:4096]
    candidates = [declared]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        if match := pattern.search(head):
            candidates.append(match.group(1).decode("ascii"))
    candidates.append("utf-8")
    # trafilatura's detection (charset_normalizer); not decode_file, which would also
    # decompress a gzip-looking body without our size bound.
    candidates.extend(detect_encoding(content))
    for charset in candidates:
        if not charset:
            continue
        try:
            return content.decode(charset)
        except (LookupError, UnicodeDecodeError):
            log.debug("charset %s does not decode the body", charset)
    return content.decode("windows-1252", errors="replace")


class _Host:
    """Per-host state: a concurrency slot semaphore, the next allowed start, robots rules."""

    def __init__(self, slots: int) -> None:
        self.slots = asyncio.Semaphore(slots)
        self.lock = asyncio.Lock()
        self.next_start = 0.0
        self.robots: urllib.robotparser.RobotFileParser | None = None
        self.robots_error: str | None = None
        self.robots_lock = asyncio.Lock()


class Fetcher:
    """Fetch URLs politely (see the module docstring).

    Args:
        client: the HTTP client (tests pass one with ``httpx.MockTransport``).
        options: the fetch rules.
        sleep: the coroutine used to wait (tests may pass a fake clock).
        rng: a random source for jitter.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        options: FetchOptions,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.client = client
        self.options = options
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._global = asyncio.Semaphore(options.concurrency)
        self._hosts: dict[str, _Host] = {}

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        if key not in self._hosts:
            self._hosts[key] = _Host(self.options.per_host_concurrency)
        return self._hosts[key]

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        pace: Callable[[], Awaitable[None]] | None = None,
        form: bytes | None = None,
    ) -> FetchResult:
        """GET one URL with retries, following redirects (or POST a form, for an API).

        Args:
            url: an absolute http(s) URL.
            etag: validator from an earlier fetch (sends ``If-None-Match``).
            last_modified: validator from an earlier fetch (sends ``If-Modified-Since``).
            accept: the Accept header.
            pace: awaited right before each request is sent (retries included), after
                robots.txt and the per-host wait: an API's own rate limit (GDELT).
            form: an ``application/x-www-form-urlencoded`` body to POST instead of a GET
                (a decoding endpoint); a redirect is then followed with a GET.

        Returns:
            The response (2xx, or 304 for a conditional GET).

        Raises:
            FetchError: the URL failed after retries, or is not http(s), too large, a bomb...
            RobotsDisallowed: robots.txt forbids it.
        """
        _check_scheme(url, url)
        headers = {
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
            # Set per request too: an injected client may not carry our User-Agent.
            "User-Agent": self.options.user_agent_header,
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded;charset=UTF-8"
        attempt = 0
        while True:
            attempt += 1
            try:
                result = await self._follow(url, headers, pace, form)
            except _Retryable as exc:
                if attempt > self.options.retries:
                    raise FetchError(
                        url,
                        f"{exc.reason} (gave up after {attempt} attempts)",
                        exc.status,
                        retry_after=exc.retry_after,
                    ) from None
                wait = self._backoff(attempt, exc.retry_after)
                if wait is None:
                    raise FetchError(
                        url,
                        f"{exc.reason}; Retry-After {exc.retry_after:.0f} s exceeds the"
                        f" {self.options.max_retry_wait:.0f} s limit",
                        exc.status,
                        retry_after=exc.retry_after,
                    ) from None
                log.info("%s: %s; retry %d in %.2f s", url, exc.reason, attempt, wait)
                await self._sleep(wait)
                continue
            result.attempts = attempt
            return result

    def _backoff(self, attempt: int, retry_after: float | None) -> float | None:
        base = self.options.retry_backoff * (2 ** (attempt - 1))
        wait = base * (0.5 + self._rng.random())  # jitter in [0.5, 1.5) x base
        if retry_after is not None:
            if retry_after > self.options.max_retry_wait:
                return None
            wait = max(wait, retry_after)
        return min(wait, self.options.max_retry_wait)

    async def _follow(
        self,
        url: str,
        headers: dict[str, str],
        pace: Callable[[], Awaitable[None]] | None,
        form: bytes | None = None,
    ) -> FetchResult:
        """One attempt: the request and its redirect chain."""
        current, seen = url, {url}
        for _ in range(self.options.max_redirects + 1):
            response = await self._request(current, url, headers, pace, form)
            if isinstance(response, FetchResult):
                response.url = url
                return response
            target = urljoin(current, response)
            _check_scheme(target, url)
            if target in seen:
                raise FetchError(url, f"redirect loop at {target}")
            seen.add(target)
            current = target
            if form is not None:  # a redirected POST continues as a GET, as browsers do
                form = None
                headers = {k: v for k, v in headers.items() if k != "Content-Type"}
        raise FetchError(url, f"more than {self.options.max_redirects} redirects")

    async def _request(
        self,
        url: str,
        origin: str,
        headers: dict[str, str],
        pace: Callable[[], Awaitable[None]] | None,
        form: bytes | None = None,
    ) -> FetchResult | str:
        """One request: a result, or the Location of a redirect."""
        host = self._host(url)
        await self._check_robots(url, origin, host)
        async with host.slots:
            await self._wait_turn(host)
            if pace is not None:
                await pace()
            async with self._global:
                try:
                    async with asyncio.timeout(self.options.total_timeout):
                        return await self._send(url, origin, headers, form)
                except TimeoutError:
                    raise _Retryable(
                        f"no complete answer within {self.options.total_timeout:g} s"
                    ) from None
                except httpx.TimeoutException as exc:
                    raise _Retryable(f"timed out ({type(exc).__name__})") from None
                except httpx.TransportError as exc:
                    raise _Retryable(f"connection failed: {exc or type(exc).__name__}") from None

    async def _wait_turn(self, host: _Host) -> None:
        delay = self.options.per_host_delay
        if delay <= 0:
            return
        async with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + delay
        if start > now:
            await self._sleep(start - now)

    async def _send(
        self, url: str, origin: str, headers: dict[str, str], form: bytes | None = None
    ) -> FetchResult | str:
        if form is None:
            request = self.client.build_request("GET", url, headers=headers)
        else:
            request = self.client.build_request("POST", url, headers=headers, content=form)
        response = await self.client.send(request, stream=True)
        try:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(origin, f"HTTP {status} redirect without Location", status)
                return location
            if status in _RETRY_STATUS:
                raise _Retryable(
                    f"HTTP {status}",
                    status=status,
                    retry_after=_retry_after(response.headers.get("retry-after")),
                )
            if status == 304:
                return _result(origin, url, response, b"")
            if status >= 400 or status < 200:
                raise FetchError(origin, f"HTTP {status}", status)
            body = await self._read_body(response, origin)
            return _result(origin, url, response, body)
        finally:
            await response.aclose()

    async def _read_body(self, response: httpx.Response, origin: str) -> bytes:
        cap = self.options.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                origin, f"body of {int(declared):,} bytes exceeds the {cap:,} byte limit"
            )
        decoder = _decoder(response.headers.get("content-encoding", ""), origin)
        out = bytearray()
        raw_total = 0
        async for chunk in response.aiter_raw():
            raw_total += len(chunk)
            if raw_total > cap:
                raise FetchError(origin, f"body exceeds the {cap:,} byte limit")
            out += decoder.feed(chunk, cap - len(out) + 1)
            if len(out) > cap:
                raise FetchError(
                    origin,
                    f"body inflates beyond the {cap:,} byte limit after {raw_total:,} compressed"
                    " bytes (refused as a decompression bomb)",
                )
        out += decoder.flush()
        return bytes(out)

    async def _check_robots(self, url: str, origin: str, host: _Host) -> None:
        if not self.options.obey_robots:
            return
        async with host.robots_lock:
            if host.robots is None and host.robots_error is None:
                await self._load_robots(url, host)
        if host.robots_error is not None:
            raise RobotsDisallowed(origin, host.robots_error)
        assert host.robots is not None
        if not host.robots.can_fetch(_ROBOTS_AGENT, url):
            raise RobotsDisallowed(origin, f"robots.txt disallows {urlsplit(url).path or '/'}")

    async def _load_robots(self, url: str, host: _Host) -> None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            async with host.slots:
                await self._wait_turn(host)
                async with asyncio.timeout(self.options.total_timeout):
                    result = await self._robots_request(robots_url)
        except (TimeoutError, httpx.TransportError) as exc:
            # RFC 9309: an unreachable robots.txt means the whole site is off limits for now.
            host.robots_error = f"robots.txt unreachable ({type(exc).__name__})"
            return
        status, text = result
        if status >= 500:
            host.robots_error = f"robots.txt answered HTTP {status} (site treated as disallowed)"
            return
        parser.parse(text.splitlines() if 200 <= status < 300 else [])
        host.robots = parser

    async def _robots_request(self, robots_url: str) -> tuple[int, str]:
        url = robots_url
        for _ in range(5):  # RFC 9309: follow at least five redirects
            request = self.client.build_request(
                "GET", url, headers={"User-Agent": self.options.user_agent_header}
            )
            response = await self.client.send(request, stream=True)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    url = urljoin(url, location)
                    continue
                if not 200 <= response.status_code < 300:
                    return response.status_code, ""
                body = await self._read_body(response, robots_url)
                return response.status_code, decode_body(body, response.charset_encoding)
            except FetchError:
                return 200, ""  # an oversized robots.txt is ignored, as RFC 9309 allows
            finally:
                await response.aclose()
        return 404, ""


class _Retryable(Exception):
    def __init__(
        self, reason: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


def _check_scheme(url: str, origin: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(origin, f"only http(s) URLs are fetched, not {scheme or 'no scheme'}")
    if not urlsplit(url).netloc:
        raise FetchError(origin, "the URL has no host")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _result(origin: str, url: str, response: httpx.Response, body: bytes) -> FetchResult:
    content_type = response.headers.get("content-type", "")
    return FetchResult(
        url=origin,
        final_url=url,
        status=response.status_code,
        content=body,
        content_type=content_type.split(";")[0].strip().lower(),
        charset=response.charset_encoding,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        headers={k.lower(): v for k, v in response.headers.items()},
    )


class _Identity:
    def feed(self, chunk: bytes, limit: int) -> bytes:
        return chunk

    def flush(self) -> bytes:
        return b""


class _Inflate:
    """zlib decompression whose output per call is bounded (no bomb inflates in memory)."""

    def __init__(self, wbits: int) -> None:
        self._z = zlib.decompressobj(wbits)

    def feed(self, chunk: bytes, limit: int) -> bytes:
        out = self._z.decompress(chunk, limit)
        if self._z.unconsumed_tail:
            # More output than allowed from this chunk: signal it by exceeding the limit.
            return out + b"\0"
        return out

    def flush(self) -> bytes:
        return self._z.flush()


def _decoder(encoding: str, origin: str) -> _Identity | _Inflate:
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    if not codings or codings == ["identity"]:
        return _Identity()
    if codings == ["gzip"] or codings == ["x-gzip"]:
        return _Inflate(16 + zlib.MAX_WBITS)
    if codings == ["deflate"]:
        return _Inflate(zlib.MAX_WBITS)
    raise FetchError(origin, f"unsupported Content-Encoding {encoding!r}")
