"""Names of one actor and actors of one name in an article (alias35, issue 12; read35: "Mark
Felt Jr." folded into his father "W. Mark Felt"). Invented sentences; each test fails without
its rule, each guard passes with and without it."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, int]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.mentions for name, actor in build_actors(doc).actors.items()}


def test_a_son_named_with_jr_beside_a_relative_is_another_person() -> None:
    text = (
        "W. Mark Vellacott, the former harbour treasurer, has died at 91. Vellacott kept the"
        " harbour books for thirty years.\n\nVellacott is survived by two children, Joan"
        " Vellacott and Mark Vellacott Jr., and four grandchildren."
    )
    got = _actors(text)
    assert "W. Mark Vellacott" in got
    assert "Mark Vellacott Jr" in got or "Mark Vellacott Jr." in got


def test_a_son_named_with_jr_where_the_text_names_a_father() -> None:
    text = (
        "Mark Vellacott Jr. opened the bakery on Monday. His father, Mark Vellacott, baked"
        " bread there for forty years."
    )
    got = _actors(text)
    assert len([n for n in got if "Vellacott" in n]) == 2


def test_jr_alone_with_the_name_is_one_person() -> None:
    # guard: no relative in the text, the name without "Jr." is him
    text = (
        "Mark Vellacott Jr. opened the bakery on Monday. Mark Vellacott said the ovens came"
        " from Ostend."
    )
    got = _actors(text)
    assert len([n for n in got if "Vellacott" in n]) == 1


def test_a_short_first_name_and_a_middle_initial_are_one_person() -> None:
    text = (
        "Patrick Dunleavy Jr. pleaded guilty on Monday to threatening a harbour official."
        ' "Pat Dunleavy regrets the call," his lawyer said. The judge sentenced Patrick W.'
        " Dunleavy to a year of probation."
    )
    got = _actors(text)
    assert [n for n in got if "Dunleavy" in n] == ["Patrick Dunleavy Jr"]


def test_another_first_name_of_the_surname_keeps_the_forms_apart() -> None:
    # guard: "Laura Dunleavy" beside two Patricks: the Patricks may be two people
    text = (
        "Patrick Dunleavy Jr. pleaded guilty on Monday. Laura Dunleavy, his aunt, wept."
        " The judge sentenced Patrick W. Dunleavy to a year of probation."
    )
    assert len([n for n in _actors(text) if "Dunleavy" in n]) >= 3


def test_two_forms_written_side_by_side_are_two_people() -> None:
    # guard: "George Vellum and George W. Vellum" names two people (a father and a son)
    text = (
        "The library honours George Vellum and George W. Vellum, who both ran the mill."
        " George W. Vellum later sold it."
    )
    assert len([n for n in _actors(text) if "Vellum" in n]) == 2


def test_an_organisation_with_and_without_the_article_s_country_is_one() -> None:
    text = (
        "Officials of the National Election Board of Malawi counted the votes on Monday."
        " Malawi votes every five years, and Malawi hopes for calm.\n\n"
        "The National Election Board said the count was calm."
    )
    got = _actors(text)
    assert got.get("National Election Board of Malawi") == 2
    assert "National Election Board" not in got


def test_another_country_s_body_stays_apart_from_the_bare_name() -> None:
    # guard: "... of Zambia" in an article about Malawi: the bare board may be Malawi's
    text = (
        "Officials of the National Election Board of Zambia counted the votes on Monday."
        " Malawi votes every five years, and Malawi hopes for calm.\n\n"
        "The National Election Board said the count was calm."
    )
    got = _actors(text)
    assert "National Election Board of Zambia" in got
    assert "National Election Board" in got


def test_an_inner_plural_is_the_same_body() -> None:
    text = (
        "The Central Election Commission said turnout was high. Observers from Zambia praised"
        " the vote. The Central Elections Commission will publish the count on Friday."
    )
    got = _actors(text)
    assert got.get("Central Election Commission") == 2
    assert "Central Elections Commission" not in got


def test_a_capital_written_with_city_is_the_capital() -> None:
    got = _actors("Voters in Lilongwe city queued early on Monday, officials said.")
    assert "Lilongwe" in got
    assert "Lilongwe city" not in got


def test_a_state_or_country_before_city_stays_as_written() -> None:
    # guard: "Kansas city" is no Kansas
    got = _actors("Fans in Kansas city cheered the parade on Monday. Kansas voted later.")
    assert "Kansas" not in got or got["Kansas"] == 1


def test_an_age_given_with_a_folded_form_of_the_name_stays() -> None:
    # dev196: "Benjamin David Banky, 40," folded into "Ben Banky" lost the age claim
    from newsbeat.enrich.claims import extract_claims

    text = (
        "In the office the staff had just fled, Thomas Edric Vollan, 40, the chief of Orsk"
        " Mills, lay dead.\nThe firm said it was saddened by the death of its chief, Tom"
        " Vollan. Tom Vollan founded the mill in 2001."
    )
    doc = load_pipeline("en_core_web_sm")(text)
    table = build_actors(doc)
    assert [(c.what, c.low, c.subject) for c in extract_claims(doc, table, [])] == [
        ("age", 40.0, "Tom Vollan")
    ]


def test_one_name_reads_short_forms_middle_names_and_suffixes() -> None:
    from newsbeat.enrich.name_variants import one_name

    assert one_name("Thomas Edric Vollan", "Tom Vollan")
    assert one_name("Patrick W. Dunleavy", "Patrick Dunleavy Jr")
    assert not one_name("Laura Dunleavy", "Patrick Dunleavy")
    assert not one_name("Tomas Vollan", "Tom Vollan")  # no listed short form: two names
