"""One name, one type per article (issue 12, item 3): spellings of one name are one actor of
one type, a name listed with organisations is one, a person's name NER missed or took for a
work is the person, places NER ran together or missed in a list are places.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Every name is invented."""

from __future__ import annotations

import pytest
from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import label_at as _label_at
from tests._enrich_docs import mention_at as _mention_at


def test_a_hyphen_joined_spelling_typed_org_makes_the_spaced_one_an_org() -> None:
    # "Vel - Bran" is written with a hyphen between its words: no first name and surname
    doc = _doc(
        "Fire destroyed the old Vel - Bran dairy on Monday.\n"
        "Vel Bran was a cooperative for decades. The state later closed Vel Bran.",
        ("Vel - Bran", "ORG"),
        ("Vel Bran", "PERSON"),
        ("Vel Bran", "PERSON", 1),
    )
    assert _mention_at(doc, "Vel Bran", 1) == ("Vel Bran", "ORG")
    assert _label_at(doc, "Vel - Bran") == "ORG"


def test_a_titled_spelling_keeps_the_person() -> None:
    doc = _doc(
        "Governor Dara Velk spoke on Monday. The Dara-Velk report was read.",
        ("Dara Velk", "PERSON"),
        ("Dara-Velk", "ORG"),
    )
    assert _label_at(doc, "Dara Velk") == "PERSON"
    assert _label_at(doc, "Dara-Velk") == "PERSON"


def test_a_one_word_person_listed_with_organisations_is_one() -> None:
    doc = _doc(
        "Follow the bakery on Quillo, Zantrix and Instavox for news.",
        ("Quillo", "ORG"),
        ("Zantrix", "PERSON"),
        ("Instavox", "ORG"),
    )
    assert _label_at(doc, "Zantrix") == "ORG"


def test_a_first_name_listed_with_organisations_stays_a_person() -> None:
    doc = _doc(
        "Thanks went to Quillo, Zantrix Group and Margaret for the help.",
        ("Quillo", "ORG"),
        ("Zantrix Group", "ORG"),
        ("Margaret", "PERSON"),
    )
    assert _label_at(doc, "Margaret") == "PERSON"


def test_a_one_word_person_that_starts_a_company_name_is_the_company() -> None:
    doc = _doc(
        "The fire nearly reached the Brandvik Shipping Corp. tank farm. The depot serves "
        "three towns, according to Brandvik's Web site.",
        ("Brandvik Shipping Corp.", "ORG"),
        ("Brandvik", "PERSON", 1),
    )
    assert _label_at(doc, "Brandvik", 1) == "ORG"


def test_a_surname_of_a_person_of_the_article_stays_a_person() -> None:
    doc = _doc(
        "Ola Brandvik founded Brandvik Shipping Corp. in 1990. Brandvik said it grew fast.",
        ("Ola Brandvik", "PERSON"),
        ("Brandvik Shipping Corp.", "ORG"),
        ("Brandvik", "PERSON", 2),
    )
    assert _label_at(doc, "Brandvik", 2) == "PERSON"


def test_a_full_name_tagged_as_a_work_is_the_person_named_so_elsewhere() -> None:
    # two people named Velkov: the surname alone cannot say which one
    doc = _doc(
        'Her daughter wept in court. "She did nothing," Marta Velkov said. '
        "Later Marta Velkov and her brother Ivan Velkov spoke to reporters.",
        ("Marta Velkov", "WORK_OF_ART"),
        ("Marta Velkov", "PERSON", 1),
        ("Ivan Velkov", "PERSON"),
    )
    assert _mention_at(doc, "Marta Velkov") == ("Marta Velkov", "PERSON")


def test_a_full_name_inside_a_longer_name_is_not_the_person() -> None:
    doc = _doc(
        "Marta Velkov spoke. The Marta Velkov Trust gave money.",
        ("Marta Velkov", "PERSON"),
    )
    assert _label_at(doc, "Marta Velkov", 1) is None


