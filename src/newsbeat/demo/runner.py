"""``newsbeat demo``: the main job, offline, on the bundled corpus."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsbeat.demo import corpus_path
from newsbeat.ingest import ingest
from newsbeat.pipeline import RunOptions, StageResult, run_pipeline
from newsbeat.settings import Settings
from newsbeat.store import Store

__all__ = ["DemoResult", "run_demo"]


@dataclass(kw_only=True)
class DemoResult:
    """What the demo did: ingest counts, failures (one line each), stages, the report written."""

    new: int
    existing: int
    failures: list[str] = field(default_factory=list)
    stages: list[StageResult] = field(default_factory=list)
    report_path: Path | None = None


def run_demo(
    store: Store,
    settings: Settings,
    *,
    quiet: bool = False,
    report_path: str | Path | None = None,
) -> DemoResult:
    """Ingest the demo corpus, then run every stage after ``collect`` (there is no network).

    The corpus's ``malformed/`` files fail on purpose: their clean errors are part of the demo.
    Running it twice is harmless: the second ingest finds every article already stored.
    """
    report = ingest(store, [corpus_path()])
    stages = run_pipeline(store, settings, RunOptions(quiet=quiet), skip=("collect",))
    failures = [str(f) for f in report.failures]
    for stage in stages:
        failures.extend(f"{stage.name}: {failure}" for failure in stage.failures)
    return DemoResult(
        new=report.new,
        existing=report.existing,
        failures=failures,
        stages=stages,
        report_path=Path(report_path) if report_path else None,
    )
