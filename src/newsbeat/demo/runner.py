"""``newsbeat demo``: the main job, offline, on the bundled corpus."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsbeat.demo import corpus_path
from newsbeat.importers.ingest import ingest
from newsbeat.models import Alert
from newsbeat.pipeline import RunOptions, StageResult, run_pipeline
from newsbeat.report import default_report_path, write_report
from newsbeat.settings import Settings
from newsbeat.store import Store

__all__ = ["DemoResult", "run_demo"]


@dataclass(kw_only=True)
class DemoResult:
    """What the demo did: ingest counts, failures (one line each), stages, the report written,
    and the file its alerts went to (with how many this run sent)."""

    new: int
    existing: int
    failures: list[str] = field(default_factory=list)
    stages: list[StageResult] = field(default_factory=list)
    report_path: Path
    alerts_path: Path
    alerts_sent: int = 0


def run_demo(
    store: Store,
    settings: Settings,
    *,
    quiet: bool = False,
    report_path: str | Path | None = None,
) -> DemoResult:
    """Ingest the demo corpus, define a file alert per beat, run every stage after ``collect``
    (there is no network), and write the HTML report.

    The corpus's ``malformed/`` files fail on purpose: their clean errors are part of the demo.
    Running it twice is harmless: the second ingest finds every article already stored.

    Args:
        store: where the demo articles go.
        settings: settings of the run.
        quiet: no progress output.
        report_path: the HTML report to write; default ``newsbeat-report.html`` beside the
            database (or in the current folder for an in-memory store).
    """
    report = ingest(store, [corpus_path()])
    # One file alert per beat, so that the demo shows alerts too (a webhook needs a network).
    alerts_path = default_report_path(settings, "newsbeat-alerts.jsonl")
    for beat in store.list_beats():
        store.add_alert(Alert(beat=beat.name, kind="file", destination=str(alerts_path)))
    stages = run_pipeline(store, settings, RunOptions(quiet=quiet), skip=("collect",))
    failures = [str(f) for f in report.failures]
    for stage in stages:
        failures.extend(f"{stage.name}: {failure}" for failure in stage.failures)
    written = write_report(
        store, settings, fmt="html", path=report_path or default_report_path(settings)
    )
    return DemoResult(
        new=report.new,
        existing=report.existing,
        failures=failures,
        stages=stages,
        report_path=written,
        alerts_path=alerts_path,
        alerts_sent=sum(int(s.counts.get("sent", 0)) for s in stages if s.name == "alert"),
    )
