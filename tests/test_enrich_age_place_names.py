"""An age before a place's name and a noun of a person: no age of a person named so.

"a 31-year-old Kelby mom" describes a mother from Kelby; the age reader took the name nearest
the age, "Kelby", as the person it describes. Invented sentences: the rule test fails without
the compound check in ``claim_figures._year_old``; the guards keep a person's name after a
noun ("the British climber Ann Kerr") and a name alone."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [(c.low, c.subject) for c in claims if c.event == "age"]


def test_a_place_name_before_a_person_noun_is_no_person() -> None:
    text = (
        "Lena Moro, 11, is recovering from a wound to her cheek, while a 31-year-old Kelby "
        "mom was shot in the arm."
    )
    assert _ages(text) == [(11.0, "Lena Moro")]


def test_a_name_after_a_noun_is_the_person() -> None:
    assert _ages("The 32-year-old British climber Ann Kerr died on Sunday.") == [(32.0, "Ann Kerr")]


def test_a_name_right_after_the_age_is_the_person() -> None:
    assert _ages("Police said the 40-year-old Tomas Vell was arrested on Friday.") == [
        (40.0, "Tomas Vell")
    ]
