"""An outlet that caps its figure below another report's ("in excess of $90 million, but ...
less than the $104 million reported by Sam Pike") disputes that report: the two disagree
(issue 12). Invented stories; the other outlet writes Pike's figure as his."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY, compare_outlets, side_values

_CAPPED = (
    "The Harbor Hawks have made a six-year offer to Dario Luz in excess of $90 million, but "
    "sources say it is less than {cap} reported by Sam Pike.\n"
)
_PIKE = "Sam Pike reported the Harbor Hawks offered Dario Luz a six-year deal worth $104 million.\n"


def _conflicts(capped: str) -> list[set[str]]:
    specs = [("north", capped + BODY), ("south", _PIKE + BODY)]
    return [side_values(p) for p in compare_outlets(specs).conflicts]


def test_a_cap_named_as_another_report_disputes_it() -> None:
    assert _conflicts(_CAPPED.format(cap="the $104 million")) == [
        {"90 million–103 million", "104 million"}
    ]


@pytest.mark.parametrize(
    "capped",
    [
        # a bare cap: the other's figure only meets it
        "The Harbor Hawks have made a six-year offer to Dario Luz in excess of $90 million, but "
        "sources say it is less than $104 million.\n",
        # a floor alone: the other's figure fits it
        "The Harbor Hawks have made a six-year offer to Dario Luz in excess of $90 million.\n",
    ],
)
def test_a_figure_that_meets_or_fits_the_bound_is_no_dispute(capped: str) -> None:
    assert _conflicts(capped) == []
