"""Teams NER took for people or places (issue 12, item 3): a place and the plural of a common
noun ("Tulsa Herons") is a team, and so is that plural alone after "the" when nothing in the
article makes it a person.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Team and person names are invented; the towns before them
are real ones of the gazetteer."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _mention_at


def test_a_town_and_a_nouns_plural_typed_as_a_place_is_a_team() -> None:
    doc = _doc(
        "The coach had been with Omaha Herons for two seasons.",
        ("Omaha Herons", "GPE"),
    )
    assert _mention_at(doc, "Omaha Herons") == ("Omaha Herons", "ORG")


def test_a_town_and_a_nouns_plural_typed_as_a_person_is_a_team() -> None:
    doc = _doc(
        "Omaha Herons signed the cornerback on Friday.",
        ("Omaha Herons", "PERSON"),
    )
    assert _mention_at(doc, "Omaha Herons") == ("Omaha Herons", "ORG")


def test_a_town_that_is_also_a_first_name_makes_a_team_when_the_text_says_the() -> None:
    # "Tulsa" is a first name of the list too
    doc = _doc(
        "Tulsa Herons signed the cornerback. The Herons needed him.",
        ("Tulsa Herons", "PERSON"),
    )
    assert _mention_at(doc, "Tulsa Herons") == ("Tulsa Herons", "ORG")


def test_a_first_name_that_is_also_a_town_keeps_the_person() -> None:
    # "Austin" is a city of the gazetteer and a first name; "pikes" a noun's plural
    doc = _doc(
        "Linebacker Austin Pikes was hurt in the second quarter.",
        ("Austin Pikes", "PERSON"),
    )
    assert _mention_at(doc, "Austin Pikes") == ("Austin Pikes", "PERSON")


def test_a_place_names_own_plural_stays_a_place() -> None:
    doc = _doc("Storms hit Omaha Heights on Monday.", ("Omaha Heights", "GPE"))
    assert _mention_at(doc, "Omaha Heights") == ("Omaha Heights", "GPE")


def test_a_nouns_plural_after_the_is_a_team_not_a_person() -> None:
    doc = _doc(
        "Mara Lind spent five games with the Herons this season.",
        ("Mara Lind", "PERSON"),
        ("Herons", "PERSON"),
    )
    assert _mention_at(doc, "Herons") == ("Herons", "ORG")
    assert _mention_at(doc, "Mara Lind") == ("Mara Lind", "PERSON")


def test_the_plural_alone_is_the_team_the_article_names_in_full() -> None:
    doc = _doc(
        "Mara Lind signed with the Omaha Herons in May. She spent five games with the Herons.",
        ("Mara Lind", "PERSON"),
        ("Omaha Herons", "ORG"),
        ("Herons", "PERSON", 1),
    )
    assert _mention_at(doc, "Herons", 1) == ("Omaha Herons", "ORG")


def test_a_plural_without_the_or_with_a_person_of_that_surname_stays_a_person() -> None:
    doc = _doc(
        "Herons scored twice. Tom Herons and the Herons family thanked the fans.",
        ("Herons", "PERSON"),
        ("Tom Herons", "PERSON"),
    )
    assert _mention_at(doc, "Herons") == ("Tom Herons", "PERSON")
    alone = _doc("Fans saw Herons score twice.", ("Herons", "PERSON"))
    assert _mention_at(alone, "Herons") == ("Herons", "PERSON")


def test_a_nationalitys_plural_is_no_team() -> None:
    doc = _doc("Polls say the Greeks are unhappy.", ("Greeks", "PERSON"))
    assert _mention_at(doc, "Greeks") != ("Greeks", "ORG")


def test_a_word_ner_took_for_a_person_named_in_full_as_an_organisation_is_labelled_so() -> None:
    # "Kestrix" is no noun: only the organisation "Dorran Kestrix" of the article says what
    # it is
    doc = _doc(
        "Kestrix lost again on Sunday. It was the fifth loss for the Dorran Kestrix.",
        ("Kestrix", "PERSON"),
        ("Dorran Kestrix", "ORG"),
    )
    assert _mention_at(doc, "Kestrix") == ("Dorran Kestrix", "ORG")


def test_the_teams_word_untagged_later_is_the_team_too() -> None:
    # the second "Herons" (NER's person) is linked to the team; the third, untagged and read
    # as a common noun at the start of a sentence, is the team's word alone all the same
    doc = _doc(
        "It was the fifth loss for the Omaha Herons. Mara Lind said Herons played badly. "
        "Herons lost to Tulsa last week.",
        ("Omaha Herons", "ORG"),
        ("Mara Lind", "PERSON"),
        ("Herons", "PERSON", 1),
    )
    assert _mention_at(doc, "Herons", 2) == ("Omaha Herons", "ORG")


def test_the_names_of_a_result_line_are_teams() -> None:
    # a results round-up: "Gulls" tagged a person, "Frost" a place; the towns stay places
    doc = _doc(
        "Herons 4, Gulls 1: Mara Lind scored twice for the Herons.\n\n"
        "Frost 3, Omaha 2: Ivo Dahl had a goal and an assist for the Frost, and the Islers "
        "lost again.\n\nThe Islers play in Omaha on Friday.",
        ("Gulls", "PERSON"),
        ("Mara Lind", "PERSON"),
        ("Frost", "LOC"),
        ("Omaha", "GPE"),
        ("Ivo Dahl", "PERSON"),
        ("Frost", "LOC"),
        ("Islers", "NORP"),
        ("Islers", "NORP"),
        ("Omaha", "GPE"),
    )
    assert _mention_at(doc, "Gulls") == ("Gulls", "ORG")
    assert _mention_at(doc, "Frost", 1) == ("Frost", "ORG")
    assert _mention_at(doc, "Omaha") == ("Omaha", "GPE")
    assert _mention_at(doc, "Mara Lind") == ("Mara Lind", "PERSON")


def test_a_nationality_plural_is_a_team_only_in_an_article_of_results() -> None:
    # "islers" must be a noun of the word list for the rule: use a real plural
    results = _doc(
        "Herons 4, Gulls 1: Mara Lind scored twice.\n\nThe Islanders lost again on Sunday.",
        ("Gulls", "ORG"),
        ("Mara Lind", "PERSON"),
        ("Islanders", "NORP"),
    )
    assert _mention_at(results, "Islanders") == ("Islanders", "ORG")
    plain = _doc("The Islanders voted against the ferry plan.", ("Islanders", "NORP"))
    assert _mention_at(plain, "Islanders") == ("Islanders", "NORP")


def test_a_first_name_and_surname_typed_org_in_an_article_of_results_is_a_player() -> None:
    doc = _doc(
        "Herons 5, Gulls 1: Ivo Dahl scored twice, and Brad Kvellan added three assists.",
        ("Gulls", "ORG"),
        ("Ivo Dahl", "PERSON"),
        ("Brad Kvellan", "ORG"),
    )
    assert _mention_at(doc, "Brad Kvellan") == ("Brad Kvellan", "PERSON")
    plain = _doc("Brad Kvellan added three new stores.", ("Brad Kvellan", "ORG"))
    assert _mention_at(plain, "Brad Kvellan") == ("Brad Kvellan", "ORG")


def test_a_town_and_a_clubs_last_word_is_a_club() -> None:
    doc = _doc("Omaha United beat Kittby 2-0 on Saturday.", ("Omaha United", "PERSON"))
    assert _mention_at(doc, "Omaha United") == ("Omaha United", "ORG")


def test_a_town_and_a_mascot_written_with_the_is_a_team() -> None:
    doc = _doc(
        "Mara Lind scored 30 points against the Omaha Thunder on Tuesday.",
        ("Mara Lind", "PERSON"),
        ("Omaha Thunder", "PERSON"),
    )
    assert _mention_at(doc, "Omaha Thunder") == ("Omaha Thunder", "ORG")


def test_a_town_and_a_building_or_a_first_name_stay() -> None:
    doc = _doc(
        "Visitors crowded the Omaha Station, and Paris Hilton waved from the Paris Thunder.",
        ("Omaha Station", "PERSON"),
        ("Paris Hilton", "PERSON"),
        ("Paris Thunder", "PERSON"),
    )
    assert _mention_at(doc, "Omaha Station") == ("Omaha Station", "PERSON")
    assert _mention_at(doc, "Paris Hilton") == ("Paris Hilton", "PERSON")
    assert _mention_at(doc, "Paris Thunder") == ("Paris Thunder", "PERSON")  # Paris: a first name


def test_a_mascot_without_the_is_left() -> None:
    doc = _doc("Omaha Thunder said little.", ("Omaha Thunder", "PERSON"))
    assert _mention_at(doc, "Omaha Thunder") == ("Omaha Thunder", "PERSON")
