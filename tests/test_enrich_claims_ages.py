"""A figure's subject described only by an age, kept as that age (issue 12, branch confsubj21).

Invented sentences. The rule tests fail without ``enrich/claim_ages.py`` (the subject stays
unknown, or the pronoun as written); the guards keep it so where another reading is open: a
name, two people, another number, another person before the pronoun, a noun of the other sex,
a reported clause."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_ages import described_age
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _subjects(text: str, what: str) -> list[str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [c.subject for c in claims if c.what == what]


def test_a_person_noun_described_by_an_age() -> None:
    text = "A 41-year-old Norvish hiker is dead after falling about 80 metres near Kell Peak."
    assert _subjects(text, "metres") == ["41-year-old"]


def test_the_age_alone_as_the_subject() -> None:
    text = "The 41-year-old, who had lived in Osterby, slipped and fell 80 metres down a gully."
    assert _subjects(text, "metres") == ["41-year-old"]


def test_a_pronoun_in_a_clause_of_the_described_subjects_verb() -> None:
    text = "A 41-year-old man died on Sunday after he slipped and fell about 80 metres."
    assert _subjects(text, "metres") == ["41-year-old"]


def test_a_named_subject_keeps_its_name() -> None:
    text = "On Sunday, 41-year-old Tomas Vellander died after falling about 80 metres."
    assert _subjects(text, "metres") == ["Tomas Vellander"]


def test_a_thing_described_by_an_age_is_no_one() -> None:
    text = "A 40-year-old bridge collapsed after sinking about 3 metres into the river."
    assert _subjects(text, "metres") == [None]


def test_two_people_are_not_one_age() -> None:
    text = "A 41-year-old man and his son fell about 80 metres near Kell Peak on Sunday."
    assert _subjects(text, "metres") == [None]


def test_another_person_before_the_pronoun_keeps_it() -> None:
    text = "A 41-year-old man died on Sunday after Tomas Vell slipped and he fell about 80 metres."
    assert _subjects(text, "metres") == ["he"]


def test_another_subject_before_the_pronoun_keeps_it() -> None:
    # the guide may be "he": no list of person nouns need know the word
    text = "A 41-year-old man died on Sunday after his guide slipped and he fell about 80 metres."
    assert _subjects(text, "metres") == ["he"]


def test_a_noun_of_the_other_sex_keeps_the_pronoun() -> None:
    text = "A 41-year-old woman died on Sunday after he slipped and fell about 80 metres."
    assert _subjects(text, "metres") == ["he"]


def test_a_reported_clause_keeps_the_pronoun() -> None:
    # "said he fell": the man reports someone's fall, perhaps his own, perhaps not
    text = "A 41-year-old man told police on Sunday that he fell about 80 metres."
    assert _subjects(text, "metres") == ["he"]


def test_the_age_of_a_description() -> None:
    assert described_age("41-year-old") == 41
    assert described_age("Tomas Vellander") is None
    assert described_age(None) is None


def test_a_title_holder_is_named_whatever_type_the_name_was_given() -> None:
    # the parser takes "Kessington" for a place; the one who retains "his" title is a person
    text = "Kessington (40-2, 31 knockouts) retained his world title for the fifth time."
    assert _subjects(text, "defence") == ["Kessington"]
