"""Initialisms of things, single letters and words glued to people's names (issue 12, ents35):
"32GB of RAM" ORG, "the G, H, and J keys", "rang Taylor", "Regarding MagSafe". Entity labels
are set by hand over a real parse so that each test pins the rule, not what the small model
tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_glued_words import glued_prefix
from newsbeat.enrich.actor_thing_initials import thing_initialism
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.quotes import extract_quotes


def test_thing_initialisms_and_letters() -> None:
    for name in ["RAM", "FPS", "CPUs", "TDs", "G", "HTML"]:
        assert thing_initialism(name), name
    for name in ["GM", "AAA", "NASA", "Ram", "g", "TD Bank", "GW"]:
        assert not thing_initialism(name), name


def test_a_computer_part_is_no_organisation() -> None:
    doc = _doc(
        "The Velmar Book has 32GB of RAM and reached a max FPS of 140, Orsk Labs found.",
        ("Velmar", "ORG"),
        ("RAM", "ORG"),
        ("FPS", "ORG"),
        ("Orsk Labs", "ORG"),
    )
    types = actor_types(doc)
    assert "RAM" not in types and "FPS" not in types
    assert types["Orsk Labs"] == "ORG"


def test_single_letters_are_no_names() -> None:
    doc = _doc(
        "The keyboard of the Kessel Pad flexes around the G, H, and J keys, Ida Brask wrote.",
        ("Kessel Pad", "ORG"),
        ("G", "ORG"),
        ("H", "ORG"),
        ("Ida Brask", "PERSON"),
    )
    types = actor_types(doc)
    assert "G" not in types and "H" not in types
    assert types["Ida Brask"] == "PERSON"


def test_a_sports_play_is_no_organisation() -> None:
    doc = _doc(
        "Tomas Reel caught two TD passes before the Orsk Herons placed him on IR.",
        ("Tomas Reel", "PERSON"),
        ("TD", "ORG"),
        ("Orsk Herons", "ORG"),
        ("IR", "ORG"),
    )
    types = actor_types(doc)
    assert "TD" not in types and "IR" not in types


def test_an_initialism_that_speaks_stays() -> None:
    doc = _doc(
        "TD said on Monday that Kessel Bank would close its branches in Orsk.",
        ("TD", "ORG"),
        ("Kessel Bank", "ORG"),
    )
    assert actor_types(doc).get("TD") == "ORG"


def test_a_unit_goes_only_after_a_number() -> None:
    doc = _doc(
        "Sunvale Cells will build 3.5 GW of panels, and GW students protested in Orsk.",
        ("Sunvale Cells", "ORG"),
        ("GW", "ORG"),
        ("GW", "ORG", 1),
        ("Orsk", "GPE"),
    )
    assert actor_types(doc).get("GW") == "ORG"  # one mention is the university
    doc = _doc(
        "Sunvale Cells will build 3.5 GW of panels near Orsk.",
        ("Sunvale Cells", "ORG"),
        ("GW", "ORG"),
        ("Orsk", "GPE"),
    )
    assert "GW" not in actor_types(doc)


def test_glued_prefix() -> None:
    assert glued_prefix("rang Taylor") == "rang"
    assert glued_prefix("s Varne") == "s"
    for name in ["van Gogh", "de Varre", "Lena Holm", "al Rashid", "rang"]:
        assert glued_prefix(name) is None, name


def test_a_longer_name_after_a_glued_word_stays_whole() -> None:
    assert glued_prefix("rookie Emil Varne") is None
    assert glued_prefix("unbeaten Russian Oleg Varin") is None


def test_a_verb_glued_to_a_name_goes() -> None:
    doc = _doc(
        "Mara Dempel picked up the phone and rang Tavner. Tavner did not answer.",
        ("Mara Dempel", "PERSON"),
        ("rang Tavner", "PERSON"),
    )
    types = actor_types(doc)
    assert "rang Tavner" not in types
    assert types.get("Tavner") == "PERSON"


def test_a_name_particle_stays() -> None:
    doc = _doc(
        "The painter Lotte van Brask said the show would open in Orsk.",
        ("van Brask", "PERSON"),
        ("Orsk", "GPE"),
    )
    assert actor_types(doc).get("van Brask") == "PERSON"


def test_an_opening_preposition_goes() -> None:
    doc = _doc(
        "Regarding Quelbox, we have been testing it for weeks. Quelbox works well.",
        ("Regarding Quelbox", "PERSON"),
        ("Quelbox", "ORG"),
    )
    types = actor_types(doc)
    assert "Regarding Quelbox" not in types
    assert "Quelbox" in types


def test_an_opening_first_name_stays() -> None:
    doc = _doc(
        "Per Ekvall said the ferry was late.",
        ("Per Ekvall", "PERSON"),
    )
    assert actor_types(doc).get("Per Ekvall") == "PERSON"


def test_a_person_with_a_role_after_is_a_person() -> None:
    doc = _doc(
        "The flaw is serious, said Tobin Kerrow, technical manager of research at Velmar Systems.",
        ("Tobin Kerrow", "ORG"),
        ("Velmar Systems", "ORG"),
    )
    types = actor_types(doc)
    assert types["Tobin Kerrow"] == "PERSON"
    assert types["Velmar Systems"] == "ORG"


def test_a_person_with_a_role_before_is_a_person() -> None:
    doc = _doc(
        "The remarks of Orsk Radio host Jenna Pirrell angered the council in Kittby.",
        ("Orsk Radio", "ORG"),
        ("Jenna Pirrell", "ORG"),
        ("Kittby", "GPE"),
    )
    assert actor_types(doc)["Jenna Pirrell"] == "PERSON"


def test_a_person_joined_to_a_person_is_a_person() -> None:
    doc = _doc(
        "In a tough stadium in Orsk, Reggie Brask and Julian Tovey will step up to replace the "
        "top two backs.",
        ("Orsk", "GPE"),
        ("Reggie Brask", "PERSON"),
        ("Julian Tovey", "ORG"),
    )
    assert actor_types(doc)["Julian Tovey"] == "PERSON"


def test_a_fighter_beaten_is_a_person() -> None:
    doc = _doc(
        "Dario Quell, who floored Lennart Voss in 2001, lost on Saturday in Orsk.",
        ("Dario Quell", "PERSON"),
        ("Lennart Voss", "ORG"),
        ("Orsk", "GPE"),
    )
    assert actor_types(doc)["Lennart Voss"] == "PERSON"


def test_a_team_or_a_firm_after_the_stays() -> None:
    doc = _doc(
        "The Kessel Herons beat Carolina Voss on Sunday. The Carolina Voss had won twice.",
        ("Kessel Herons", "ORG"),
        ("Carolina Voss", "ORG"),
        ("Carolina Voss", "ORG", 1),
    )
    assert actor_types(doc).get("Carolina Voss") == "ORG"


def test_a_firm_with_no_person_mark_stays() -> None:
    doc = _doc(
        "Gordon Tamsin, a public accounting and consulting firm, listed Ida Brask as staff.",
        ("Gordon Tamsin", "ORG"),
        ("Ida Brask", "PERSON"),
    )
    assert actor_types(doc).get("Gordon Tamsin") == "ORG"


def test_an_opening_imperative_is_no_person() -> None:
    doc = _doc(
        "Sleep matters to Orsk doctors.\n\nAim to sleep eight hours each night.",
        ("Orsk", "GPE"),
        ("Aim", "PERSON"),
    )
    assert "Aim" not in actor_types(doc)


def test_a_quoted_imperative_leaves_the_name() -> None:
    doc = _doc(
        'Velmar Tosk is the mayor. His critics scream, "Make Tosk just go away." Tosk stays.',
        ("Velmar Tosk", "PERSON"),
        ("Make Tosk", "PERSON"),
        ("Tosk", "PERSON", 2),
    )
    types = actor_types(doc)
    assert "Make Tosk" not in types
    assert types.get("Velmar Tosk") == "PERSON"


def test_a_first_name_is_no_imperative() -> None:
    doc = _doc(
        "Ida Brask waited.\n\nGrant Tarven said the ferry was late.",
        ("Ida Brask", "PERSON"),
        ("Grant Tarven", "PERSON"),
    )
    grant = next(t for t in doc if t.text == "Grant")
    grant.tag_ = "VB"  # as the tagger tags an imperative: the first name guards it
    assert actor_types(doc).get("Grant Tarven") == "PERSON"


def test_half_a_contraction_is_no_person() -> None:
    doc = _doc(
        "When the guard yelled, \u201c Don \u2019 t move! \u201d Ida Brask froze.",
        ("Don", "PERSON"),
        ("Ida Brask", "PERSON"),
    )
    types = actor_types(doc)
    assert "Don" not in types and types.get("Ida Brask") == "PERSON"


def test_a_listed_company_joined_to_a_person_stays() -> None:
    doc = _doc(
        "Analyst Ida Brask and Morgan Stanley each cut the forecast for Velmar Mining.",
        ("Ida Brask", "PERSON"),
        ("Morgan Stanley", "ORG"),
        ("Velmar Mining", "ORG"),
    )
    assert actor_types(doc).get("Morgan Stanley") == "ORG"


def test_a_known_place_joined_to_a_person_stays() -> None:
    doc = _doc(
        "The tour took Ida Brask and Beverly Hills voters by surprise.",
        ("Ida Brask", "PERSON"),
        ("Beverly Hills", "GPE"),
    )
    assert actor_types(doc).get("Beverly Hills") == "GPE"


def test_a_ranked_surname_speaks_for_the_person_named_in_full() -> None:
    doc = _doc(
        "Orsk beat Kittby 3-0, with Tomas Varne defeating Ilya Brenn 6-2, 6-2.\n\n"
        '"I played one of the best matches of the year," the 14th-ranked Varne said.',
        ("Orsk", "GPE"),
        ("Kittby", "GPE"),
        ("Tomas Varne", "ORG"),  # a person by the bout's verb (type_people_by_marks)
        ("Ilya Brenn", "PERSON"),
        ("Varne", "PRODUCT"),  # as the small model tags such a surname
    )
    actors = build_actors(doc)
    assert [q.speaker for q in extract_quotes(doc, actors)] == ["Tomas Varne"]


def test_a_body_named_after_a_first_name_stays() -> None:
    doc = _doc(
        "Ida Brask and Grant University signed the pact in Orsk on Monday.",
        ("Ida Brask", "PERSON"),
        ("Grant University", "ORG"),
        ("Orsk", "GPE"),
    )
    assert actor_types(doc).get("Grant University") == "ORG"


def test_a_team_whose_name_takes_the_in_stays() -> None:
    doc = _doc(
        "To make room for Ida Brask, the Carolina Voss beat Kessel on Sunday.",
        ("Ida Brask", "PERSON"),
        ("the Carolina Voss", "ORG"),
        ("Kessel", "ORG"),
    )
    assert actor_types(doc).get("Carolina Voss") == "ORG"
