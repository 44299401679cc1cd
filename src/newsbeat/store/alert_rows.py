"""Alerts and story events as rows, the same on both backends (``events`` comma-separated)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsbeat.models import Alert, StoryEvent

__all__ = ["ALERT_COLUMNS", "EVENT_COLUMNS", "EVENT_ORDER", "alert_from_row", "event_from_row"]

ALERT_COLUMNS = "id, beat, kind, destination, min_outlets, events, secret, created_at"
EVENT_COLUMNS = "event_key, kind, beat, story_id, title, text, url, happened_at, recorded_at"
# Newest recorded first; NULL dates last on both backends (they sort NULLs differently).
EVENT_ORDER = "recorded_at DESC, coalesce(happened_at, '') DESC, event_key"


def alert_from_row(row: Sequence[Any]) -> Alert:
    """An alert from a row of :data:`ALERT_COLUMNS` (``events`` stored comma-separated)."""
    names = ALERT_COLUMNS.replace(" ", "").split(",")
    values = dict(zip(names, tuple(row), strict=True))
    values["events"] = tuple(e for e in str(values["events"]).split(",") if e)
    return Alert(**values)


def event_from_row(row: Sequence[Any]) -> StoryEvent:
    """A story event from a row of :data:`EVENT_COLUMNS`."""
    names = EVENT_COLUMNS.replace(" ", "").split(",")
    values = dict(zip(names, tuple(row), strict=True))
    values["key"] = values.pop("event_key")
    return StoryEvent(**values)
