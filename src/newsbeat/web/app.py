"""The FastAPI application: :func:`create_app` and the one place errors become responses."""

from __future__ import annotations

import logging

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
from newsbeat.web.deps import page
from newsbeat.web.guard import Exposure, Guard

__all__ = ["create_app"]

log = logging.getLogger(__name__)


def create_app(store_path: str, settings: Settings, exposure: Exposure | None = None) -> FastAPI:
    """Build the web application over the database at ``store_path``.

    Each request opens its own connection (SQLite in WAL mode lets a pipeline run write while
    the UI reads). The database is opened once here so that a bad path fails at start-up.
    Every request passes :class:`~newsbeat.web.guard.Guard` first (Host check, token, security
    headers, HEAD).

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
    app = FastAPI(
        title="newsbeat",
        version=__version__,
        docs_url=None,  # the interactive docs load scripts from a CDN: nothing external here
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store_path = store_path
    app.state.settings = settings
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(feeds.router)
    app.add_exception_handler(NewsbeatError, _error_response)
    app.add_exception_handler(HTTPException, _error_response)
    app.add_exception_handler(RequestValidationError, _error_response)
    app.add_middleware(Guard, exposure=exposure or Exposure())
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


def _message(exc: Exception) -> str:
    if isinstance(exc, RequestValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', 'invalid')}"
            for err in exc.errors()
        )
    if isinstance(exc, HTTPException):
        return str(exc.detail)
    return str(exc)


# Where a page that did not find a record of each kind sends the reader (the CLI names commands
# instead; library messages name neither). Kinds the UI has no page for get no link.
_NOT_FOUND_LINKS: dict[str, tuple[str, str]] = {
    "article": ("/search", "Search the articles"),
    "beat": ("/", "See the beats"),
    "story": ("/stories", "See the stories"),
}


def _hint(exc: Exception) -> dict[str, str] | None:
    """The link an error page offers for a record that was not found, if any."""
    if isinstance(exc, NotFoundError) and exc.kind in _NOT_FOUND_LINKS:
        href, text = _NOT_FOUND_LINKS[exc.kind]
        return {"href": href, "text": text}
    return None


async def _error_response(request: Request, exc: Exception) -> Response:
    """Turn a newsbeat error (or a bad route or parameter) into an error page, or JSON
    ``{"detail": message}`` under ``/api/``: NotFoundError is 404, QueryError 400.

    The page of a NotFoundError links where to find what exists (the stories list for a story,
    the beats for a beat, search for an article).
    """
    status, message = _status(exc), _message(exc)
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
