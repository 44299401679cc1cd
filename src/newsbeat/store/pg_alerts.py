"""The PostgreSQL store's :class:`~newsbeat.store.base.AlertStore` methods: alerts, the event
keys each told, and every beat's story events; SQLite's queries (:mod:`sqlite_alerts`) in
PostgreSQL's dialect. A mixin of :class:`~newsbeat.store.postgres.PostgresStore`."""

from __future__ import annotations

from collections.abc import Sequence

from newsbeat.exceptions import NotFoundError
from newsbeat.models import Alert, StoryEvent, utc_now
from newsbeat.store.alert_rows import (
    ALERT_COLUMNS,
    EVENT_COLUMNS,
    EVENT_ORDER,
    alert_from_row,
    event_from_row,
)
from newsbeat.store.pg_base import PgBase, clean, lock_key

__all__ = ["PgAlerts"]


class PgAlerts(PgBase):
    """Alerts (each with its events and secret), what each told, and the beats' story events."""

    def add_alert(self, alert: Alert) -> Alert:
        """Register an alert (idempotent on beat, kind and destination: a second add updates
        ``min_outlets`` and ``events`` and keeps the first secret); returns it as stored.
        Raises NotFoundError when the beat does not exist."""
        self.get_beat(alert.beat)
        with self.transaction():
            # ids one past the largest, as SQLite gives them: one writer at a time
            self._x("SELECT pg_advisory_xact_lock(%s)", (lock_key("alerts"),))
            self._x(
                "INSERT INTO alerts (id, beat, kind, destination, min_outlets, events, secret,"
                " created_at) SELECT coalesce(max(id), 0) + 1, %s, %s, %s, %s, %s, %s, %s"
                " FROM alerts ON CONFLICT (beat, kind, destination)"
                " DO UPDATE SET min_outlets = excluded.min_outlets, events = excluded.events",
                (
                    alert.beat,
                    alert.kind,
                    clean(alert.destination),
                    alert.min_outlets,
                    ",".join(alert.events),
                    alert.secret,
                    alert.created_at,
                ),
            )
            row = self._x(
                f"SELECT {ALERT_COLUMNS} FROM alerts"
                " WHERE beat = %s AND kind = %s AND destination = %s",
                (alert.beat, alert.kind, clean(alert.destination)),
            ).fetchone()
        return alert_from_row(row)

    def list_alerts(self, *, beat: str | None = None) -> list[Alert]:
        """Alerts, optionally of one beat, by id."""
        sql = f"SELECT {ALERT_COLUMNS} FROM alerts"
        params: list[object] = []
        if beat is not None:
            sql += " WHERE beat = %s"
            params.append(beat)
        return [alert_from_row(r) for r in self._x(sql + " ORDER BY id", params)]

    def remove_alert(self, alert_id: int) -> None:
        """Delete an alert and what it delivered; raises NotFoundError."""
        cursor = self._x("DELETE FROM alerts WHERE id = %s", (alert_id,))
        if cursor.rowcount == 0:
            raise NotFoundError("alert", alert_id)

    def sent_event_keys(self, alert_id: int) -> set[str]:
        """The keys of the story events the alert has told."""
        rows = self._x("SELECT event_key FROM alert_events_sent WHERE alert_id = %s", (alert_id,))
        return {str(r[0]) for r in rows}

    def record_events_sent(self, alert_id: int, keys: Sequence[str]) -> None:
        """Remember that the alert told these events (a key told before is kept as it was)."""
        if not keys:
            return
        now = utc_now()
        with self.transaction():
            self._many(
                "INSERT INTO alert_events_sent (alert_id, event_key, sent_at) VALUES (%s,%s,%s)"
                " ON CONFLICT (alert_id, event_key) DO NOTHING",
                [(alert_id, clean(key), now) for key in keys],
            )

    def record_beat_events(self, events: Sequence[StoryEvent]) -> int:
        """Add story events to their beats' feeds (a key known in its beat is left as it was);
        returns how many were new."""
        now = utc_now()
        added = 0
        with self.transaction():
            for e in events:
                values = (e.key, e.kind, e.beat, e.story_id, e.title, e.text, e.url)
                cursor = self._x(
                    f"INSERT INTO beat_events ({EVENT_COLUMNS})"
                    " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (beat, event_key) DO NOTHING",
                    (*(clean(v) for v in values), e.happened_at, now),
                )
                added += cursor.rowcount
        return added

    def beat_event_keys(self, beat: str) -> set[str]:
        """The keys of every story event recorded for the beat."""
        rows = self._x("SELECT event_key FROM beat_events WHERE beat = %s", (beat,))
        return {str(r[0]) for r in rows}

    def beat_events(self, beat: str, *, limit: int) -> list[StoryEvent]:
        """The beat's latest ``limit`` story events, newest recorded first (then by key)."""
        rows = self._x(
            f"SELECT {EVENT_COLUMNS} FROM beat_events WHERE beat = %s"
            f" ORDER BY {EVENT_ORDER} LIMIT %s",
            (beat, limit),
        )
        return [event_from_row(r) for r in rows]
