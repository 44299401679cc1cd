"""Offices named alone (issue 12, ents33b): a title of office that NER tags as an
organisation with no holder in it ("to be U.S. Surgeon General", "Nominee for Surgeon
General") is no actor; the office that speaks, and an institution named after an office, stay.
Entity labels are set by hand over a real parse so that each test pins the rule, not what the
small model tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_office_names import office_named_alone


def test_an_office_named_alone_is_no_actor() -> None:
    doc = _doc(
        "The council asked Dr. Lena Varro to be U.S. Surgeon General, and she agreed on Monday.",
        ("Lena Varro", "PERSON"),
        ("U.S. Surgeon General", "ORG"),
    )
    types = actor_types(doc)
    assert "U.S. Surgeon General" not in types
    assert types["Lena Varro"] == "PERSON"


def test_a_nominee_for_an_office_is_no_actor() -> None:
    doc = _doc(
        "Kessel Health praised Mara Quell, the Nominee for Surgeon General, in a letter.",
        ("Kessel Health", "ORG"),
        ("Mara Quell", "PERSON"),
        ("Nominee for Surgeon General", "ORG"),
    )
    types = actor_types(doc)
    assert "Nominee for Surgeon General" not in types
    assert types["Kessel Health"] == "ORG"


def test_office_titles_alone_with_a_country_before_them() -> None:
    for name in ["Surgeon General", "U. S. Surgeon General", "US Attorney General"]:
        assert office_named_alone(name), name
    for name in ["United States Secretary of State", "Nominee for Inspector General"]:
        assert office_named_alone(name), name


def test_near_miss_an_institution_named_after_an_office_stays() -> None:
    for name in ["Office of the Surgeon General", "Surgeon General's Office", "Kessel General"]:
        assert not office_named_alone(name), name
    doc = _doc(
        "The Office of the Surgeon General published the report on Monday, Lena Varro wrote.",
        ("Office of the Surgeon General", "ORG"),
        ("Lena Varro", "PERSON"),
    )
    assert actor_types(doc).get("Office of the Surgeon General") == "ORG"


def test_guard_an_office_that_speaks_stays() -> None:
    doc = _doc(
        "The Attorney General said on Monday that the Kessel inquiry would close.",
        ("Attorney General", "ORG"),
        ("Kessel", "GPE"),
    )
    assert actor_types(doc).get("Attorney General") == "ORG"
