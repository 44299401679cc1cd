"""``newsbeat demo``: the main job, offline, on the bundled corpus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsbeat import pipeline
from newsbeat.demo import corpus_path
from newsbeat.importers.ingest import IngestReport, ingest
from newsbeat.models import Alert
from newsbeat.pipeline import ProgressHook, RunProgress, RunReport
from newsbeat.report import default_report_path
from newsbeat.settings import Settings
from newsbeat.store import Store

__all__ = ["DemoResult", "run_demo"]


@dataclass(kw_only=True)
class DemoResult:
    """What the demo did: the ingest of the corpus, the run of every later stage (with the
    report it wrote), and the file its alerts went to."""

    ingest: IngestReport
    run: RunReport
    alerts_path: Path

    @property
    def failures(self) -> list[str]:
        """Every failure, one line each: the corpus's bad files first, then the stages'."""
        lines = [str(f) for f in self.ingest.failures]
        for stage in self.run.stages:
            lines.extend(f"{stage.name}: {failure}" for failure in stage.failures)
        return lines

    @property
    def alerts_sent(self) -> int:
        """How many stories this run's alerts told about."""
        return int(self.run.stage_counts("alert").get("sent", 0))


def run_demo(
    store: Store,
    settings: Settings,
    *,
    report_path: str | Path | None = None,
    on_progress: ProgressHook | None = None,
) -> DemoResult:
    """Ingest the demo corpus, define a file alert per beat, run every stage after collection
    (there is no network) and write the HTML report.

    The corpus's ``malformed/`` files fail on purpose: their clean errors are part of the demo.
    Running it twice is harmless: the second ingest finds every article already stored, and
    only the articles an earlier newsbeat version analysed are analysed again.

    Args:
        store: where the demo articles go.
        settings: settings of the run.
        report_path: the HTML report to write; default ``newsbeat-report.html`` beside the
            database (or in the current folder for an in-memory store).
        on_progress: the pipeline's progress hook.
    """
    ingested = ingest(store, [corpus_path()])
    if on_progress is not None:  # say what the ingest did before the longer stages start
        for failure in ingested.failures:
            on_progress(RunProgress(stage="ingest", event="done", message=f"skipped {failure}"))
        on_progress(
            RunProgress(
                stage="ingest",
                event="done",
                message=f"ingested {ingested.new} new, {ingested.existing} already stored,"
                f" {len(ingested.failures)} failed (the corpus's malformed/ files fail on purpose)",
            )
        )
    # One file alert per beat, so that the demo shows alerts too (a webhook needs a network):
    # each story that two outlets report, once. Every event of each beat is in its Atom feed.
    alerts_path = default_report_path(settings, "newsbeat-alerts.jsonl")
    for beat in store.list_beats():
        store.add_alert(
            Alert(
                beat=beat.name,
                kind="file",
                destination=str(alerts_path),
                events=("outlets_reached",),
            )
        )
    # The demo shows what this version finds: articles an earlier version analysed (a demo
    # database kept across an upgrade) are analysed again, which `update` does only when asked.
    report = pipeline.update(
        store,
        settings,
        report_path=report_path or default_report_path(settings),
        on_progress=on_progress,
        reenrich=True,
    )
    return DemoResult(ingest=ingested, run=report, alerts_path=alerts_path)
