"""What every route needs: a store opened for the request, the settings, and page rendering."""

from __future__ import annotations

import re
import threading
from collections.abc import AsyncIterator, Callable
from functools import lru_cache
from typing import Annotated, Any, TypeVar, cast
from urllib.parse import quote

import anyio
import jinja2
from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from newsbeat import __version__
from newsbeat.report import safe_url
from newsbeat.settings import Settings
from newsbeat.store import Store, open_store
from newsbeat.story_views.article_analysis import analysis_line
from newsbeat.story_views.languages import sentence_lang, sentence_mark, shown_codes
from newsbeat.story_views.shown_speakers import shown_speaker
from newsbeat.web.cache import ReadCache
from newsbeat.web.readable import is_undated, reader_date

__all__ = [
    "CacheDep",
    "SettingsDep",
    "StoreDep",
    "actor_link",
    "cite",
    "page",
    "run_cancellable",
    "templates",
]

_T = TypeVar("_T")
# How often a running search looks whether its client is still there, in seconds.
DISCONNECT_POLL = 0.2

_MARK = re.compile(r"\[([^\[\]]*)\]")


class _LazyStore:
    """A request's store, opened on first use: a page answered from the cache opens none."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._store: Store | None = None
        self._interrupted = False
        self._lock = threading.Lock()

    def _open(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = open_store(self._path)
                if self._interrupted:
                    self._store.interrupt()
            return self._store

    @property
    def opened(self) -> bool:
        """Whether a connection was opened (and so needs closing)."""
        return self._store is not None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._open(), name)

    def interrupt(self) -> None:
        """Stop its search (and every later one), opened or not yet."""
        with self._lock:
            self._interrupted = True
            if self._store is not None:
                self._store.interrupt()

    def close(self) -> None:
        """Close the connection, if one was opened."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


async def _store(request: Request) -> AsyncIterator[Store]:
    """One store connection per request, opened when first used and closed when the
    request is done (closing the last connection to a database may checkpoint it: in a
    worker thread, not on the event loop)."""
    store = _LazyStore(request.app.state.store_path)
    try:
        yield cast(Store, store)
    finally:
        if store.opened:
            await anyio.to_thread.run_sync(store.close)


# Async, although they do not wait: FastAPI runs a plain function's dependency in a worker
# thread, which costs more than the function.
async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _cache(request: Request) -> ReadCache:
    cache: ReadCache = request.app.state.cache
    return cache


StoreDep = Annotated[Store, Depends(_store)]
SettingsDep = Annotated[Settings, Depends(_settings)]
CacheDep = Annotated[ReadCache, Depends(_cache)]


async def run_cancellable(request: Request, store: Store, work: Callable[[], _T]) -> _T:
    """Run ``work`` (a search on ``store``) in a worker thread; interrupt the store if the
    client goes away meanwhile, so an abandoned request stops using the CPU at once.

    Raises:
        QueryCancelledError: the client went away (nobody reads the answer).
    """
    async with anyio.create_task_group() as tasks:

        async def watch() -> None:
            while not await request.is_disconnected():
                await anyio.sleep(DISCONNECT_POLL)
            store.interrupt()

        tasks.start_soon(watch)
        # Raised outside the task group, which would wrap it in an ExceptionGroup.
        error: Exception | None = None
        try:
            result = await anyio.to_thread.run_sync(work)
        except Exception as exc:
            error = exc
        finally:
            tasks.cancel_scope.cancel()
    if error is not None:
        raise error
    return result


def _highlight(snippet: str) -> Markup:
    """A search snippet with its ``[match]`` markers as <mark>; everything else escaped."""
    return Markup(_MARK.sub(r"<mark>\1</mark>", str(escape(snippet))))


def actor_link(name: str | None, fallback: str = "") -> Markup:
    """An actor's name as a link to its page (``fallback`` text when there is no name).

    A Python function rather than a template macro: a story page has hundreds of names, and
    a macro call costs ten times as much.
    """
    if not name:
        return Markup(escape(fallback))
    href = quote(name, safe="")
    return Markup(f'<a class="actor" href="/actors/{href}">{escape(name)}</a>')


def cite(article_id: int | None, outlet: str | None) -> Markup:
    """The outlet of a cited article as a link to the article's page."""
    label = escape(outlet or "unknown outlet")
    if article_id is None:
        return Markup(label)
    return Markup(f'<a class="small" href="/articles/{int(article_id)}">{label}</a>')


@lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    """The page templates: autoescaped, and an undefined name is an error, not blank text."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsbeat.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["highlight"] = _highlight
    env.filters["safe_url"] = safe_url
    env.filters["when"] = reader_date
    env.filters["undated"] = is_undated
    env.filters["language_mark"] = sentence_mark
    env.filters["lang"] = sentence_lang
    env.filters["analysis_line"] = analysis_line
    env.filters["language_codes"] = shown_codes
    env.globals["actor"] = actor_link
    env.globals["shown_speaker"] = shown_speaker
    env.globals["cite"] = cite
    env.globals["version"] = __version__
    return env


def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render the template ``name`` into an HTML response."""
    html = templates().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code)
