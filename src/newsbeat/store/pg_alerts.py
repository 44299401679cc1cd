"""The PostgreSQL store's :class:`~newsbeat.store.base.AlertStore` methods: the shared ones
(:mod:`alert_sql`) in PostgreSQL's dialect, with its statement runner, text without NUL
characters, and alert ids given as SQLite gives them. A mixin of
:class:`~newsbeat.store.postgres.PostgresStore`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsbeat.models import Alert
from newsbeat.store.alert_sql import SqlAlerts
from newsbeat.store.dialect import POSTGRES
from newsbeat.store.pg_base import PgBase, clean, lock_key

__all__ = ["PgAlerts"]


class PgAlerts(SqlAlerts, PgBase):
    """Alerts (each with its events and secret), what each told, and the beats' story events."""

    dialect = POSTGRES

    def _alert_run(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self._x(sql, params)

    def _alert_run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self._many(sql, rows)

    def _alert_text(self, value: object) -> object:
        return clean(value)

    def _insert_alert(self, alert: Alert, values: Sequence[object]) -> None:
        # ids one past the largest, as SQLite gives them: one writer at a time
        self._x("SELECT pg_advisory_xact_lock(%s)", (lock_key("alerts"),))
        self._x(
            "INSERT INTO alerts (id, beat, kind, destination, min_outlets, events, secret,"
            " created_at) SELECT coalesce(max(id), 0) + 1, %s, %s, %s, %s, %s, %s, %s"
            " FROM alerts ON CONFLICT (beat, kind, destination)"
            " DO UPDATE SET min_outlets = excluded.min_outlets, events = excluded.events",
            values,
        )
