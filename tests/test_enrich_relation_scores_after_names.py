"""A score after a player's name is no count of people (issue 12, rel35).

read34 saw tennis wins lose their target ("<player> defeated <player> 6-4, 6-3" shown as an
event of the winner): the parser hangs the score on the loser's name as a number, and the
rule for counted nationals ("11 Yemeni", "12 Somalis": people of a country, not the state)
dropped the name. A count comes before its word; a number after a name is none. Invented
sentences."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relation_rules import counted_nationals
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_a_win_with_its_score_keeps_the_loser() -> None:
    found = _found("Tom Varley defeated Abel Orrin 6-4, 6-3 on Tuesday.")
    assert ("FIGHT", "Tom Varley", "Abel Orrin") in found


def test_a_number_before_a_demonym_still_counts_people() -> None:
    doc = load_pipeline("en_core_web_sm")("The navy seized 11 Yemeni on Friday.")
    yemeni = next(t for t in doc if t.text == "Yemeni")
    assert any(c.dep_ == "nummod" for c in yemeni.children)  # the parse the rule reads
    assert counted_nationals(yemeni, "Yemen")
