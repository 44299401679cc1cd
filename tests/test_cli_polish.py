"""CLI polish (issue 14): progress only on a terminal, reports with the user's umask."""

from __future__ import annotations

import os
import stat
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from newsbeat.cli import _common, _progress
from newsbeat.models import Article
from newsbeat.pipeline import RunProgress
from newsbeat.report import write_report
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore


def _events() -> list[RunProgress]:
    return [
        RunProgress(stage="enrich", event="start"),
        *(RunProgress(stage="enrich", event="progress", done=n, total=4) for n in range(5)),
        RunProgress(stage="enrich", event="done"),
    ]


def _show(monkeypatch: pytest.MonkeyPatch, *, terminal: bool, quiet: bool = False) -> str:
    out = StringIO()
    console = Console(file=out, force_terminal=terminal, width=100, color_system=None)
    monkeypatch.setattr(_common, "stderr", console)
    monkeypatch.setattr(_progress, "stderr", console)
    with _progress.run_display(quiet) as show:
        for event in _events():
            show(event)
    return out.getvalue()


def test_a_stage_shows_a_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _show(monkeypatch, terminal=True)
    assert "stage enrich…" in shown
    assert "4/4" in shown or "3/4" in shown  # the bar counted the articles


def test_no_progress_bar_when_piped_or_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    piped = _show(monkeypatch, terminal=False)
    assert piped == "stage enrich…\n"  # the stage line only: no bar in a pipe or a log file
    assert _show(monkeypatch, terminal=True, quiet=True) == ""


def _store_with_a_story(path: Path) -> SQLiteStore:
    store = SQLiteStore(str(path))
    store.add_articles(
        [Article(title="Ferry timetable", text="The ferry leaves at seven. " * 20, outlet="X")]
    )
    return store


def test_reports_are_written_with_the_users_umask(tmp_path: Path) -> None:
    store = _store_with_a_story(tmp_path / "d.db")
    old = os.umask(0o022)
    try:
        fresh = write_report(store, Settings(), fmt="md", path=tmp_path / "r.md")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # not mkstemp's 0600
        os.umask(0o027)
        other = write_report(store, Settings(), fmt="json", path=tmp_path / "r.json")
        assert stat.S_IMODE(other.stat().st_mode) == 0o640
        # a report written again keeps the mode its reader gave it
        fresh.chmod(0o600)
        again = write_report(store, Settings(), fmt="md", path=fresh)
        assert stat.S_IMODE(again.stat().st_mode) == 0o600
    finally:
        os.umask(old)
        store.close()
