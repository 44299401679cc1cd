"""An outlet's expectation reports no figure of what was done, and a modal in a clause about a
person tells nothing of the sentence's figures (issue 12, confslot22). Invented stories: one
outlet says a club offered $120 million and that a columnist had expected $85-100 million;
another says the offer was more than $90 million but less than $104 million, as reported by a
man "who first reported that the talks would take place"."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY, compare_outlets, side_values

from newsbeat.compare.claim_context import tells_future

_DONE = "The Harbor Hawks have made Dario Luz a six-year, $120 million offer, Tom Vell reported.\n"
_EXPECTED = (
    "The Hawks' offer was expected to be in the range of $85 million to $100 million, a "
    "columnist wrote on Monday.\n"
)
_CAPPED = (
    "The Harbor Hawks have made a six-year offer to Dario Luz in excess of $90 million, but "
    "sources say it is less than the $104 million reported by Sam Pike{tail}.\n"
)
_WHO = ", who first reported that the talks would take place"


def _conflicts(north_tail: str, south_tail: str) -> list[set[str]]:
    north = _DONE + BODY + north_tail
    south = _CAPPED.format(tail=south_tail) + BODY
    return [side_values(p) for p in compare_outlets([("north", north), ("south", south)]).conflicts]


def test_an_expectation_does_not_shadow_another_outlets_figure_of_the_deed() -> None:
    assert _conflicts(_EXPECTED, _WHO) == [{"120 million", "90 million–103 million"}]


def test_the_outlets_own_report_of_the_deed_still_shadows() -> None:
    # near miss: the columnist reports the offer made, no expectation: north gives a figure
    # fitting south's, and the two are no disagreement
    reported = (
        "The Hawks' offer was in the range of $85 million to $100 million, a columnist wrote.\n"
    )
    assert _conflicts(reported, _WHO) == []


def test_a_modal_of_the_sentence_itself_still_tells_the_future() -> None:
    # near miss: "would" in the sentence's own clause, not in one about a person
    assert _conflicts(_EXPECTED, ", and the talks would resume on Friday") == []


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        ("The club made an offer of $90 million, Vell said, who first reported it would.", False),
        ("The 30 miners, who will be flown home on Friday, were rescued on Tuesday.", False),
        # the clause counts something: what it tells may be the figure's own future
        ("Kell, who will serve 12 years, was sentenced on Monday.", True),
        # the modal outside the clause
        ("The club will offer $90 million to Luz, who signed in 2001.", True),
    ],
)
def test_a_modal_in_a_clause_about_a_person(sentence: str, future: bool) -> None:
    assert tells_future(sentence) is future
