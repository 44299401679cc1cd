"""A count valued in the passive is read as the active "estimated the crowd at 5,000" is: "the
crowd was estimated at 5,000", "a crowd, estimated by police at 5,000, marched", "the death toll
was put at 12" (``claim_figures._valued_passive``); and "a 4,000-strong crowd" glued by its
hyphen is read as the spaced "a 4,000 - strong crowd" is (``not_claims``). Invented sentences;
each reading test fails without its rule, the guards without theirs."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY, compare_outlets, side_values
from tests._enrich_docs import quoted_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The crowd was estimated at 5,000.", [("crowd", 4500.0, 5500.0)]),
        ("A crowd estimated at 5,000 marched to the square.", [("crowd", 4500.0, 5500.0)]),
        (
            "A crowd, estimated by police at 5,000, marched to the square.",
            [("crowd", 4500.0, 5500.0)],
        ),
        ("The death toll was put at 12.", [("dead", 12.0, 12.0)]),
        ("A 4,000-strong crowd marched to the square.", [("crowd", 4000.0, 4000.0)]),
    ],
)
def test_a_count_valued_in_the_passive_is_read(text: str, found: list[object]) -> None:
    assert _read(text) == found


def test_the_passive_estimate_hedges_as_the_active_one_does() -> None:
    active = _read("Police estimated the crowd at 5,000.")
    assert _read("The crowd was estimated by police at 5,000.") == active


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was put at 7.",  # a time, no count: the valued noun is no count
        "The painting was valued at 5,000.",  # no noun the verb values by a count
        "The bus was placed at 5 Mill Road.",  # an address
    ],
)
def test_a_passive_of_no_count_reads_nothing(text: str) -> None:
    assert _read(text) == []


def test_two_estimates_of_one_crowd_disagree() -> None:
    first = "The crowd at the Varnel rally on Sunday was estimated at 5,000, organisers said."
    second = "The crowd at the Varnel rally on Sunday was estimated at 12,000, organisers said."
    result = compare_outlets(
        [
            ("Coast Ledger", f"Rally\n{BODY}{first}"),
            ("Valley Post", f"Varnel rally\n{BODY}{second}"),
        ]
    )
    assert [side_values(p) for p in result.conflicts] == [{"estimated 5,000", "estimated 12,000"}]
