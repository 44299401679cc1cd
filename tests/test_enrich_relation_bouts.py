"""A boxer stopping or flooring a named opponent is a fight (issue 12, relations, rel34).

Read on the readable real-news gold (session 34): "stopped <boxer> in the 11th round" and
"floored <boxer> with a big right hand" gave no relation (neither verb is in the CAMEO
lexicon); the gold codes each ``fight``. The lexicon's ``verb_conditions`` now type "stop" and
"floor" FIGHT when the object is a named person and the verb is set in a bout (a round named
by its order, or a blow). Invented sentences; the guards keep other stops and floors out."""

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
        "In 2008, Gary Olsen stopped Tomas Vark in the 11th round.",
        "Gary Olsen floored Tomas Vark with a big right hand near the end of the fifth round.",
    ],
)
def test_a_boxer_stopping_an_opponent_fights_him(text: str) -> None:
    assert ("FIGHT", "Gary Olsen", "Tomas Vark") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police stopped Gary Olsen in the first round of checks.",  # a round of something
        "Lena Holm stopped Gary Olsen at the border.",  # no bout
        "Lena Holm was floored by Gary Olsen's remarks.",  # astonished
        "Gary Olsen stopped the fight in the third round.",  # no person stopped
    ],
)
def test_other_stops_are_no_fight(text: str) -> None:
    assert not any(kind == "FIGHT" for kind, _, _ in _found(text))
