"""A call for named actors to act is a demand of them (issue 12, relations, rel34).

Read on the readable real-news gold (session 34): "called for <commissioner> and <mayor> to
visit the community" gave an event of the caller with no one called on; the gold codes it a
demand of each. Invented sentences; the guards keep calls for things and passive infinitives
aimed at no one."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_a_call_for_two_people_to_act_demands_it_of_both() -> None:
    found = _found(
        "Councilman Gary Olsen called for Police Commissioner Tomas Vark and Mayor Anna Berg to"
        " visit the community."
    )
    assert {("DEMAND", "Gary Olsen", "Tomas Vark"), ("DEMAND", "Gary Olsen", "Anna Berg")} <= found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Lena Holm called for Gary Olsen to resign.", "Lena Holm", "Gary Olsen"),
        ("Kaldria called for Sorvenland to withdraw its troops.", "Kaldria", "Sorvenland"),
    ],
)
def test_a_call_for_one_actor_to_act_demands_it_of_them(
    text: str, source: str, target: str
) -> None:
    assert ("DEMAND", source, target) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm called for an inquiry into Gary Olsen.",  # a thing called for
        "Lena Holm called for Gary Olsen to be charged.",  # someone else is to act on him
        "Lena Holm called for calm on Monday after Gary Olsen spoke.",
    ],
)
def test_other_calls_are_aimed_at_no_one(text: str) -> None:
    found = _found(text)
    assert ("DEMAND", "Lena Holm", "") in found
    assert not any(target for _, _, target in found)
