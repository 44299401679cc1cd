"""Entity types after read30d's ECB+ dev read (issue 12, polish31): an award's ceremony the
text names beside its show ("the Velmars", "the Velmar host") and a contest or prize named by
its last word ("the Kaldria Cup Finals") are no actors; a town NER took for a person or a firm
is a place where the text says someone lives there or something lies a direction from it
("Holm, of Kelby,", "south of Kelby"). Entity labels are set by hand over a real parse so that
each test pins the rule, not what the small model tags. Every name is invented; the gazetteer
is told the invented towns are cities."""

from __future__ import annotations

import pytest
from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich import actor_merge, actor_residence

# -- an award's ceremony ------------------------------------------------------------------


def test_a_ceremony_named_in_the_plural_and_before_a_show_word_is_no_actor() -> None:
    doc = _doc(
        "Mara Quell will host the Velmars next year. She was a popular Velmar host in 2007, "
        "and the Velmars asked her back.",
        ("Mara Quell", "PERSON"),
        ("Velmars", "ORG"),
        ("Velmar", "PERSON"),
        ("Velmars", "ORG", 1),
    )
    types = actor_types(doc)
    assert "Velmars" not in types and "Velmar" not in types
    assert types["Mara Quell"] == "PERSON"


def test_a_plural_before_a_ceremony_word_is_the_ceremony() -> None:
    for text in (
        "Mara Quell was praised as Velmars host. The Velmars were watched by millions.",
        "Mara Quell led the Velmars ceremony. The Velmars were watched by millions.",
    ):
        doc = _doc(text, ("Mara Quell", "PERSON"), ("Velmars", "ORG"), ("Velmars", "ORG", 1))
        assert "Velmars" not in actor_types(doc), text


def test_near_miss_a_network_before_host_with_no_plural_stays() -> None:
    # "the Fox host" is a network's presenter: no story writes the network in the plural
    doc = _doc(
        "Dorian Falk, a Kestra host, said Kestra would air the debate.",
        ("Dorian Falk", "PERSON"),
        ("Kestra", "ORG"),
        ("Kestra", "ORG", 1),
    )
    assert actor_types(doc).get("Kestra") == "ORG"


def test_near_miss_a_team_after_the_before_host_stays() -> None:
    # "the Lakers host the Kings" is a game: a plural after "the" before "host" is no show
    doc = _doc(
        "The Brantons host the Kellers on Sunday. The Brantons have won four straight.",
        ("Brantons", "ORG"),
        ("Kellers", "ORG"),
        ("Brantons", "ORG", 1),
    )
    assert actor_types(doc).get("Brantons") == "ORG"


def test_near_miss_a_child_named_after_the_award_stays() -> None:
    doc = _doc(
        "Tomas Vey, a two-time Velmar host, hosted the Velmars again. He thanked his son "
        "Velmar, 8, from the stage.",
        ("Tomas Vey", "PERSON"),
        ("Velmars", "ORG"),
        ("Velmar", "PERSON", 2),
    )
    assert actor_types(doc).get("Velmar") == "PERSON"


# -- a contest or a prize named by its last word ----------------------------------------------


def test_a_contest_or_a_prize_is_no_actor() -> None:
    doc = _doc(
        "The Dravonia Bears reached the Kaldria Cup Finals in 2001 and won the Orsen Prize.",
        ("Dravonia Bears", "ORG"),
        ("Kaldria Cup Finals", "ORG"),
        ("Orsen Prize", "PERSON"),
    )
    types = actor_types(doc)
    assert "Kaldria Cup Finals" not in types and "Orsen Prize" not in types
    assert types["Dravonia Bears"] == "ORG"


def test_near_miss_a_one_word_name_is_no_contest() -> None:
    # "Finals" alone is a word of the contest's name cut off, not a name that says what it is
    from newsbeat.enrich.actor_awards import is_contest_name

    assert is_contest_name("Kaldria Series") and is_contest_name("Velmar Awards®")
    assert not is_contest_name("Series") and not is_contest_name("Series Holdings")


# -- a town after a residence or a direction ---------------------------------------------------


