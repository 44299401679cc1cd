"""The main job, owned in one place: ``collect -> dedupe -> stories -> enrich -> compare ->
summarise -> alert -> report``.

:func:`run` follows one beat from the web (``newsbeat run``); :func:`update` runs every stage
after collection on what is already stored (``newsbeat update``, the end of ``newsbeat ingest``
and ``newsbeat demo``). Each stage is a function ``(store, settings, options) -> StageResult``
listed in :data:`STAGES` in data-flow order; a stage reads what earlier stages stored and writes
its own results back: the store is the only shared state. Progress reaches the caller through
one ``on_progress`` hook, and the whole run comes back as one :class:`RunReport`.

Several processes may run on one database at once (a desk sharing a PostgreSQL store, or two
``update`` runs on one SQLite file). Collection needs no lock: the store adds each article
under its own lock and dedupes by identity URL, so concurrent collectors store an article
once. Every later stage runs under the store's stage lock named after it
(:meth:`~newsbeat.store.base.Transactional.stage_lock`), so one process at a time runs it:
two dedupes or clusterings of the same new articles would mark reprints twice or split one
story in two; two enrichments would analyse the same articles twice (the heavy stage: wasted
CPU); compare and summarise would compute the same analyses twice; two alert stages would
deliver one alert twice. The locks are taken one at a time (never nested), so they cannot
deadlock; a process that waits finds the work done and has little left to do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from newsbeat.beats import define_beat
from newsbeat.collect.run import CollectOptions, CollectProgress, CollectReport, collect
from newsbeat.compare.analysis import compare_stage, summarise_stage
from newsbeat.enrich.stage import enrich_stage
from newsbeat.exceptions import BeatNameError, NotFoundError
from newsbeat.executors import Executor
from newsbeat.json_shapes import RunJSON, UpdateJSON
from newsbeat.models import Beat
from newsbeat.report import default_report_path, write_report
from newsbeat.report.alerts import alert_stage
from newsbeat.settings import Settings
from newsbeat.stage import RunOptions, Stage, StageResult
from newsbeat.store import Store
from newsbeat.stories.dedupe import dedupe_stage
from newsbeat.stories.stage import stories_stage

__all__ = [
    "BEAT_STAGES",
    "STAGES",
    "RunProgress",
    "RunReport",
    "report_file_name",
    "run",
    "update",
]

log = logging.getLogger(__name__)

# The stages after collection, in data-flow order. Collection itself is :func:`run`'s first
# step (it needs a beat and reports live counters); the report is written last.
STAGES: list[tuple[str, Stage]] = [
    ("dedupe", dedupe_stage),
    ("stories", stories_stage),
    ("enrich", enrich_stage),
    # compare and summarise read what enrich stored: keep them after "enrich".
    ("compare", compare_stage),
    ("summarise", summarise_stage),
    # alerts carry each story's JSON, enrichment included: last.
    ("alert", alert_stage),
]
# Stages that work on one beat's stories (the others work on every stored article).
BEAT_STAGES = frozenset({"compare", "summarise", "alert"})


@dataclass(frozen=True, kw_only=True)
class RunProgress:
    """One step of a run, for a progress display.

    Attributes:
        stage: ``beat``, ``collect``, a name of :data:`STAGES`, or ``report``.
        event: ``start`` or ``done`` of the stage, or ``progress`` while collecting (with
            ``collect``) or while a stage works through its items (with ``done``/``total``).
        beat: the beat a per-beat stage works on (None: all).
        message: what a ``beat`` step did (``created beat ...``).
        collect: the live counters while collecting.
        collected: the collect report, with ``done`` of ``collect``.
        result: the stage's result, with ``done`` of a stage.
        done: items (articles, stories) a stage has done so far, with ``progress``.
        total: items the stage has to do, with ``progress``.
    """

    stage: str
    event: Literal["start", "progress", "done"]
    beat: str | None = None
    message: str | None = None
    collect: CollectProgress | None = None
    collected: CollectReport | None = None
    result: StageResult | None = None
    done: int | None = None
    total: int | None = None


ProgressHook = Callable[[RunProgress], None]


@dataclass(kw_only=True)
class RunReport:
    """What a run or an update did.

    Attributes:
        kind: ``run`` (collected a beat) or ``update`` (stored articles only).
        beats: the beats it worked on (empty: every beat).
        collect: the collect report of a run.
        stages: each stage's result, in order (per-beat stages once per beat).
        report_path: the HTML report written, if any.
        interrupted: Ctrl-C ended it early (what was stored stays).
    """

    kind: Literal["run", "update"]
    beats: list[str] = field(default_factory=list)
    collect: CollectReport | None = None
    stages: list[StageResult] = field(default_factory=list)
    report_path: Path | None = None
    interrupted: bool = False

    @property
    def failed(self) -> bool:
        """Whether a source, page or stage failed."""
        collect_failed = self.collect is not None and bool(self.collect.failed)
        return collect_failed or any(s.failures for s in self.stages)

    def stage_counts(self, name: str) -> dict[str, int | float]:
        """The counts of one stage, added up over its per-beat runs (empty when it did not run)."""
        total: dict[str, int | float] = {}
        for stage in self.stages:
            if stage.name == name:
                for key, value in stage.counts.items():
                    total[key] = total.get(key, 0) + value
        return total

    def to_json(self) -> RunJSON | UpdateJSON:
        """``newsbeat run --json`` (``beat, collect, stages, failed, report``) or ``newsbeat
        update --json`` (``beats, stages, failed``)."""
        stages = [s.to_json() for s in self.stages]
        if self.kind == "update":
            return {"beats": list(self.beats), "stages": stages, "failed": self.failed}
        return {
            "beat": self.beats[0] if self.beats else None,
            "collect": self.collect.to_json() if self.collect is not None else None,
            "stages": stages,
            "failed": self.failed or self.interrupted,  # as the exit status says
            "report": str(self.report_path) if self.report_path else None,
        }


def report_file_name(beat: str) -> str:
    """The default HTML report name of a beat: ``newsbeat-report-<beat>.html``, file-name safe."""
    slug = "".join(c if c.isalnum() or c in "-_" else "-" for c in beat.lower()).strip("-")
    return f"newsbeat-report-{slug or 'beat'}.html"


def run(
    store: Store,
    settings: Settings,
    options: RunOptions,
    *,
    report_path: str | Path | None = None,
    on_progress: ProgressHook | None = None,
) -> RunReport:
    """Follow one beat: create it when new, collect it, run every later stage, write its report.

    Args:
        store: the store.
        settings: settings of the run.
        options: the beat (required), the collect window, keyword search on/off, refresh.
        report_path: the HTML report; default ``newsbeat-report-<beat>.html`` beside the database.
        on_progress: called at each step (and with live counters while collecting).

    Returns:
        The run's report. Ctrl-C while collecting or later ends the run early with
        ``interrupted`` set and no report written; what was stored stays.
    """
    if not options.beat or not options.beat.strip():
        raise BeatNameError("run needs a beat, e.g. `newsbeat run alliance`")
    notify = on_progress or _ignore
    created = _ensure_beat(store, options.beat)
    if created is not None:
        beat, count = created
        notify(
            RunProgress(
                stage="beat",
                event="done",
                beat=beat.name,
                message=f"created beat {beat.name!r} (query: {beat.query}), {count} articles",
            )
        )
    notify(RunProgress(stage="collect", event="start", beat=options.beat))
    collected = collect(
        store,
        settings,
        CollectOptions(
            beat=options.beat,
            since=options.since,
            use_search=options.use_search,
            refresh=options.refresh,
            poll_due=options.poll_due,
        ),
        on_progress=lambda p: notify(RunProgress(stage="collect", event="progress", collect=p)),
    )
    notify(RunProgress(stage="collect", event="done", beat=options.beat, collected=collected))
    report = RunReport(kind="run", beats=[options.beat], collect=collected)
    if collected.interrupted:
        report.interrupted = True
        return report
    path = report_path or default_report_path(settings, report_file_name(options.beat))
    _later_stages(store, settings, options, [options.beat], path, notify, report)
    return report


def update(
    store: Store,
    settings: Settings,
    beats: Sequence[str] = (),
    *,
    report_path: str | Path | None = None,
    on_progress: ProgressHook | None = None,
    executor: Executor | None = None,
    reenrich: bool = False,
) -> RunReport:
    """Run every stage after collection on what is stored.

    Dedupe, stories and enrich work on every new article; compare, summarise and alerts on the
    stories of each beat given (of every beat when none is).

    Args:
        store: the store.
        settings: settings of the run.
        beats: beats whose stories to analyse and alert on; empty for all.
        report_path: also write the HTML report of these beats (of all stories with no beats
            or several) to this file.
        on_progress: called at each step.
        executor: where the heavy stages run (the caller closes it); None: the enrich stage
            opens one from the ``[enrich]`` settings.
        reenrich: also enrich again the articles enriched by another version of the analysis
            (a new spaCy pipeline or new extraction rules).

    Raises:
        NotFoundError: a beat does not exist (checked before any stage runs).
    """
    for name in beats:
        store.get_beat(name)
    report = RunReport(kind="update", beats=list(beats))
    options = RunOptions(executor=executor, reenrich=reenrich)
    notify = on_progress or _ignore
    _later_stages(store, settings, options, list(beats), report_path, notify, report)
    return report


def _later_stages(
    store: Store,
    settings: Settings,
    options: RunOptions,
    beats: list[str],
    report_path: str | Path | None,
    notify: ProgressHook,
    report: RunReport,
) -> None:
    """Every stage after collection, then the report; Ctrl-C keeps what the stages stored."""
    try:
        every: list[str | None] = [None]
        per_beat: list[str | None] = [*beats] or every
        for name, stage in STAGES:
            for beat in per_beat if name in BEAT_STAGES else every:
                scoped = replace(
                    options, beat=beat or options.beat, progress=_stage_progress(notify, name, beat)
                )
                notify(RunProgress(stage=name, event="start", beat=beat))
                log.info("stage %s%s", name, f" ({beat})" if beat else "")
                with store.stage_lock(name):
                    result = stage(store, settings, scoped)
                report.stages.append(result)
                notify(RunProgress(stage=name, event="done", beat=beat, result=result))
        if report_path is not None:
            notify(RunProgress(stage="report", event="start"))
            report.report_path = write_report(
                store,
                settings,
                beat=beats[0] if len(beats) == 1 else None,
                since=options.since,
                fmt="html",
                path=report_path,
            )
            notify(RunProgress(stage="report", event="done"))
    except KeyboardInterrupt:
        report.interrupted = True


def _stage_progress(
    notify: ProgressHook, stage: str, beat: str | None
) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        notify(RunProgress(stage=stage, event="progress", beat=beat, done=done, total=total))

    return progress


def _ensure_beat(store: Store, name: str) -> tuple[Beat, int] | None:
    """Create the beat when it does not exist yet; returns it and its article count if created."""
    try:
        store.get_beat(name)
    except NotFoundError:
        return define_beat(store, name)
    return None


def _ignore(_: RunProgress) -> None:
    """The progress hook when the caller gives none."""
