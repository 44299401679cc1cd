"""The compare and summarise stages store analyses; reports reuse them while they are current."""

from __future__ import annotations

import pytest
from rich.console import Console

from _report_support import make_enrichment, store_fixture
from newsbeat.compare import analysis
from newsbeat.compare.analysis import (
    AnalysisOptions,
    compare_stage,
    story_analyses,
    summarise_stage,
)
from newsbeat.pipeline import STAGES
from newsbeat.report import build_report, story_digest_lines
from newsbeat.settings import Settings, SummariseSettings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore


def test_stages_are_registered_in_data_flow_order() -> None:
    names = [name for name, _ in STAGES]
    assert names.index("stories") < names.index("compare") < names.index("summarise")
    if "enrich" in names:
        assert names.index("enrich") < names.index("compare")


def test_stages_analyse_only_what_changed(fresh_store: SQLiteStore) -> None:
    data, ids = store_fixture(fresh_store, "clean_up_alliance")
    settings, options = Settings(), RunOptions()
    first = [
        compare_stage(fresh_store, settings, options),
        summarise_stage(fresh_store, settings, options),
    ]
    assert [r.counts for r in first] == [{"stories": 1, "analysed": 1}] * 2
    assert [r.name for r in first] == ["compare", "summarise"]
    again = compare_stage(fresh_store, settings, options)
    assert again.counts == {"stories": 1, "analysed": 0}

    # Re-enriching an article changes the inputs: the story is analysed again.
    spec = data["articles"][2]["enrichment"]
    spec = {**spec, "claims": spec["claims"][1:]}  # the wire's 18 million is gone
    fresh_store.save_enrichment(make_enrichment(ids["wire-1"], spec))
    fresh_store.conn.execute(
        "UPDATE enrichments SET done_at = '2099-01-01T00:00:00+00:00' WHERE article_id = ?",
        (ids["wire-1"],),
    )
    assert compare_stage(fresh_store, settings, options).counts["analysed"] == 1
    stored = fresh_store.get_story_analysis(data["story"]["id"], "compare")
    assert stored is not None and stored[1]["comparison"]["conflicts"] == []


def test_reports_use_stored_analyses(
    fresh_store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_fixture(fresh_store, "clean_up_alliance")
    compare_stage(fresh_store, Settings(), RunOptions())
    summarise_stage(fresh_store, Settings(), RunOptions())

    def must_not_run(*args: object) -> None:
        raise AssertionError("a current analysis was recomputed")

    monkeypatch.setattr(analysis, "compute", must_not_run)
    report = build_report(fresh_store, Settings())
    assert len(report["stories"][0]["comparison"]["conflicts"]) == 1


def test_a_stale_or_missing_analysis_is_computed_not_shown(fresh_store: SQLiteStore) -> None:
    data, _ = store_fixture(fresh_store, "clean_up_alliance")
    story_id = data["story"]["id"]
    fresh_store.save_story_analysis(story_id, "summary", "stale-stamp", {"sentences": []})
    report = build_report(fresh_store, Settings(summarise=SummariseSettings(sentences=3)))
    assert len(report["stories"][0]["summary"]) == 3
    # The report does not write: the stale row is still there.
    stored = fresh_store.get_story_analysis(story_id, "summary")
    assert stored is not None and stored[0] == "stale-stamp"


def test_one_failing_story_does_not_stop_the_others(
    fresh_store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_fixture(fresh_store, "clean_up_alliance")

    def broken(*args: object) -> None:
        raise ValueError("bad input")

    monkeypatch.setattr(analysis, "compute", broken)
    result = compare_stage(fresh_store, Settings(), RunOptions())
    assert (
        result.failures and "s-cleanup" in result.failures[0] and "bad input" in result.failures[0]
    )
    [story] = build_report(fresh_store, Settings())["stories"]
    assert "bad input" in story["error"] and story["summary"] == []


def test_parallel_analysis_matches_serial(
    fresh_store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_fixture(fresh_store, "clean_up_alliance")
    stories = fresh_store.list_stories()
    serial = story_analyses(fresh_store, stories, AnalysisOptions(workers=1))
    monkeypatch.setattr(analysis, "_PARALLEL_FROM", 1)
    parallel = story_analyses(fresh_store, stories, AnalysisOptions(workers=2))
    assert parallel == serial


def test_digest_lines_show_summary_and_conflicts(fresh_store: SQLiteStore) -> None:
    data, _ = store_fixture(fresh_store, "clean_up_alliance")
    lines = story_digest_lines(fresh_store, fresh_store.get_story(data["story"]["id"]))
    console = Console(record=True, width=300)
    for line in lines:
        console.print(line)
    text = console.export_text()
    assert text.count("•") == 4
    assert "conflict cost: 31 million (Harbour Herald) vs 18 million (Northern Wire)" in text
    assert "update volunteers: about 120 → 150 (Harbour Herald)" in text
