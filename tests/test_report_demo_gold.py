"""The demo corpus end to end (ingest, dedupe, stories, enrich, compare, summarise, report)
against the planted gold: every planted conflict is found, no planted precision difference or
distinct pair is called a conflict, and every story with two or more outlets has a summary that
cites two or more of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _chromium import browse, console_messages, maybe_update_readme_screenshot, screenshot
from _html_check import assert_inert, assert_links_resolve, parse_page
from newsbeat.beats import define_beat
from newsbeat.compare.analysis import compare_stage, summarise_stage
from newsbeat.demo import corpus_path
from newsbeat.importers.ingest import ingest
from newsbeat.report import write_report
from newsbeat.settings import Settings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

GOLD = Path(__file__).resolve().parent.parent / "src" / "newsbeat" / "demo" / "gold.json"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from newsbeat.enrich.stage import enrich_stage
    from newsbeat.stories.dedupe import dedupe_stage
    from newsbeat.stories.stage import stories_stage

    folder = tmp_path_factory.mktemp("demo")
    store = SQLiteStore(folder / "demo.db")
    settings, options = Settings(), RunOptions()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    for beat in gold["beats"]:
        define_beat(store, beat)
    ingest(store, [corpus_path()])
    for stage in (dedupe_stage, stories_stage, enrich_stage, compare_stage, summarise_stage):
        result = stage(store, settings, options)
        assert result.failures == [], (result.name, result.failures)
    path = write_report(store, settings, fmt="json", path=folder / "report.json")
    write_report(store, settings, fmt="html", path=folder / "report.html")
    store.close()
    report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    report["_folder"] = folder
    yield report


def _gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def _matches(side: dict[str, Any], gold_claim: dict[str, Any]) -> bool:
    wanted = gold_claim["sentence_contains"].casefold()
    return any(wanted in claim["sentence"].casefold() for claim in side["claims"])


def _pairs(report: dict[str, Any], kind: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    found = []
    for story in report["stories"]:
        for item in story["comparison"][kind]:
            sides = item["sides"] if "sides" in item else [item["earlier"], item["later"]]
            found.append((sides[0], sides[1]))
    return found


def _is_pair(
    pair: tuple[dict[str, Any], dict[str, Any]], c1: dict[str, Any], c2: dict[str, Any]
) -> bool:
    a, b = pair
    return (_matches(a, c1) and _matches(b, c2)) or (_matches(a, c2) and _matches(b, c1))


def test_every_planted_conflict_is_found(demo_report: dict[str, Any]) -> None:
    gold = _gold()
    claims = {c["id"]: c for c in gold["claims"]}
    conflicts = _pairs(demo_report, "conflicts")
    assert gold["conflicts"], "the gold lists planted conflicts"
    for planted in gold["conflicts"]:
        c1, c2 = (claims[i] for i in planted["claims"])
        assert any(_is_pair(p, c1, c2) for p in conflicts), planted["note"]


@pytest.mark.parametrize("kind", ["compatible", "distinct", "agree"])
def test_no_conflict_where_the_gold_has_none(demo_report: dict[str, Any], kind: str) -> None:
    gold = _gold()
    claims = {c["id"]: c for c in gold["claims"]}
    conflicts = _pairs(demo_report, "conflicts")
    for planted in gold[kind]:
        c1, c2 = (claims[i] for i in planted["claims"])
        assert not any(_is_pair(p, c1, c2) for p in conflicts), planted


def test_planted_updates_are_not_conflicts(demo_report: dict[str, Any]) -> None:
    gold = _gold()
    claims = {c["id"]: c for c in gold["claims"]}
    conflicts = _pairs(demo_report, "conflicts")
    updates = _pairs(demo_report, "updates")
    for planted in gold["updates"]:
        c1, c2 = claims[planted["earlier"]], claims[planted["later"]]
        assert not any(_is_pair(p, c1, c2) for p in conflicts), planted
    first = gold["updates"][0]
    assert any(_is_pair(p, claims[first["earlier"]], claims[first["later"]]) for p in updates)


def test_multi_outlet_stories_have_summaries_citing_several_outlets(
    demo_report: dict[str, Any],
) -> None:
    checked = 0
    for story in demo_report["stories"]:
        original_outlets = {a["outlet"] for a in story["articles"] if a["reprint_of"] is None}
        if len(original_outlets) < 2:
            continue
        checked += 1
        cited = {s["outlet"] for s in story["summary"]}
        assert len(cited) >= 2, (story["title"], cited)
        assert 3 <= len(story["summary"]) <= 5
    assert checked >= 4  # the pact, clean-up, strike, crane ... stories


def test_demo_html_report_in_chromium(demo_report: dict[str, Any]) -> None:
    """The demo's HTML report in headless Chromium; its screenshot is the README's."""
    folder: Path = demo_report["_folder"]
    page_file = folder / "report.html"
    dom = browse(page_file, folder / "profile", "--dump-dom")
    assert console_messages(dom.stderr) == []
    page = parse_page(dom.stdout)
    assert_inert(page)
    assert_links_resolve(page)
    assert "31 million" in page.text and "18 million" in page.text
    shot = folder / "report.png"
    png = screenshot(page_file, folder / "profile2", shot, (1280, 2400))
    assert len(png) > 100_000
    maybe_update_readme_screenshot(shot)
