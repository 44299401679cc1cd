"""Initialisms of things, single letters and words glued to people's names (issue 12, ents35):
"32GB of RAM" ORG, "the G, H, and J keys", "rang Taylor", "Regarding MagSafe". Entity labels
are set by hand over a real parse so that each test pins the rule, not what the small model
tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_glued_words import glued_prefix
from newsbeat.enrich.actor_thing_initials import thing_initialism


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
    assert glued_prefix("rookie Emil Varne") == "rookie"
    assert glued_prefix("unbeaten Russian Oleg Varin") == "unbeaten Russian"
    assert glued_prefix("unbeaten Russian Varin") == "unbeaten"
    for name in ["van Gogh", "de Varre", "Lena Holm", "al Rashid Varin", "rang"]:
        assert glued_prefix(name) is None, name


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