def test_a_police_rank_is_a_title_not_part_of_the_name() -> None:
    doc = _doc(
        "Police said Saturday.\nConstable Arne Dovik said the man fled. Dovik said more.",
        ("Dovik", "PERSON", 1),
    )
    assert _mention_at(doc, "Arne Dovik") == ("Arne Dovik", "PERSON")
    assert _mention_at(doc, "Dovik", 1) == ("Arne Dovik", "PERSON")


# Places are looked up in the gazetteer (GeoNames cities of 15,000 people or more, countries,
# US states): the place names below are real ones, the texts are invented.


def test_a_town_and_its_country_run_together_are_two_places() -> None:
    doc = _doc(
        "Another fire broke out in the small town of Drammen Norway on Monday.",
        ("Drammen Norway", "FAC"),
    )
    assert _mention_at(doc, "Drammen") == ("Drammen", "GPE")
    assert _label_at(doc, "Norway") == "GPE"


def test_an_organisation_named_after_a_town_and_country_stays_whole() -> None:
    doc = _doc(
        "Shares of Bergen Norway rose on Monday.",
        ("Bergen Norway", "ORG"),
    )
    assert _mention_at(doc, "Bergen") == ("Bergen Norway", "ORG")


def test_an_untagged_town_listed_with_a_tagged_place_is_a_place() -> None:
    doc = _doc(
        "The depot is a distribution centre for Stavanger, Drammen, and all the Tarn Valley.",
        ("the Tarn Valley", "LOC"),
    )
    assert _label_at(doc, "Stavanger") == "GPE"
    assert _label_at(doc, "Drammen") == "GPE"


def test_a_list_with_an_organisation_is_no_list_of_places() -> None:
    doc = _doc(
        "The depot is a distribution centre for Stavanger, Velk Group, and all the Tarn Valley.",
        ("Velk Group", "ORG"),
        ("the Tarn Valley", "LOC"),
    )
    assert _label_at(doc, "Stavanger") is None


# -- a surname alone with two bearers in the article --------------------------------------------


def test_a_surname_alone_is_the_principal_not_the_relative_named_last() -> None:
    doc = _doc(
        "Arne Velk, 40, was charged with murder on Monday. Velk fled the office. "
        "Velk is married, but his wife, Mara Velk, could not be reached. Velk was held.",
        ("Arne Velk", "PERSON"),
        ("Velk", "PERSON", 1),
        ("Velk", "PERSON", 2),
        ("Mara Velk", "PERSON"),
        ("Velk", "PERSON", 4),
    )
    assert _mention_at(doc, "Velk", 4) == ("Arne Velk", "PERSON")


def test_an_honorific_picks_the_bearer_of_that_sex() -> None:
    doc = _doc(
        "Arne Velk, 40, was charged on Monday. His mother, Mara Velk, was in court. "
        "Arne Velk said nothing. The court heard that Mrs. Velk wept.",
        ("Arne Velk", "PERSON"),
        ("Mara Velk", "PERSON"),
        ("Arne Velk", "PERSON", 1),
        ("Velk", "PERSON", 3),
    )
    assert _mention_at(doc, "Velk", 3) == ("Mara Velk", "PERSON")


def test_a_surname_of_two_people_introduced_together_is_neither() -> None:
    doc = _doc(
        "Ana Velk and Ivo Velk founded the bakery in 1990. Velk said it grew fast.",
        ("Ana Velk", "PERSON"),
        ("Ivo Velk", "PERSON"),
        ("Velk", "PERSON", 2),
    )
    assert _mention_at(doc, "Velk", 2) == ("Velk", "PERSON")


def test_a_generational_suffix_is_no_surname() -> None:
    doc = _doc(
        "Arne Velk III was charged on Monday. Velk fled. His wife, Mara Velk, was not there.",
        ("Arne Velk III", "PERSON"),
        ("Velk", "PERSON", 1),
        ("Mara Velk", "PERSON"),
    )
    assert _mention_at(doc, "Velk", 1) == ("Arne Velk III", "PERSON")


