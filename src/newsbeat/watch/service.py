"""The watch loop: run each due beat as ``newsbeat run`` does, log one line per run, sleep.

:class:`Watch` runs beats with :func:`newsbeat.pipeline.run` (collect, then every later stage,
then the beat's HTML report beside the database). Before a run it saves the beat as
``running``, after it ``ok``, ``failed`` or ``interrupted`` (see :mod:`newsbeat.watch.state`);
:func:`~newsbeat.watch.schedule.plan` then says what is due, and a run polls only the sources
whose own interval has passed (:func:`~newsbeat.watch.schedule.source_due`). Sources keep their
ETag and Last-Modified validators, their back-off and a server's Retry-After (not asked again
before it) in the store between runs, as with ``newsbeat run``.

Stopping: :meth:`Watch.request_stop` (what SIGTERM and the first Ctrl-C call, see
:func:`stop_on_signals`) lets the step in progress finish (collecting, or the stage running),
skips the rest of the run (saved as ``interrupted``: the next start runs it again, and the
stages pick up what was stored) and ends the loop. A second signal interrupts at once.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import FrameType

from newsbeat.dates import aware_time
from newsbeat.exceptions import NewsbeatError, NotFoundError
from newsbeat.models import Source
from newsbeat.settings import Settings
from newsbeat.store import Store
from newsbeat.watch.schedule import (
    BeatState,
    Plan,
    format_interval,
    next_due,
    plan,
    source_due,
)
from newsbeat.watch.state import load_states, save_state

__all__ = [
    "DEFAULT_EVERY",
    "NoBeatsError",
    "RunLine",
    "Watch",
    "WatchOptions",
    "WatchSummary",
    "stop_on_signals",
]

DEFAULT_EVERY = timedelta(minutes=30)
_NAP = 1.0  # seconds: the longest sleep between two looks at the stop flag


class NoBeatsError(NewsbeatError):
    """The database has no beat to watch."""


@dataclass(frozen=True, kw_only=True)
class WatchOptions:
    """What to watch and how often.

    Attributes:
        beats: the beats to run (empty: every beat of the database, re-read each cycle).
        every: the interval between two runs of a beat.
        once: run the due beats once, then return (for cron).
        since: the collect window as typed (``7d`` is counted back from each run); None: the
            ``[collect] since`` setting.
        use_search: collect from the keyword search sources too.
    """

    beats: tuple[str, ...] = ()
    every: timedelta = DEFAULT_EVERY
    once: bool = False
    since: str | None = None
    use_search: bool = True


def _field(value: str) -> str:
    """A log value, quoted when it holds a space, a quote or an equals sign."""
    if value and not any(c in value for c in ' "=\n\t'):
        return value
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True, kw_only=True)
class RunLine:
    """What one run of a beat did: the log line's fields."""

    beat: str
    status: str
    new_articles: int = 0
    new_stories: int = 0
    stories: int = 0
    alerts_sent: int = 0
    alerts_failed: int = 0
    seconds: float = 0.0
    errors: tuple[str, ...] = ()
    next_run: datetime | None = None

    def format(self) -> str:
        """One ``key=value`` line (journald and grep friendly)."""
        parts = [
            f"beat={_field(self.beat)}",
            f"status={self.status}",
            f"new_articles={self.new_articles}",
            f"new_stories={self.new_stories}",
            f"stories={self.stories}",
            f"alerts_sent={self.alerts_sent}",
            f"alerts_failed={self.alerts_failed}",
            f"errors={len(self.errors)}",
            f"duration={self.seconds:.1f}s",
        ]
        if self.next_run is not None:
            parts.append(f"next={self.next_run.replace(microsecond=0).isoformat()}")
        return "watch: " + " ".join(parts)


@dataclass(kw_only=True)
class WatchSummary:
    """How the watch ended: its runs, and what stopped it."""

    runs: list[RunLine] = field(default_factory=list)
    stopped_by: str | None = None
    forced: bool = False

    @property
    def failed(self) -> bool:
        """Whether a run failed (a source, page or stage) or was cut short."""
        return any(r.status != "ok" for r in self.runs)


def _print_out(line: str) -> None:
    print(line, file=sys.stdout, flush=True)


