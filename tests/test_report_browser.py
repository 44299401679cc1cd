"""The HTML report in a real headless Chromium: no console errors, links resolve, screenshot.

Chromium is Debian's ``chromium`` package (``make test`` installs it); see ``_chromium.py``
for the skip/fail rule. The README's screenshot comes from the demo report
(``test_report_demo_gold.py``).
"""

from __future__ import annotations

from pathlib import Path

from _chromium import browse, console_messages, screenshot
from _html_check import assert_inert, assert_links_resolve, parse_page
from _report_support import store_fixture
from newsbeat.report import write_report
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore


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
    logged = console_messages(browse(bad, tmp_path / "p", "--dump-dom").stderr)
    assert any("boom" in line for line in logged)


def test_html_report_in_chromium(tmp_path: Path) -> None:
    report = _report(tmp_path, "clean_up_alliance")
    dom = browse(report, tmp_path / "profile", "--dump-dom")
    assert console_messages(dom.stderr) == []
    page = parse_page(dom.stdout)  # the DOM as Chromium built it
    assert_inert(page)
    assert_links_resolve(page)
    assert "How the outlets compare" in page.text
    png = screenshot(report, tmp_path / "profile2", tmp_path / "report.png", (1280, 1600))
    assert len(png) > 50_000  # a rendered page, not a blank one


def test_xss_payloads_stay_inert_in_chromium(tmp_path: Path) -> None:
    report = _report(tmp_path, "xss_story")
    dom = browse(report, tmp_path / "profile", "--dump-dom")
    assert console_messages(dom.stderr) == []
    page = parse_page(dom.stdout)
    assert_inert(page)
    assert "<script>alert(1)</script>" in page.text


def test_languages_and_marks_in_chromium(tmp_path: Path) -> None:
    """A mixed English/German story shows its languages; a German-only one its marked
    bullets, as the browser renders them."""
    store = SQLiteStore(":memory:")
    try:
        store_fixture(store, "mixed_languages")
        store_fixture(store, "german_only")
        report = write_report(store, Settings(), fmt="html", path=tmp_path / "report.html")
    finally:
        store.close()
    dom = browse(report, tmp_path / "profile", "--dump-dom")
    assert console_messages(dom.stderr) == []
    page = parse_page(dom.stdout)
    assert_inert(page)
    text = " ".join(page.text.split())
    assert "Languages: English (2 outlets), German (1 outlet: Haldiser Rundschau)" in text
    assert "Languages: German (2 outlets: Haldiser Rundschau, Kessauer Morgenpost)" in text
    assert "[de] Die Stadt Lornfeld hat die alte Kessabrücke" in text