def test_a_name_with_a_word_run_into_it_gives_way_to_the_name() -> None:
    # NER ran a verb into the first mention; the surname alone is the person, not that span
    doc = _doc(
        "The council nominates Lena Holm for mayor. Lena Holm, a lawyer, and her son Per Holm "
        "met voters on Monday. Holm said she was glad.",
        ("nominates Lena Holm", "PERSON"),
        ("Lena Holm", "PERSON", 1),
        ("Per Holm", "PERSON"),
        ("Holm", "PERSON", 3),
    )
    assert _mention_at(doc, "Holm", 3) == ("Lena Holm", "PERSON")


def test_a_first_name_and_a_surname_given_an_age_are_a_person_whatever_ner_says() -> None:
    doc = _doc(
        "He walked to the office of Arne Velk, another partner. He is charged with shooting "
        "Velk, 47, of Orsa. Velk is in hospital.",
        ("Arne Velk", "ORG"),
        ("Velk", "ORG", 1),
        ("Velk", "ORG", 2),
    )
    assert _mention_at(doc, "Velk", 2) == ("Arne Velk", "PERSON")


def test_the_sentences_of_a_quote_do_not_push_the_bearer_just_named_out_of_reach() -> None:
    doc = _doc(
        "Arne Velk opened the new bridge on Friday. Mara Velk, a union spokeswoman, said the "
        'workers had won it. "The mayor was useful. He was on television," Velk said.',
        ("Arne Velk", "PERSON"),
        ("Mara Velk", "PERSON"),
        ("Velk", "PERSON", 2),
    )
    assert _mention_at(doc, "Velk", 2) == ("Mara Velk", "PERSON")


# -- a first name alone NER missed ---------------------------------------------------------------
def test_a_first_name_alone_ner_missed_is_the_one_person_with_it() -> None:
    doc = _doc(
        "Anna Velk won the race. Officials praised Anna for her pace.",
        ("Anna Velk", "PERSON"),
    )
    assert _mention_at(doc, "Anna", 1) == ("Anna Velk", "PERSON")


def test_a_first_name_alone_ner_took_for_a_date_is_the_person() -> None:
    doc = _doc(
        "Anna Velk won the race. The coach watched Anna closely.",
        ("Anna Velk", "PERSON"),
        ("Anna", "DATE", 1),
    )
    assert _mention_at(doc, "Anna", 1) == ("Anna Velk", "PERSON")


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # two people have the first name
        (
            "Anna Velk and Anna Stroem ran. Officials praised Anna for her pace.",
            (("Anna Velk", "PERSON"), ("Anna Stroem", "PERSON")),
        ),
        # a form of address, perhaps to someone else by a nickname
        ("Anna Velk won the race. “Anna, you were great,” a fan said.", (("Anna Velk", "PERSON"),)),
        # part of a longer name
        (
            "Anna Velk won the race. She was taken to St. Anna's hospital.",
            (("Anna Velk", "PERSON"), ("St. Anna's hospital", "FAC")),
        ),
    ],
)
def test_a_first_name_alone_is_left_alone_when_it_may_be_someone_else(
    text: str, ents: tuple[tuple[str, str], ...]
) -> None:
    doc = _doc(text, *ents)
    assert _mention_at(doc, "Anna", text.count("Anna") - 1) is None


# -- a first name and more, typed a place by its first mention ------------------------------------
def test_a_persons_name_ner_typed_a_place_once_is_a_person() -> None:
    doc = _doc(
        "Anna Velk retains her title\nAnna Velk won the final on Sunday. The coach urged Anna "
        "to rest.",
        ("Anna Velk", "GPE"),
        ("Anna Velk", "PERSON", 1),
    )
    assert _mention_at(doc, "Anna Velk") == ("Anna Velk", "PERSON")
    assert _mention_at(doc, "Anna Velk", 1) == ("Anna Velk", "PERSON")
    assert _mention_at(doc, "Anna", 2) == ("Anna Velk", "PERSON")
