"""People NER typed as organisations or places on real pages (issue 12, part 3; branch
entbiz2): the article's other mentions, its lists and its appositions say they are people.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Every name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _mention_at

from newsbeat.enrich.actors import build_actors


def test_a_surname_tagged_org_once_and_person_after_an_honorific_is_a_person() -> None:
    doc = _doc(
        "Mr. Vosk wanted a better offer. Critics say Vosk makes a deal harder. "
        "Mr. Vosk has said the talks will go on.",
        ("Vosk", "PERSON"),
        ("Vosk", "ORG"),
        ("Vosk", "PERSON"),
    )
    assert _mention_at(doc, "Vosk", 1) == ("Vosk", "PERSON")
    assert actor_types(doc) == {"Vosk": "PERSON"}


def test_a_company_tagged_person_more_often_than_org_without_an_honorific_stays() -> None:
    # "said Velzilla" tagged PERSON twice: companies are tagged people too; "it" must still
    # find the company
    doc = _doc(
        "Velzilla released an update for its browser. The bugs were serious, said Velzilla. "
        "Users should upgrade, said Velzilla.",
        ("Velzilla", "ORG"),
        ("Velzilla", "PERSON"),
        ("Velzilla", "PERSON"),
    )
    assert actor_types(doc) == {"Velzilla": "ORG"}


def test_a_word_tagged_org_as_often_as_person_stays_an_organisation() -> None:
    doc = _doc(
        "Kestrix lost again on Sunday. Fans said Kestrix needs a new coach.",
        ("Kestrix", "ORG"),
        ("Kestrix", "PERSON"),
    )
    assert actor_types(doc) == {"Kestrix": "ORG"}


def test_a_person_before_a_countrys_possessive_is_not_placed_in_that_country() -> None:
    # "Qiao Teng, Norway's chief negotiator": the country owns the role, it does not locate
    # the name ("Kessel, Norway" would)
    doc = _doc(
        "The deal was announced at a meeting with Qiao Teng, Norway’s chief trade negotiator.",
        ("Qiao Teng", "PERSON"),
        ("Norway", "GPE"),
    )
    assert _mention_at(doc, "Qiao Teng") == ("Qiao Teng", "PERSON")


def test_a_first_name_and_surname_typed_org_listed_with_a_person_is_a_person() -> None:
    doc = _doc(
        "Ines Morra and Colm Tavey scored for the visitors. Tavey later thanked the fans.",
        ("Ines Morra", "PERSON"),
        ("Colm Tavey", "ORG"),
        ("Tavey", "GPE"),
    )
    assert _mention_at(doc, "Colm Tavey") == ("Colm Tavey", "PERSON")
    assert _mention_at(doc, "Tavey", 1) == ("Colm Tavey", "PERSON")


def test_a_company_listed_with_a_person_stays_a_company() -> None:
    # "Harlow Freight" is no first name and surname; a list with an organisation in it says
    # nothing of its other members
    doc = _doc(
        "Ines Morra and Harlow Freight signed the deal. Ines Morra, Colm Tavey and Kessel "
        "Logistics Group filed the papers.",
        ("Ines Morra", "PERSON"),
        ("Harlow Freight", "ORG"),
        ("Ines Morra", "PERSON"),
        ("Colm Tavey", "ORG"),
        ("Kessel Logistics Group", "ORG"),
    )
    types = actor_types(doc)
    assert types["Harlow Freight"] == "ORG"
    assert types["Colm Tavey"] == "ORG"


def test_a_surname_typed_org_after_an_untagged_first_name_is_the_person() -> None:
    doc = _doc(
        "Anders Kvellan made 35 saves for the visitors.",
        ("Kvellan", "ORG"),
    )
    assert _mention_at(doc, "Kvellan") == ("Anders Kvellan", "PERSON")


def test_a_word_of_the_language_before_an_organisation_is_no_first_name() -> None:
    # "Will" is a first name of the list and a stop word; "Mark" a common noun
    doc = _doc(
        "Will Kvellan deliver the jets on time? Mark Kvellan down as a risk.",
        ("Kvellan", "ORG"),
        ("Kvellan", "ORG"),
    )
    assert actor_types(doc) == {"Kvellan": "ORG"}


def test_a_first_name_inside_a_longer_name_makes_no_person() -> None:
    # "Diego" is a first name of the list, here the middle of a city's name before a team's
    doc = _doc(
        "The San Diego Herons lost again. The Herons play the Tulsa Gulls next.",
        ("Herons", "ORG"),
        ("Herons", "ORG", 1),
    )
    assert _mention_at(doc, "Herons") == ("Herons", "ORG")


def test_a_two_word_surname_alone_is_the_person_named_in_full() -> None:
    doc = _doc(
        "The warden, Marta Velde Ostrand, resigned. Velde Ostrand said the audit was fair, "
        "and the inquiry into Ivo von Brask went on. Von Brask declined to comment; "
        "von Brask's lawyer spoke.",
        ("Marta Velde Ostrand", "PERSON"),
        ("Velde Ostrand", "PERSON"),
        ("Ivo von Brask", "PERSON"),
        ("von Brask", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert "Velde Ostrand" not in actors
    assert actors["Marta Velde Ostrand"].mentions == 2
    assert "von Brask" not in actors


def test_a_first_name_and_surname_is_not_folded_into_a_longer_name() -> None:
    doc = _doc(
        "Anna Marie Lund won the race. Marie Lund, her cousin, came second.",
        ("Anna Marie Lund", "PERSON"),
        ("Marie Lund", "PERSON"),
    )
    assert "Marie Lund" in build_actors(doc).actors


def test_a_group_word_and_its_plural_are_one_actor() -> None:
    doc = _doc(
        "Kaldrian lawmakers met on Monday. The Kaldrians said they would vote no, and two "
        "Kaldrian senators agreed.",
        ("Kaldrian", "NORP"),
        ("Kaldrians", "NORP"),
        ("Kaldrian", "NORP", 2),
    )
    actors = build_actors(doc).actors
    assert "Kaldrians" not in actors
    assert actors["Kaldrian"].mentions == 3
