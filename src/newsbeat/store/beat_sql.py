"""The :class:`~newsbeat.store.base.BeatStore` methods both stores share, written once over the
SQL dialect: define, read, list, count and remove beats. Which articles a beat's query matches
is each backend's own (SQLite's FTS5 ``MATCH``, PostgreSQL's tsquery over its postings): the
store gives :meth:`validate_query` and ``_update_memberships``.

A mixin of both stores, which give their :class:`~newsbeat.store.dialect.Dialect` and their
statement runner ``_x``; it comes before the stubs of :class:`~newsbeat.store.pg_base.PgBase`
among the store's bases.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from newsbeat.exceptions import NotFoundError
from newsbeat.models import Beat
from newsbeat.store.dialect import Dialect

__all__ = ["SqlBeats"]


class SqlBeats:
    """Beats: named full-text queries, each with the articles it matches."""

    dialect: Dialect

    if TYPE_CHECKING:  # the store's own (declared only: a stub here would shadow them)

        def _x(self, sql: str, params: Sequence[object] | None = None) -> Any: ...

        def transaction(self) -> AbstractContextManager[None]: ...

        def validate_query(self, query: str) -> None: ...

        def count_articles(self, *, beat: str | None = None) -> int: ...

        def _update_memberships(
            self, beats: Sequence[Beat], article_ids: list[int] | None
        ) -> None: ...

    def add_beat(self, beat: Beat) -> int:
        """Create or redefine a beat and recompute its membership; returns its article count."""
        self.validate_query(beat.query)
        p = self.dialect.param
        with self.transaction():
            self._x(
                self.dialect.upsert(
                    "beats", ("name", "query", "created_at"), ("name",), replace=("query",)
                ),
                (beat.name, beat.query, beat.created_at),
            )
            self._x(f"DELETE FROM beat_articles WHERE beat = {p}", (beat.name,))
            self._update_memberships([beat], None)
        return self.count_articles(beat=beat.name)

    def get_beat(self, name: str) -> Beat:
        """One beat; raises NotFoundError."""
        row = self._x(
            f"SELECT name, query, created_at FROM beats WHERE name = {self.dialect.param}",
            (name,),
        ).fetchone()
        if row is None:
            raise NotFoundError("beat", name)
        return Beat(name=row[0], query=row[1], created_at=row[2])

    def list_beats(self) -> list[Beat]:
        """All beats, by name."""
        return [
            Beat(name=r[0], query=r[1], created_at=r[2])
            for r in self._x("SELECT name, query, created_at FROM beats ORDER BY name")
        ]

    def remove_beat(self, name: str) -> None:
        """Delete a beat (articles stay); raises NotFoundError."""
        self.get_beat(name)
        with self.transaction():
            self._x(f"DELETE FROM beats WHERE name = {self.dialect.param}", (name,))

    def beat_counts(self) -> dict[str, int]:
        """Article count per beat."""
        return {
            r[0]: int(r[1])
            for r in self._x(
                "SELECT b.name, count(ba.article_id) FROM beats b"
                " LEFT JOIN beat_articles ba ON ba.beat = b.name GROUP BY b.name ORDER BY b.name"
            )
        }
