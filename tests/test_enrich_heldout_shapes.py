"""Entity types and relation ends on the shapes the held-out check found (issue 12, items 2
and 3): named ships, outlets named after a city, "Name, 23, of Town", a surname with a "Jr"
full name, a department's first word, a group named by its context, capitalised
adjectives, "Navy" beside "<country> Navy", a headline read as one person, laws and a
place before a name NER missed.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Every sentence is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types as _types
from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _label_at

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.relation_rules import is_law_name
from newsbeat.enrich.relations import extract_relations


def test_a_navy_ship_and_its_bare_name_are_one_organisation() -> None:
    doc = _doc(
        "INS Talwan stopped the dhow on Friday. Later Talwan sailed on to Aden.",
        ("Talwan", "GPE", 0),
        ("Talwan", "GPE", 1),
        ("Aden", "GPE", 0),
    )
    assert _label_at(doc, "Talwan", 1) == ("INS Talwan", "ORG")
    assert _types(doc) == {"INS Talwan": "ORG", "Aden": "GPE"}


def test_a_navy_ship_named_in_full_is_an_organisation() -> None:
    doc = _doc(
        "Norwegian Naval Ship Orsa caught two boats. The pirates fled from Orsa.",
        ("Norwegian Naval Ship Orsa", "WORK_OF_ART", 0),
        ("Orsa", "GPE", 1),
    )
    assert _label_at(doc, "Norwegian Naval Ship Orsa") == ("Norwegian Naval Ship Orsa", "ORG")
    assert _label_at(doc, "Orsa", 1) == ("Norwegian Naval Ship Orsa", "ORG")


def test_a_merchant_ship_is_no_entity() -> None:
    doc = _doc(
        "The pirates chased MV Brask for an hour. The crew of the Brask called for help.",
        ("MV Brask", "PERSON", 0),
        ("Brask", "GPE", 1),
    )
    assert _types(doc) == {}


def test_an_outlet_named_after_a_city_is_an_organisation() -> None:
    doc = _doc("The inmate escaped on Monday, NewsNowDenver reports.", ("NewsNowDenver", "GPE", 0))
    assert _types(doc) == {"NewsNowDenver": "ORG"}


def test_name_age_of_a_gazetteer_town_puts_the_town_in_place() -> None:
    doc = _doc(
        "Police arrested Tomas Brenn, 31, of Utica on Friday.",
        ("Tomas Brenn", "PERSON", 0),
        ("Utica", "PERSON", 0),
    )
    assert _types(doc)["Utica"] == "GPE"


def test_a_surname_tagged_org_is_the_one_person_whose_name_ends_in_jr() -> None:
    doc = _doc(
        "Per Joseph Ekdalsson Jr. escaped on Monday. Ekdalsson was caught later.",
        ("Per Joseph Ekdalsson Jr.", "PERSON", 0),
        ("Ekdalsson", "ORG", 1),
    )
    assert _label_at(doc, "Ekdalsson", 1) == ("Per Joseph Ekdalsson Jr", "PERSON")


def test_a_departments_first_word_alone_is_the_department() -> None:
    doc = _doc(
        "The Harbour Department issued the rules. Officials of Harbour reviewed them.",
        ("Harbour Department", "ORG", 0),
        ("Harbour", "GPE", 1),
    )
    assert _label_at(doc, "Harbour", 1) == ("Harbour Department", "ORG")


def test_a_place_the_text_calls_a_group_is_an_organisation() -> None:
    doc = _doc(
        "Lena Holm, a lawyer with Seaguard, an environmental group, objected. "
        "Seaguard attorney Erik Dahl agreed.",
        ("Lena Holm", "PERSON", 0),
        ("Seaguard", "GPE", 0),
        ("Seaguard", "GPE", 1),
        ("Erik Dahl", "PERSON", 0),
    )
    assert _types(doc)["Seaguard"] == "ORG"


def test_a_capitalised_adjective_before_common_nouns_is_no_entity() -> None:
    doc = _doc(
        "The Naval commandos boarded the boat after the patrol saw it.",
        ("Naval", "GPE", 0),
    )
    assert _types(doc) == {}
    doc = _doc(
        "The Harbor commandos boarded the boat after the harbor patrol saw it.",
        ("Harbor", "GPE", 0),
    )
    assert _types(doc) == {}


def test_navy_alone_is_the_one_national_navy() -> None:
    doc = _doc(
        "The Norwegian Navy sent a ship. The Navy said the crew was safe.",
        ("Norwegian Navy", "ORG", 0),
        ("Navy", "ORG", 1),
    )
    assert _label_at(doc, "Navy", 1) == ("Norwegian Navy", "ORG")


def test_a_headline_about_two_people_is_not_one_person() -> None:
    doc = _doc(
        "Holm Rebukes Dahl\nLena Holm criticized Erik Dahl on Monday. Holm left. Dahl stayed.",
        ("Holm Rebukes Dahl", "PERSON", 0),
        ("Lena Holm", "PERSON", 0),
        ("Erik Dahl", "PERSON", 0),
        ("Holm", "PERSON", 2),
        ("Dahl", "PERSON", 2),
    )
    assert "Holm Rebukes Dahl" not in _types(doc)
    assert _label_at(doc, "Holm", 2) == ("Lena Holm", "PERSON")


def test_a_law_is_no_actor() -> None:
    assert is_law_name("the Harbour Review Act") and is_law_name("Marine Fisheries Protection Act")
    assert not is_law_name("Act") and not is_law_name("Harbour Authority")
    doc = _doc(
        "Erik Dahl invoked the Harbour Review Act on Monday.",
        ("Erik Dahl", "PERSON", 0),
        ("Harbour Review Act", "ORG", 0),
    )
    relations = extract_relations(doc, build_actors(doc))
    assert not [r for r in relations if r.target == "Harbour Review Act"]


def test_a_place_before_a_name_ner_missed_is_not_the_actor() -> None:
    doc = _doc("The Norway Chamber of Shipping welcomed the rule change.", ("Norway", "GPE", 0))
    relations = extract_relations(doc, build_actors(doc))
    assert not [r for r in relations if r.source == "Norway"]
    # Near miss: the state's navy is the state's.
    doc = _doc("The Norway Navy attacked Kaldria.", ("Norway", "GPE", 0), ("Kaldria", "GPE", 0))
    relations = extract_relations(doc, build_actors(doc))
    assert [r for r in relations if r.source == "Norway" and r.target == "Kaldria"]


def test_a_title_modifier_alone_before_a_name_is_no_part_of_it() -> None:
    doc = _doc(
        "Secretary of State Lena Holm met the envoy on Monday.",
        ("State", "ORG", 0),
        ("Lena Holm", "PERSON", 0),
    )
    types = _types(doc)
    assert types.get("Lena Holm") == "PERSON" and "State Lena Holm" not in types
