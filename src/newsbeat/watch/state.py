"""What the watch keeps in the store: each beat's last run, and who holds the watch lock.

Both are small JSON documents in the store's stage state (``watch`` and ``watch:holder``), so
they live in the database whatever its backend, move with it (``newsbeat copy``) and need no
table of their own. Only the process holding the watch lock writes them.

One watch per database: :func:`watch_lock` takes the store's ``watch`` lock without waiting
(SQLite: a record lock in ``<database>.lock``; PostgreSQL: a session advisory lock), both
released by the operating system or the server when the process dies, so a killed watch never
leaves a stale lock behind. The holder's pid, host and start time are written beside it for
the message a second instance prints.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from newsbeat.dates import aware_time
from newsbeat.exceptions import NewsbeatError
from newsbeat.store.base import StoryStore, Transactional
from newsbeat.watch.schedule import BeatState

__all__ = [
    "HOLDER_KEY",
    "LOCK_NAME",
    "STATE_KEY",
    "Holder",
    "WatchLockHeld",
    "load_states",
    "read_holder",
    "save_state",
    "watch_lock",
]

LOCK_NAME = "watch"
STATE_KEY = "watch"
HOLDER_KEY = "watch:holder"


class WatchLockHeld(NewsbeatError):
    """Another ``newsbeat watch`` runs on this database (the message says which)."""


@dataclass(frozen=True, kw_only=True)
class Holder:
    """The process running the watch on a database."""

    pid: int
    host: str
    since: str

    def describe(self) -> str:
        """``pid 4242 on host desk-1 since 2026-03-09T12:00:00+00:00``."""
        return f"pid {self.pid} on host {self.host} since {self.since}"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: Any) -> datetime | None:
    """A time the state file stores (see :func:`newsbeat.dates.aware_time`), or None."""
    return aware_time(value) if isinstance(value, str) else None


def _document(store: StoryStore, key: str) -> dict[str, Any]:
    blob = store.get_stage_state(key)
    if not blob:
        return {}
    try:
        data = json.loads(blob)
    except (UnicodeDecodeError, ValueError):
        return {}  # unreadable: the beats run as if new, and the next save rewrites it
    return data if isinstance(data, dict) else {}


def load_states(store: StoryStore) -> dict[str, BeatState]:
    """Each beat's saved state (beats the watch never ran are absent)."""
    beats = _document(store, STATE_KEY).get("beats", {})
    states: dict[str, BeatState] = {}
    for name, raw in beats.items() if isinstance(beats, dict) else []:
        if not isinstance(raw, dict):
            continue
        new = raw.get("new_articles")
        states[str(name)] = BeatState(
            last_started=_time(raw.get("last_started")),
            last_finished=_time(raw.get("last_finished")),
            last_status=raw.get("last_status") if isinstance(raw.get("last_status"), str) else None,
            new_articles=new if isinstance(new, int) else 0,
        )
    return states


def save_state(store: StoryStore, beat: str, state: BeatState) -> None:
    """Replace one beat's saved state (the others stay)."""
    data = _document(store, STATE_KEY)
    beats = data.get("beats")
    if not isinstance(beats, dict):
        beats = data["beats"] = {}
    beats[beat] = {
        "last_started": _iso(state.last_started),
        "last_finished": _iso(state.last_finished),
        "last_status": state.last_status,
        "new_articles": state.new_articles,
    }
    store.save_stage_state(STATE_KEY, json.dumps(data, sort_keys=True).encode("utf-8"))


def read_holder(store: StoryStore) -> Holder | None:
    """Who last took the watch lock, if anyone recorded it."""
    raw = _document(store, HOLDER_KEY)
    try:
        return Holder(pid=int(raw["pid"]), host=str(raw["host"]), since=str(raw["since"]))
    except (KeyError, TypeError, ValueError):
        return None


class _LockingStore(StoryStore, Transactional, Protocol):
    """What the lock needs: the stage lock and the stage state."""


@contextmanager
def watch_lock(
    store: _LockingStore, location: str, *, now: datetime | None = None
) -> Iterator[Holder]:
    """Hold the database's watch lock for the block, recording this process as its holder.

    Args:
        store: the store (kept open for the whole block: closing it releases the lock).
        location: the database, as the error message names it.
        now: the time recorded as ``since`` (default: now).

    Yields:
        This process as the holder.

    Raises:
        WatchLockHeld: another process holds it; the message names its pid, host and start.
    """
    with store.stage_lock(LOCK_NAME, wait=False) as held:
        if not held:
            holder = read_holder(store)
            who = holder.describe() if holder else "a process that has not said who it is yet"
            raise WatchLockHeld(
                f"{location}: another newsbeat watch is running on this database ({who});"
                " one watch per database: stop that one first"
            )
        me = Holder(
            pid=os.getpid(),
            host=socket.gethostname(),
            since=(now or datetime.now(UTC)).replace(microsecond=0).isoformat(),
        )
        store.save_stage_state(
            HOLDER_KEY,
            json.dumps({"pid": me.pid, "host": me.host, "since": me.since}).encode("utf-8"),
        )
        yield me
