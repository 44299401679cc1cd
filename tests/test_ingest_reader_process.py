"""Large inputs are parsed in a child process: the result must equal the in-thread parse."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbeat.importers.ingest as ingest_module
from newsbeat.importers.ingest import IngestProgress, ingest
from newsbeat.store import SQLiteStore

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "importers"


def _ingest_fixtures(db: Path, progress: list[IngestProgress]) -> tuple[object, list[tuple]]:
    with SQLiteStore(db) as store:
        report = ingest(store, [FIXTURES], progress=progress.append)
        rows = [
            (a.title, a.outlet, a.published, a.text, [p.position for p in a.provenance])
            for a in store.iter_articles()
        ]
        beats = store.beat_counts()
    summary = (report.new, report.existing, sorted(map(str, report.failures)), beats)
    return summary, rows


def test_child_process_parse_equals_thread_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_thread_progress: list[IngestProgress] = []
    in_thread = _ingest_fixtures(tmp_path / "thread.db", in_thread_progress)
    monkeypatch.setattr(ingest_module, "_PROCESS_MIN_BYTES", 0)
    in_child_progress: list[IngestProgress] = []
    in_child = _ingest_fixtures(tmp_path / "child.db", in_child_progress)
    assert in_child == in_thread
    summary = in_child[0]
    assert isinstance(summary, tuple) and summary[0] > 0 and summary[2]  # articles and failures
    # progress still reaches every byte of every file
    last = in_child_progress[-1]
    assert last.files_done == last.files_total and last.bytes_done == last.bytes_total
