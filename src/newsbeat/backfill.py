"""Backfill: import an archive, then run every later stage on it (``newsbeat backfill``).

The archive goes through the same path as ``newsbeat ingest`` (keyword dumps, JSONL, HTML
folders, and WARC files of web pages), with the heavy pure work on one executor for the whole
run (:mod:`newsbeat.executors`): the pages of HTML and WARC files are extracted on it, then the
enrich stage parses the new articles on it. With ``--workers N`` a local Dask cluster is
started once for both and closed at the end; with ``--dask`` a running cluster is used. Results
always come back to this process, which stores them (workers never open the database).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsbeat import pipeline
from newsbeat.executors import Executor, ExecutorChoice, open_executor
from newsbeat.importers.ingest import DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, ingest
from newsbeat.pipeline import ProgressHook, RunReport
from newsbeat.settings import Settings
from newsbeat.store import Store

if TYPE_CHECKING:
    from newsbeat.importers import ImportOptions

__all__ = ["BackfillReport", "backfill"]


@dataclass(kw_only=True)
class BackfillReport:
    """What a backfill did: the import, and the update that followed (None when skipped)."""

    ingest: IngestReport
    update: RunReport | None = None

    @property
    def failed(self) -> bool:
        """Whether an input or a stage failed."""
        return bool(self.ingest.failures) or (self.update is not None and self.update.failed)

    @property
    def interrupted(self) -> bool:
        """Whether Ctrl-C cut the update short."""
        return self.update is not None and self.update.interrupted

    def to_json(self) -> dict[str, Any]:
        """``newsbeat backfill --json``: ``{ingest, update}`` (``update`` is ``newsbeat update
        --json``'s shape, or null with ``--no-update``)."""
        return {
            "ingest": self.ingest.to_json(),
            "update": self.update.to_json() if self.update is not None else None,
        }


def backfill(
    store: Store,
    settings: Settings,
    paths: Iterable[str | Path],
    *,
    fmt: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    update: bool = True,
    progress: Callable[[IngestProgress], None] | None = None,
    on_progress: ProgressHook | None = None,
    options: ImportOptions | None = None,
    executor: Executor | None = None,
) -> BackfillReport:
    """Import files, folders and globs (WARC files too), then update every stage.

    Args:
        store: where the articles go.
        settings: settings of the run (``[enrich]`` chooses the executor when none is given).
        paths: files, folders (searched recursively) or glob patterns.
        fmt: force one format; None detects each file.
        batch_size: articles per transaction.
        update: run every stage after the import (``newsbeat update``).
        progress: the import's progress hook.
        on_progress: the update's progress hook.
        options: how files are read.
        executor: where pages are extracted and articles parsed (the caller closes it); None:
            one opened from the ``[enrich]`` settings, closed at the end.

    Returns:
        The import's report (every bad file or record named, the rest stored) and the update's.
    """
    own = executor is None
    runner = executor or open_executor(ExecutorChoice.from_settings(settings.enrich))
    try:
        report = BackfillReport(
            ingest=ingest(
                store,
                paths,
                fmt=fmt,
                batch_size=batch_size,
                progress=progress,
                options=options,
                executor=runner,
            )
        )
        if update:
            report.update = pipeline.update(
                store, settings, on_progress=on_progress, executor=runner
            )
        return report
    finally:
        if own:
            runner.close()
