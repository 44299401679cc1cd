"""Actors readers of real pages still found wrong (issue 12, part 3): a short form beside its
full name, a car's model, a moon or a craft, a technical initialism, a capital that is a
city's team in a game, a dateline with a country.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Names are invented, except the places, states and the
company that the data lists need (the gazetteer's towns, "South Dakota", "Volkswagen")."""

from __future__ import annotations

from tests._enrich_docs import actor_types as _types
from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _mention_at

from newsbeat.enrich.nlp import mask_datelines
from newsbeat.extract.outlets import parse_dateline

# --- short forms ------------------------------------------------------------------------


def test_a_bodys_first_word_alone_is_the_body_named_with_international() -> None:
    doc = _doc(
        "Tolvane International accused the ministry of abuse on Monday. Tolvane said it had "
        "met 40 former detainees.",
        ("Tolvane International", "ORG"),
        ("Tolvane", "ORG"),
    )
    assert _types(doc) == {"Tolvane International": "ORG"}


def test_a_listed_short_form_is_the_company_named_in_full() -> None:
    doc = _doc(
        "Volkswagen will cut 4,000 jobs. VW said the cuts were painful.",
        ("Volkswagen", "ORG"),
        ("VW", "ORG"),
    )
    assert _types(doc) == {"Volkswagen": "ORG"}


def test_two_capitals_are_left_as_written() -> None:
    # the review: "GM" beside "General Mills" may be General Motors; two letters match too much
    doc = _doc(
        "Tarsk Mills raised its cereal prices. TM said sales of its pickup trucks fell.",
        ("Tarsk Mills", "ORG"),
        ("TM", "ORG"),
    )
    assert _mention_at(doc, "TM") == ("TM", "ORG")


def test_two_capitals_stay_apart_when_two_bodies_share_them() -> None:
    doc = _doc(
        "The Tarsk Democrats and Tolvan Dynamics met. TD said nothing was agreed.",
        ("Tarsk Democrats", "ORG"),
        ("Tolvan Dynamics", "ORG"),
        ("TD", "ORG"),
    )
    assert _mention_at(doc, "TD") == ("TD", "ORG")


def test_a_state_code_beside_the_states_name_is_the_state() -> None:
    doc = _doc(
        "South Dakota started an anti-drug campaign. Critics said SD spent too much on it.",
        ("South Dakota", "GPE"),
        ("SD", "ORG"),
    )
    assert _types(doc) == {"South Dakota": "GPE"}


def test_a_state_code_without_the_states_name_stays() -> None:
    doc = _doc("Critics said SD spent too much on it.", ("SD", "ORG"))
    assert _mention_at(doc, "SD") == ("SD", "ORG")


# --- technical initialisms ----------------------------------------------------------------


def test_technical_initialisms_are_no_organisations() -> None:
    doc = _doc(
        "Sales of EVs rose, Orvane Motors said. Its AWD version has USB-C ports.",
        ("EVs", "ORG"),
        ("Orvane Motors", "ORG"),
        ("AWD", "ORG"),
        ("USB-C", "ORG"),
    )
    assert _types(doc) == {"Orvane Motors": "ORG"}


# --- cars, moons, craft ---------------------------------------------------------------------


def test_a_cars_model_and_the_make_before_it_are_no_actors() -> None:
    doc = _doc(
        "The Velo ID. 4 went on sale, Velo Motors said. Buyers of the ID.4 liked it.",
        ("Velo", "PERSON"),
        ("Velo Motors", "ORG"),
        ("ID.4", "ORG"),
    )
    assert _types(doc) == {"Velo Motors": "ORG"}


def test_a_model_cut_short_gives_its_other_mentions_to_the_make() -> None:
    doc = _doc(
        "Kessvik's Model Y sold well, Kessvik said. The Kessvik Model Y costs less.",
        ("Kessvik", "ORG"),
        ("Kessvik", "ORG", 1),
        ("Kessvik Model", "PERSON"),
    )
    assert _types(doc) == {"Kessvik": "ORG"}


