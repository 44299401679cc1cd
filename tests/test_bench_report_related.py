"""``newsbeat bench report`` times the related-stories links (issue 12/13, perf39): the JSON
report with and without them, in lockstep, on a small generated beat."""

from __future__ import annotations

import newsbeat.report.build as build
from newsbeat.bench.report import (
    ReportBenchOptions,
    _lockstep_seconds,
    _without_related,
    run_report_bench,
)
from newsbeat.settings import Settings


def test_the_report_bench_times_the_links() -> None:
    record = run_report_bench(Settings(), ReportBenchOptions(stories=4, articles_per_story=2))
    for key in ("json_seconds", "json_cpu_seconds", "json_bytes", "html_seconds", "md_bytes"):
        assert key in record  # the keys that were there stay
    assert record["json_no_related_seconds"] > 0 and record["json_no_related_cpu_seconds"] >= 0
    cpu, bare = record["json_cpu_seconds"], record["json_no_related_cpu_seconds"]
    assert record["related_cpu_share"] == (round(1.0 - bare / cpu, 3) if cpu > 0 else 0.0)


def test_without_related_answers_no_links_and_puts_the_function_back() -> None:
    kept = build.related_lists
    with _without_related():
        assert build.related_lists is not kept
        assert build.related_lists(None, []) == {}
    assert build.related_lists is kept


def test_lockstep_alternates_the_two_works() -> None:
    calls: list[str] = []
    first, second = _lockstep_seconds(3, lambda: calls.append("a"), lambda: calls.append("b"))
    assert calls == ["a", "b"] * 3
    assert len(first) == len(second) == 2
