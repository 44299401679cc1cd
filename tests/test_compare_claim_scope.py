"""A figure marked as a running or cumulative total is not one event's figure, and one dispute
prints once (confscope29, issue 12; read29 found "300 vs 923" printed beside "about 300 vs
923"). Invented articles; each test fails without its rule, and a control shows the same slot
still conflicts."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets, side_values

from newsbeat.compare.claim_scope import marks_scope, written_figure
from newsbeat.models import Claim

_DAY = "The Velmoran coast guard seized four rifles from the smugglers' boat on Tuesday."


def _conflicts(*texts: str) -> list[set[str]]:
    outlets = ("Wire", "Post", "Mail", "Star")
    comparison = compare_outlets([(outlets[i], t + "\n") for i, t in enumerate(texts)])
    return [side_values(pair) for pair in comparison.conflicts]


@pytest.mark.parametrize(
    "total",
    [
        "The Velmoran coast guard has seized 19 rifles from smugglers thus far, officials said.",
        "The Velmoran coast guard has seized 19 rifles from smugglers to date, officials said.",
        "The Velmoran coast guard seized 19 rifles from smugglers during its five patrols, "
        "officials said.",
        "The Velmoran coast guard seized 19 rifles from smugglers in its last three missions, "
        "officials said.",
    ],
)
def test_a_figure_marked_as_a_running_total_is_no_dispute(total: str) -> None:
    assert _conflicts(_DAY, total) == []


def test_the_same_slot_without_a_scope_still_conflicts() -> None:
    other = "The Velmoran coast guard seized 19 rifles from the smugglers' boat on Tuesday."
    assert _conflicts(_DAY, other) == [{"4", "19"}]


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("The records were kept up to date by the clerk, who counted 40 boxes.", False),
        ("He has scored 12 goals in his last three games.", True),
        ("He scored 12 goals in three games.", False),  # no series of its own: one tally
        ("The team has won 30 matches thus far.", True),
    ],
)
def test_scope_markers(sentence: str, marked: bool) -> None:
    assert marks_scope(sentence) is marked


def test_an_exact_figure_and_its_hedged_form_are_one_side_of_one_dispute() -> None:
    found = _conflicts(
        "Police seized 300 rounds of ammunition from the boat on Friday, officials said.",
        "Police seized about 300 rounds of ammunition from the boat on Friday, officials said.",
        "Police seized 900 rounds of ammunition from the boat on Friday, officials said.",
    )
    assert len(found) == 1, found
    assert "900" in found[0]


def test_two_different_figures_against_one_are_two_disputes() -> None:
    found = _conflicts(
        "Police seized 300 rounds of ammunition from the boat on Friday, officials said.",
        "Police seized about 500 rounds of ammunition from the boat on Friday, officials said.",
        "Police seized 900 rounds of ammunition from the boat on Friday, officials said.",
    )
    assert len(found) == 3, found


@pytest.mark.parametrize(
    ("low", "high", "exact", "hedge", "figure"),
    [
        (300.0, 300.0, True, None, 300.0),
        (240.0, 360.0, False, "about", 300.0),
        (270.0, 300.0, False, "nearly", 300.0),
        (300.0, None, False, "at least", 300.0),
        (72.0, 120.0, False, None, None),
    ],
)
def test_written_figure(
    low: float, high: float | None, exact: bool, hedge: str | None, figure: float | None
) -> None:
    claim = Claim(
        what="rounds",
        low=low,
        high=high,
        exact=exact,
        unit=None,
        claimant=None,
        sentence="",
        hedge=hedge,
    )
    assert written_figure(claim) == figure
