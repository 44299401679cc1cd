"""Play in a game or a bout, a film's scene and warnings to the public are no acts between
actors (issue 12, relations, spk37).

read36 read four such rows on real news: a skater "stripping" an opponent of the puck read as
COERCE, a boxer who "retreated to the ropes" as RETREAT, a referee "warning his corner" as
THREATEN, and an electoral body that "issued a statement warning that voters are entitled to
…" as THREATEN. The lexicon's ``verb_conditions`` keep "strip" for "stripped X of Y" and drop
"retreat" to a ring's ropes or corner; a game's official acting is play
(:mod:`~newsbeat.enrich.relation_officials`); a statement issued "warning that" something is
so is a forecast, as "warned that" was (:mod:`~newsbeat.enrich.event_core`); read37's film
scene ("In the movie, X telling Y to …") is no demand (:mod:`~newsbeat.enrich.relation_fiction`).
Invented
sentences; the guards keep the acts these shapes also write."""

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
        # the puck taken from a player
        "Dane Olvik opened the scoring by stripping Hawks center Bram Teller in the neutral zone.",
        # a boxer backing off in the ring
        "Bram Teller merely retreated to the ropes to take more shots from Dane Olvik.",
        # a referee's calls
        "Referee Mark Ostrova warned Bram Teller for holding in the fourth round.",
        "Referee Mark Ostrova penalized Bram Teller in the fifth round.",
        "Referee Mark Ostrova warned both fighters before the fifth round.",
        # a statement of what voters are owed, to the public
        "In a reflection of the confusion, the Tarsk Electoral Board, which regulates campaign "
        'finances, issued a statement warning that "voters are entitled to transparency."',
        # an advisory about a software flaw
        "Velmar Systems issued a warning about the flaw on Tuesday.",
    ],
)
def test_play_and_public_warnings_are_no_acts(text: str) -> None:
    assert _found(text) == set()


def test_stripped_of_a_title_stays_coercion() -> None:
    text = "Bram Teller was stripped of his title by the Tarsk Boxing Federation."
    assert ("COERCE", "Tarsk Boxing Federation", "Bram Teller") in _found(text)


def test_a_retreat_to_barracks_stays() -> None:
    assert ("RETREAT", "Velmar", "") in _found(
        "Velmar troops retreated to their barracks on Sunday."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a warning aimed at someone
        "The Tarsk Electoral Board issued a statement warning Velmar Media that its licence "
        "would be revoked.",
        # what the warner will do
        "Kaldria issued a statement warning that it would respond if Velmar ships entered the "
        "strait.",
        # a warning about what the warner will do
        "Kaldria issued a warning about the consequences of any incursion.",
    ],
)
def test_statements_that_threaten_stay_threats(text: str) -> None:
    assert any(kind == "THREATEN" for kind, _, _ in _found(text))


def test_a_player_acting_on_the_referee_is_still_an_act() -> None:
    found = _found("Lena Varga criticised referee Mark Ostrova after the game.")
    assert ("DISAPPROVE", "Lena Varga", "Mark Ostrova") in found


def test_a_film_scene_is_no_act() -> None:
    # read37: an actor's line in a film printed as his DEMAND
    assert _found("In the 1976 film, Dag Olvik urges Ivo Brask to follow the money.") == set()


def test_guard_a_book_by_a_real_author_keeps_its_acts() -> None:
    found = _found("In the book, Dag Olvik accuses Ivo Brask of lying to the committee.")
    assert ("DISAPPROVE", "Dag Olvik", "Ivo Brask") in found
