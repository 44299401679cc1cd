"""Figures that name a round or a game, or make an adjective in "-ed", count nothing, and a
dash after a plural opens an aside, not a modifier (issue 12, claims37): "In round three
Klitschko was …" read 3 'klitschko', "a vicious two - handed assault" 2 'assault' and "two
contributors - former commissioner X" 2 'commissioner' (``not_claims._designation``,
``claim_spaced_forms``, ``claim_modifiers``).

Invented sentences and names. The rule tests fail without the rule; the guards keep a count
after such a word, a count of rounds and a hyphened modifier read."""

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


def test_a_dash_after_a_plural_opens_an_aside() -> None:
    # claims37: "contributors - former commissioner ..." counted the commissioner
    text = (
        "Joining them will be two contributors - former commissioner Ivo Ralko and Orsk "
        "owner Tom Vell - as well as two senior nominees."
    )
    assert _read(text) == [("contributors", 2.0), ("nominees", 2.0)]


def test_a_singular_hyphened_to_a_participle_still_modifies() -> None:
    # guard: "court - appointed" modifies the attorneys
    assert _read("Two court - appointed defense attorneys spoke for Tom Vell.") == [
        ("attorneys", 2.0)
    ]
