"""Claim alignment and classification: agree, compatible, conflict, update, unique."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _report_support import make_enrichment, store_fixture
from newsbeat.compare import (
    CompareOptions,
    classify_ranges,
    compare_articles,
    compare_story,
    format_range,
)
from newsbeat.models import Article, Claim
from newsbeat.store import SQLiteStore


def claim(low: float | None, high: float | None, *, exact: bool = True, **kw: Any) -> Claim:
    fields: dict[str, Any] = {
        "what": "workers",
        "unit": None,
        "claimant": None,
        "sentence": "Workers walked out.",
    }
    fields.update(kw)
    return Claim(low=low, high=high, exact=exact, **fields)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (claim(4200, 4200), claim(3000, None, exact=False), "compatible"),  # 4,200 / more than
        (claim(31e6, 31e6), claim(18e6, 18e6), "disjoint"),  # 31 vs 18 million crowns
        (claim(4200, 4200), claim(4200, 4200), "agree"),
        (claim(3780, 4620, exact=False), claim(3780, 4620, exact=False), "agree"),
        (claim(4.2e6, 4.2e6), claim(4_240_000, 4_240_000), "compatible"),  # rounding
        (claim(4.2e6, 4.2e6), claim(4_213_000, 4_213_000), "agree"),  # within tolerance
        (claim(200, 200), claim(250, 250), "disjoint"),
        (claim(None, 1500, exact=False), claim(1350, 1650, exact=False), "compatible"),
        (claim(4, 4), claim(9, 9), "disjoint"),
    ],
)
def test_ranges_are_classified(a: Claim, b: Claim, expected: str) -> None:
    assert classify_ranges(a, b) == expected
    assert classify_ranges(b, a) == expected


bounds = st.one_of(st.none(), st.integers(min_value=0, max_value=10**9).map(float))


@given(bounds, bounds, bounds, bounds)
def test_classification_is_symmetric_and_overlap_is_never_a_conflict(
    a_low: float | None, a_high: float | None, b_low: float | None, b_high: float | None
) -> None:
    if a_low is not None and a_high is not None and a_low > a_high:
        a_low, a_high = a_high, a_low
    if b_low is not None and b_high is not None and b_low > b_high:
        b_low, b_high = b_high, b_low
    a = claim(a_low, a_high, exact=False)
    b = claim(b_low, b_high, exact=False)
    verdict = classify_ranges(a, b)
    assert verdict == classify_ranges(b, a)
    lo = max(x for x in (a_low, b_low, float("-inf")) if x is not None)
    hi = min(x for x in (a_high, b_high, float("inf")) if x is not None)
    assert (verdict == "disjoint") == (lo > hi)


def test_format_range_reads_like_the_news() -> None:
    assert format_range(4200, 4200) == "4,200"
    assert format_range(3000, None) == "more than 3,000"
    assert format_range(None, 500) == "up to 500"
    assert format_range(31e6, 31e6) == "31 million"
    assert format_range(120, 120, exact=False) == "about 120"


def test_fixture_story_comparison_matches_its_expectations(fresh_store: SQLiteStore) -> None:
    data, _ = store_fixture(fresh_store, "clean_up_alliance")
    expect = data["expect"]
    result = compare_story(fresh_store, fresh_store.get_story(data["story"]["id"])).to_json()
    assert set(result) == {"agreed", "compatible", "conflicts", "updates", "unique"}

    conflicts = [(c["what"], [s["value"] for s in c["sides"]]) for c in result["conflicts"]]
    assert conflicts == [("cost", ["31 million", "18 million"])]
    assert {o for c in result["conflicts"] for o in c["outlets"]} == {
        "Harbour Herald",
        "Northern Wire",
    }
    # Both sides quoted: each side carries the sentence of its article.
    sentences = [side["claims"][0]["sentence"] for side in result["conflicts"][0]["sides"]]
    assert "31 million crowns" in sentences[0] and "18 million crowns" in sentences[1]

    compatible = [(c["what"], [s["value"] for s in c["sides"]]) for c in result["compatible"]]
    assert compatible == [("workers", ["4,200", "more than 3,000"])]

    updates = [(u["what"], u["earlier"]["value"], u["later"]["value"]) for u in result["updates"]]
    assert updates == [("volunteers", "about 120", "150")]

    agreed_claims = [a for a in result["agreed"] if a["kind"] == "claim"]
    assert [(a["what"], a["value"], a["outlets"]) for a in agreed_claims] == [
        (e["what"], e["value"], e["outlets"]) for e in expect["agreed_claims"]
    ]
    agreed_relations = [a["text"] for a in result["agreed"] if a["kind"] == "relation"]
    assert agreed_relations == expect["agreed_relations"]

    unique = {(u["kind"], u["outlet"]) for u in result["unique"]}
    for item in expect["unique"]:
        assert (item["kind"], item["outlet"]) in unique
    for item in result["agreed"] + result["unique"]:
        assert item["article_ids"] and item["outlets"]


def _story(specs: list[tuple[str, str, list[Claim]]]) -> tuple[list[Article], dict[int, Any]]:
    """Articles (outlet, published, claims) with ids 1..n and their enrichment."""
    articles, enrichments = [], {}
    for i, (outlet, published, claims) in enumerate(specs, start=1):
        articles.append(Article(id=i, title=f"t{i}", text="x", outlet=outlet, published=published))
        enrichments[i] = make_enrichment(i, {})
        enrichments[i].claims = claims
    return articles, enrichments


def test_qualified_counts_are_not_a_conflict() -> None:
    """300 *rail* workers is not a rival count of 4,200 workers: no conflict."""
    articles, enrichments = _story(
        [
            ("Wire", "2026-02-23T08:00", [claim(3780, 4620, exact=False,
                sentence="Some 4,200 workers are on strike, according to the union.")]),
            ("Post", "2026-02-24T08:00", [claim(270, 330, exact=False,
                sentence="Around 300 rail workers stayed off the job, the union said.")]),
        ]
    )  # fmt: skip
    result = compare_articles(articles, enrichments)
    assert result.conflicts == [] and result.updates == []


def test_different_time_frames_are_not_a_conflict() -> None:
    articles, enrichments = _story(
        [
            ("Wire", "2026-02-28", [claim(31e6, 31e6, what="crowns", unit="crowns",
                time_ref="its first week", sentence="It cost 31 million crowns in week one.")]),
            ("Post", "2026-03-06", [claim(46e6, 46e6, what="crowns", unit="crowns",
                time_ref="ten days", sentence="The strike cost 46 million crowns over ten days.")]),
        ]
    )  # fmt: skip
    assert compare_articles(articles, enrichments).conflicts == []


def test_a_total_is_not_a_conflict_with_a_part() -> None:
    articles, enrichments = _story(
        [
            ("Wire", "2026-02-28", [claim(31e6, 31e6, what="crowns", unit="crowns",
                sentence="The strike cost the port 31 million crowns, the authority said.")]),
            ("Post", "2026-03-06", [claim(46e6, 46e6, what="crowns", unit="crowns",
                sentence="The strike had cost the authority 46 million crowns in total.")]),
        ]
    )  # fmt: skip
    assert compare_articles(articles, enrichments).conflicts == []


def test_same_time_frame_written_differently_is_still_a_conflict() -> None:
    articles, enrichments = _story(
        [
            ("Wire", "2026-02-28T09:00", [claim(31e6, 31e6, what="crowns", unit="crowns",
                time_ref="its first week",
                sentence="The strike cost the port 31 million crowns in its first week.")]),
            ("Gazette", "2026-02-28T15:00", [claim(18e6, 18e6, what="crowns", unit="crowns",
                time_ref="The first week",
                sentence="The first week of the strike cost the port 18 million crowns.")]),
        ]
    )  # fmt: skip
    result = compare_articles(articles, enrichments)
    assert len(result.conflicts) == 1 and result.updates == []
    assert result.conflicts[0].outlets == ["Wire", "Gazette"]


def test_revision_words_in_a_later_article_make_an_update_across_outlets() -> None:
    articles, enrichments = _story(
        [
            ("Courier", "2026-03-02", [claim(4, 4, what="workers",
                sentence="Four workers were taken to hospital.")]),
            ("Observer", "2026-03-06", [claim(9, 9, what="workers",
                sentence="The number of workers injured has risen to nine, the office said.")]),
        ]
    )  # fmt: skip
    result = compare_articles(articles, enrichments)
    assert [(p.a.value, p.b.value) for p in result.updates] == [("4", "9")]
    assert result.conflicts == []


def test_a_later_different_figure_without_revision_is_a_conflict() -> None:
    articles, enrichments = _story(
        [
            ("Courier", "2026-03-02", [claim(4, 4, sentence="Four workers were hurt.")]),
            ("Observer", "2026-03-03", [claim(9, 9, sentence="Nine workers were hurt.")]),
        ]
    )  # fmt: skip
    result = compare_articles(articles, enrichments)
    assert len(result.conflicts) == 1 and result.updates == []


def test_an_earlier_article_cannot_update_a_later_one() -> None:
    """Revision words only count in the later article."""
    articles, enrichments = _story(
        [
            ("Courier", "2026-03-06", [claim(4, 4, sentence="Four workers were hurt.")]),
            ("Observer", "2026-03-02", [claim(9, 9,
                sentence="The toll has risen to nine workers hurt.")]),
        ]
    )  # fmt: skip
    result = compare_articles(articles, enrichments)
    assert result.updates == [] and len(result.conflicts) == 1


def test_two_figures_in_one_article_are_never_compared() -> None:
    articles, enrichments = _story(
        [("Wire", "2026-03-02", [claim(4200, 4200, sentence="4,200 workers."),
                                 claim(300, 300, sentence="300 workers.")])]
    )  # fmt: skip
    result = compare_articles(articles, enrichments)
    assert not (result.conflicts or result.compatible or result.updates or result.agreed)


def test_single_outlet_story_has_nothing_unique() -> None:
    articles, enrichments = _story([("Wire", "2026-03-02", [claim(4, 4)])])
    assert compare_articles(articles, enrichments).unique == []


def test_options_are_respected() -> None:
    articles, enrichments = _story(
        [("A", "2026-03-02", [claim(1013, 1013)]), ("B", "2026-03-02T01:00", [claim(1047, 1047)])]
    )
    assert len(compare_articles(articles, enrichments).conflicts) == 1
    loose = CompareOptions(tolerance=0.05)
    assert compare_articles(articles, enrichments, loose).conflicts == []
