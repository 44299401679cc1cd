"""The SQLite store's records besides articles and search: the shared ones
(:mod:`record_sql`) in SQLite's dialect. A mixin of :class:`~newsbeat.store.sqlite.SQLiteStore`.
"""

from __future__ import annotations

from newsbeat.store.dialect import SQLITE
from newsbeat.store.record_sql import SqlRecords

__all__ = ["SQLiteRecords"]


class SQLiteRecords(SqlRecords):
    """Reprints, outlets, sources, stories, enrichments and analyses on SQLite."""

    dialect = SQLITE

    # A write transaction (``BEGIN IMMEDIATE``) holds the database's one write lock already.
    def _lock(self, name: str) -> None:
        pass

    def _lock_article(self, article_id: int) -> None:
        pass
