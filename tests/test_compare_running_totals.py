"""A count "since" a start is a running total (review22b): "arrested 99 people since the unrest
began" does not disagree with "detained 40 people overnight". A record word before "since"
("the worst attack since 2005") dates a record, not the count, and two running totals still
disagree. Invented articles."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import compare_articles


def _conflicts(*texts: str) -> int:
    outlets = ("Wire", "Post")
    articles, enrichments = _enrich([(outlets[i], t + "\n") for i, t in enumerate(texts)])
    return len(compare_articles(articles, enrichments).conflicts)


def test_a_running_total_is_no_conflict_with_one_nights_count() -> None:
    assert (
        _conflicts(
            "Police in Varnholt have now arrested 99 people since the unrest began last week, "
            "a spokesman said.",
            "Officers in Varnholt detained 40 people overnight, the police said.",
        )
        == 0
    )


def test_two_running_totals_still_disagree() -> None:
    assert (
        _conflicts(
            "Police in Varnholt have now arrested 99 people since the unrest began last week, "
            "a spokesman said.",
            "Police in Varnholt have arrested 40 people since the unrest began, the police said.",
        )
        == 1
    )


def test_a_record_since_a_year_is_no_running_total() -> None:
    assert (
        _conflicts(
            "Gunmen killed 12 villagers in Orsk on Tuesday in the worst attack since 2005, "
            "police said.",
            "Gunmen killed 15 villagers in Orsk on Tuesday, police said.",
        )
        == 1
    )
