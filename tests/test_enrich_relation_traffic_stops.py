"""A driver pulled over by the police is stopped by them (issue 12, rel35).

The readable real-news gold codes "<player> was pulled over by the <state> Highway Patrol for
speeding" ``coerce`` (a traffic stop, the police's act on the driver); "pull" had no entry in
the lexicon. "Pull" completed by "over", with an object or in the passive, is now COERCE.
Invented sentences; the guard keeps a driver's own stop no act."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_pulled_over_by_the_patrol_is_coercion() -> None:
    found = _found("Tom Varley was pulled over by the Ohio Highway Patrol for speeding.")
    assert ("COERCE", "Ohio Highway Patrol", "Tom Varley") in found


def test_a_driver_pulling_over_does_nothing() -> None:
    assert _found("Tom Varley pulled over and got out of his car.") == set()
