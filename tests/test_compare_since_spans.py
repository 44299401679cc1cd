"""Which "since" makes a figure a running total (review23a): the figure's own verb in the
perfect over a span that starts at "since" ("have arrested 99 people since the unrest began",
"Since Monday, 40 people have died"). A "since" dating a record however far its superlative
("the biggest sweep in the city since the riots began"), one meaning "because", one of another
verb ("have questioned them since") or a figure with its own night is no running total.
Invented articles."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets

from newsbeat.compare.claim_totals import _is_total
from newsbeat.models import Claim


def _conflicts(first: str, second: str) -> int:
    return len(compare_outlets([("Wire", first + "\n"), ("Post", second + "\n")]).conflicts)


_SO_FAR = "Police in Orsk have arrested 150 people so far during the riots, officials said."


@pytest.mark.parametrize(
    ("first", "second", "conflicts"),
    [
        # A record's "since", five words after its superlative: one night's count, no total.
        (
            "Police in Orsk arrested 60 people on Friday night in the biggest sweep in the city "
            "since the riots began, officials said.",
            _SO_FAR,
            0,
        ),
        (
            "Police in Orsk have arrested 60 people in the biggest sweep in the city since the "
            "riots began, officials said.",
            _SO_FAR,
            0,
        ),
        (
            "Police arrested 12 protesters in Orsk on Friday in the largest single operation in "
            "the city since March.",
            "Police have arrested 30 protesters in Orsk in total, officials said.",
            0,
        ),
        # "Since" meaning "because": the figure is the day's, and the days' counts disagree.
        (
            "The storm killed 12 people in Varnia on Tuesday, the mayor said.",
            "Since the storm killed 14 people in Varnia on Tuesday, the mayor has resigned.",
            1,
        ),
        (
            "Officials said 30 families were evacuated from Orsk on Tuesday since the river kept "
            "rising.",
            "Officials said 45 families were evacuated from Orsk on Tuesday as the river rose.",
            1,
        ),
        (
            "The mayor of Varnia resigned on Tuesday, since 14 people have died in the floods "
            "in the town.",
            "The floods in the town of Varnia killed 9 people, officials said on Tuesday.",
            1,
        ),
        # "Since" of another verb, with no span after it.
        (
            "Police arrested 12 people in Orsk on Friday night and have questioned them since.",
            "Police arrested 15 people in Orsk on Friday night, officials said.",
            1,
        ),
        # The figure's own night: a count since the curfew that night is that night's.
        (
            "Officers in Orsk have detained 60 people overnight since the curfew began at ten, "
            "police said.",
            "Officers in Orsk detained 45 people overnight, police said.",
            1,
        ),
    ],
)
def test_a_since_not_the_figures_span_makes_no_running_total(
    first: str, second: str, conflicts: int
) -> None:
    assert _conflicts(first, second) == conflicts


@pytest.mark.parametrize(
    ("first", "second", "conflicts"),
    [
        (
            "Since Monday, 40 people have died in the floods in Varnia, officials said.",
            "The floods in Varnia killed 12 people on Tuesday, officials said.",
            0,
        ),
        (
            "Since Monday, 40 people have died in the floods in Varnia, officials said.",
            "Since Monday, 60 people have died in the floods in Varnia, officials said.",
            1,
        ),
        (
            "Police in Orsk have searched 30 homes and arrested 12 people since the unrest "
            "began, officials said.",
            "Police in Orsk detained 15 people overnight, officials said.",
            0,
        ),
        # A figure with a thousands comma is one figure, not a clause break.
        (
            "Officials in Varnia said 2,000 people have fled the town of Orsk since the "
            "fighting began.",
            "Officials in Varnia said 900 people fled the town of Orsk overnight.",
            0,
        ),
        (
            "Police arrested 12 protesters in Orsk on Friday, the most in a single night since "
            "the unrest began in March.",
            "Police have arrested 30 protesters in Orsk so far, officials said.",
            0,
        ),
    ],
)
def test_a_perfect_count_since_a_start_stays_a_running_total(
    first: str, second: str, conflicts: int
) -> None:
    assert _conflicts(first, second) == conflicts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Kell had been in trouble before, having been arrested three times since October.", 3),
        ("Since Week 11, Tom Amberg has eight touchdowns for the Gulls.", 8),
        ("The Gulls have won 16 games in a row since losing to Orsk in April.", 16),
    ],
)
def test_having_has_and_irregular_perfects_count_since_a_start(sentence: str, value: int) -> None:
    claim = Claim(
        what="x", low=value, high=value, exact=True, unit=None, claimant=None, sentence=sentence
    )
    assert _is_total(claim)
