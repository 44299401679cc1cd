"""Figures that name a round or a game, or make an adjective in "-ed", count nothing (issue 12,
claims37): "In round three Klitschko was …" read 3 'klitschko' and "a vicious two - handed
assault" 2 'assault' (``not_claims._designation``, ``claim_spaced_forms``).

Invented sentences and names. The rule tests fail without the rule; the guards keep a count
after such a word, and a count hyphened to a noun, read."""

from __future__ import annotations

import pytest
from tests._enrich_docs import found_claims


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(c.what, c.low) for c in found_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "In round three Ivo Ralko was again using his left hand to block jabs.",
        "In round 3 Tom Vell landed a hook to the body.",
        "Then a vicious two - handed assault sent Tom Vell down for the second time.",
        "A three - legged dog was found near the Orsk harbour.",
    ],
)
def test_a_designation_or_an_adjective_counts_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_count_after_round_is_still_read() -> None:
    # guard: a noun after the figure is what it counts
    assert ("judges", 12.0) in _read("In that round 12 judges scored it for Tom Vell.")


def test_a_count_of_rounds_is_still_read() -> None:
    # guard: only the word before the figure names one round
    assert _read("Tom Vell went three rounds with Ivo Ralko.") == [("rounds", 3.0)]