def _print_err(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class Watch:
    """Runs the due beats of one store on their schedule.

    Args:
        store: the open store (hold :func:`~newsbeat.watch.state.watch_lock` on it).
        settings: settings of every run.
        options: beats, interval, once.
        out: where the log lines go (default: stdout).
        err: where error details go, one line each (default: stderr).
        clock: the current time (aware; tests pass their own).
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        options: WatchOptions,
        *,
        out: Callable[[str], None] = _print_out,
        err: Callable[[str], None] = _print_err,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.options = options
        self.out = out
        self.err = err
        self.clock = clock or (lambda: datetime.now(UTC))
        self._stop = threading.Event()
        self.stopped_by: str | None = None
        self._gone: set[str] = set()

    # -- stopping ------------------------------------------------------------------------------
    def request_stop(self, reason: str = "stop requested") -> None:
        """Finish the step in progress, then stop (safe from a signal handler)."""
        if self.stopped_by is None:
            self.stopped_by = reason
        self._stop.set()

    @property
    def stopping(self) -> bool:
        """Whether a stop was requested."""
        return self._stop.is_set()

    def _between_steps(self, progress: object) -> None:
        """The run's progress hook: once a stop is requested, the next stage does not start
        (pipeline.run ends the run as interrupted, keeping what was stored)."""
        from newsbeat.pipeline import STAGES

        stage = getattr(progress, "stage", None)
        if (
            self._stop.is_set()
            and getattr(progress, "event", None) == "start"
            and (stage == "report" or stage in {name for name, _ in STAGES})
        ):
            raise KeyboardInterrupt

    # -- beats ---------------------------------------------------------------------------------
    def check_beats(self) -> list[str]:
        """The beats to watch now; raises NotFoundError for a named beat that does not exist
        and NoBeatsError when there is none at all (both before anything runs)."""
        for name in self.options.beats:
            self.store.get_beat(name)
        beats = self.watched()
        if not beats:
            raise NoBeatsError(
                f"{self.settings.db_path}: no beats to watch; define one first"
                " (`newsbeat beat add NAME`, or `newsbeat run NAME`)"
            )
        return beats

    def watched(self) -> list[str]:
        """The beats watched this cycle: those named that still exist, else every beat."""
        existing = {b.name for b in self.store.list_beats()}
        if not self.options.beats:
            return sorted(existing)
        for name in self.options.beats:
            if name not in existing and name not in self._gone:
                self._gone.add(name)
                self.err(f"watch: beat={_field(name)} error: the beat was removed; not watched")
        return [b for b in dict.fromkeys(self.options.beats) if b in existing]

    # -- running -------------------------------------------------------------------------------
    def run_due(self) -> list[RunLine]:
        """Run every beat that is due now, most overdue first, unless a stop is requested."""
        lines = []
        for beat in self._plan().due:
            if self._stop.is_set():
                break
            lines.append(self.run_beat(beat))
        return lines

    def _plan(self, now: datetime | None = None) -> Plan:
        """What is due now, and when next; a beat runs as often as its most frequent source."""
        beats = self.watched()
        intervals = {}
        for beat in beats:
            own = [s.poll_every for s in self.store.list_sources(beat=beat) if s.poll_every]
            if own:
                intervals[beat] = min(self.options.every, timedelta(seconds=min(own)))
        when = now or self.clock()
        return plan(beats, load_states(self.store), self.options.every, when, intervals)

    def _poll_due(self, beat: str) -> Callable[[Source], bool]:
        """Which of the beat's sources a run polls now: those whose interval has passed."""
        previous = load_states(self.store).get(beat)
        started = previous.last_started if previous else None
        now = self.clock()

        def due(source: Source) -> bool:
            every = self.options.every
            if source.poll_every:
                every = timedelta(seconds=source.poll_every)
            return source_due(aware_time(source.last_poll), every, now, previous_run=started)

        return due

    def run_beat(self, beat: str) -> RunLine:
        """Run one beat now (as ``newsbeat run BEAT``), saving its state before and after, and
        log its line."""
        from newsbeat import pipeline
        from newsbeat.since import parse_since
        from newsbeat.stage import RunOptions

        poll_due = self._poll_due(beat)
        started = self.clock()
        clock_start = time.monotonic()
        save_state(self.store, beat, BeatState(last_started=started, last_status="running"))
        errors: list[str] = []
        report: pipeline.RunReport | None = None
        try:
            since = parse_since(self.options.since or self.settings.collect.since)
            options = RunOptions(
                beat=beat,
                since=since,
                use_search=self.options.use_search,
                quiet=True,
                poll_due=poll_due,
            )
            report = pipeline.run(self.store, self.settings, options, on_progress=self._hook)
        except (NewsbeatError, OSError, ValueError) as exc:
            errors.append(f"run: {exc}")
        if report is not None:
            if report.collect is not None:
                errors += [f"{f.kind}: {f.error}" for f in report.collect.failures]
            errors += [f"{s.name}: {f}" for s in report.stages for f in s.failures]
        interrupted = report is not None and report.interrupted
        status = "interrupted" if interrupted else ("failed" if errors else "ok")
        new = len(report.collect.new_ids) if report and report.collect else 0
        state = BeatState(
            last_started=started,
            last_finished=self.clock(),
            last_status=status,
            new_articles=new,
        )
        save_state(self.store, beat, state)
        alerts = report.stage_counts("alert") if report else {}
        line = RunLine(
            beat=beat,
            status=status,
            new_articles=new,
            new_stories=int(report.stage_counts("stories").get("new_stories", 0)) if report else 0,
            stories=self._story_count(beat),
            alerts_sent=int(alerts.get("sent", 0)),
            alerts_failed=int(alerts.get("failed", 0)),
            seconds=time.monotonic() - clock_start,
            errors=tuple(errors),
            next_run=None if interrupted else next_due(state, self.options.every, self.clock()),
        )
        self.out(line.format())
        for error in errors:
            self.err(f"watch: beat={_field(beat)} error: {' '.join(error.split())}")
        return line

    def _hook(self, progress: object) -> None:
        self._between_steps(progress)

    def _story_count(self, beat: str) -> int:
        try:
            return len(self.store.list_stories(beat=beat))
        except NotFoundError:
            return 0

    # -- the loop ------------------------------------------------------------------------------
    def serve(self) -> WatchSummary:
        """Run due beats until stopped (or once, with ``once``); returns how it ended.

        A second interruption (KeyboardInterrupt while stopping) ends it at once: ``forced``.
        """
        summary = WatchSummary()
        beats = self.check_beats()
        every = format_interval(self.options.every)
        mode = "once" if self.options.once else f"every {every}"
        self.out(f"watch: watching {len(beats)} beat(s) ({', '.join(beats)}) {mode}")
        try:
            while not self._stop.is_set():
                summary.runs += self.run_due()
                if self.options.once:
                    break
                self._sleep_until_due()
        except KeyboardInterrupt:
            summary.forced = True
            self.stopped_by = self.stopped_by or "interrupted"
        summary.stopped_by = self.stopped_by
        if self.options.once and not summary.runs and not self._stop.is_set():
            self.out(self._nothing_due())
        if summary.stopped_by:
            how = "at once" if summary.forced else "after finishing the current step"
            self.out(f"watch: stopped ({summary.stopped_by}) {how}")
        return summary

    def _sleep_until_due(self) -> None:
        """Sleep until the next beat is due (re-planned each nap: beats may be added)."""
        while not self._stop.is_set():
            now = self.clock()
            upcoming = self._plan(now)
            left = (upcoming.wake - now).total_seconds()
            if upcoming.due or left <= 0:
                return
            self._stop.wait(min(left, _NAP))

    def _nothing_due(self) -> str:
        wake = self._plan().wake
        return f"watch: nothing due; next run at {wake.replace(microsecond=0).isoformat()}"


@contextmanager
def stop_on_signals(watch: Watch) -> Iterator[None]:
    """SIGTERM and Ctrl-C (SIGINT) ask the watch to stop after the current step; a second one
    interrupts at once. The previous handlers come back afterwards (main thread only)."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if watch.stopping:
            raise KeyboardInterrupt
        watch.request_stop(signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
