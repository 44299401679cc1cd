"""The FastAPI application: :func:`create_app` and the one place errors become responses."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from newsbeat import __version__
from newsbeat.exceptions import (
    NewsbeatError,
    NotFoundError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
)
from newsbeat.settings import Settings
from newsbeat.store import open_store
from newsbeat.web import api, feeds, pages
from newsbeat.web.cache import ReadCache
from newsbeat.web.deps import page
from newsbeat.web.fastpath import answer_kept
from newsbeat.web.guard import Exposure, Guard, Receive, Scope, Send

__all__ = ["create_app"]

log = logging.getLogger(__name__)


class _WebApp(FastAPI):
    """FastAPI with kept pages answered first (:mod:`newsbeat.web.fastpath`)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and await answer_kept(
            self.state.cache, self.state.exposure, scope, send
        ):
            return
        await super().__call__(scope, receive, send)


def create_app(store_path: str, settings: Settings, exposure: Exposure | None = None) -> FastAPI:
    """Build the web application over the database at ``store_path``.

    Each request opens its own connection when it needs one (SQLite in WAL mode lets a pipeline
    run write while the UI reads); what is read from the whole database is kept while it is
    unchanged (:mod:`newsbeat.web.cache`). The database is opened once here so that a bad
    path fails at start-up. Every request passes :class:`~newsbeat.web.guard.Guard` first
    (Host check, token, security headers, HEAD).

    Args:
        store_path: the SQLite database file.
        settings: settings (the summary length of story pages, the search limits).
        exposure: which ``Host`` names and token requests need; by default the loopback
            names and no token (``newsbeat serve`` builds it from --host, --allow-host and
            --token).

    Returns:
        The application, ready for uvicorn or an in-process test client.

    Raises:
        StoreError: the database cannot be opened.
    """
    open_store(store_path).close()
    exposure = exposure or Exposure()
    app = _WebApp(
        title="newsbeat",
        version=__version__,
        docs_url=None,  # the interactive docs load scripts from a CDN: nothing external here
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store_path = store_path
    app.state.settings = settings
    app.state.cache = ReadCache(store_path)
    app.state.exposure = exposure
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(feeds.router)
    app.add_exception_handler(NewsbeatError, _error_response)
    app.add_exception_handler(HTTPException, _error_response)
    app.add_exception_handler(RequestValidationError, _error_response)
    app.add_middleware(Guard, exposure=exposure)
    return app


def _status(exc: Exception) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, QueryTimeoutError | QueryCancelledError):
        return 503  # the query is valid; the server will not spend more on it
    if isinstance(exc, QueryError | RequestValidationError):
        return 400
    if isinstance(exc, HTTPException):
        return exc.status_code
    return 500


# Validation errors in a reader's words, by pydantic's error type.
_INVALID = {
    "int_parsing": "should be a whole number",
    "int_type": "should be a whole number",
    "bool_parsing": "should be yes or no (1 or 0)",
    "missing": "is missing",
    "greater_than_equal": "should be at least {ge}",
    "less_than_equal": "should be at most {le}",
}


def _invalid(err: Any) -> str:
    name = str(err.get("loc", ("", "value"))[-1])
    kind = err.get("type", "")
    words = _INVALID.get(kind)
    what = words.format(**(err.get("ctx") or {})) if words else str(err.get("msg", "invalid"))
    if kind == "missing":
        return f"{name} {what}"
    return f"{name} {str(err.get('input', ''))[:40]!r}: {what}"


def _message(exc: Exception, path: str) -> str:
    if isinstance(exc, RequestValidationError):
        return "; ".join(_invalid(err) for err in exc.errors())
    if isinstance(exc, HTTPException):
        if exc.status_code == 404 and exc.detail == "Not Found":
            return f"There is no page at {path}."
        return str(exc.detail)
    return str(exc)


# Where a page that did not find a record of each kind sends the reader (the CLI names commands
# instead; library messages name neither). Kinds the UI has no page for get no link.
_NOT_FOUND_LINKS: dict[str, tuple[str, str]] = {
    "article": ("/search", "Search the articles"),
    "beat": ("/", "See the beats"),
    "story": ("/stories", "See the stories"),
    "actor": ("/search?q={key}", "Search the articles for it"),
}


def _hint(exc: Exception) -> dict[str, str] | None:
    """The link an error page offers for a record that was not found, if any."""
    if isinstance(exc, NotFoundError) and exc.kind in _NOT_FOUND_LINKS:
        href, text = _NOT_FOUND_LINKS[exc.kind]
        return {"href": href.format(key=quote(str(exc.key), safe="")), "text": text}
    return None


async def _error_response(request: Request, exc: Exception) -> Response:
    """Turn a newsbeat error (or a bad route or parameter) into an error page, or JSON
    ``{"detail": message}`` under ``/api/``: NotFoundError is 404, QueryError 400.

    The page of a NotFoundError links where to find what exists (the stories list for a story,
    the beats for a beat, search for an article).
    """
    status, message = _status(exc), _message(exc, request.url.path)
    if status == 503:
        log.warning("%s %s refused: %s", request.method, request.url.path, message)
    elif status >= 500:
        log.error("%s %s failed: %s", request.method, request.url.path, message)
    query = exc.query if isinstance(exc, QueryError) else None
    if request.url.path.startswith("/api/"):
        body: dict[str, object] = {"detail": message}
        if query is not None:
            body["query"] = query
        return JSONResponse(body, status_code=status)
    return page(
        "error.html.j2",
        status_code=status,
        status=status,
        message=message,
        query=query,
        hint=_hint(exc),
        beat=request.query_params.get("beat", ""),
    )
