"""Conflicts: a poll's share is that poll's measure. Two polls ask other people other questions,
so their shares differ without any outlet being wrong (heldout9's Kathimerini 68 per cent
against Ethnos' 83.3 percent); one pollster's share told with two figures is a dispute, and a
share that is no poll's (a turnout) is compared as before. Invented articles."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import compare_articles

_LEDGER = (
    "A poll for the Morning Ledger found that 68 percent of Velmarians are unhappy with the "
    "government.\n"
)


def _conflicts(first: str, second: str) -> list[set[str]]:
    articles, enrichments = _enrich([("Wire", _BODY + first), ("Post", _BODY + second)])
    result = compare_articles(articles, enrichments)
    return [{side["value"] for side in pair.to_json()["sides"]} for pair in result.conflicts]


def test_two_pollsters_shares_are_no_conflict() -> None:
    other = (
        "A poll for the Evening Star found that 83 percent of Velmarians are unhappy with the "
        "government.\n"
    )
    assert _conflicts(_LEDGER, other) == []


@pytest.mark.parametrize(
    "retold",
    [
        "A poll for the Morning Ledger found that 83 percent of Velmarians are unhappy with the "
        "government.\n",
        "A Morning Ledger poll found that 83 percent of Velmarians are unhappy with the "
        "government.\n",
    ],
    ids=["poll-for", "pollster-poll"],
)
def test_one_pollsters_share_with_two_figures_is_a_conflict(retold: str) -> None:
    assert _conflicts(_LEDGER, retold) == [{"68", "83"}]


def test_a_share_that_is_no_polls_is_compared_as_before() -> None:
    first = "Turnout in the referendum was 93 percent, the election commission said.\n"
    second = "Turnout in the referendum was 88 percent, the election commission said.\n"
    assert _conflicts(first, second) == [{"93", "88"}]
