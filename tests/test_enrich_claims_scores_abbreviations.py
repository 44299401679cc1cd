"""Claims misread on reader17's real pages (issue 12): a game's score line is no count ("a
1-1 draw" read as 1, "a 3-1 victory" as 3), and a country's abbreviation between a figure and
its noun is no model name ("Some 200 U.S. military personnel" gave no claim). Invented
sentences."""

from __future__ import annotations

import pytest
from tests._enrich_docs import counted


@pytest.mark.parametrize(
    "text",
    [
        "Kaldria clinched its place with a 3-1 victory over Sorvenland on Tuesday.",
        "The Harbour Wolves' 4-1 win ended their losing run.",
        "Velmar United were held to a 1-1 draw by the leaders.",
    ],
)
def test_a_score_line_before_a_result_counts_nothing(text: str) -> None:
    assert counted(text) == []


def test_the_counts_beside_a_score_stay() -> None:
    found = counted("The 4-0 rout sent 12,000 fans home happy.")
    assert found == [("fans", 12000.0)]


def test_a_country_between_the_figure_and_its_noun_is_no_model_name() -> None:
    # reader17: "Some 200 U.S. military personnel" gave no claim (read as "737 Max jet")
    assert counted("Some 200 U.S. military personnel remain at the Kittby base.") == [
        ("personnel", 160.0)
    ]
    assert counted("Its popular 737 Max jet was grounded.") == []


def test_a_partitive_through_a_possessive_counts_the_possessed() -> None:
    # reader17b: "five of her daughter's orphaned kids" counted a daughter
    assert counted("Lena Holm is raising five of her daughter's orphaned kids.") == [("kids", 5.0)]
    assert counted("Police arrested 12 of the gang's members on Monday.") == [("members", 12.0)]
