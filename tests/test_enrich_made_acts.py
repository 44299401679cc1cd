"""A sum made as an act named by a noun takes that act as its event: "made an offer ... in
excess of $90 million" is an offer, as "offered $104 million" is (issue 12). Invented
sentences."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline


def _events(text: str) -> list[tuple[float | None, str | None]]:
    """(low, event) of every dollar claim the real pipeline reads in ``text``."""
    doc = load_pipeline("en_core_web_sm")(text)
    claims = extract_claims(doc, build_actors(doc), [])
    return [(c.low, c.event) for c in claims if c.unit == "dollars"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sum on the verb's own preposition
        (
            "The Harbor Hawks have made a six-year offer to Dario Luz in excess of $90 million.",
            [(90e6, "offer")],
        ),
        # the sum in the act's own phrase
        ("The Harbor Hawks made a $90 million offer to Dario Luz.", [(90e6, "offer")]),
        # the party it is made to between verb and act
        ("The Harbor Hawks have made Dario Luz a six-year, $90 million offer.", [(90e6, "offer")]),
        # the act as a copula's subject
        ("The Hawks' offer was $90 million, a columnist wrote.", [(90e6, "offer")]),
        (
            "The Hawks' offer was in the range of $85 million to $100 million.",
            [(85e6, "offer")],
        ),
        # a noun of the measure classes folds to its class
        ("Tarnell Foods made a payment of $12 million to the workers.", [(12e6, "pay")]),
    ],
)
def test_a_sum_made_as_an_act_takes_the_act_as_its_event(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "make" with no act as its object: still no event
        "Tarnell Foods made $12 million last year.",
        # the object is no act a sum is the amount of
        "Tarnell Foods made a profit of $12 million last year.",
        # a copula's subject that is no act
        "The Hawks' payroll was $90 million.",
    ],
)
def test_make_without_an_act_tells_no_event(text: str) -> None:
    assert [event for _, event in _events(text)] == [None]
