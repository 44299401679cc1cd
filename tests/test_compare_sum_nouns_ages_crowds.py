"""Review fixes of session 21 (branch fixrev21a): a sum's noun behind a comma, an age-described
subject that may be someone else, and "another N" told after a gathering in its own place.
Invented articles; each rule test fails without its rule, each guard keeps what it must."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.count_nouns import priced_nouns

_REJECTED = ("Post", "Velmar Motors rejected Acme's $45 million offer on Monday, the firm said.\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme's new offer, a premium of $30 million over the first bid, was rejected by Velmar "
        "Motors on Monday.\n",
        "Acme's new offer, a rise of $30 million on the first, was rejected by Velmar Motors on "
        "Monday.\n",
    ],
)
def test_a_sum_of_a_noun_behind_a_comma_is_not_the_offers(sentence: str) -> None:
    assert _compare([("Wire", sentence), _REJECTED]).conflicts == []


def test_a_sum_linked_to_the_offer_itself_still_conflicts() -> None:
    # near miss: no comma between the offer and its link
    wire = ("Wire", "Acme's new offer of $30 million was rejected by Velmar Motors on Monday.\n")
    assert [_values(p) for p in _compare([wire, _REJECTED]).conflicts] == [
        {"30 million", "45 million"}
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Acme's new offer, a premium of $30 million, failed.", {"a", "premium"}),
        ("Acme's new offer -- a premium of $30 million -- failed.", {"a", "premium"}),
        ("Acme's offer (a premium of $30 million) failed.", {"a", "premium"}),
        ("Acme's new offer of $30 million failed.", {"acme", "s", "new", "offer"}),
        # a break between the link and the figure: the figure is not the link's
        ("A premium of: $30 million.", set()),
    ],
)
def test_priced_nouns_stop_at_a_break(sentence: str, expected: set[str]) -> None:
    assert priced_nouns(sentence, 3e7, 3e7) == expected


_LENA = "Lena Rusk, 36, fell about 60 metres on Mount Velk on Sunday and was rescued.\n"


def _fall_conflicts(described: str, named: str = _LENA) -> list[set[str]]:
    return [_values(p) for p in _compare([("Wire", described), ("Post", named)]).conflicts]


def test_a_described_noun_of_the_other_sex_is_not_the_named_person() -> None:
    described = "A 36-year-old man died after falling 150 metres on Mount Velk on Sunday.\n"
    assert _fall_conflicts(described) == []


def test_a_described_noun_of_the_same_sex_is_the_named_person() -> None:
    # near miss of the test above: a woman, as Lena's first name is
    described = "A 36-year-old woman died after falling 150 metres on Mount Velk on Sunday.\n"
    assert len(_fall_conflicts(described)) == 1


def test_an_article_naming_the_person_and_a_newcomer_of_her_age_maps_nothing() -> None:
    described = (
        "Lena Rusk, 36, was rescued on Sunday. A 36-year-old climber fell 150 metres on Mount "
        "Velk.\n"
    )
    assert _fall_conflicts(described) == []


def test_an_unnamed_person_of_the_same_age_maps_nothing() -> None:
    described = (
        "Lena Rusk was rescued on Sunday. Her husband, also 36, broke a leg. A 36-year-old "
        "climber fell 150 metres on Mount Velk.\n"
    )
    assert _fall_conflicts(described) == []


def test_the_described_person_named_in_another_sentence_still_maps() -> None:
    # near miss: no one else of the age; the described climber is the story's Lena Rusk
    described = "A 36-year-old climber fell 150 metres on Mount Velk on Sunday.\n"
    assert len(_fall_conflicts(described)) == 1


_ARDEN = ("Post", "About 9,000 people marched in Arden on Thursday, police said.\n")


def test_another_crowd_after_a_rally_in_its_place_is_a_part() -> None:
    wire = (
        "Wire",
        "Students held a rally in Arden on Thursday. Later, another 2,000 people marched in "
        "Arden to the town hall.\n",
    )
    assert _compare([wire, _ARDEN]).conflicts == []


def test_another_crowd_after_a_rally_elsewhere_is_its_places_whole() -> None:
    # near miss: the earlier rally is in another town
    wire = (
        "Wire",
        "Students held a rally in Corvel on Thursday. Later, another 2,000 people marched in "
        "Arden to the town hall.\n",
    )
    assert [_values(p) for p in _compare([wire, _ARDEN]).conflicts] == [{"2,000", "about 9,000"}]
