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
