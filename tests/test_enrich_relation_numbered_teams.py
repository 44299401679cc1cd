"""A team named with a numbered plural is an actor (issue 12, relations, rel34).

Read on the readable real-news gold (session 34): a team written "<city> 76ers" is typed an
organisation by the team reader, but the relation reader dropped every name with a digit, so
the team's firing and signing of coaches and players gave no relation. Invented sentences; the
guard keeps other names with digits ("Flight 253", "Boeing 737") out."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actor_teams import numbered_team_name
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_a_numbered_team_fires_its_coach() -> None:
    assert ("SANCTION", "Denver 58ers", "Gary Olsen") in _found(
        "The Denver 58ers fired coach Gary Olsen on Saturday."
    )


def test_a_numbered_team_signs_a_player() -> None:
    assert ("COOPERATE", "Denver 58ers", "Gary Olsen") in _found(
        "The Denver 58ers signed guard Gary Olsen to a three-year contract."
    )


@pytest.mark.parametrize("name", ["Denver 58ers", "the 58ers", "58ers"])
def test_numbered_plurals_are_team_names(name: str) -> None:
    assert numbered_team_name(name)


@pytest.mark.parametrize("name", ["Flight 253", "Apollo 11", "Boeing 737", "G20", "Gary Olsen"])
def test_other_names_with_digits_are_not(name: str) -> None:
    assert not numbered_team_name(name)


def test_a_flight_number_stays_no_actor() -> None:
    found = _found("Flight 253 struck the Orsk tower on Saturday.")
    assert not any(source == "Flight 253" or target == "Flight 253" for _, source, target in found)
