"""Initials in brackets after an organisation's name whose letters are not the name's
(alias36, issue 12; read35: "Central Election and Referendum Commission (TsKVPR)" listed
twice). Invented sentences; each test fails without the rule, each guard passes with and
without it."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> dict[str, int]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {name: actor.mentions for name, actor in build_actors(doc).actors.items()}


def test_transliterated_initials_in_brackets_are_the_body() -> None:
    got = _actors(
        "Kaldria's parliamentary vote will have two parties, Velmar Radio reported on Monday,"
        " citing the country's Central Election and Plebiscite Commission (TsIKP). The"
        " campaign starts on May 5, according to TsIKP."
    )
    assert "TsIKP" not in got
    assert got["Central Election and Plebiscite Commission"] == 3


def test_initials_taken_for_a_person_are_the_body() -> None:
    got = _actors(
        "Kaldria's vote will have two parties, citing the country's Central Election and"
        " Plebiscite Commission (ZVPK). The campaign starts on May 5, according to ZVPK."
    )
    assert "ZVPK" not in got
    assert got["Central Election and Plebiscite Commission"] == 2


def test_brackets_after_a_person_or_after_two_bodies_name_neither() -> None:
    # guards: initials after a person's name; the same initials after two organisations
    got = _actors(
        "Avi Noor (KALD) won the race for the Velmar Rowing Club (VRC). KALD said the result"
        " stands."
    )
    assert got["KALD"] == 2
    got = _actors(
        "The Velmar Rowing Club (KLUB) and the Orsk Sailing Club (KLUB) merged. KLUB has 300"
        " members."
    )
    assert got["KLUB"] == 3


def test_initials_of_another_body_are_that_body() -> None:
    # guard: "OPA" in brackets after the ports board are the port authority's initials
    got = _actors(
        "The Kaldria Ports Board (OPA) met the Orsk Port Authority on Monday. OPA said the"
        " talks went well."
    )
    assert got == {"Kaldria Ports Board": 1, "Orsk Port Authority": 3}
