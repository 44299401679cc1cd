"""Events that hid or repeated a relation (fixleft22's leftovers): "Tom Baxter shot and wounded
Gary Olsen" gave ASSAULT Olsen and also an ASSAULT event of Baxter with no target (the event
goes, an event of another sentence stays); "Kaldria asked Sorvenland to withdraw" gave a DEMAND
event with no target although the one asked is named (a state or body asking another to act is
a DEMAND relation; a person urging a person stays an event). Invented text."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets

_PAD = " The harbour police of Kessel published the report on their website this morning."


def _relations(text: str) -> list[tuple[str, str, str]]:
    found = enrich_outlets([("Kessel Post", text + _PAD)])[1][1]
    return [(r.type, r.source, r.target) for r in found.relations]


def test_two_verbs_of_one_act_give_the_relation_alone() -> None:
    for text in (
        "Tom Baxter shot and wounded Gary Olsen on Friday.",
        "Tom Baxter shot Gary Olsen, wounding him.",
    ):
        assert _relations(text) == [("ASSAULT", "Tom Baxter", "Gary Olsen")], text


def test_an_event_of_another_sentence_stays() -> None:
    found = _relations(
        "Tom Baxter shot Gary Olsen in the hip. Police said Tom Baxter shot three times."
    )
    assert found == [("ASSAULT", "Tom Baxter", "Gary Olsen"), ("ASSAULT", "Tom Baxter", "")]


def test_a_state_asking_another_to_act_names_the_one_asked() -> None:
    # the demo corpus: "Kaldria asked Sorvenland to withdraw" was a DEMAND event, no target
    found = _relations("Kaldria asked Sorvenland to withdraw its troops from the Tessa strait.")
    assert found == [("DEMAND", "Kaldria", "Sorvenland")]


def test_a_person_urging_a_person_stays_an_event() -> None:
    # a coach's advice to a boxer is no demand between them (relation_addressed)
    found = _relations("Coach Tom Baxter urged Gary Olsen to throw more jabs in the third round.")
    assert found == [("DEMAND", "Tom Baxter", "")]


def test_a_negated_relation_keeps_an_affirmed_event_of_its_type() -> None:
    # review23a: the denied threat to Sorvenland hid the threat to leave the talks
    found = enrich_outlets(
        [
            (
                "Kessel Post",
                "Kaldria has not threatened Sorvenland, but Kaldria threatened to leave the "
                "talks." + _PAD,
            )
        ]
    )[1][1].relations
    assert {(r.type, r.source, r.target, r.negated) for r in found} == {
        ("THREATEN", "Kaldria", "Sorvenland", True),
        ("THREATEN", "Kaldria", "", False),
    }


def test_a_company_asking_a_court_is_no_demand_on_the_court() -> None:
    # review23a: a petition to a court is a legal filing, not a political demand
    for asker in ("Acme Corp", "Kaldria"):
        found = _relations(f"{asker} asked the Supreme Court to hear its appeal on Monday.")
        assert ("DEMAND", asker, "Supreme Court") not in found, asker


def test_a_ministry_asking_a_council_to_act_is_a_demand() -> None:
    found = _relations(
        "The Sorven Interior Ministry urged the Orsk City Council to close the port."
    )
    assert found == [("DEMAND", "Sorven Interior Ministry", "Orsk City Council")]
