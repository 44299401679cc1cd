"""The PostgreSQL store's records besides articles and search: the shared ones
(:mod:`record_sql`) in PostgreSQL's dialect, with its locks. A mixin of
:class:`~newsbeat.store.postgres.PostgresStore`, which gives it ``_x`` (one statement, errors
as StoreError), ``_many``, ``transaction`` and ``get_beat``.
"""

from __future__ import annotations

from newsbeat.store.dialect import POSTGRES
from newsbeat.store.pg_base import PgBase, lock_key
from newsbeat.store.record_sql import SqlRecords

__all__ = ["PgRecords"]


class PgRecords(SqlRecords, PgBase):
    """Reprints, outlets, sources, stories, enrichments and analyses on PostgreSQL."""

    dialect = POSTGRES

    def _lock(self, name: str) -> None:
        self._x("SELECT pg_advisory_xact_lock(%s)", (lock_key(name),))

    def _lock_article(self, article_id: int) -> None:
        self._x("SELECT 1 FROM articles WHERE id = %s FOR UPDATE", (article_id,))
