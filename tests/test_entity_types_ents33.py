"""Entity types after read32's read of real pages (issue 12, ents33): a device, app or
platform of the package's product list is no actor (a name that is also a word only in an
article naming its maker); a name ending in a release's or a model's kind ("Edition",
"Convertible") is none; a disease named before "disease" or ending in an inflammation's word
is none; a thing's noun "dubbed the X" names a thing; a title after "their single" is a work.
Entity labels are set by hand over a real parse so that each test pins the rule, not what the
small model tags. Every name is invented; the product list is swapped for an invented one."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich import actor_product_names
from newsbeat.enrich.actor_product_names import product_names

_LISTED = {"VeloPad": "", "Velo Watch": "", "Aria": "Kessner", "Orbit": "Kessner"}


@pytest.fixture(autouse=True)
def _invented_products(monkeypatch: pytest.MonkeyPatch) -> None:
    """The product list of these tests: invented names, two of them also words or names."""
    blind = {name.lower(): name for name, maker in _LISTED.items() if not maker}
    makers = frozenset({"Kessner", "Halden"})
    monkeypatch.setattr(actor_product_names, "_products", lambda: (_LISTED, blind, makers))


# -- the product list -----------------------------------------------------------------------


def test_a_listed_device_is_no_actor() -> None:
    doc = _doc(
        "Halden Soft cut the price of the VeloPad on Monday, Mara Quell said.",
        ("Halden Soft", "ORG"),
        ("VeloPad", "ORG"),
        ("Mara Quell", "PERSON"),
    )
    types = actor_types(doc)
    assert "VeloPad" not in types
    assert types["Halden Soft"] == "ORG" and types["Mara Quell"] == "PERSON"


def test_a_listed_device_with_a_model_word_a_plural_or_its_maker_is_no_actor() -> None:
    names = ["VeloPad Pro", "VeloPads", "Velo Watches", "Halden Velopad", "VeloPad 3"]
    names.append("older VeloPad")
    assert product_names(dict.fromkeys(names, "ORG")) == set(names)


def test_a_listed_word_is_a_product_only_beside_its_maker() -> None:
    with_maker = _doc(
        "Kessner said the Aria speaker sold well. Buyers asked Aria for the weather.",
        ("Kessner", "ORG"),
        ("Aria", "ORG", 1),
    )
    assert "Aria" not in actor_types(with_maker)
    without = _doc(
        "The Orbit beat the Kelvar Lions 2-1 on Sunday.",
        ("Orbit", "ORG"),
        ("Kelvar Lions", "ORG"),
    )
    assert actor_types(without).get("Orbit") == "ORG"


def test_near_miss_a_listed_word_before_another_name_stays() -> None:
    # "Orbit Holdings" is a company that bears the word, not the product
    found = {"Kessner": "ORG", "Orbit Holdings": "ORG", "Aria Lund": "PERSON"}
    assert product_names(found) == set()


def test_near_miss_a_makers_name_borne_by_a_person_or_a_place_is_no_maker() -> None:
    # "Ana Kessner" and "Kessner Bay" write the maker's word, but no organisation is named
    found = {"Ana Kessner": "PERSON", "Kessner Bay": "LOC", "Aria": "ORG", "Orbit": "ORG"}
    assert product_names(found) == set()
    assert product_names({"Kessner Labs": "ORG", "Aria": "ORG"}) == {"Aria"}


def test_near_miss_a_listed_product_that_speaks_stays() -> None:
    doc = _doc(
        "VeloPad said on Monday that it would open a store in Kittby.",
        ("VeloPad", "ORG"),
        ("Kittby", "GPE"),
    )
    assert actor_types(doc).get("VeloPad") == "ORG"


def test_the_shipped_product_list_loads() -> None:
    raw = resources.files("newsbeat").joinpath("data/products.json").read_text("utf-8")
    listed = json.loads(raw)["products"]
    assert listed and all(isinstance(maker, str) for maker in listed.values())


# -- a release's or a model's kind ------------------------------------------------------------


def test_a_name_ending_in_edition_or_convertible_is_no_actor() -> None:
    doc = _doc(
        "Buyers of the Velmar Founder's Edition get a controller. The Orsk Convertible costs "
        "more, Halden Motors said.",
        ("Velmar Founder's Edition", "ORG"),
        ("Orsk Convertible", "PERSON"),
        ("Halden Motors", "ORG"),
    )
    types = actor_types(doc)
    assert "Velmar Founder's Edition" not in types and "Orsk Convertible" not in types
    assert types["Halden Motors"] == "ORG"


# -- diseases -------------------------------------------------------------------------------


def test_a_name_before_disease_is_no_actor() -> None:
    doc = _doc(
        "A doctor found the cause: Velmar Quilt Lung disease. Dr Ana Brask treated him.",
        ("Quilt Lung", "PERSON"),
        ("Ana Brask", "PERSON"),
    )
    types = actor_types(doc)
    assert "Quilt Lung" not in types
    assert types["Ana Brask"] == "PERSON"


def test_a_name_ending_in_an_inflammations_word_is_no_actor() -> None:
    doc = _doc(
        "Health officials reported a death from Northern Orsk Encephalitis in Kittby.",
        ("Northern Orsk Encephalitis", "LOC"),
        ("Kittby", "GPE"),
    )
    types = actor_types(doc)
    assert "Northern Orsk Encephalitis" not in types and types["Kittby"] == "GPE"


def test_near_miss_a_places_disease_cases_stay() -> None:
    # "Kessel Province's disease cases": the place has the cases, it is no disease
    doc = _doc(
        "Kessel Province's disease cases rose again, Per Ekdal said.",
        ("Kessel Province", "GPE"),
        ("Per Ekdal", "PERSON"),
    )
    assert actor_types(doc).get("Kessel Province") == "GPE"


def test_near_miss_a_bodys_disease_control_unit_stays() -> None:
    # "the Velmar Institute's disease control unit": a body's unit, no disease
    doc = _doc(
        "Staff of the Velmar Institute's disease control unit met on Monday.",
        ("Velmar Institute", "ORG"),
    )
    assert actor_types(doc).get("Velmar Institute") == "ORG"


def test_near_miss_a_persons_disease_stays() -> None:
    doc = _doc(
        "Lena Holm's disease was found early, her doctor said.",
        ("Lena Holm", "PERSON"),
    )
    assert actor_types(doc).get("Lena Holm") == "PERSON"


# -- a thing "dubbed the X", a title after "single" -----------------------------------------------


def test_a_things_noun_dubbed_the_name_is_a_thing() -> None:
    doc = _doc(
        "He caught the old disease dubbed the Grey Fever, officials in Kittby said.",
        ("Grey Fever", "ORG"),
        ("Kittby", "GPE"),
    )
    types = actor_types(doc)
    assert "Grey Fever" not in types and types["Kittby"] == "GPE"


def test_a_title_after_single_is_a_work() -> None:
    doc = _doc(
        "The band closed with their single \u201cWalking to the Harbour Lights,\u201d and left.",
        ("Harbour Lights", "ORG"),
    )
    assert "Harbour Lights" not in actor_types(doc)


def test_the_books_name_after_was_called_is_a_work() -> None:
    doc = _doc(
        "The book was called The Silver Orchard, and Ana Brask wrote it in Kittby.",
        ("Silver Orchard", "LOC"),
        ("Ana Brask", "PERSON"),
        ("Kittby", "GPE"),
    )
    types = actor_types(doc)
    assert "Silver Orchard" not in types and types["Ana Brask"] == "PERSON"


def test_a_season_of_the_title_is_a_show() -> None:
    doc = _doc(
        "Viewers watched the third season of The Lantern on Velmar TV, Per Ekdal said.",
        ("Lantern", "ORG"),
        ("Velmar TV", "ORG"),
        ("Per Ekdal", "PERSON"),
    )
    types = actor_types(doc)
    assert "Lantern" not in types and types["Velmar TV"] == "ORG"


def test_near_miss_a_season_of_a_team_stays() -> None:
    # "the season of the Kessel Lions": a lower-case "the", a team's season
    doc = _doc(
        "It was the best season of the Kessel Lions in years.",
        ("Kessel Lions", "ORG"),
    )
    assert actor_types(doc).get("Kessel Lions") == "ORG"


def test_a_listed_car_model_is_a_product_beside_its_maker() -> None:
    doc = _doc(
        "Kessner will sell the Orbit Hybrid in Kittby next year.",
        ("Kessner", "ORG"),
        ("Orbit Hybrid", "PERSON"),
        ("Kittby", "GPE"),
    )
    types = actor_types(doc)
    assert "Orbit Hybrid" not in types and types["Kessner"] == "ORG"


def test_a_title_with_its_own_the_before_sequel_is_a_work() -> None:
    doc = _doc(
        "Ana Brask will not return to direct The Glass Harbour sequel, Kessel Pictures said.",
        ("Ana Brask", "PERSON"),
        ("Glass Harbour", "ORG"),
        ("Kessel Pictures", "ORG"),
    )
    types = actor_types(doc)
    assert "Glass Harbour" not in types and types["Kessel Pictures"] == "ORG"


def test_near_miss_a_papers_film_critic_stays() -> None:
    # "The Kessel Herald film critic": the kind of work qualifies a noun, the paper stays
    doc = _doc(
        "Ana Brask, a writer for The Kessel Herald film critic team, liked it.",
        ("Ana Brask", "PERSON"),
        ("Kessel Herald", "ORG"),
    )
    assert actor_types(doc).get("Kessel Herald") == "ORG"


def test_near_miss_a_sentences_own_the_before_film_stays() -> None:
    # a "The" opening the sentence is no title's article: "The Velmar film board met"
    doc = _doc(
        "Kessel Pictures said so. The Velmar film was shown in Kittby.",
        ("Kessel Pictures", "ORG"),
        ("Velmar", "GPE"),
        ("Kittby", "GPE"),
    )
    assert actor_types(doc).get("Velmar") == "GPE"


def test_a_listed_system_with_a_release_word_is_a_product_and_its_maker_stays() -> None:
    # "Orbit XP", "Orbit Update": the listed system's releases; "Kessner Update" is the maker's
    found = {"Kessner": "ORG", "Orbit XP": "ORG", "Orbit Update": "ORG", "Kessner Update": "ORG"}
    assert product_names(found) == {
        "Orbit XP",
        "Orbit Update",
    }
