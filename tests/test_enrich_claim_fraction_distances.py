"""A distance written "a mile and a half away" is a position like "two miles away": the words
after the whole figure (not the "and" after its unit) say what it places. Invented sentences;
the tests fail without :func:`newsbeat.enrich.claim_roles.figure_end`."""

from __future__ import annotations

from tests._enrich_docs import BODY, compare_outlets, side_values
from tests._enrich_docs import quoted_claims as _claims


def _miles(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.role, c.place) for c in _claims(text) if c.what == "miles"]


def test_a_mile_and_a_half_away_is_a_distance_from_its_place() -> None:
    text = "The Harlow family lived a mile and a half away from the depot."
    assert _miles(text) == [(1.5, "distance", "depot")]


def test_the_digit_and_fraction_forms_read_alike() -> None:
    for spelt in ("half a mile", "two miles", "a mile and a half"):
        found = _miles(f"Ann Voss had moved {spelt} away from the depot.")
        assert [(role, place) for _, role, place in found] == [("distance", "depot")]


def test_a_mile_and_a_half_of_a_motion_stays_its_length() -> None:
    # the guard the role keeps: a motion's length is no position ("fell 60 metres")
    found = [(c.low, c.role, c.event) for c in _claims("The cart slid a mile and a half down.")]
    assert found == [(1.5, None, "slide")]


def test_two_positions_of_one_home_told_in_words_disagree() -> None:
    first = "The Harlow family lived half a mile away from the Brenton depot, a neighbour said."
    second = "The Harlow family lived a mile and a half away from the Brenton depot, police said."
    result = compare_outlets(
        [
            ("Coast Ledger", f"Fire at depot\n{BODY}{first}"),
            ("Valley Post", f"Depot fire\n{BODY}{second}"),
        ]
    )
    assert [side_values(p) for p in result.conflicts] == [{"0.5", "1.5"}]
