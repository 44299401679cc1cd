"""Actors on real pages, fifth pass (issue 12, entities): short forms the text never defines,
titles of office cut into actors, and variants of one name. Entity labels are set by hand over
a real parse; every name is invented."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_acronyms import initial_forms
from newsbeat.enrich.actors import build_actors


def test_capitals_the_text_never_defines_are_the_one_organisation_they_abbreviate() -> None:
    doc = _doc(
        "Halden Gas & Power Co. began cutting power on Monday. HG&P said the cuts would last "
        "two days, and the Korvan Water Board said it had not been told. Later HG&P apologised.",
        ("Halden Gas & Power Co.", "ORG"),
        ("HG&P", "PERSON"),
        ("Korvan Water Board", "ORG"),
        ("HG&P", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "HG&P" not in actors
    assert actors["Halden Gas & Power Co"].mentions == 3
    assert actors["Halden Gas & Power Co"].type == "ORG"


def test_capitals_may_leave_out_the_place_that_leads_the_name() -> None:
    doc = _doc(
        "The Oregon Harbour Safety Board held a hearing. Critics urged the HSB to act, and "
        "the OHSB said it would.",
        ("Oregon Harbour Safety Board", "ORG"),
        ("HSB", "ORG"),
        ("OHSB", "GPE"),
    )
    actors = build_actors(doc).actors
    assert not {"HSB", "OHSB"} & set(actors)
    assert actors["Oregon Harbour Safety Board"].mentions == 3


def test_capitals_with_two_possible_names_or_none_stay_apart() -> None:
    doc = _doc(
        "The Vessel Safety Board and the Velmar Shipping Bureau met. The VSB declined to "
        "comment, and the KLM spokesman left.",
        ("Vessel Safety Board", "ORG"),
        ("Velmar Shipping Bureau", "ORG"),
        ("VSB", "ORG"),
        ("KLM", "ORG"),
    )
    actors = build_actors(doc).actors
    assert {"VSB", "KLM", "Vessel Safety Board", "Velmar Shipping Bureau"} <= set(actors)


def test_initial_forms_skip_small_words_and_legal_endings() -> None:
    assert "HGP" in initial_forms("Halden Gas & Power Co.")
    assert "DEA" in initial_forms("Drug Enforcement Administration")
    assert initial_forms("Bank of Velmar") == {"BV"}
    assert initial_forms("the ministry") == frozenset()


def test_a_shortened_name_of_a_body_is_the_longer_one() -> None:
    doc = _doc(
        "Lena Holm testified before the House Fisheries Committee on Monday. She told the "
        "Fisheries Committee that quotas were too high. The Velmar Gazette reported it first, "
        "and the Gazette said more hearings would follow.",
        ("Lena Holm", "PERSON"),
        ("House Fisheries Committee", "ORG"),
        ("Fisheries Committee", "ORG"),
        ("Velmar Gazette", "ORG"),
        ("Gazette", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Fisheries Committee" not in actors
    assert actors["House Fisheries Committee"].mentions == 2


def test_a_shortened_name_with_two_longer_forms_or_a_place_dropped_stays() -> None:
    doc = _doc(
        "The Senate Fisheries Committee and the House Fisheries Committee disagreed, and the "
        "Fisheries Committee chair resigned. The Oregon Supreme Court ruled, and the Supreme "
        "Court may hear an appeal.",
        ("Senate Fisheries Committee", "ORG"),
        ("House Fisheries Committee", "ORG"),
        ("Fisheries Committee", "ORG"),
        ("Oregon Supreme Court", "ORG"),
        ("Supreme Court", "ORG"),
    )
    actors = build_actors(doc).actors
    assert {"Fisheries Committee", "Supreme Court", "Oregon Supreme Court"} <= set(actors)


def test_a_portfolio_inside_a_title_of_office_is_no_actor() -> None:
    doc = _doc(
        "Secretary of State Mia Lund met the envoy, and former National Security Adviser Per "
        "Holm said the talks failed.",
        ("State", "ORG"),
        ("Mia Lund", "PERSON"),
        ("National Security", "ORG"),
        ("Per Holm", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert not {"State", "National Security"} & set(actors)
    assert {"Mia Lund", "Per Holm"} <= set(actors)


def test_a_place_before_a_title_of_office_is_the_place() -> None:
    doc = _doc(
        "The Oregon State Attorney General is investigating Velcars, and the office of the "
        "Oregon State Attorney General declined to comment.",
        ("Oregon State", "ORG"),
        ("Velcars", "ORG"),
        ("Oregon State", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Oregon State" not in actors
    assert actors["Oregon"].type == "GPE"


def test_a_body_before_a_title_or_named_in_one_stays() -> None:
    doc = _doc(
        "Velmar Department of State officials met, and Velcars Inspector General Tom Brell "
        "said the Attorney General had been told.",
        ("Velmar Department of State", "ORG"),
        ("Velcars", "ORG"),
        ("Tom Brell", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert {"Velmar Department of State", "Velcars"} <= set(actors)


TOUR = (
    "The Velmar Band will tour North America next summer.\n"
    "June 9 -- Orsk Bank Arts Center, Holmdel, NJ\n"
    "June 12 -- Kessel Music Park at Walnut Creek, Raleigh, NC\n"
    "July 2 – Irving, TX @ Tamsin Music Factory\n"
    "Tickets go on sale Friday."
)


def test_venues_of_a_tour_list_are_no_actors_and_its_towns_are_places() -> None:
    doc = _doc(
        TOUR,
        ("Velmar Band", "ORG"),
        ("Orsk Bank Arts Center", "ORG"),
        ("Holmdel", "ORG"),
        ("NJ", "ORG"),
        ("Kessel Music Park", "ORG"),
        ("Walnut Creek", "GPE"),
        ("Raleigh", "GPE"),
        ("Irving", "ORG"),
        ("TX", "ORG"),
        ("Tamsin Music Factory", "ORG"),
    )
    actors = build_actors(doc).actors
    assert not {"Orsk Bank Arts Center", "Kessel Music Park", "Tamsin Music Factory"} & set(actors)
    assert {actors[n].type for n in ("Holmdel", "NJ", "Irving", "TX", "Walnut Creek")} == {"GPE"}
    assert actors["Velmar Band"].type == "ORG"


def test_a_line_with_a_date_but_no_state_code_is_no_tour_stop() -> None:
    doc = _doc(
        "Lena Holm said the board would meet.\nJune 9 -- Orsk Bank, Kessel Holdings, Velcars\n",
        ("Lena Holm", "PERSON"),
        ("Orsk Bank", "ORG"),
        ("Kessel Holdings", "ORG"),
        ("Velcars", "ORG"),
    )
    actors = build_actors(doc).actors
    assert {"Orsk Bank", "Kessel Holdings", "Velcars"} <= set(actors)


def test_a_surname_alone_in_another_spelling_is_the_person_named_in_full() -> None:
    doc = _doc(
        "President Oleksiy Kovalensky met the envoy. Later Kovalenskyy said the talks went well.",
        ("Oleksiy Kovalensky", "PERSON"),
        ("Kovalenskyy", "PERSON"),
    )
    actors = build_actors(doc).actors
    assert "Kovalenskyy" not in actors
    assert actors["Oleksiy Kovalensky"].mentions == 2


def test_a_state_code_after_a_town_in_running_text_is_a_place() -> None:
    doc = _doc(
        "The band opens the tour in Halden Beach, FL, the first of 30 stops, and Lena Holm "
        "joins them at Kessel Park, Mountain View, CA for a hometown show.",
        ("Halden Beach", "GPE"),
        ("FL", "ORG"),
        ("Lena Holm", "PERSON"),
        ("Kessel Park", "ORG"),
        ("Mountain View", "GPE"),
        ("CA", "ORG"),
    )
    actors = build_actors(doc).actors
    assert actors["FL"].type == "GPE"
    assert actors["CA"].type == "GPE"


def test_a_shortened_name_with_a_lower_case_word_before_it_is_the_body() -> None:
    doc = _doc(
        "The federal Bureau of Harbours fired its chief. The Bureau of Harbours said the "
        "review would take a year.",
        ("federal Bureau of Harbours", "ORG"),
        ("Bureau of Harbours", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "federal Bureau of Harbours" not in actors
    assert actors["Bureau of Harbours"].mentions == 2


def test_republic_of_ireland_is_ireland() -> None:
    doc = _doc(
        "Lena Holm scored twice as the Republic of Ireland beat Velmar, and Ireland now lead "
        "the group.",
        ("Lena Holm", "PERSON"),
        ("Republic of Ireland", "GPE"),
        ("Velmar", "GPE"),
        ("Ireland", "GPE"),
    )
    actors = build_actors(doc).actors
    assert "Republic of Ireland" not in actors
    assert actors["Ireland"].mentions == 2


def test_a_place_before_prison_beside_the_prisons_name_is_the_prison() -> None:
    doc = _doc(
        "Tom Brell is held at Harwick prison in Velmar. He was due to leave HMP Harwick in May, "
        "and Harwick jail staff said he was well.",
        ("Tom Brell", "PERSON"),
        ("Harwick", "GPE"),
        ("Velmar", "GPE"),
        ("Harwick", "GPE"),
        ("Harwick", "GPE"),
    )
    actors = build_actors(doc).actors
    assert "Harwick" not in actors
    assert actors["HMP Harwick"].mentions == 3


def test_names_of_one_body_from_the_alias_list_are_one_actor() -> None:
    doc = _doc(
        "Fighters of the Islamic State took the town. Velmar said ISIS had lost ground since.",
        ("Islamic State", "ORG"),
        ("Velmar", "GPE"),
        ("ISIS", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "ISIS" not in actors
    assert actors["Islamic State"].mentions == 2


def test_a_capitalised_common_noun_the_text_also_writes_in_lower_case_is_no_actor() -> None:
    doc = _doc(
        "Velcars showed the roadster last year. The wheels of the Coupe were kept, and the "
        "coupe keeps its roof.",
        ("Velcars", "ORG"),
        ("Coupe", "LOC"),
    )
    actors = build_actors(doc).actors
    assert "Coupe" not in actors
    assert "Velcars" in actors


def test_a_common_noun_that_acts_stays_an_actor() -> None:
    doc = _doc(
        "Shares rose after Beacon said sales grew, a beacon of hope for the year.",
        ("Beacon", "ORG"),
    )
    assert "Beacon" in build_actors(doc).actors


def test_a_name_a_condition_or_drug_is_called_names_a_thing() -> None:
    doc = _doc(
        "Doctors found a condition called KL in the patient. KL is a severe reaction, and Lena "
        "Holm said she took a drug known as Velmarol.",
        ("KL", "ORG"),
        ("KL", "ORG"),
        ("Lena Holm", "PERSON"),
        ("Velmarol", "ORG"),
    )
    actors = build_actors(doc).actors
    assert not {"KL", "Velmarol"} & set(actors)
    assert "Lena Holm" in actors


def test_capitals_may_leave_out_a_last_word_joined_by_and() -> None:
    doc = _doc(
        "The Norwegian Centre for Harbour Safety and Prevention said the port was closed, and the "
        "Norwegian CHS later reopened it.",
        ("Norwegian Centre for Harbour Safety and Prevention", "ORG"),
        ("CHS", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "CHS" not in actors
    assert actors["Norwegian Centre for Harbour Safety and Prevention"].mentions == 2


def test_department_of_x_and_x_department_are_one_body() -> None:
    doc = _doc(
        "The Velmar Department of Fisheries opened a review. Lena Holm said the Fisheries "
        "Department would report in May.",
        ("Department of Fisheries", "ORG"),
        ("Lena Holm", "PERSON"),
        ("Fisheries Department", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Fisheries Department" not in actors
    assert actors["Department of Fisheries"].mentions == 2


def test_a_bodys_head_word_alone_with_a_capital_is_the_one_body_it_ends() -> None:
    doc = _doc(
        "The Velmar Harbour Agency will test the ships. The Agency's divers said the hulls were "
        "sound.",
        ("Velmar Harbour Agency", "ORG"),
        ("Agency", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Agency" not in actors
    assert actors["Velmar Harbour Agency"].mentions == 2


def test_a_court_district_cut_from_its_state_is_no_actor() -> None:
    doc = _doc(
        "Tom Brell, the U.S. Attorney for the Northern District of Velmar, said the case was "
        "closed.",
        ("Tom Brell", "PERSON"),
        ("Northern District", "LOC"),
    )
    actors = build_actors(doc).actors
    assert "Northern District" not in actors
    assert "Tom Brell" in actors


def test_a_clubs_town_alone_is_the_club_beside_its_marked_name() -> None:
    doc = _doc(
        "Lena Holm won the league with FC Kittby in 2004. She left Kittby for Orsk a year later.",
        ("Lena Holm", "PERSON"),
        ("FC Kittby", "ORG"),
        ("Kittby", "ORG"),
        ("Orsk", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Kittby" not in actors
    assert actors["FC Kittby"].mentions == 2


def test_a_genus_of_a_latin_name_is_no_actor() -> None:
    doc = _doc(
        "The illness is caused by the bacteria Velmaria orskensis, which Lena Holm studied at "
        "Kittby University. Patients with V. orskensis recover. Harvard researchers agree.",
        ("Velmaria", "GPE"),
        ("Lena Holm", "PERSON"),
        ("Kittby University", "ORG"),
        ("V.", "NORP"),
        ("Harvard", "ORG"),
    )
    actors = build_actors(doc).actors
    assert not {"Velmaria", "V"} & set(actors)
    assert {"Lena Holm", "Kittby University", "Harvard"} <= set(actors)
