"""Claim slots the reader filled wrong on the dev gold's missed disputes (issue 12, branch
claimslots): the length of a motion read as a position, the activity a span of time is of,
what befell the subject of "suffered damage", and a noun the tagger made a modifier of the
counted noun. Invented sentences; each rule test fails without its rule and has a control."""

from __future__ import annotations

from tests._enrich_docs import found_claims as _claims

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline


def _lengths(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.role, c.event) for c in _claims(text) if c.unit in {"metres", "miles"}]


def test_a_fall_from_a_place_is_its_length_not_a_position() -> None:
    # "from a ledge" is where the fall started: the 90 metres are how far he fell, the event
    # the two outlets' figures share (it was read as a position 90 metres from the ledge)
    assert _lengths("A 40-year-old hiker died after tumbling 90 metres from a ledge.") == [
        (90.0, None, "fall")
    ]


def test_a_plain_fall_has_its_event() -> None:
    # "fall" is a light verb for a figure that falls *to* a level; a length has fallen
    assert _lengths("Mara Quell plunged about 300 metres while climbing to a hut.") == [
        (240.0, None, "fall")
    ]


def test_a_compass_word_still_places_a_figure() -> None:
    # control: "20 miles north of Arden" is where the plane came down
    assert _lengths("The cargo plane fell 20 miles north of Arden.") == [(20.0, "distance", None)]


def test_a_position_from_a_place_stays_a_distance() -> None:
    # control: no motion, so "from the ledge" places the wreck
    read = _lengths("The wreck lies 90 metres from the ledge.")
    assert [(low, role) for low, role, _ in read] == [(90.0, "distance")]


def _slots(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(c.low, c.what, c.event) for c in _claims(text)]


def test_a_span_of_an_activity_is_that_activity() -> None:
    # the hours are the deliberation's, not what the sentence's verb ("come") does
    assert _slots("The panel was unable to come to a verdict after 30 hours of deliberation.") == [
        (30.0, "hours", "deliberate")
    ]


def test_a_span_of_a_gerund_is_that_act() -> None:
    read = _slots(
        "It was only in 2004, after two decades of feigning illness, that Orlo Venn confessed."
    )
    assert (20.0, "years", "feign") in read


def test_a_share_of_a_whole_is_no_activity() -> None:
    # control: "of communications" is the whole the share is of; a thing after "of" is no act
    read = _slots("Up to 70% of communications were disrupted.")
    assert [event for _, what, event in read if what == "percent"] == ["disrupt"]
    read = _slots("The deal guarantees Orlo Venn four years of the contract.")
    assert [event for _, what, event in read if what == "years"] != ["contract"]


def test_what_befell_the_subject_of_an_undergoing_verb() -> None:
    # "suffered severe damage" is the same event as "were damaged"
    assert _slots("Two undersea cables in the Narrow Sea suffered severe damage.") == [
        (2.0, "cables", "damage")
    ]
    assert _slots("Four miners sustained injuries in the blast at Dellow.") == [
        (4.0, "miners", "injure")
    ]


def test_an_undergoing_verb_with_a_pointed_object_keeps_its_verb() -> None:
    # control: "this type of stress" points at a thing, no event
    read = _slots("Thousands of parents are suffering this type of stress every day.")
    assert [event for _, what, event in read if what == "parents"] == ["suffer"]


def test_a_noun_tagged_as_a_modifier_is_not_what_is_counted() -> None:
    # in some articles the tagger makes "undersea" a noun modifying "cables"; the figure
    # counts the cables (the tag is set here as it came in such an article)
    doc = load_pipeline("en_core_web_sm")("Two undersea cables were cut on Friday.")
    sea = next(t for t in doc if t.text == "undersea")
    sea.pos_, sea.dep_, sea.head = "NOUN", "amod", doc[sea.i + 1]
    assert [c.what for c in extract_claims(doc, build_actors(doc), [])] == ["cables"]


def test_a_copula_states_what_its_subject_measures() -> None:
    # "Property damage is $2 million" measures the damage, the event of "caused ... damage"
    read = _slots("Property damage in Velmar is an estimated $3 million.")
    assert [(what, event) for _, what, event in read] == [("dollars", "damage")]


def test_a_sum_of_damage_and_its_conversion_are_the_damage() -> None:
    read = _slots(
        "Six days of riots have caused 90 million euros ($120 million) of damage in Velmar."
    )
    assert [(what, event) for _, what, event in read if what != "days"] == [
        ("euros", "damage"),
        ("dollars", "damage"),
    ]


def test_a_sum_of_a_thing_keeps_its_verb() -> None:
    # control: stock is bought, not an event of the money; a copula's plain subject is no event
    assert [event for _, what, event in _slots("The Orlo fund bought $5 million of stock.")] == [
        "buy"
    ]
    assert [event for _, _, event in _slots("The bill for the repairs is $40.")] == [None]
