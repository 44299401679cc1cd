"""The blows of a knockdown have one event and one subject however the sentence turns it
(issue 12, claims37; ``enrich/claim_knockdowns.py``): "X fell from three left hooks", "Y
dropped X with two hard lefts" and "Y landed a pair of left hooks to floor X" are all counts of
the blows of X's knockdown.

Invented sentences and names. The rule tests fail without the rule; the guards keep blows
landed without a knockdown, and other counts after "with", as they were read."""

from __future__ import annotations

import pytest
from tests._enrich_docs import found_claims


def _blows(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.what, c.low, c.event, c.subject) for c in found_claims(text) if c.what != "age"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Ralko tired badly and fell from three consecutive left hooks in the sixth.",
            ("hooks", 3.0, "knockdown", "Ivo Ralko"),
        ),
        (
            "Tom Vell dropped Ivo Ralko early in the sixth with two hard lefts to the head.",
            ("lefts", 2.0, "knockdown", "Ivo Ralko"),
        ),
        (
            "In the sixth Tom Vell landed a pair of left hooks to floor an off-balanced Ivo Ralko.",
            ("hooks", 2.0, "knockdown", "Ivo Ralko"),
        ),
    ],
)
def test_the_blows_of_a_knockdown(text: str, expected: tuple[str, float, str, str]) -> None:
    assert _blows(text) == [expected]


def test_blows_landed_without_a_knockdown_keep_their_reading() -> None:
    # guard: no verb that puts anyone down
    assert _blows("Tom Vell landed 40 punches in the round.") == [
        ("punches", 40.0, "land", "Tom Vell")
    ]


def test_other_counts_with_a_felling_verb_are_no_blows() -> None:
    # guard: only blows are a knockdown's
    assert _blows("Tom Vell beat Ivo Ralko with 12 goals.")[0][2] != "knockdown"
