"""A vague count's figure is written as its words ("billions of"), whichever scale word it
uses: one list of the words (compare/records.py). Invented claims."""

from __future__ import annotations

import pytest

from newsbeat.compare.records import claim_value, vague_count
from newsbeat.models import Claim


def _vague(hedge: str, low: float, high: float) -> Claim:
    return Claim(
        what="dollars",
        low=low,
        high=high,
        exact=False,
        unit="dollars",
        claimant=None,
        sentence=f"The port lost {hedge} of dollars.",
        hedge=hedge,
    )


@pytest.mark.parametrize(
    ("hedge", "low", "high"),
    [("billions", 2e9, 999e9), ("millions", 2e6, 999e6), ("dozens", 24.0, 144.0)],
)
def test_a_vague_count_is_written_as_its_words(hedge: str, low: float, high: float) -> None:
    claim = _vague(hedge, low, high)
    assert vague_count(claim)
    assert claim_value(claim) == f"{hedge} of"


def test_a_figure_with_a_plain_hedge_is_no_vague_count() -> None:
    claim = _vague("about", 90.0, 110.0)
    assert not vague_count(claim)
    assert claim_value(claim) == "about 100"