def test_moons_are_no_actors_in_an_article_that_says_moon() -> None:
    doc = _doc(
        "Scientists think Europa hides an ocean, as does Titan, Saturn's largest moon.",
        ("Europa", "LOC"),
        ("Titan", "GPE"),
    )
    assert _types(doc) == {}


def test_a_moons_name_stays_outside_such_articles_and_when_it_acts() -> None:
    doc = _doc("Titan said its profit rose.", ("Titan", "ORG"))
    assert _types(doc) == {"Titan": "ORG"}
    doc = _doc("Titan said the moon landing film earned $4 million.", ("Titan", "ORG"))
    assert _types(doc) == {"Titan": "ORG"}


def test_a_name_before_probe_is_a_craft_in_an_article_about_spaceflight() -> None:
    doc = _doc(
        "NASA said the Orlan probe reached Jupiter, and the Orlan probe sent photos.",
        ("NASA", "ORG"),
        ("Orlan", "PERSON"),
        ("Orlan", "PERSON", 1),
    )
    assert _types(doc) == {"NASA": "ORG"}


def test_a_body_before_probe_stays_outside_spaceflight() -> None:
    doc = _doc("The Senate probe ended on Monday.", ("Senate", "ORG"))
    assert _types(doc) == {"Senate": "ORG"}


# --- a capital in a game --------------------------------------------------------------------


def test_a_capital_that_beats_a_citys_team_is_the_city() -> None:
    doc = _doc(
        "Ottawa held on to beat Detroit on Saturday night.",
        ("Ottawa", "GPE"),
        ("Detroit", "GPE"),
    )
    assert _mention_at(doc, "Ottawa") == ("Ottawa", "GPE")


def test_a_capital_with_a_score_is_the_city() -> None:
    doc = _doc("Ottawa beat Velmar 4-3 in overtime.", ("Ottawa", "GPE"), ("Velmar", "ORG"))
    assert _mention_at(doc, "Ottawa") == ("Ottawa", "GPE")


def test_a_capital_that_defeats_a_proposal_is_still_its_state() -> None:
    doc = _doc("Ottawa defeated the proposal on Monday.", ("Ottawa", "GPE"))
    assert _mention_at(doc, "Ottawa") == ("Canada", "GPE")


# --- datelines ------------------------------------------------------------------------------


def test_a_dateline_with_a_country_is_masked_whole_and_its_agency_read() -> None:
    text = "DUBAI, United Arab Emirates (AP) — Orsk seized a tanker on Thursday."
    masked = mask_datelines(text)
    assert len(masked) == len(text)
    assert masked.lstrip().startswith("Orsk seized")
    dateline = parse_dateline(text)
    assert dateline is not None and dateline.outlet == "Associated Press"


def test_a_dateline_with_a_country_and_no_agency_is_masked() -> None:
    assert mask_datelines("KYIV, Ukraine — Drones hit Orsk.").lstrip() == "Drones hit Orsk."


def test_capitals_a_comma_and_a_name_that_is_no_place_are_no_dateline() -> None:
    text = "NASA, Velmar Dynamics — the two partners — signed on Monday."
    assert mask_datelines(text) == text


def test_a_capital_that_loses_a_vote_by_a_tally_is_still_its_state() -> None:
    doc = _doc("Ottawa lost the vote 5-10 on Monday.", ("Ottawa", "GPE"))
    assert _mention_at(doc, "Ottawa") == ("Canada", "GPE")


def test_a_groups_word_before_its_letter_is_no_place() -> None:
    doc = _doc(
        "Arden beat Velmar 3-0 in Group E on Saturday.",
        ("Arden", "GPE"),
        ("Velmar", "GPE"),
        ("Group", "GPE"),
    )
    assert "Group" not in _types(doc)
