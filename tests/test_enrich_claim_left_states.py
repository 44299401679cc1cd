"""A figure counts the people a disaster left in a state told by an adjective after it: "left 300
dead", "left 2,000 homeless", "left 31,000 people dead" (``claim_counted.left_state``). Invented
sentences; the reading tests fail without the rule, the guards without theirs."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY, compare_outlets, side_values
from tests._enrich_docs import quoted_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.what, c.low, c.event) for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The blast left 12 dead.", [("dead", 12.0, "kill")]),
        ("The floods have left 2,000 homeless in the province.", [("homeless", 2000.0, "leave")]),
        ("The storm left half a million homeless.", [("homeless", 500000.0, "leave")]),
        ("The crash left two people dead.", [("people dead", 2.0, "kill")]),
        ("The flood left 300 families homeless.", [("families homeless", 300.0, "leave")]),
    ],
)
def test_a_figure_left_in_a_state_counts_it(text: str, found: list[object]) -> None:
    assert _read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The road splits into two dead ends near the farm.", "ends"),  # a noun after it
        ("The crash left two people trapped in the car.", "people"),  # no state of ours
    ],
)
def test_an_adjective_before_a_noun_or_another_state_counts_nothing_new(
    text: str, found: str
) -> None:
    assert [c.what for c in _claims(text)] == [found]


def _pair(first: str, second: str) -> list[set[str]]:
    result = compare_outlets(
        [
            ("Coast Ledger", f"Quake\n{BODY}The earthquake in Varnel province on Sunday {first}"),
            (
                "Valley Post",
                f"Quake hits\n{BODY}The earthquake in Varnel province on Sunday {second}",
            ),
        ]
    )
    return [side_values(p) for p in result.conflicts]


def test_the_dead_a_quake_left_and_the_people_it_killed_disagree() -> None:
    assert _pair("left 300 dead, officials said.", "killed 250 people, officials said.") == [
        {"300", "250"}
    ]


def test_the_dead_and_the_homeless_of_one_quake_are_two_counts() -> None:
    assert _pair("left 300 dead, officials said.", "left 2,000 homeless, officials said.") == []
    first, second = "left 300 people dead, officials said.", "left 2,000 people homeless."
    assert _pair(first, second) == []
