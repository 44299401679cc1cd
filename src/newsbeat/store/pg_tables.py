"""The PostgreSQL store's :class:`~newsbeat.store.base.TableStore` methods: raw rows, table by
table, for ``newsbeat copy`` (export streams with ``COPY ... TO``, import with ``COPY ...
FROM``). A mixin of :class:`~newsbeat.store.postgres.PostgresStore`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newsbeat.exceptions import StoreError
from newsbeat.store.pg_base import PgBase, clean
from newsbeat.store.tables import COPY_TABLES, HIDDEN_ORDER, ROW_ORDER

__all__ = ["PgTables"]

_BATCH = 500
# Tables whose ids come from an identity sequence, moved past the largest id after an import.
_IDENTITY = {
    "articles": "id",
    "sources": "id",
    "quotes": "id",
    "claims": "id",
    "relations": "id",
    "alerts": "id",
    **HIDDEN_ORDER,
}


class PgTables(PgBase):
    """Export and import of whole tables (ids kept; the full-text index rebuilt for articles)."""

    # -- tables (newsbeat copy) -----------------------------------------------------------------
    def copy_tables(self) -> list[str]:
        """Every data table in foreign-key order."""
        return list(COPY_TABLES)

    def _columns(self, table: str) -> list[str]:
        if table not in COPY_TABLES:
            raise StoreError(f"{self.path}: {table!r} is not a data table")
        hidden = HIDDEN_ORDER.get(table)
        return [
            str(r[0])
            for r in self._x(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = %s"
                " ORDER BY ordinal_position",
                (table,),
            )
            if r[0] != hidden
        ]

    def export_rows(self, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """The table's columns, then every row by primary key (or insertion order)."""
        columns = self._columns(table)
        order = ROW_ORDER.get(table) or HIDDEN_ORDER.get(table) or "id"
        sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"

        types = self._types(table, columns)

        def rows() -> Iterator[tuple[Any, ...]]:
            import psycopg

            # A client-side cursor would load the table at once: stream it with COPY. The
            # connection serves nothing else until the rows are read (or the iterator closed).
            try:
                with (
                    self.conn.cursor() as cursor,
                    cursor.copy(f"COPY ({sql}) TO STDOUT") as copy,
                ):
                    copy.set_types(types)
                    yield from copy.rows()
            except psycopg.Error as exc:
                raise self._error(exc, f"cannot read {table}") from exc

        return columns, rows()

    def _types(self, table: str, columns: list[str]) -> list[str]:
        found = dict(
            self._x(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = %s",
                (table,),
            ).fetchall()
        )
        return [str(found[c]) for c in columns]

    def import_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert rows as they are (ids kept) with COPY, inside the caller's transaction."""
        known = self._columns(table)
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise StoreError(f"{self.path}: table {table} has no column(s) {', '.join(unknown)}")
        with self.transaction():
            self._x("SET CONSTRAINTS ALL DEFERRED")
            count = self._copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN",
                ([clean(v) for v in row] for row in rows),
            )
            self._after_import(table)
        return count

    def _after_import(self, table: str) -> None:
        column = _IDENTITY.get(table)
        if column is not None:
            self._x(
                f"SELECT setval(pg_get_serial_sequence(%s, %s), greatest(max({column}), 1),"
                f" max({column}) IS NOT NULL) FROM {table}",
                (table, column),
            )
        if table == "articles":
            while True:
                missing = self._x(
                    "SELECT a.id, a.title, a.standfirst, a.text FROM articles a"
                    " WHERE NOT EXISTS (SELECT 1 FROM article_fts f WHERE f.article_id = a.id)"
                    f" ORDER BY a.id LIMIT {_BATCH * 4}"
                ).fetchall()
                if not missing:
                    break
                self._index(missing)

    def is_empty(self) -> bool:
        """Whether no data table holds a row."""
        return not any(
            self._value(f"SELECT EXISTS (SELECT 1 FROM {table})") for table in COPY_TABLES
        )
