"""A lower bound its own sentence caps is one range, and the cap no claim of its own (issue 12,
confslot22): "an offer in excess of $90 million, but ... less than the $104 million reported by
Vell" is an offer between the two, not Vell's $104 million told again. Invented sentences."""

from __future__ import annotations

import pytest
from tests._enrich_docs import counted

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_bounds import closed_bounds
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline

_OFFER = (
    "The Harbor Hawks have made a six-year offer to Dario Luz in excess of $90 million, but "
    "people close to the talks say it is less than the $104 million reported by Tom Vell."
)


def _dollars(text: str) -> list[tuple[float | None, float | None]]:
    """(low, high) of every dollar claim the real pipeline reads in ``text``."""
    doc = load_pipeline("en_core_web_sm")(text)
    claims = extract_claims(doc, build_actors(doc), [])
    return [(c.low, c.high) for c in claims if c.unit == "dollars"]


def test_a_floor_capped_in_its_sentence_is_one_range() -> None:
    # the cap is another report's figure, named to dispute it: the range stops a step below
    assert _dollars(_OFFER) == [(90e6, 103e6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare cap keeps its edge: a figure meeting it is no dispute
        (
            "The Harbor Hawks offered Dario Luz more than $90 million, but less than "
            "$104 million, for six years.",
            [(90e6, 104e6)],
        ),
        # "the" alone names no other report: "the $104 million budgeted" is none
        (
            "The Harbor Hawks offered Dario Luz more than $90 million, but less than the "
            "$104 million budgeted.",
            [(90e6, 104e6)],
        ),
        # a sum given to someone is no report
        (
            "The Harbor Hawks offered Dario Luz more than $90 million, but less than the "
            "$104 million given to Tom Vell.",
            [(90e6, 104e6)],
        ),
        # a report named by where it ran
        (
            "The Harbor Hawks offered Dario Luz more than $90 million, but less than the "
            "$104 million reported in the Harbor Times.",
            [(90e6, 103e6)],
        ),
        # a decimal figure steps by its last digit
        (
            "The Harbor Hawks offered Dario Luz more than $90 million, but less than the "
            "$104.5 million reported by Tom Vell.",
            [(90e6, 104.4e6)],
        ),
    ],
)
def test_only_a_cap_named_as_another_report_is_stepped_below(
    text: str, expected: list[tuple[float, float]]
) -> None:
    found = _dollars(text)
    assert [low for low, _ in found] == [low for low, _ in expected]
    assert [high for _, high in found] == pytest.approx([high for _, high in expected])


def test_a_cap_read_alone_as_at_most_closes_the_floor_too() -> None:
    text = "The fund raised more than $40 million, but less than $55 million, its head said."
    assert _dollars(text) == [(40e6, 55e6)]
    # the floor's time is the cap's when the cap's clause names none
    text = "The fund raised more than $40 million last year, but less than $55 million."
    assert _dollars(text) == [(40e6, 55e6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sums: cash and jewels
        (
            "Thieves took more than $5 million in cash, but less than $8 million in jewels.",
            [(5e6, None), (None, 8e6)],
        ),
        # "and" joins two figures as often as it closes one
        (
            "The fund raised more than $40 million and less than $55 million was spent.",
            [(40e6, None), (None, 55e6)],
        ),
        # the cap is another year's figure, told in the future
        (
            "Tarnell Foods earned more than $90 million last year, but it will make less than "
            "$120 million this year.",
            [(90e6, None), (None, 120e6)],
        ),
        # a future cap of a past floor, with no time words
        (
            "Tarnell Foods earned more than $90 million, but it will make less than $120 million.",
            [(90e6, None), (None, 120e6)],
        ),
        # two years' sums, both told in the past
        (
            "Tarnell Foods earned more than $90 million last year, but it made less than "
            "$120 million this year.",
            [(90e6, None), (None, 120e6)],
        ),
        # another act: what it paid is no cap of what it earned
        (
            "Tarnell Foods earned more than $90 million, but it paid less than $120 million.",
            [(90e6, None), (None, 120e6)],
        ),
        # the second figure is no ceiling: nothing says less than
        (
            "The club offered more than $40 million, but the player wants $55 million.",
            [(40e6, None), (55e6, 55e6)],
        ),
    ],
)
def test_figures_that_are_no_floor_and_its_cap_stay_two(
    text: str, expected: list[tuple[float | None, float | None]]
) -> None:
    assert _dollars(text) == expected


def test_other_counts_are_no_cap() -> None:
    # another noun after "but fewer than": the killed are no cap of the hurt
    found = counted("More than 40 people were hurt, but fewer than 60 people were killed.")
    assert found == [("people injured", 40.0), ("people killed", None)]


def _claim(text: str, figure: str, low: float | None, high: float | None) -> FoundClaim:
    """A dollar claim of ``figure``'s place in ``text``."""
    start = text.index(figure)
    return FoundClaim(
        what="dollars",
        low=low,
        high=high,
        exact=low == high,
        unit="dollars",
        claimant=None,
        sentence=text,
        time_ref=None,
        start=start,
        end=start + len(figure),
    )


def test_a_cap_below_the_floor_or_past_another_figure_closes_nothing() -> None:
    text = "over $9 m, but less than the $5 m"
    floor, cap = _claim(text, "9 m", 9.0, None), _claim(text, "5 m", 5.0, 5.0)
    assert closed_bounds(text, [floor, cap]) == [floor, cap]
    text = "over $5 m, $7 m, but less than the $9 m"
    floor, middle = _claim(text, "5 m", 5.0, None), _claim(text, "7 m", 7.0, 7.0)
    cap = _claim(text, "9 m", 9.0, 9.0)
    assert closed_bounds(text, [floor, middle, cap]) == [floor, middle, cap]
    # control: the same floor and cap with nothing between are one range
    text = "over $5 m, but less than the $9 m"
    floor, cap = _claim(text, "5 m", 5.0, None), _claim(text, "9 m", 9.0, 9.0)
    assert [(c.low, c.high) for c in closed_bounds(text, [floor, cap])] == [(5.0, 9.0)]
