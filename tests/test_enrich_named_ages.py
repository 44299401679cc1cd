"""Named people's ages in more of the shapes news writes them (issue 12, branch ages28).

Invented names and sentences. Each rule test fails without its rule in
``enrich/claim_named_ages.py`` (or the looser name check of ``claim_figures``, the titles of
``claims._person``, the apposed relative clause of ``claim_pronouns``); each guard keeps an
age from a person it may not belong to: an age given to the wrong person is worse than none.
"""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _ages(text: str) -> list[tuple[str | None, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    return [(c.subject, c.low) for c in claims if c.event == "age"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        pytest.param(
            "Capt. Lena Morvik and Senior Trooper Dalen Hask, both 44, died at the scene.",
            [("Lena Morvik", 44.0), ("Dalen Hask", 44.0)],
            id="both-N",
        ),
        pytest.param(
            "Police delayed announcing the death of 51-year-old Senior Trooper Will Haskard.",
            [("Will Haskard", 51.0)],
            id="rank-after-the-age",
        ),
        pytest.param(
            "Police identified the officer who died as 51-year-old Capt. Tom Ardel.",
            [("Tom Ardel", 51.0)],
            id="dotted-title-after-the-age",
        ),
        pytest.param(
            "The crowd sang for trainer Emmet Sorrow, who turned 68 on Saturday.",
            [("Emmet Sorrow", 68.0)],
            id="turned-N",
        ),
        pytest.param(
            "Pell Orman was arrested on Monday. His 38-year-old wife, Mira Tallis, was released.",
            [("Mira Tallis", 38.0)],
            id="kin-noun-then-name",
        ),
        pytest.param(
            "At 38, Lena Morvik is the youngest minister in the cabinet.",
            [("Lena Morvik", 38.0)],
            id="at-N-opening",
        ),
        pytest.param(
            "Dalen Hask -- 38 -- told reporters he had seen the fire.",
            [("Dalen Hask", 38.0)],
            id="dash-aside",
        ),
        pytest.param(
            "Golden girl of the stage, Mira Tallis, has died peacefully in her sleep aged 91.",
            [("Mira Tallis", 91.0)],
            id="died-in-her-sleep-aged-N",
        ),
        pytest.param(
            "Mira Tallis, the swimmer turned actress who starred in many films, has died.\n"
            "She was 91.",
            [("Mira Tallis", 91.0)],
            id="who-clause-then-she-was-N",
        ),
        pytest.param(
            "Marchetti, 28, has hit at least 30 homers in each of the past five seasons.",
            [("Marchetti", 28.0)],
            id="surname-typed-as-a-group",
        ),
        pytest.param(
            "Vinterra, 45, an Ashgabat resident, said she had come to vote.",
            [("Vinterra", 45.0)],
            id="first-name-typed-as-a-group",
        ),
    ],
)
def test_a_named_persons_age_is_read(text: str, ages: list[tuple[str, float]]) -> None:
    assert _ages(text) == ages


@pytest.mark.parametrize(
    "text",
    [
        # "both" of a named and an unnamed person: no reading of the pair
        pytest.param("Lena Morvik and her husband, both 44, died on Tuesday.", id="both-unnamed"),
        # a birthday to come is no age now
        pytest.param("Dana Welk, who turns 29 in April, hit 30 home runs.", id="turns-N-in"),
        pytest.param("Dana Welk, who will turn 29 in April, hit 30 home runs.", id="will-turn"),
        # the age is the man's; his wife is another person
        pytest.param("The 38-year-old man's wife, Mira Tallis, was released.", id="kin-of-other"),
        # "At 10," may be a clock time; two subjects: whose age?
        pytest.param("At 10, Lena Morvik left the building.", id="at-clock-time"),
        pytest.param("At 38, Lena Morvik and Dalen Hask are the youngest.", id="at-N-two"),
        # "aged 91" of a man in another phrase
        pytest.param("Mira Tallis died after a car driven by a man aged 91 hit her.", id="aged-of"),
        # a number written with a spaced comma after a name is no age
        pytest.param("According to Lena Morvik, 10, 000 people marched.", id="thousands"),
        # a name NER typed a group that is a place of the gazetteer, or a company
        pytest.param("Orsk, 28, said the team would win.", id="group-place"),
    ],
)
def test_no_age_where_another_reading_is_open(text: str) -> None:
    assert _ages(text) == []


def test_a_word_of_a_group_before_the_name_is_passed_over() -> None:
    # a word NER types as a group is read as a name only where it ends the phrase
    text = "Kell Adams beat Tony Marsh, stopping the 40-year-old American Tony Marsh in the sixth."
    assert ("Tony Marsh", 40.0) in _ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Marek Olvinsky won the bout on Saturday. Olvinsky, 36, stopped Dale Hask in the sixth.",
        "Marek Olvinsky won the bout on Saturday. The 36-year-old Olvinsky stopped Dale Hask.",
    ],
)
def test_a_surname_mention_typed_as_a_group_is_the_named_person(text: str) -> None:
    # the small model types some surnames as a people ("Klitschko, 36,"): the label is set
    # here, the person is the actor of the full name
    from spacy.tokens import Span

    doc = load_pipeline("en_core_web_sm")(text)
    last = [t for t in doc if t.text == "Olvinsky"][-1]
    others = [e for e in doc.ents if e.start > 1 and not e.start <= last.i < e.end]
    doc.ents = [Span(doc, 0, 2, label="PERSON"), *others, Span(doc, last.i, last.i + 1, "NORP")]
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors))
    assert [(c.subject, c.low) for c in claims if c.event == "age"] == [("Marek Olvinsky", 36.0)]


def test_a_group_typed_name_speaking_of_herself() -> None:
    text = "In Gyami, a village near the capital, 25-year-old Vinterra said she had come to vote."
    assert _ages(text) == [("Vinterra", 25.0)]
    # without "she" nothing says that the group-typed name is a person
    assert _ages("In Gyami, 25-year-old Vinterra said the polls had opened early.") == []
