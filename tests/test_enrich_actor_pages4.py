"""Actors on real pages, fourth pass (issue 12, entities): names with commas in them, things
and places listed as actors, fragments and credits. Entity labels are set by hand over a real
parse; every name is invented."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actors import build_actors


def test_a_ministry_named_with_commas_is_one_organisation() -> None:
    doc = _doc(
        "Velmar's Ministry of Fisheries, Forestry and Water (MFFW) set new quotas on Monday. "
        "The quotas MFFW set will hold until May.",
        ("Velmar", "GPE"),
        ("Ministry of Fisheries, Forestry and Water (MFFW", "ORG"),
        ("MFFW", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Ministry of Fisheries, Forestry and Water" in actors
    assert not {"Ministry of Fisheries", "Forestry", "Water", "MFFW"} & set(actors)


def test_a_division_named_with_commas_runs_past_the_ner_span() -> None:
    doc = _doc(
        "Lena Holm, who runs Ostra Marine, Harbour, and Freight, said the order was late.",
        ("Lena Holm", "PERSON"),
        ("Ostra Marine, Harbour", "ORG"),
        ("Freight", "ORG"),
    )
    actors = build_actors(doc).actors
    assert "Ostra Marine, Harbour, and Freight" in actors
    assert not {"Harbour", "Freight", "Ostra Marine"} & set(actors)


def test_a_list_of_companies_is_still_split() -> None:
    doc = _doc(
        "Orsk Airlines, Kessel and Brask said fares would rise.",
        ("Orsk Airlines, Kessel and Brask", "ORG"),
    )
    assert {"Orsk Airlines", "Kessel", "Brask"} <= set(build_actors(doc).actors)
