"""When each beat is due: pure functions of the saved state and the time, no clock or store.

A beat runs every ``every`` (``--every 30m``), counted from the start of its last run, so a
run that takes a while does not push the schedule back and a service that was down for a day
runs each beat once when it comes back, not once per missed interval. A beat never run, or whose
last run did not finish (the service was killed, or stopped between two steps), is due at once:
a restart resumes it. A beat whose next run is less than :func:`slack` away counts as due, so a
cron job started every 30 minutes with ``--once --every 30m`` is not skipped because the last
run began a second after the previous cron tick.

A source may have its own interval (``newsbeat source add --every 2h``): its beat then runs
as often as its most frequent source asks, and each run polls only the sources that are due
(:func:`source_due`; a source without an interval of its own follows the beat's ``every``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = [
    "BeatState",
    "Plan",
    "format_interval",
    "next_due",
    "parse_interval",
    "plan",
    "slack",
    "source_due",
]

_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_MAX = timedelta(days=366)
_EXPECTED = "expected an interval such as 30s, 30m, 2h, 1d or 1h30m"


@dataclass(frozen=True, kw_only=True)
class BeatState:
    """What the watch remembers of one beat (saved in the store).

    Attributes:
        last_started: when its last run began (None: never run).
        last_finished: when that run ended (None while it runs, or when it never ended).
        last_status: ``running``, ``ok``, ``failed`` (a source, page or stage failed) or
            ``interrupted`` (stopped between two steps).
        new_articles: how many new articles the last run stored.
    """

    last_started: datetime | None = None
    last_finished: datetime | None = None
    last_status: str | None = None
    new_articles: int = 0

    @property
    def finished(self) -> bool:
        """Whether the last run ran to its end (ok or failed), so the beat can wait."""
        return (
            self.last_started is not None
            and self.last_finished is not None
            and self.last_status in ("ok", "failed")
        )


@dataclass(frozen=True)
class Plan:
    """The beats to run now (most overdue first) and, when none is, when to look again."""

    due: list[str]
    wake: datetime


def parse_interval(text: str) -> timedelta:
    """``30s``, ``30m``, ``2h``, ``1d``, ``1w`` or a sum such as ``1h30m``, as a timedelta.

    Raises:
        ValueError: not an interval, zero, or longer than a year (the message quotes it).
    """
    value = text.strip().lower()
    shown = repr(text if len(text) <= 32 else text[:31] + "…")
    if not value or _PART.sub("", value).strip():
        raise ValueError(f"--every {shown}: {_EXPECTED}")
    seconds = sum(float(n) * _SECONDS[unit] for n, unit in _PART.findall(value))
    if seconds <= 0:
        raise ValueError(f"--every {shown}: the interval must be longer than zero")
    if seconds > _MAX.total_seconds():
        raise ValueError(f"--every {shown}: at most a year (366d)")
    return timedelta(seconds=seconds)


def format_interval(every: timedelta) -> str:
    """The interval as :func:`parse_interval` reads it (``1h30m``, ``45s``, ``1.5s``)."""
    seconds = every.total_seconds()
    if seconds != int(seconds):
        return f"{seconds:g}s"
    rest, parts = int(seconds), []
    for unit in "dhms":
        amount, rest = divmod(rest, _SECONDS[unit])
        if amount:
            parts.append(f"{amount}{unit}")
    return "".join(parts) or "0s"


def slack(every: timedelta) -> timedelta:
    """How early a run may start: a twentieth of the interval, at most a minute."""
    return min(every / 20, timedelta(minutes=1))


def next_due(state: BeatState | None, every: timedelta, now: datetime) -> datetime:
    """When the beat should run next: ``now`` when it never ran or its last run did not
    finish, else one interval after the last run began (at most one interval from ``now``,
    should the clock have been set back since)."""
    if state is None or not state.finished or state.last_started is None:
        return now
    return min(state.last_started, now) + every


def plan(
    beats: Sequence[str],
    states: Mapping[str, BeatState],
    every: timedelta,
    now: datetime,
    intervals: Mapping[str, timedelta] | None = None,
) -> Plan:
    """Which beats are due at ``now`` and, if none, when the first one will be.

    Args:
        beats: the beats watched (duplicates are run once).
        states: the saved state of each beat (a beat without one has never run).
        every: the interval between two runs of a beat.
        now: the current time (aware).
        intervals: a shorter interval of some beats (a source of theirs has its own).

    Returns:
        The due beats, most overdue first (ties by name), and the time to wake up at: ``now``
        when a beat is due, else the earliest next run (never later than ``now + every``).
    """
    unique = sorted(set(beats))
    step = {beat: (intervals or {}).get(beat, every) for beat in unique}
    due_at = {beat: next_due(states.get(beat), step[beat], now) for beat in unique}
    due = sorted(
        (b for b in unique if due_at[b] - now <= slack(step[b])), key=lambda b: (due_at[b], b)
    )
    if due:
        return Plan(due, now)
    return Plan([], min([*due_at.values(), now + every]))


def source_due(
    last_poll: datetime | None,
    interval: timedelta,
    now: datetime,
    *,
    previous_run: datetime | None = None,
) -> bool:
    """Whether a source last polled at ``last_poll`` is due with its interval (its own, or its
    beat's): never polled, or polled at least ``interval`` ago, less :func:`slack`. A poll
    during the beat's previous run (begun at ``previous_run``) counts from the run's start, as
    the beat's schedule does: polling a moment into the run does not push the source back."""
    if last_poll is None:
        return True
    if previous_run is not None and last_poll >= previous_run:
        last_poll = previous_run
    return last_poll + interval - slack(interval) <= now