@pytest.fixture
def towns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gazetteer knows the invented towns as cities."""
    known = {"Kelby", "Dalmar Point", "Ravenholt", "Lorna"}
    real = actor_residence.place_kind

    def place_kind(name: str) -> str | None:
        return "city" if name in known else real(name)

    monkeypatch.setattr(actor_residence, "place_kind", place_kind)
    monkeypatch.setattr(actor_merge, "place_kind", place_kind)


@pytest.mark.usefixtures("towns")
def test_a_town_after_a_persons_name_and_of_is_a_place() -> None:
    doc = _doc(
        "The woman, Ilse Marren, of Kelby, was walking her dog when the car hit her.",
        ("Ilse Marren", "PERSON"),
        ("Kelby", "PERSON"),
    )
    assert actor_types(doc)["Kelby"] == "GPE"


@pytest.mark.usefixtures("towns")
def test_a_town_with_an_age_or_a_direction_is_a_place_whatever_it_reads_like() -> None:
    # "Lorna" is a first name too: only a residence or a direction makes it a place
    doc = _doc(
        "Oskar Trell, 59, of Dalmar Point, died. The quake struck 60km south west of Lorna.",
        ("Oskar Trell", "PERSON"),
        ("Dalmar Point", "ORG"),
        ("Lorna", "PERSON"),
    )
    types = actor_types(doc)
    assert types["Dalmar Point"] == "GPE" and types["Lorna"] == "GPE"


@pytest.mark.usefixtures("towns")
def test_near_miss_of_after_a_common_noun_or_before_a_longer_name_stays() -> None:
    # "the wife of X" is a person's; "the Bank of X Holdings" goes on past the town
    doc = _doc(
        "Police spoke to the wife of Ravenholt on Monday. Ravenholt Marine, of Kelby Docks, "
        "declined to comment.",
        ("Ravenholt", "PERSON"),
        ("Ravenholt Marine", "ORG"),
    )
    assert actor_types(doc).get("Ravenholt") == "PERSON"


@pytest.mark.usefixtures("towns")
def test_near_miss_a_residence_goes_no_further_than_the_town() -> None:
    # "of Kelby Marine" is a firm's name that begins with the town: no residence
    from newsbeat.enrich.actor_residence import placed_by_residence

    ends = {11}  # "Ilse Marren" ends there
    assert placed_by_residence("Kelby", "Ilse Marren, of Kelby, said the road was dark.", ends)
    assert not placed_by_residence("Kelby", "Ilse Marren, of Kelby Marine, said it was dark.", ends)
    assert not placed_by_residence("Kelby", "Ilse Marren, of Kelby's harbour board, said so.", ends)


@pytest.mark.usefixtures("towns")
def test_near_miss_of_after_a_capitalised_word_of_no_person_stays() -> None:
    # "the Trial of Kelby." is Kelby's trial: no one before "of" lives anywhere
    doc = _doc(
        "Reporters asked about the Trial of Kelby. Kelby said nothing.",
        ("Kelby", "PERSON"),
        ("Kelby", "PERSON", 1),
    )
    assert actor_types(doc).get("Kelby") == "PERSON"


# -- a title cut from its holder's name, an office's owner ------------------------------------


def test_a_title_cut_from_the_name_after_it_is_no_actor() -> None:
    doc = _doc(
        "He pulled over after ten minutes, Genmoor County Sheriff Ana Holm said.",
        ("Genmoor County Sheriff", "PERSON"),
        ("Ana Holm", "PERSON"),
    )
    types = actor_types(doc)
    assert "Genmoor County Sheriff" not in types and types["Ana Holm"] == "PERSON"


def test_an_offices_owner_before_its_staff_is_no_actor() -> None:
    doc = _doc(
        "Sheriff's deputies chased the van. Later, Genmoor County Sheriff's investigators "
        "searched the house.",
        ("Sheriff", "PERSON"),
        ("Genmoor County Sheriff's", "PERSON"),
    )
    types = actor_types(doc)
    assert "Sheriff" not in types and "Genmoor County Sheriff" not in types


def test_near_miss_a_person_with_a_title_word_for_a_surname_stays() -> None:
    # "Tavi King" is a person whatever "king" is; "Kelby Sheriff" starts with a first name
    doc = _doc(
        "Tavi King's spokesman said the deal was off. Kelby Sheriff's spokesman agreed.",
        ("Tavi King's", "PERSON"),
        ("Kelby Sheriff's", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("Tavi King") == "PERSON" and types.get("Kelby Sheriff") == "PERSON"


def test_near_miss_an_office_with_of_before_a_name_stays() -> None:
    doc = _doc(
        "A statement from the Office of the Genmoor Sheriff Ana Holm read out was brief.",
        ("Office of the Genmoor Sheriff", "ORG"),
        ("Ana Holm", "PERSON"),
    )
    assert actor_types(doc).get("Office of the Genmoor Sheriff") == "ORG"


def test_near_miss_a_title_owning_no_staff_stays() -> None:
    # the holder's own plane: the holder, who may act in the story, not an office's staff
    doc = _doc(
        "The President's plane landed at noon. The President's deputies waited.",
        ("President", "PERSON"),
        ("President", "PERSON", 1),
    )
    types = actor_types(doc)
    assert types.get("President") == "PERSON"


# -- the town of an address ----------------------------------------------------------------------


def test_a_name_between_a_street_and_a_comma_is_the_streets_town() -> None:
    doc = _doc(
        "The two women were found in their house in Kelby Road, Tarnholm, at 8am on Saturday.",
        ("Tarnholm", "ORG"),
    )
    assert actor_types(doc)["Tarnholm"] == "GPE"


def test_a_relative_clause_after_an_address_is_its_residents() -> None:
    # "who" is Brask's, not the town's: the town stays a place
    doc = _doc(
        "Tom Brask, of Kelby Road, Tarnholm, who was arrested at the pier, appeared in court.",
        ("Tom Brask", "PERSON"),
        ("Tarnholm", "GPE"),
    )
    assert actor_types(doc)["Tarnholm"] == "GPE"


def test_near_miss_a_name_after_a_street_and_no_comma_stays() -> None:
    doc = _doc(
        "The van stopped on Kelby Road, Tarnholm said on Monday.",
        ("Tarnholm", "ORG"),
    )
    assert actor_types(doc).get("Tarnholm") == "ORG"
