"""A percentage before an adjective of a person's state or belief is a manner of speaking,
no claim (issue 12, claims37; ``enrich/claim_degree_idioms.py``): "you're not 100 percent
healthy" read 100 percent.

Invented sentences and names. The rule tests fail without the rule; the guards keep a
measured share and a comparative read."""

from __future__ import annotations

import pytest
from tests._enrich_docs import found_claims


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(c.what, c.low) for c in found_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Tom Vell said: "You\'re not 100 percent healthy."',
        "I am 100 per cent sure of it, Tom Vell of Orsk said.",
    ],
)
def test_a_share_of_a_state_is_no_claim(text: str) -> None:
    assert _read(text) == []


def test_a_measured_share_before_an_adjective_is_read() -> None:
    # guard: efficacy is measured
    assert _read("The Orsk vaccine is 95 percent effective, the ministry said.") == [
        ("percent", 95.0)
    ]


def test_a_comparative_share_is_read() -> None:
    # guard: "higher" is no state
    assert _read("Prices are 20 percent higher, the Orsk bank said.") == [("percent", 20.0)]
