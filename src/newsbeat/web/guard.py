"""What stands between the network and the web UI: an ASGI middleware around the whole app.

For every request, in this order:

1. ``HEAD`` is answered like ``GET``, without the body.
2. The ``Host`` header must name a host this server was told it is reached by (the address it
   listens on, the loopback names when it listens on loopback or on every address, and each
   ``--allow-host``): a web page whose DNS name was rebound to 127.0.0.1 sends its own name and
   is refused (400), so it cannot read the database through the victim's browser.
3. A request another site's page made in the background (``Sec-Fetch-Site: cross-site`` and
   not a navigation: an ``<img>``, a ``fetch``) is refused (403): such a page cannot make the
   browser search or read here on its behalf.
4. With a token (``newsbeat serve --token``, required when listening beyond loopback) a
   request must carry it: ``Authorization: Bearer TOKEN``, or the ``newsbeat_token`` cookie.
   Opening any page once with ``?token=TOKEN`` sets that cookie (HttpOnly, SameSite=Strict)
   and redirects to the same page without it. Otherwise 401.
5. Every response carries the security headers of :data:`SECURITY_HEADERS` (the
   Content-Security-Policy with ``frame-ancestors 'none'``, ``X-Content-Type-Options:
   nosniff``, ``Referrer-Policy: no-referrer``, ...), refusals included.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import re
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

__all__ = [
    "LOOPBACK_NAMES",
    "SECURITY_HEADERS",
    "TOKEN_COOKIE",
    "Exposure",
    "Guard",
    "host_name",
    "is_loopback",
    "is_wildcard",
    "refusal",
    "security_headers",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-resource-policy", "same-origin"),
)
_ENCODED_HEADERS = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS]
TOKEN_COOKIE = "newsbeat_token"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_WILDCARDS = frozenset({"", "0.0.0.0", "::"})
_TOKEN = re.compile(r"[A-Za-z0-9._~-]{16,}")


def host_name(value: str) -> str:
    """The host part of a ``Host`` header or a ``--host`` value, lower case, without port or
    IPv6 brackets: ``[::1]:8765`` -> ``::1``, ``Example.org:80`` -> ``example.org``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value  # a bare name, or an IPv6 address without brackets


def is_wildcard(host: str) -> bool:
    """Whether listening on ``host`` means every address (0.0.0.0, ::)."""
    return host_name(host) in _WILDCARDS


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    name = host_name(host)
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Exposure:
    """Who may reach the web UI.

    Attributes:
        hosts: the host names (lower case, no port) a request's ``Host`` header may name;
            None accepts any (``--allow-host '*'``).
        token: the secret every request must carry; None when not needed (loopback).
    """

    hosts: frozenset[str] | None = LOOPBACK_NAMES
    token: str | None = None

    def __post_init__(self) -> None:
        if self.token is not None and not _TOKEN.fullmatch(self.token):
            raise ValueError(
                "a token is at least 16 characters of letters, digits, '-', '_', '.' or '~'"
                " (make one with: python -c 'import secrets; print(secrets.token_urlsafe())')"
            )

    @classmethod
    def for_bind(
        cls, bind: str, allow_hosts: Iterable[str] = (), token: str | None = None
    ) -> Exposure:
        """The rules of a server listening on ``bind``: that address, the loopback names
        when it is loopback or every address, and the ``allow_hosts`` (``*``: any)."""
        allowed = [host_name(h) for h in allow_hosts]
        if "*" in allowed:
            return cls(hosts=None, token=token)
        hosts = set(allowed)
        if not is_wildcard(bind):
            hosts.add(host_name(bind))
        if is_wildcard(bind) or is_loopback(bind):
            hosts |= LOOPBACK_NAMES
        return cls(hosts=frozenset(hosts), token=token)


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def security_headers() -> list[tuple[bytes, bytes]]:
    """The encoded :data:`SECURITY_HEADERS` every answer carries (a new list)."""
    return list(_ENCODED_HEADERS)


def refusal(exposure: Exposure, scope: Scope) -> tuple[int, str, list[tuple[str, str]]] | None:
    """Why :class:`Guard` refuses the HTTP request of ``scope`` under ``exposure`` (steps 2 to
    4 of the module docstring): (status, message, extra headers), or None when it may pass."""
    return Guard(_never, exposure)._refusal(scope)


async def _never(scope: Scope, receive: Receive, send: Send) -> None:
    raise AssertionError("refusal() never calls the application")


class Guard:
    """The ASGI middleware of the module docstring.

    Args:
        app: the application it guards.
        exposure: the host and token rules.
    """

    def __init__(self, app: ASGIApp, exposure: Exposure) -> None:
        self.app = app
        self.exposure = exposure

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = dict(scope, method="GET")

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _ENCODED_HEADERS if k not in names]
                message = dict(message, headers=[*message.get("headers", []), *extra])
            elif head and message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        refusal = self._refusal(scope)
        if refusal is not None:
            await _respond(scope, secured, *refusal)
            return
        await self.app(scope, receive, secured)

    def _refusal(self, scope: Scope) -> tuple[int, str, list[tuple[str, str]]] | None:
        """Why the request is refused: (status, message, extra headers), or None."""
        headers = _headers(scope)
        hosts = self.exposure.hosts
        if hosts is not None:
            host = host_name(headers.get("host", ""))
            if host not in hosts:
                shown = headers.get("host", "")[:100]
                return (
                    400,
                    f"this newsbeat server is not reached by the name {shown!r} (a DNS"
                    f" rebinding attempt?); it answers to {', '.join(sorted(hosts))}."
                    " Start it with --allow-host NAME to add a name.",
                    [],
                )
        site = headers.get("sec-fetch-site")
        if site == "cross-site" and headers.get("sec-fetch-mode") != "navigate":
            return (403, "a request made by another site's page is refused", [])
        token = self.exposure.token
        if token is None:
            return None
        return self._token_refusal(scope, headers, token)

    def _token_refusal(
        self, scope: Scope, headers: dict[str, str], token: str
    ) -> tuple[int, str, list[tuple[str, str]]] | None:
        given = headers.get("authorization", "")
        if given[:7].lower() == "bearer " and _same(given[7:].strip(), token):
            return None
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # a malformed Cookie header carries no token
            cookie = SimpleCookie()
        if TOKEN_COOKIE in cookie and _same(cookie[TOKEN_COOKIE].value, token):
            return None
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        offered = [v for k, v in query if k == "token"]
        if offered and _same(offered[-1], token):
            rest = urlencode([(k, v) for k, v in query if k != "token"])
            path = quote(scope.get("root_path", "") + scope["path"])
            location = path + (f"?{rest}" if rest else "")
            cookie_header = f"{TOKEN_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
            return (303, "token accepted", [("location", location), ("set-cookie", cookie_header)])
        return (
            401,
            "this newsbeat server needs its token: open any page once with ?token=TOKEN"
            " (a cookie keeps it), or send the header 'Authorization: Bearer TOKEN'",
            [("www-authenticate", 'Bearer realm="newsbeat"')],
        )


def _same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8"))


async def _respond(
    scope: Scope, send: Send, status: int, message: str, headers: list[tuple[str, str]]
) -> None:
    """A refusal: JSON ``{"detail": ...}`` under /api/, plain text elsewhere."""
    if scope["path"].startswith("/api/"):
        body = json.dumps({"detail": message}).encode()
        kind = "application/json"
    else:
        body = (message + "\n").encode()
        kind = "text/plain; charset=utf-8"
    raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]
    raw += [(b"content-type", kind.encode()), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body, "more_body": False})
