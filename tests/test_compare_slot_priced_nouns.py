"""A bare measure said of a noun (issue 12, branch confnoun21): "an offer of $140 million"
counts the offer as "a $180 million offer" does. Invented articles; the conflict test fails
without the rule, each guard keeps apart what the rule must not join."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.count_nouns import priced_nouns

_ATTRIBUTIVE = (
    "Post",
    "The Harbor Sox made a $180 million offer to Dale Korver on Tuesday, the club said.\n",
)


def test_an_offer_of_a_sum_and_a_sum_offer_conflict() -> None:
    result = _compare(
        [
            (
                "Wire",
                "The Harbor Sox made an offer of $140 million to Dale Korver on Tuesday, the "
                "club said.\n",
            ),
            _ATTRIBUTIVE,
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"140 million", "180 million"}]


def test_a_sum_said_of_another_noun_stays_apart() -> None:
    # The bonus is a part of the offer, not its total.
    result = _compare(
        [
            (
                "Wire",
                "The Harbor Sox made Dale Korver a signing bonus of $40 million on Tuesday, the "
                "club said.\n",
            ),
            _ATTRIBUTIVE,
        ]
    )
    assert result.conflicts == []


def test_a_sum_linked_to_a_later_noun_stays_apart() -> None:
    # "a raise of $40 million" is said of the raise; the offer stands too far before the link.
    result = _compare(
        [
            (
                "Wire",
                "The Harbor Sox made an offer to Dale Korver on Tuesday, a raise of $40 million, "
                "the club said.\n",
            ),
            _ATTRIBUTIVE,
        ]
    )
    assert result.conflicts == []


@pytest.mark.parametrize(
    ("sentence", "low", "high", "expected"),
    [
        # the figure as written, with its scale, and a hedge between the link and it
        ("They got nearly 235,000 comments.", 211500.0, 235000.0, frozenset()),
        ("A deal worth nearly $1.5bn was signed.", 1.35e9, 1.5e9, {"a", "deal"}),
        (
            "An eight-year offer to Korver in excess of $160 million.",
            1.6e8,
            None,
            {"year", "offer", "to", "korver"},
        ),
        # another figure of the sentence: its own link, not the claim's
        ("A fine of $5 million and a refund of $2 million.", 2e6, 2e6, {"and", "a", "refund"}),
        # a figure between the words and the link ends them
        ("The $20 million deal of $5 million in bonuses.", 5e6, 5e6, {"deal"}),
    ],
)
def test_priced_nouns_reads_the_words_before_the_link(
    sentence: str, low: float, high: float | None, expected: frozenset[str]
) -> None:
    assert priced_nouns(sentence, low, high) == expected
