"""Blocks of homes (issue 12, ents38b): a housing estate or apartment building named by its
kind word ("X Condominiums", "the X apartment complex") is a place, not an actor. Entity
labels are set by hand over a real parse so that each test pins the rule, not what the small
model tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_branch_names import premises_only
from newsbeat.enrich.actor_housing import housing_name
from newsbeat.enrich.actor_naval_adjectives import navy_of_adjective


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


def test_navy_of_adjective() -> None:
    assert navy_of_adjective("Pakistani Naval") == "Pakistani Navy"
    for name in ["Royal Naval", "Pakistani Naval Command", "Naval", "Kessian Naval"]:
        assert navy_of_adjective(name) is None, name


def test_a_country_adjective_and_naval_is_the_navy() -> None:
    doc = _doc(
        "A Pakistani Naval ship stopped two boats, Captain Lena Varro said on Monday.",
        ("Pakistani Naval", "LOC"),
        ("Lena Varro", "PERSON"),
    )
    types = actor_types(doc)
    assert "Pakistani Naval" not in types
    assert types["Pakistani Navy"] == "ORG"


def test_guard_a_naval_name_without_a_country_stays() -> None:
    doc = _doc(
        "Tomas Brell taught at the Kessian Naval school, Lena Varro said.",
        ("Tomas Brell", "PERSON"),
        ("Kessian Naval", "ORG"),
        ("Lena Varro", "PERSON"),
    )
    assert actor_types(doc).get("Kessian Naval") == "ORG"


def test_a_building_named_after_a_person_is_a_place() -> None:
    doc = _doc(
        "Tomas Brell said the gun was hidden at the Mara Lind apartments in Orskville.",
        ("Tomas Brell", "PERSON"),
        ("Mara Lind", "PERSON"),
        ("Orskville", "GPE"),
    )
    types = actor_types(doc)
    assert types["Mara Lind"] == "LOC"
    assert types["Tomas Brell"] == "PERSON"


def test_premises_only() -> None:
    assert premises_only("Kessel", "the nearby Kessel office and outside Kessel bank")
    assert not premises_only("Kessel", "the Kessel office; Kessel said no")
    assert not premises_only("Kessel", "Kessel Bank only", "Kessel Bank")
    assert premises_only("Kessel", "Kessel Bank, the Kessel branch", "Kessel Bank")


def test_a_firm_cut_before_its_office_is_the_firm() -> None:
    doc = _doc(
        "Kessel Bank was closed. Lena Varro found the parcel at the nearby Kessel office.",
        ("Kessel Bank", "ORG"),
        ("Lena Varro", "PERSON"),
        ("Kessel", "LOC"),
    )
    types = actor_types(doc)
    assert "Kessel" not in types
    assert types["Kessel Bank"] == "ORG"


def test_guard_a_short_name_written_alone_stays() -> None:
    doc = _doc(
        "Kessel Bank was closed. Lena Varro lives in Kessel, near the Kessel office.",
        ("Kessel Bank", "ORG"),
        ("Lena Varro", "PERSON"),
        ("Kessel", "GPE"),
    )
    assert actor_types(doc).get("Kessel") == "GPE"
