"""Ranges and hedges read as the writer bounded the figure (issue 12, precision of claims): a
range whose scale word is written once ("between $140 and $150 million"), a hedge before an
article ("up to a $250,000 fine", "more than the $21 million ..."), a hedge after the figure
("eight years or more"), an estimate that keeps its own hedge, and a figure in brackets that
converts the one before it into another unit. Invented sentences, fictional names."""

from __future__ import annotations

import pytest

from newsbeat.compare.claim_context import tells_future
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline


def _bounds(text: str) -> list[tuple[float | None, float | None, str | None]]:
    """(low, high, hedge) of every claim the real pipeline reads in ``text``."""
    doc = load_pipeline("en_core_web_sm")(text)
    return [(c.low, c.high, c.hedge) for c in extract_claims(doc, build_actors(doc), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sign written twice, the scale once: one range of millions, not $140 and $150M
        (
            "The Harbor Hawks made Dario Luz an offer between $140 and $150 million.",
            [(140e6, 150e6, "between")],
        ),
        ("The Arden trust bought between 60 and 100 million acres.", [(60e6, 100e6, "between")]),
        ("Vellmark earned from 140 to 150 million dollars in 2019.", [(140e6, 150e6, None)]),
        # a dash with the scale after the second figure: a range of millions, no code
        ("Vellmark lost 140-150 million dollars in 2019.", [(140e6, 150e6, None)]),
        ("The Harbor Hawks offered Dario Luz $140-150 million.", [(140e6, 150e6, None)]),
    ],
)
def test_a_scale_written_once_scales_both_ends(
    text: str, expected: list[tuple[float | None, float | None, str | None]]
) -> None:
    assert _bounds(text) == expected


def test_a_scaled_lower_end_may_not_pass_the_upper_one() -> None:
    # 500 million would pass 1 million: the lower end is 500 as written
    assert _bounds("The Arden fund will reach between 500 and 1 million people.") == [
        (500.0, 1e6, "between")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Vell faces up to a $250,000 fine.", (None, 250_000.0, "up to")),
        ("Tom Vell could pay as much as a $10,000 fine.", (None, 10_000.0, "as much as")),
        (
            "Dario Luz is seeking more than the $21 million that Tom Vell got from the Hawks.",
            (21e6, None, "more than"),
        ),
        # an estimate keeps the hedge it is written with
        (
            "Pastor Ann Kell estimates damages at more than $1 million to the Arden chapel.",
            (1e6, None, "more than"),
        ),
    ],
)
def test_a_hedge_bounds_the_figure_across_an_article(
    text: str, expected: tuple[float | None, float | None, str | None]
) -> None:
    assert _bounds(text)[-1] == expected


def test_a_figure_reported_by_others_caps_a_count_a_step_below() -> None:
    text = "The Arden march drew fewer than the 3,000 protesters reported by police."
    assert _bounds(text) == [(None, 2999.0, "fewer than")]


def test_the_before_a_figure_without_a_report_is_a_reference() -> None:
    # "the two others" names people, it counts nothing
    assert _bounds("Tom Vell earned more than the two others.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arden quake killed 300 people or more.", (300.0, None, "at least")),
        ("Ann Kell earns $250,000 a year or less.", (None, 250_000.0, "at most")),
        ("The Arden tremor lasted 30 seconds or so.", (24.0, 36.0, "about")),
        ("Not quite 300 people were killed in the Arden quake.", (270.0, 300.0, "not quite")),
    ],
)
def test_a_hedge_after_the_figure(
    text: str, expected: tuple[float | None, float | None, str | None]
) -> None:
    assert _bounds(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Arden quake killed 300 people or more than that.",
        "The Arden quake killed 300 people or more likely 310.",
    ],
)
def test_or_more_going_on_to_something_else_is_no_hedge(text: str) -> None:
    assert _bounds(text)[0] == (300.0, 300.0, None)


@pytest.mark.parametrize(
    "text",
    [
        "Jon Ferris died after falling about 60 metres (200 feet) from a ridge.",
        "Winds gusting at times to 55 mph (88.5 kph) hit Arden.",
        "The Arden fire burned 2,000 acres (809 hectares) of forest.",
        "There was about 2,300 tons (2,095 metric tons) of ice on the Arden roof.",
    ],
)
def test_a_bracketed_conversion_is_no_second_claim(text: str) -> None:
    # a conversion is read at most as the same claim in its second unit (claim_conversions,
    # conf35): one slot and one hedge, never a figure of its own
    doc = load_pipeline("en_core_web_sm")(text)
    first, *others = extract_claims(doc, build_actors(doc), [])
    for other in others:
        assert (other.event, other.role, other.subject, other.hedge, other.sentence) == (
            first.event,
            first.role,
            first.subject,
            first.hedge,
            first.sentence,
        )
    assert len(others) <= 1


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        # a modal perfect tells a past the writer is unsure of, not what will happen
        ("The Arden quake may have killed 300 people.", False),
        ("Tom Vell might well have been paid $2 million.", False),
        # still to come: an obligation, a present, a counterfactual, a plain modal
        ("Vellmark may have to pay $5 million.", True),
        ("The Arden club may have 300 seats.", True),
        ("The Arden quake could have killed 300 people.", True),
        ("The Arden quake may kill 300 people.", True),
    ],
)
def test_a_modal_perfect_tells_the_past(sentence: str, future: bool) -> None:
    assert tells_future(sentence) is future


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "+" makes a floor, and the scale after it is the figure's
        ("The Harbor Hawks will spend another $15+ million on a pitcher.", (15e6, None)),
        ("The Harbor Hawks will spend another $15 + MM on a pitcher.", (15e6, None)),
        ("The Arden club has 300+ members.", (300.0, None)),
        # "as high as" caps the figure, "as little as" and "as few as" floor it
        ("Reports put the Arden offer as high as $184 million.", (None, 184e6)),
        ("Arden tickets sell for as little as $5.", (5.0, None)),
        ("As few as 20 people turned up in Arden.", (20.0, None)),
    ],
)
def test_a_plus_and_as_high_as_are_bounds(
    text: str, expected: tuple[float | None, float | None]
) -> None:
    assert [(low, high) for low, high, _ in _bounds(text)] == [expected]


def test_a_plus_between_two_figures_is_a_sum() -> None:
    # a spaced "+" before another figure adds, it makes no floor of the 2
    assert _bounds("The Arden team scored 2 + 3 goals.") == [(3.0, 3.0, None)]
