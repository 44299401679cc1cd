"""Storage behind one interface (:class:`Store`); SQLite is the embedded default.

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
    "Transactional",
    "open_store",
]


def open_store(location: str | Path) -> Store:
    """Open the store at ``location``: a SQLite file path, or ``:memory:``.

    A ``postgresql://`` URL is where a team store will plug in; it is refused for now.

    Args:
        location: a database file path, ``":memory:"``, or a URL.

    Returns:
        The open store; the caller closes it.

    Raises:
        StoreError: the database cannot be opened (or is a PostgreSQL URL).
    """
    text = str(location)
    if text.startswith(("postgres://", "postgresql://")):
        from newsbeat.exceptions import StoreError

        raise StoreError(f"{text}: PostgreSQL stores are not supported yet; use a SQLite path")
    return SQLiteStore(text)
