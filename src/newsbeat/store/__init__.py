"""Storage behind one interface (:class:`Store`); SQLite is the embedded default, PostgreSQL
the team store.

:class:`Store` unites small protocols, one per part of the store (:class:`ArticleStore`,
:class:`SearchStore`, :class:`BeatStore`, :class:`SourceStore`, :class:`AlertStore`,
:class:`StoryStore`, :class:`EnrichmentStore`, :class:`AnalysisStore`, and the lifecycle:
:class:`StoreLifecycle`, :class:`Transactional`); callers type-hint the part they use.
"""

from __future__ import annotations

from pathlib import Path

from newsbeat.store.base import (
    AddResult,
    AlertStore,
    AnalysisStore,
    ArticleStore,
    BeatStore,
    EnrichmentStore,
    SearchStore,
    SourceStore,
    Store,
    StoreLifecycle,
    StoryStore,
    TableStore,
    Transactional,
)
from newsbeat.store.sqlite import SQLiteStore

__all__ = [
    "AddResult",
    "AlertStore",
    "AnalysisStore",
    "ArticleStore",
    "BeatStore",
    "EnrichmentStore",
    "SQLiteStore",
    "SearchStore",
    "SourceStore",
    "Store",
    "StoreLifecycle",
    "StoryStore",
    "TableStore",
    "Transactional",
    "display_location",
    "is_url",
    "open_store",
]

_URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(location: str | Path) -> bool:
    """Whether a store location is a PostgreSQL URL (else a SQLite path or ``:memory:``)."""
    return str(location).startswith(_URL_SCHEMES)


def display_location(location: str | Path) -> str:
    """The location as messages show it: a URL's password masked."""
    if is_url(location):
        from newsbeat.store.postgres import mask_url

        return mask_url(str(location))
    return str(location)


def open_store(location: str | Path) -> Store:
    """Open the store at ``location``: a SQLite file path, ``:memory:``, or a PostgreSQL URL
    (``postgresql://user:password@host:port/database``, or ``postgres://``).

    Args:
        location: a database file path, ``":memory:"``, or a URL.

    Returns:
        The open store (also a :class:`TableStore`); the caller closes it.

    Raises:
        StoreError: the database cannot be opened (the message names it, password masked).
    """
    text = str(location)
    if is_url(text):
        # psycopg is imported only for a PostgreSQL store.
        from newsbeat.store.postgres import PostgresStore

        return PostgresStore(text)
    return SQLiteStore(text)
