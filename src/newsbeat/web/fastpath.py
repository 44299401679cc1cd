"""Kept pages answered before the web framework: the cheap path of the web UI.

A story or search page, once rendered, is kept by the read cache (:mod:`newsbeat.web.cache`)
under :func:`page_key`. Routing it through FastAPI again (middleware, route matching,
dependency injection, a store opened and closed) would cost several times what sending it
does, so :func:`answer_kept` answers a ``GET`` or ``HEAD`` of a kept, current page straight
from the ASGI scope, with the same status, body and headers as the full path
(``content-length``, ``content-type``, and every security header of
:mod:`newsbeat.web.guard`). It first asks the Guard's own rules (:func:`~newsbeat.web.guard.
refusal`: Host, cross-site, token); a request they refuse, or a page not kept, goes the full
way, where the Guard refuses or the page is rendered.
"""

from __future__ import annotations

from typing import Any

from newsbeat.web.cache import ReadCache
from newsbeat.web.guard import Exposure, Scope, Send, refusal, security_headers

__all__ = ["answer_kept", "page_key"]

_HTML = (b"content-type", b"text/html; charset=utf-8")
_SECURITY = security_headers()


def page_key(scope: Scope) -> tuple[str, str, str]:
    """The read-cache key of the page a request asks for: its path and query string."""
    return ("page", scope["path"], scope.get("query_string", b"").decode("latin-1"))


async def answer_kept(cache: ReadCache, exposure: Exposure, scope: Scope, send: Send) -> bool:
    """Answer the request from the kept page at its URL, if there is one and the Guard lets
    the request through; return whether it was answered (else nothing was sent)."""
    method = scope["method"]
    if method != "GET" and method != "HEAD":
        return False
    body: Any = cache.peek(page_key(scope))
    if not isinstance(body, bytes) or refusal(exposure, scope) is not None:
        return False
    headers = [(b"content-length", str(len(body)).encode()), _HTML, *_SECURITY]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    shown = b"" if method == "HEAD" else body
    await send({"type": "http.response.body", "body": shown, "more_body": False})
    return True
