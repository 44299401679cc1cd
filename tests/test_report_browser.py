"""The HTML report in a real headless Chromium: no console errors, links resolve, screenshot.

Chromium is Debian's ``chromium`` package (``make test`` installs it); ``NEWSBEAT_CHROMIUM``
may name another binary. Without it the test is
skipped on a developer machine but fails in CI (``CI=true``), so the gate cannot silently vanish.
``NEWSBEAT_UPDATE_SCREENSHOT=1`` copies the screenshot to ``docs/report-screenshot.png``.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from _html_check import assert_inert, assert_links_resolve, parse_page
from _report_support import store_fixture
from newsbeat.report import write_report
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore

REPO = Path(__file__).resolve().parent.parent
SCREENSHOT = REPO / "docs" / "report-screenshot.png"
WINDOW = (1280, 2400)


def _chromium() -> str:
    for name in (os.environ.get("NEWSBEAT_CHROMIUM", ""), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    message = "chromium is not installed (Debian: apt-get install chromium; `make test` does it)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message)
    pytest.skip(message)


def _browse(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *extra,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def _console(stderr: str) -> list[str]:
    """Messages the page wrote to the console (Chromium logs them as ``CONSOLE``)."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _report(tmp_path: Path, fixture: str) -> Path:
    store = SQLiteStore(":memory:")
    try:
        store_fixture(store, fixture)
        return write_report(store, Settings(), fmt="html", path=tmp_path / "report.html")
    finally:
        store.close()


def test_console_errors_are_detected(tmp_path: Path) -> None:
    """The console check can fail: a page that logs an error is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>console.error('boom')</script>")
    assert any(
        "boom" in line for line in _console(_browse(bad, tmp_path / "p", "--dump-dom").stderr)
    )


def test_html_report_in_chromium(tmp_path: Path) -> None:
    report = _report(tmp_path, "clean_up_alliance")
    dom = _browse(report, tmp_path / "profile", "--dump-dom")
    assert _console(dom.stderr) == []
    page = parse_page(dom.stdout)  # the DOM as Chromium built it
    assert_inert(page)
    assert_links_resolve(page)
    assert "How the outlets compare" in page.text

    shot = tmp_path / "report.png"
    width, height = WINDOW
    taken = _browse(
        report, tmp_path / "profile2", f"--screenshot={shot}", f"--window-size={width},{height}"
    )
    assert _console(taken.stderr) == []
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == WINDOW
    assert len(png) > 50_000  # a rendered page, not a blank one
    if os.environ.get("NEWSBEAT_UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)


def test_xss_payloads_stay_inert_in_chromium(tmp_path: Path) -> None:
    report = _report(tmp_path, "xss_story")
    dom = _browse(report, tmp_path / "profile", "--dump-dom")
    assert _console(dom.stderr) == []
    page = parse_page(dom.stdout)
    assert_inert(page)
    assert "<script>alert(1)</script>" in page.text
