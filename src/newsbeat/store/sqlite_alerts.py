"""The SQLite store's :class:`~newsbeat.store.base.AlertStore` methods: the shared ones
(:mod:`alert_sql`) in SQLite's dialect. A mixin of :class:`~newsbeat.store.sqlite.SQLiteStore`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from newsbeat.models import Alert
from newsbeat.store.alert_sql import SqlAlerts
from newsbeat.store.dialect import SQLITE

__all__ = ["SQLiteAlerts"]


class SQLiteAlerts(SqlAlerts):
    """Alerts (each with its events and secret), what each told, and the beats' story events."""

    conn: sqlite3.Connection
    dialect = SQLITE

    def _alert_run(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self.conn.execute(sql, params)

    def _alert_run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self.conn.executemany(sql, rows)

    def _insert_alert(self, alert: Alert, values: Sequence[object]) -> None:
        self.conn.execute(
            "INSERT INTO alerts (beat, kind, destination, min_outlets, events, secret,"
            " created_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(beat, kind, destination)"
            " DO UPDATE SET min_outlets = excluded.min_outlets, events = excluded.events",
            values,
        )
