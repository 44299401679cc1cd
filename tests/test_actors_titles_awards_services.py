"""Names a reader found typed as people (issue 12, reader23): a film or book the text writes as
a title beside a work's noun is no actor ("the sequel 'Dawnfall'", "the third installment,
Dawnfall", "the 'Dawnfall' films"), an award the text only writes before an award's word is no
person ("an Elvor - nominated film"), and "X Police" or "X Fire" of "X Fire and Rescue" is an
organisation. Entity labels are set by hand over a real parse so that each test pins the rule,
not what the small model tags. Every name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc


def test_a_title_in_quotes_beside_a_work_noun_is_no_actor() -> None:
    doc = _doc(
        "Kellan Studios is getting ready for the sequel ‘ Dawnfall ’. Filming of Dawnfall "
        "starts in May, and Dawnfall will open in November.",
        ("Kellan Studios", "ORG"),
        ("Dawnfall", "PERSON", 1),
        ("Dawnfall", "PERSON", 2),
    )
    assert "Dawnfall" not in actor_types(doc)
    assert actor_types(doc)["Kellan Studios"] == "ORG"


def test_an_appositive_title_and_quoted_films_are_no_actors() -> None:
    doc = _doc(
        "Tom Reyes signed on for the third installment, Emberline, last week. The studio "
        "could hire a new director, as it did for the ‘ Moonfold ’ films.",
        ("Tom Reyes", "PERSON"),
        ("Emberline", "PERSON"),
        ("Moonfold", "PERSON"),
    )
    types = actor_types(doc)
    assert "Emberline" not in types and "Moonfold" not in types
    assert types["Tom Reyes"] == "PERSON"


def test_near_miss_a_person_named_beside_a_work_noun_stays() -> None:
    # a name that speaks is someone, whatever work noun stands before it
    doc = _doc(
        "After the premiere of the film, Rook Tamsin said the crew had done well.",
        ("Rook Tamsin", "PERSON"),
    )
    assert actor_types(doc).get("Rook Tamsin") == "PERSON"


def test_an_award_before_an_award_word_is_no_person() -> None:
    doc = _doc(
        "Tom Reyes already had an Elvor - nominated film to his name and is a two time Elvor "
        "nominee.",
        ("Tom Reyes", "PERSON"),
        ("Elvor", "PERSON"),
        ("Elvor", "PERSON", 1),
    )
    assert "Elvor" not in actor_types(doc)


def test_near_miss_a_name_once_before_an_award_word_and_once_acting_stays() -> None:
    doc = _doc(
        "Elvor Brandt, an award - winning cook, opened a cafe. Elvor Brandt said it would "
        "stay open late.",
        ("Elvor Brandt", "PERSON"),
        ("Elvor Brandt", "PERSON", 1),
    )
    assert actor_types(doc).get("Elvor Brandt") == "PERSON"


def test_a_police_force_and_a_cut_fire_service_are_organisations() -> None:
    doc = _doc(
        "Marden Police and Marden Fire and Rescue are at the scene of a fire in Kessel.",
        ("Marden Police", "PERSON"),
        ("Marden Fire", "PERSON"),
        ("Kessel", "GPE"),
    )
    types = actor_types(doc)
    assert types["Marden Police"] == "ORG"
    # the cut name is made whole (ents36), an organisation
    assert types["Marden Fire and Rescue"] == "ORG"
    assert "Marden Fire" not in types


def test_near_miss_a_fire_name_without_rescue_keeps_its_type() -> None:
    doc = _doc(
        "Rowan Fire, the band's singer, said the Kessel show would go ahead.",
        ("Rowan Fire", "PERSON"),
        ("Kessel", "GPE"),
    )
    assert actor_types(doc)["Rowan Fire"] == "PERSON"


def test_near_miss_a_place_after_a_work_noun_and_a_comma_stays() -> None:
    doc = _doc(
        "In the documentary, Kessel police are seen clearing the square on Monday.",
        ("Kessel", "GPE"),
    )
    assert actor_types(doc).get("Kessel") == "GPE"


def test_near_miss_a_person_after_a_clause_ending_in_a_work_noun_stays() -> None:
    # "the documentary, Orlo Brenn, 34," ends a fronted clause: the age says a person follows
    doc = _doc(
        "After finishing the documentary, Orlo Brenn, 34, travelled to Peru.",
        ("Orlo Brenn", "PERSON"),
    )
    assert actor_types(doc).get("Orlo Brenn") == "PERSON"


def test_near_miss_a_name_that_nominates_or_wins_is_no_award() -> None:
    # a bare participle is the name's own verb; only a hyphened one makes an award
    doc = _doc(
        "Governor Odile Ferrant nominated Tom Reyes to the court on Monday. Fans watched "
        "Kessa Morrow winning the final.",
        ("Odile Ferrant", "PERSON"),
        ("Tom Reyes", "PERSON"),
        ("Kessa Morrow", "PERSON"),
    )
    types = actor_types(doc)
    assert types.get("Odile Ferrant") == "PERSON" and types.get("Kessa Morrow") == "PERSON"


def test_a_ceremony_known_by_its_plural_is_no_actor() -> None:
    # read34b: "the Oscars" ORG in eleven mentions of a host's story, with no award cue
    from newsbeat.enrich.actors import build_actors
    from newsbeat.enrich.nlp import load_pipeline

    nlp = load_pipeline("en_core_web_sm")
    doc = nlp("Lena Holm will host the Oscars next year. The Oscars air on ABC, producers said.")
    assert "Oscars" not in build_actors(doc).actors
    # a person named like the award keeps the name
    doc = nlp("Oscar Lindqvist went to the Grammys. The Grammys were held in Orsk.")
    actors = build_actors(doc).actors
    assert "Oscar Lindqvist" in actors
    assert "Grammys" not in actors
