"""Blocks of homes (issue 12, ents38b): a housing estate or apartment building named by its
kind word ("X Condominiums", "the X apartment complex") is a place, not an actor. Entity
labels are set by hand over a real parse so that each test pins the rule, not what the small
model tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_housing import housing_name


def test_housing_name() -> None:
    assert housing_name("Kessel Court Condominiums", "")
    text = "She sat in the nearby Orsk Gardens apartment complex. Orsk Gardens apartments are old."
    assert housing_name("Orsk Gardens", text)
    assert not housing_name("Orsk Gardens", "Orsk Gardens apartments and Orsk Gardens itself.")
    assert not housing_name("Condominiums", "")
    assert not housing_name("Kessel Bank", "the Kessel Bank branch")


def test_a_condominium_by_its_name_is_a_place() -> None:
    doc = _doc(
        "Tomas Brell, a resident of Kessel Court Condominiums, said he heard the blast.",
        ("Tomas Brell", "PERSON"),
        ("Kessel Court Condominiums", "ORG"),
    )
    types = actor_types(doc)
    assert types["Kessel Court Condominiums"] == "LOC"
    assert types["Tomas Brell"] == "PERSON"


def test_a_name_before_apartment_complex_is_a_place() -> None:
    doc = _doc(
        "Lena Varro was on her deck in the nearby Orsk Gardens apartment complex on Monday.",
        ("Lena Varro", "PERSON"),
        ("Orsk Gardens", "ORG"),
    )
    assert actor_types(doc)["Orsk Gardens"] == "LOC"


def test_guard_a_housing_name_that_speaks_stays() -> None:
    doc = _doc(
        "Kessel Court Condominiums said on Monday that Tomas Brell would leave.",
        ("Kessel Court Condominiums", "ORG"),
        ("Tomas Brell", "PERSON"),
    )
    assert actor_types(doc).get("Kessel Court Condominiums") == "ORG"


def test_guard_a_name_also_written_alone_stays() -> None:
    doc = _doc(
        "Orsk Gardens bought the Velm apartment complex, and Orsk Gardens will sell it in May.",
        ("Orsk Gardens", "ORG"),
        ("Velm", "ORG"),
    )
    types = actor_types(doc)
    assert types["Orsk Gardens"] == "ORG"
