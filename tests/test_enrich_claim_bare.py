"""Bare figures: a number with no noun after it whose counted thing the sentence names
(issue 12, reading by shape; ``enrich/claim_bare.py``).

Invented sentences and names. Each rule test fails without its rule; the guards keep a figure
unread where what it counts is not written."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _found(text: str) -> list[FoundClaim]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return extract_claims(doc, actors, extract_quotes(doc, actors))


def _claims(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in _found(text)]


# A collective noun "of" the figure: the figure is its size.


def test_a_population_of_a_figure() -> None:
    text = "Brannock is the largest island in the bay, with a population of 84,000."
    assert _claims(text) == [("population", 84000.0, 84000.0)]


def test_a_population_of_a_hedged_figure() -> None:
    text = "Brannock has a population of more than 60,000. It is known for its salt marshes."
    assert _claims(text) == [("population", 60000.0, None)]


def test_a_crowd_of_a_figure() -> None:
    text = "A crowd of 7,000 filled the square in Tessaly on Sunday."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("crowd", 7000.0)]


def test_a_total_of_a_figure_counts_nothing_named() -> None:
    text = "A total of 14 turned up at the hall in Tessaly on Sunday."
    assert _claims(text) == []


def test_a_date_of_a_class_is_no_size() -> None:
    text = "The class of 2012 met again at the hall in Tessaly on Sunday."
    assert _claims(text) == []


# The bare subject of a gathering verb counts the people there.


def test_a_bare_figure_that_gathered() -> None:
    text = "In Orlin Square, where 12,000 gathered for a rally, police fired tear gas."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("people", 12000.0)]


def test_a_bare_figure_that_marched() -> None:
    text = "Police in Tessaly said 4,000 marched to the town hall on Saturday."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("people", 4000.0)]


def test_a_figure_of_a_group_that_marched_is_no_crowd() -> None:
    text = "Police in Tessaly said 40 of them marched to the town hall on Saturday."
    assert _claims(text) == []  # a part of a group told before, not the people there


def test_a_bare_subject_of_another_verb_stays_unread() -> None:
    text = "Jurors were questioned all day in Tessaly, and by evening nine were picked."
    assert _claims(text) == []


# A figure in two groups ("1, 400"): its verb is the figure's, not its last group's.


def test_a_split_figure_at_the_end_of_its_sentence() -> None:
    text = "The quake struck the town of Orlin, killing 210 people and wounding around 1, 300."
    assert ("wounded", 1170.0, 1430.0) in _claims(text)


# Taken into custody: an arrest.


def test_taken_into_custody() -> None:
    text = "The frigate foiled the raid off Orlin and took 17 into custody."
    assert _claims(text) == [("arrested", 17.0, 17.0)]


def test_taken_into_a_harbour_is_no_arrest() -> None:
    text = "The frigate foiled the raid off Orlin and took 17 into the harbour."
    assert _claims(text) == []


# The object of a verb joined to a verb whose object is counted shares its noun.


def test_a_second_object_shares_the_counted_noun() -> None:
    text = "Raiders boarded nearly 60 trawlers off Orlin this year and seized 25."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("trawlers", 54.0), ("trawlers", 25.0)]


def test_a_second_clause_with_its_own_subject_shares_nothing() -> None:
    text = "Ames sold 30 cars in May, and his brother bought 12."
    assert [w for w, _, _ in _claims(text)] == ["cars"]


# A participle after an adverb of degree tells what a bare figure counts; "nearly" is none.


def test_a_bare_figure_seriously_injured() -> None:
    text = "Vell threatened witnesses, including two seriously injured when they were stabbed."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("injured", 2.0)]


def test_a_bare_figure_nearly_killed_was_not_killed() -> None:
    text = "Vell threatened witnesses, including two nearly killed when they were stabbed."
    assert _claims(text) == []


def test_a_bare_figure_badly_hurt() -> None:
    text = "The blast in Orlin left 40 badly hurt, officials said."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("injured", 40.0)]


# A whole told by its participle alone ("of the 80 wounded") is a count of its own.


def test_a_whole_told_by_its_casualty_participle() -> None:
    text = "A doctor said 12 of the 45 wounded remained in hospital in Orlin on Monday."
    assert ("wounded", 45.0, 45.0) in _claims(text)


# "A pair of", "a trio of": a count written as a noun of number.


def test_a_pair_of_a_plural_noun() -> None:
    text = "In the sixth round Vell landed a pair of left hooks to floor Ambrin."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("hooks", 2.0)]


def test_a_trio_of_a_plural_noun() -> None:
    text = "Police said a trio of gunmen stormed the bank in Orlin on Friday."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("gunmen", 3.0)]


def test_a_pair_worn_as_one_is_no_count() -> None:
    text = "Police said the thieves stole a pair of jeans from the shop in Orlin."
    assert _claims(text) == []


# A definite figure whose noun has a casualty participle of its own is a count
# (``enrich/claim_definite.py``).


def test_the_figure_of_people_killed_in_an_event() -> None:
    text = "Mourners in Orlin buried the 14 people killed in the blast on Sunday."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("people killed", 14.0)]


def test_the_figure_of_men_arrested() -> None:
    text = "The three men arrested on Monday were released on bail in Orlin."
    assert [(w, lo) for w, lo, _ in _claims(text)] == [("men arrested", 3.0)]


def test_a_definite_figure_with_another_participle_stays_a_reference() -> None:
    text = "The three reports published on Monday in Orlin were wrong."
    assert _claims(text) == []
