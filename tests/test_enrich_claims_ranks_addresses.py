"""Figures that are not amounts, read on reader21's real stories (issue 12): a rank ("the No. 2
official", the tokenizer splitting "No" from its full stop; "the number two man"), a numbered
street's address ("40 East 5th Ave."), a frequency or a ratio's base ("every five days").
Invented sentences."""

from __future__ import annotations

import pytest
from tests._enrich_docs import counted


@pytest.mark.parametrize(
    "text",
    [
        "Brann, the No. 2 official at the Orsk bureau when the case broke, kept it secret.",
        "Ivo Brann, the number 2 man at the Orsk bureau, died on Monday.",
        "Ivo Brann was the number two official at the Orsk bureau.",
        "Police were called to a shooting at 40 East 5th Ave. in Tarnby.",
        "Officers surrounded the office building at 212 West 42nd Street on Friday.",
        "Paying a pitcher who plays every five days makes less sense in Tarnby.",
        "Inmates at Orsk spend 23 of every 24 hours behind a steel door.",
    ],
)
def test_a_rank_an_address_or_a_frequency_counts_nothing(text: str) -> None:
    assert counted(text) == []


def test_counts_beside_ranks_and_addresses_are_kept() -> None:
    # controls: a count after "a number of", a count before a street's plural noun, a duration,
    # a count after "no." that ends a sentence
    assert counted("A number of 300 fans came to Tarnby.") == [("fans", 300.0)]
    assert counted("Crews checked 40 East 5th Avenue homes for damage.") == [("homes", 40.0)]
    assert counted("Kell was held for four years in an Orsk jail.") == [("years", 4.0)]
    assert counted("Asked if anyone was hurt, he said no. 2 people were hurt.") == [
        ("people injured", 2.0)
    ]
