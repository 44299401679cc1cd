"""Acts only sought, goods ordered, and a title-case dateline (issue 12, relations).

Read on unseen real pages (reader16, session 16): "efforts to get Ukraine to investigate …"
gave two INVESTIGATE relations though nothing was investigated; "ordered another set of mice
from a breeding facility" gave a DEMAND event; a dateline printed in title case
("Indianapolis – Several thousand teachers … surrounded the Statehouse") made the city an
actor. Invented sentences; each rule has controls that stay."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


@pytest.mark.parametrize(
    "text",
    [
        "The row is over the mayor's efforts to get Kaldria to investigate Jon Varga.",
        "Lena Holm wants Kaldria to investigate Jon Varga.",
        "The minister's attempt to persuade Kaldria to sanction Sorvenland failed.",
        # reader18: a need in a reported belief, the infinitive parsed as an adverbial
        "Lena Holm believed Kaldria needed to investigate Jon Varga and the Orsa bank.",
    ],
)
def test_an_act_only_sought_is_no_relation(text: str) -> None:
    assert not any(kind in {"INVESTIGATE", "SANCTION"} for kind, _, _ in _found(text))


def test_an_act_done_stays() -> None:
    assert ("INVESTIGATE", "Kaldria", "Jon Varga") in _found(
        "Kaldria's prosecutors investigated Jon Varga."
    )
    assert ("AGREE", "Kaldria", "Sorvenland") in _found(
        "Kaldria agreed to sign a treaty with Sorvenland."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm ordered another set of microscopes from a supplier in Brask.",
        "Velmar Air ordered 50 jets last year.",
    ],
)
def test_goods_ordered_are_no_demand(text: str) -> None:
    assert not any(kind == "DEMAND" for kind, _, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm ordered an investigation into the fire.",
        "Lena Holm ordered the guards to leave the building.",
        "Lena Holm ordered 300 troops to the border.",
    ],
)
def test_an_order_given_stays_a_demand(text: str) -> None:
    assert ("DEMAND", "Lena Holm", "") in _found(text)


def test_a_title_case_dateline_of_a_known_place_is_no_actor() -> None:
    text = "Indianapolis – Several thousand teachers surrounded the Kittby Statehouse on Tuesday."
    assert mask_datelines(text).startswith(" " * len("Indianapolis – "))
    assert not any(source == "Indianapolis" for _, source, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm – the mayor since 2019 – said the town would pay.",  # a person, not a place
        "Kittby – a town of 4,000 – voted on Sunday.",  # a place the gazetteer does not know
        "The talks opened.\nParis – the host city – was quiet.",  # not the start of the text
    ],
)
def test_other_title_case_openings_stay(text: str) -> None:
    assert mask_datelines(text) == text


def test_people_sent_somewhere_are_no_aid() -> None:
    # rule: verb_conditions pronoun_object for "send" (reader18: "freed three Taliban prisoners
    # and sent them to Qatar" gave Afghanistan AID Qatar)
    found = _found("The Afghan government freed three Orsa prisoners and sent them to Qatar.")
    assert not any(kind == "AID" for kind, _, _ in found), found
    assert ("AID", "France", "Chad") in _found("France sent aid to Chad on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Police said Ivo Brandt struck Jon Varga with his 2013 Velo sedan as he drove north.",
        "Witnesses said Ivo Brandt hit Jon Varga with his car outside the store.",
    ],
)
def test_a_person_struck_by_a_vehicle_is_no_fight(text: str) -> None:
    # rule: verb_conditions vehicle_instrument (reader18b: a driver who struck a pedestrian
    # with his Camry was "Subryan FIGHT Chohan", agreed by two outlets)
    assert not any(kind in {"FIGHT", "ASSAULT"} for kind, _, _ in _found(text))


def test_a_strike_with_weapons_stays_a_fight() -> None:
    assert ("FIGHT", "Russia", "Ukraine") in _found("Russia struck Ukraine with missiles.")
