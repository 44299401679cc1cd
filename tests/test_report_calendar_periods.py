"""The overview's articles over time in periods a reader can scan (issue 12, fix36).

read36 found a Markdown row of 1,697 zeros for 8 articles spread over four years. Invented
dates: the span picks the finest of day, week, month and year that fits in 31 columns, in
the Markdown table and in the HTML chart alike. The first two tests fail without
``calendar_periods``."""

from __future__ import annotations

import re
from datetime import date, timedelta

from _report_support import load_fixture, store_story_data
from newsbeat.report import build_report, render
from newsbeat.report.calendar_periods import MAX_COLUMNS, periods_view
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore

_SPREAD = (
    "2021-03-30T08:00:00+00:00",
    "2023-07-14T10:30:00+00:00",
    "2025-11-19T12:00:00+00:00",
    "2025-11-20T09:00:00+00:00",
)


def _report(db_path: str, published: tuple[str, ...], fmt: str) -> str:
    data = load_fixture("clean_up_alliance")
    for spec, when in zip(data["articles"], published, strict=True):
        spec["published"] = when
    store = SQLiteStore(db_path)
    try:
        store_story_data(store, data)
        return render(build_report(store, Settings()), fmt)
    finally:
        store.close()


def test_articles_over_years_are_counted_per_year_in_markdown(db_path: str) -> None:
    md = _report(db_path, _SPREAD, "md")
    assert "### Articles per year" in md
    assert "Per year, 5 years (2021 → 2025)" in md
    row = re.search(r"^\| [^|]+ \| `([\d ]+)` \| 4 \|$", md, flags=re.MULTILINE)
    assert row is not None and row.group(1) == "1 0 1 0 2"
    assert len(md) < 20_000


def test_articles_over_years_are_bars_per_year_in_html(db_path: str) -> None:
    html = _report(db_path, _SPREAD, "html")
    assert "<h3>Articles per year</h3>" in html
    chart = html.split('aria-label="Articles per year per story"', 1)[1].split("</svg>", 1)[0]
    assert chart.count("<rect") == 3  # three years with articles, one bar each
    assert "2025: 2 articles" in chart


def test_a_short_span_keeps_every_day(db_path: str) -> None:
    # guard: a beat of days reads as before, one column per calendar day
    days = ("2026-03-02T08:00:00+00:00",) * 3 + ("2026-03-05T09:00:00+00:00",)
    md = _report(db_path, days, "md")
    assert "Per day, 4 days (2026-03-02 → 2026-03-05)" in md
    assert "`3 0 0 1`" in md


def _days(first: str, n: int) -> list[str]:
    start = date.fromisoformat(first)
    return [(start + timedelta(days=k)).isoformat() for k in range(n)]


def test_the_finest_period_that_fits_is_chosen() -> None:
    for n, period, columns in ((31, "day", 31), (60, "week", 9), (400, "month", 14)):
        days = _days("2026-01-01", n)  # a Thursday
        counts = [1] + [0] * (n - 2) + [2]
        view = periods_view(days, [{"title": "t", "counts": counts, "undated": 0}])
        assert (view["period"], len(view["labels"])) == (period, columns), n
        assert len(view["labels"]) <= MAX_COLUMNS
        assert sum(view["series"][0]["counts"]) == 3
    view = periods_view(_days("2026-01-01", 60), [{"title": "t", "counts": [1] * 60}])
    assert view["labels"][0] == "2025-12-29"  # weeks are labelled by their Monday
    assert view["series"][0]["counts"][0] == 4  # Thursday to Sunday
