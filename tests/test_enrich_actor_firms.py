"""Companies and works NER typed as people or places on real pages (issue 12, part 3; branch
entbiz2): a company word ending the name, what the text calls the name.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Every name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _mention_at


def test_a_person_ending_in_a_studio_or_design_word_is_a_company() -> None:
    doc = _doc(
        "The bridge lights were made by Tavi Kessmoor Design, and Orlan Studio built the "
        "sound stage.",
        ("Tavi Kessmoor Design", "PERSON"),
        ("Orlan Studio", "PERSON"),
    )
    assert actor_types(doc) == {"Tavi Kessmoor Design": "ORG", "Orlan Studio": "ORG"}


def test_a_place_the_text_calls_a_provider_is_a_company() -> None:
    doc = _doc(
        "Sales fell, according to Velnation, a Kittby-based provider of car data. "
        "Velnation expects a better year.",
        ("Velnation", "GPE"),
        ("Kittby", "GPE"),
        ("Velnation", "GPE"),
    )
    assert actor_types(doc)["Velnation"] == "ORG"


def test_a_name_the_text_calls_a_work_or_an_installation_is_no_actor() -> None:
    doc = _doc(
        "Mira Olsen and Ivo Dahl based their work Winter Lantern on an old painting. With the "
        "installation Winter Lantern, the duo lights up the square.",
        ("Mira Olsen", "PERSON"),
        ("Ivo Dahl", "PERSON"),
        ("Winter Lantern", "PERSON"),
        ("Winter Lantern", "PERSON"),
    )
    assert actor_types(doc) == {"Mira Olsen": "PERSON", "Ivo Dahl": "PERSON"}


def test_a_company_and_its_web_domain_are_one_actor() -> None:
    doc = _doc(
        "Rates fell, according to Velcars.com, a car data firm. Velcars expects more sales, "
        "and Velcars says prices will rise.",
        ("Velcars.com", "ORG"),
        ("Velcars", "ORG"),
        ("Velcars", "ORG"),
    )
    assert actor_types(doc) == {"Velcars": "ORG"}


def test_a_city_written_without_its_accents_is_a_known_place() -> None:
    from newsbeat.enrich.names import place_kind

    assert place_kind("Montreal") == place_kind("Montréal") == "city"
    assert place_kind("Zurich") == "city"


def test_a_countrys_plural_short_name_without_the_is_the_company_named_after_it() -> None:
    # "Emirates" alone beside "Emirates Velmar Air" is the airline; "the Emirates" the country
    doc = _doc(
        "Emirates Velmar Air ordered 30 jets. Emirates had a fleet of 270 aircraft, and "
        "Emirates will fly more routes from the Emirates next year.",
        ("Emirates Velmar Air", "ORG"),
        ("Emirates", "GPE"),
        ("Emirates", "GPE"),
        ("Emirates", "GPE"),
    )
    assert _mention_at(doc, "Emirates", 1) == ("Emirates Velmar Air", "ORG")
    assert _mention_at(doc, "Emirates", 2) == ("Emirates Velmar Air", "ORG")
    assert _mention_at(doc, "Emirates", 3) == ("United Arab Emirates", "GPE")
