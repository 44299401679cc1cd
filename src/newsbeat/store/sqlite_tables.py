"""The SQLite store's :class:`~newsbeat.store.base.TableStore` methods: raw rows, table by
table, for ``newsbeat copy``. A mixin of :class:`~newsbeat.store.sqlite.SQLiteStore`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from newsbeat.exceptions import StoreError
from newsbeat.store.tables import COPY_TABLES, HIDDEN_ORDER, ROW_ORDER

__all__ = ["SQLiteTables"]


class SQLiteTables:
    """Export and import of whole tables (ids kept; the FTS index follows by its triggers)."""

    conn: sqlite3.Connection
    path: str

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def copy_tables(self) -> list[str]:
        """Every data table in foreign-key order (the FTS index excluded)."""
        return list(COPY_TABLES)

    def _table_columns(self, table: str) -> list[str]:
        if table not in COPY_TABLES:
            raise StoreError(f"{self.path}: {table!r} is not a data table")
        return [str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def export_rows(self, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """The table's columns, then every row by primary key (or insertion order)."""
        columns = self._table_columns(table)
        order = ROW_ORDER.get(table) or ("rowid" if table in HIDDEN_ORDER else "id")
        sql = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"

        def rows() -> Iterator[tuple[Any, ...]]:
            cursor = self.conn.execute(sql)
            while page := cursor.fetchmany(500):
                yield from (tuple(r) for r in page)

        return columns, rows()

    def import_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert rows as they are (ids kept), inside the caller's transaction.

        The rows are staged in a temporary table and copied with one ``INSERT ... SELECT``
        (one FTS index flush instead of one per article, as ``add_articles`` does).
        """
        known = self._table_columns(table)
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise StoreError(f"{self.path}: table {table} has no column(s) {', '.join(unknown)}")
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        with self.transaction():
            # Foreign keys are checked at commit: a reprint may come before its original.
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            self.conn.execute("DROP TABLE IF EXISTS temp.incoming_rows")
            self.conn.execute(
                f"CREATE TEMP TABLE incoming_rows AS SELECT {names} FROM main.{table} WHERE 0"
            )
            count = 0
            batch: list[Sequence[Any]] = []
            for row in rows:
                batch.append(row)
                if len(batch) >= 1000:
                    self.conn.executemany(f"INSERT INTO temp.incoming_rows VALUES ({marks})", batch)
                    count += len(batch)
                    batch = []
            self.conn.executemany(f"INSERT INTO temp.incoming_rows VALUES ({marks})", batch)
            count += len(batch)
            self.conn.execute(
                f"INSERT INTO main.{table} ({names}) SELECT {names} FROM temp.incoming_rows"
                " ORDER BY rowid"
            )
            self.conn.execute("DROP TABLE temp.incoming_rows")
        return count

    def is_empty(self) -> bool:
        """Whether no data table holds a row."""
        return not any(
            self.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for table in COPY_TABLES
        )
