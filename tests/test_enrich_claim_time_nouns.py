"""A date or time after a figure says when, not what is counted (``claim_counted._time_after``).
Invented sentences; the first test fails without the rule, the others are controls."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets as _enrich


def _claims(text: str) -> dict[float, tuple[str, str | None]]:
    _, enrichments = _enrich([("Wire", text + "\n")])
    [enrichment] = enrichments.values()
    return {c.low: (c.what, c.unit) for c in enrichment.claims if c.low is not None}


def test_a_date_after_a_sum_is_not_what_it_counts() -> None:
    found = _claims(
        "The Arden Lions signed Tom Reyes to a five-year deal worth nearly $80 million last"
        " summer, the club said."
    )
    assert found[72_000_000] == ("dollars", "dollars")  # "nearly $80 million": 72 to 80


def test_a_duration_counts_its_own_time_noun() -> None:
    assert _claims("Tom Reyes was out of the team for three days.")[3] == ("days", "days")


def test_a_count_before_a_date_keeps_its_noun() -> None:
    found = _claims("Police in Arden arrested 12 people last week after the riot.")
    assert found[12][0].startswith("people")
