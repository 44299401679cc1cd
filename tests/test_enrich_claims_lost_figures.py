"""Claims misread on reader20's real stories (issue 12): a scale word whose figure the text
lost is no figure ("more than e85 million worth", the euro sign turned into a letter, was read
as one million). Invented sentences."""

from __future__ import annotations

import pytest
from tests._enrich_docs import counted


@pytest.mark.parametrize(
    "text",
    [
        "Thieves got away with more than e85 million worth of jewels from the Velmar store.",
        "Raiders in Velmar stole p74 million of watches and rings.",
    ],
)
def test_a_scale_word_without_its_figure_counts_nothing(text: str) -> None:
    assert counted(text) == []


def test_a_scale_with_its_own_figure_words_still_counts() -> None:
    assert counted("A million people lined the streets of Orsa on Sunday.") == [
        ("people", 1000000.0)
    ]
    assert counted("Several dozen youths threw stones at the Orsa police station.") == [
        ("youths", 24.0)
    ]
