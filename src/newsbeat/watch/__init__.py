"""``newsbeat watch``: a long-running service that runs each beat on its schedule.

- :mod:`newsbeat.watch.schedule`: when each beat is due (pure functions);
- :mod:`newsbeat.watch.state`: each beat's last run and the one-watch-per-database lock, in the
  store;
- :mod:`newsbeat.watch.service`: the loop (:class:`Watch`), its log lines, stopping on signals.

A notebook or another service runs it as the command does::

    with watch_lock(store, location):
        Watch(store, settings, WatchOptions(every=parse_interval("30m"))).serve()
"""

from __future__ import annotations

from newsbeat.watch.schedule import (
    BeatState,
    Plan,
    format_interval,
    next_due,
    parse_interval,
    plan,
    source_due,
)
from newsbeat.watch.service import (
    DEFAULT_EVERY,
    NoBeatsError,
    RunLine,
    Watch,
    WatchOptions,
    WatchSummary,
    stop_on_signals,
)
from newsbeat.watch.state import Holder, WatchLockHeld, load_states, read_holder, watch_lock

__all__ = [
    "DEFAULT_EVERY",
    "BeatState",
    "Holder",
    "NoBeatsError",
    "Plan",
    "RunLine",
    "Watch",
    "WatchLockHeld",
    "WatchOptions",
    "WatchSummary",
    "format_interval",
    "load_states",
    "next_due",
    "parse_interval",
    "plan",
    "read_holder",
    "source_due",
    "stop_on_signals",
    "watch_lock",
]
