"""Fractions of a unit written in words are read as the figures they are: a distance written "a
mile and a half away" is a position like "two miles away" (the words after the whole figure,
not the "and" after its unit, say what it places: :func:`newsbeat.enrich.claim_roles.figure_end`),
and quarters ("a quarter of a mile", "three quarters of a mile", "an hour and a quarter") are
read as halves are (:func:`newsbeat.enrich.claim_figures.word_fraction`). Invented sentences;
each test fails without its rule, the guards without theirs."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ("The crash happened a quarter of a mile from the school.", "miles", 0.25),
        ("The crash happened a quarter mile from the school.", "miles", 0.25),
        ("The crash happened three quarters of a mile from the school.", "miles", 0.75),
        ("The crash happened three-quarters of a mile from the school.", "miles", 0.75),
        ("Tom Ferris waited an hour and a quarter for the ferry.", "hours", 1.25),
        ("Tom Ferris waited a quarter of an hour for the ferry.", "hours", 0.25),
    ],
)
def test_quarters_of_a_unit_are_figures(text: str, what: str, value: float) -> None:
    assert [(c.what, c.low, c.high) for c in _claims(text)] == [(what, value, value)]


def test_a_quarter_of_a_mile_away_is_placed_and_hangs_on_its_verb() -> None:
    found = _claims("The Harlow family lived a quarter of a mile away from the depot.")
    assert [(c.low, c.event, c.role, c.place) for c in found] == [
        (0.25, "live", "distance", "depot")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of the residents left the town after the flood.",  # a share, no measure
        "Sales rose in the third quarter of the year.",  # a period
        "Police closed a quarter-mile stretch of the road.",  # a size of a thing, as "2-mile"
        "A quarter of an hour later the ferry left the harbour.",  # when, not how long
        "He ran the quarter mile in the school games.",  # a race's name
    ],
)
def test_quarters_that_measure_nothing_are_no_figures(text: str) -> None:
    assert [c.what for c in _claims(text)] == []
