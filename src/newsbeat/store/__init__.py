"""Storage behind one interface (:class:`Store`); SQLite is the embedded default."""

from __future__ import annotations

from pathlib import Path

from newsbeat.store.base import AddResult, Store
from newsbeat.store.sqlite import SQLiteStore

__all__ = ["AddResult", "SQLiteStore", "Store", "open_store"]


def open_store(location: str | Path) -> Store:
    """Open the store at ``location``: a SQLite file path, or ``:memory:``.

    A ``postgresql://`` URL is where a team store will plug in; it is refused for now.
    """
    text = str(location)
    if text.startswith(("postgres://", "postgresql://")):
        from newsbeat.exceptions import StoreError

        raise StoreError(f"{text}: PostgreSQL stores are not supported yet; use a SQLite path")
    return SQLiteStore(text)
