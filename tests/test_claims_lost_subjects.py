"""A figure's subject the parser lost or hid behind a word naming no one (issue 12, subjects
unknown on one side). Invented sentences; each rule test fails without its reading in
``enrich/claim_lost_subjects.py`` (the claim has no subject), the guards keep it unknown where
another reading is open."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _subjects(text: str, what: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [c.subject for c in claims if c.what == what]


def test_a_body_noun_told_by_its_name() -> None:
    text = "The Harbor City Gulls team offered Nils Amberg an eight-year deal worth $150 million."
    assert _subjects(text, "dollars") == ["Harbor City Gulls"]


def test_a_body_noun_told_by_a_persons_name_names_no_body() -> None:
    # "the Kobel team" is a person's team, not a body called Kobel
    text = "The Dan Kobel team offered Nils Amberg an eight-year deal worth $150 million."
    assert _subjects(text, "dollars") == [None]


def test_a_reported_clause_without_that() -> None:
    # the parser takes "the Gulls team ..." for the object of "reported" and leaves "offered"
    # with no subject
    text = (
        "Walt Brenner of the Ledger reported the Harbor City Gulls team of owner Dan Kobel and "
        "manager Ray Sutt offered Nils Amberg an eight-year deal worth $150 million."
    )
    assert _subjects(text, "dollars") == ["Harbor City Gulls"]


_FALL = (
    "The morning following Kell ’ s accident an eager and reportedly ill - prepared alpine "
    "hiker with rented equipment, 26 - year - old {who} of Leeds but living in Hobart, "
    "Tasmania, slipped on scree and fell 300 metres down a gully."
)


def test_a_time_taken_for_the_subject_leaves_the_one_person_named() -> None:
    assert _subjects(_FALL.format(who="Jory Brand"), "metres") == ["Jory Brand"]


_FUNERAL = (
    "The day following Tomas Kell ’ s funeral an eager and reportedly ill - prepared alpine "
    "hiker with rented equipment{who} slipped on scree and fell 300 metres down a gully."
)


def test_a_time_taken_for_the_subject_with_an_owner_only_names_no_one() -> None:
    # the parser takes "day" for the one subject; Kell is named only as the funeral's owner
    text = _FUNERAL.format(who=" from Leeds but living in Hobart, Tasmania,")
    assert _subjects(text, "metres") == [None]


def test_a_time_taken_for_the_subject_with_two_people_names_no_one() -> None:
    who = ", 26 - year - old Jory Brand of Leeds but living with Tomas Vell in Hobart, Tasmania,"
    assert _subjects(_FUNERAL.format(who=who), "metres") == [None]


def test_a_person_noun_beside_the_time_keeps_the_subject_unknown() -> None:
    # "morning" and "hiker" both taken for subjects: the hiker is not the one named
    text = (
        "The morning following Tomas Kell ’ s accident an eager and reportedly ill - prepared "
        "alpine hiker who had hired Jory Brand as a guide slipped on scree and fell 300 metres."
    )
    assert _subjects(text, "metres") == [None]
