"""The :class:`~newsbeat.store.base.AlertStore` methods both stores share: alerts, the event
keys each told, and every beat's story events, written once over the SQL dialect. Each store
gives its statement runner, how it cleans text, and how it inserts an alert (the id)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from newsbeat.exceptions import NotFoundError
from newsbeat.models import Alert, StoryEvent, utc_now
from newsbeat.store.alert_rows import (
    ALERT_COLUMNS,
    EVENT_COLUMNS,
    EVENT_ORDER,
    alert_from_row,
    event_from_row,
)
from newsbeat.store.dialect import Dialect

if TYPE_CHECKING:
    from newsbeat.models import Beat

__all__ = ["SqlAlerts"]


class SqlAlerts:
    """Alerts (each with its events and secret), what each told, and the beats' story events.

    A mixin: the store sets :attr:`dialect` and implements the four hooks below."""

    dialect: Dialect

    if TYPE_CHECKING:  # the store's own (declared only: a stub here would shadow them)

        def transaction(self) -> AbstractContextManager[None]: ...

        def get_beat(self, name: str) -> Beat: ...

    def _alert_run(self, sql: str, params: Sequence[object] = ()) -> Any:
        """Run one statement; returns its cursor."""
        raise NotImplementedError

    def _alert_run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """Run one statement once per row of parameters."""
        raise NotImplementedError

    def _alert_text(self, value: object) -> object:
        """A text value as the database can hold it."""
        return value

    def _insert_alert(self, alert: Alert, values: Sequence[object]) -> None:
        """Insert the alert's ``values`` (beat, kind, destination, min_outlets, events,
        secret, created_at), or update ``min_outlets`` and ``events`` of the one there."""
        raise NotImplementedError

    def add_alert(self, alert: Alert) -> Alert:
        """Register an alert (idempotent on beat, kind and destination: a second add updates
        ``min_outlets`` and ``events`` and keeps the first secret); returns it as stored.
        Raises NotFoundError when the beat does not exist."""
        p = self.dialect.param
        self.get_beat(alert.beat)
        destination = self._alert_text(alert.destination)
        with self.transaction():
            self._insert_alert(
                alert,
                (
                    alert.beat,
                    alert.kind,
                    destination,
                    alert.min_outlets,
                    ",".join(alert.events),
                    alert.secret,
                    alert.created_at,
                ),
            )
            row = self._alert_run(
                f"SELECT {ALERT_COLUMNS} FROM alerts"
                f" WHERE beat = {p} AND kind = {p} AND destination = {p}",
                (alert.beat, alert.kind, destination),
            ).fetchone()
        return alert_from_row(row)

    def list_alerts(self, *, beat: str | None = None) -> list[Alert]:
        """Alerts, optionally of one beat, by id."""
        sql = f"SELECT {ALERT_COLUMNS} FROM alerts"
        params: list[object] = []
        if beat is not None:
            sql += f" WHERE beat = {self.dialect.param}"
            params.append(beat)
        return [alert_from_row(r) for r in self._alert_run(sql + " ORDER BY id", params)]

    def remove_alert(self, alert_id: int) -> None:
        """Delete an alert and what it delivered; raises NotFoundError."""
        cursor = self._alert_run(f"DELETE FROM alerts WHERE id = {self.dialect.param}", (alert_id,))
        if cursor.rowcount == 0:
            raise NotFoundError("alert", alert_id)

    def sent_event_keys(self, alert_id: int) -> set[str]:
        """The keys of the story events the alert has told."""
        rows = self._alert_run(
            f"SELECT event_key FROM alert_events_sent WHERE alert_id = {self.dialect.param}",
            (alert_id,),
        )
        return {str(r[0]) for r in rows}

    def record_events_sent(self, alert_id: int, keys: Sequence[str]) -> None:
        """Remember that the alert told these events (a key told before is kept as it was)."""
        if not keys:
            return
        p = self.dialect.param
        now = utc_now()
        with self.transaction():
            self._alert_run_many(
                "INSERT INTO alert_events_sent (alert_id, event_key, sent_at)"
                f" VALUES ({p},{p},{p}) ON CONFLICT (alert_id, event_key) DO NOTHING",
                [(alert_id, self._alert_text(key), now) for key in keys],
            )

    def record_beat_events(self, events: Sequence[StoryEvent]) -> int:
        """Add story events to their beats' feeds (a key known in its beat is left as it was);
        returns how many were new."""
        values = ",".join([self.dialect.param] * 9)
        now = utc_now()
        added = 0
        with self.transaction():
            for e in events:
                text = (e.key, e.kind, e.beat, e.story_id, e.title, e.text, e.url)
                cursor = self._alert_run(
                    f"INSERT INTO beat_events ({EVENT_COLUMNS})"
                    f" VALUES ({values}) ON CONFLICT (beat, event_key) DO NOTHING",
                    (*(self._alert_text(v) for v in text), e.happened_at, now),
                )
                added += cursor.rowcount
        return added

    def beat_event_keys(self, beat: str) -> set[str]:
        """The keys of every story event recorded for the beat."""
        rows = self._alert_run(
            f"SELECT event_key FROM beat_events WHERE beat = {self.dialect.param}", (beat,)
        )
        return {str(r[0]) for r in rows}

    def beat_events(self, beat: str, *, limit: int) -> list[StoryEvent]:
        """The beat's latest ``limit`` story events, newest recorded first (then by key)."""
        p = self.dialect.param
        rows = self._alert_run(
            f"SELECT {EVENT_COLUMNS} FROM beat_events WHERE beat = {p}"
            f" ORDER BY {EVENT_ORDER} LIMIT {p}",
            (beat, limit),
        )
        return [event_from_row(r) for r in rows]
