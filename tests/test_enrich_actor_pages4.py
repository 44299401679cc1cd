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


ROCKET = (
    "Lena Holm, who heads the Orsk Space Agency, said the Tern Upper Stage would fly on the "
    "agency's new rocket in May, and that the Kessel Landing System would take astronauts to "
    "the Moon. A Vulcan rocket will carry the lander to lunar orbit."
)
ROCKET_ENTS = (
    ("Lena Holm", "PERSON"),
    ("Orsk Space Agency", "ORG"),
    ("Tern Upper Stage", "ORG"),
    ("Kessel Landing System", "ORG"),
    ("Moon", "PERSON"),
    ("Vulcan", "NORP"),
)


def test_stages_landers_and_listed_rockets_are_no_actors_in_a_spaceflight_story() -> None:
    actors = build_actors(_doc(ROCKET, *ROCKET_ENTS)).actors
    assert not {"Tern Upper Stage", "Kessel Landing System", "Vulcan"} & set(actors)
    assert {"Lena Holm", "Orsk Space Agency"} <= set(actors)


def test_the_moon_of_a_spaceflight_story_is_a_place() -> None:
    actors = build_actors(_doc(ROCKET, *ROCKET_ENTS)).actors
    assert actors["Moon"].type == "LOC"


def test_moon_the_surname_stays_a_person_outside_spaceflight() -> None:
    doc = _doc(
        "Moon Haneul met the union on Monday. Moon said the talks would go on.",
        ("Moon Haneul", "PERSON"),
        ("Moon", "PERSON"),
    )
    assert build_actors(doc).actors["Moon Haneul"].type == "PERSON"
    assert "Moon" not in build_actors(doc).actors


def test_a_listed_rocket_name_is_a_company_outside_spaceflight() -> None:
    doc = _doc(
        "Vulcan said on Monday that its quarry sales rose 4%.",
        ("Vulcan", "ORG"),
    )
    assert "Vulcan" in build_actors(doc).actors
