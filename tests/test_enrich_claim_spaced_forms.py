"""Figures written with tokenised spacing read as their glued forms read (issue 12, claims35):
a figure hyphened to a singular that modifies the next word ("a four - time All - Star", "the
64 - bit version") counts nothing; a code's later part ("CVE - 2013 - 3893"), a season's second
year ("the 2002 - 03 squad") and "multi - million" are no figures; a thousands figure split at
its comma is one figure even where the tagger calls its first piece a date ("Around 1, 000
people"), and stands where its first piece stands in the parse ("a crowd of 22, 000 in").
Invented sentences; each guard keeps a claim the rule must not take."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _read(text: str) -> list[tuple[str, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors, min_words=4))
    return [(c.what, c.low) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "But Vell's return to the city where he was a four - time All - Star shouldn't surprise.",
        "Tom Vell, a three - time Velmar Bowl nose tackle, was stopped for speeding.",
        "The Orlin browser you're using is a 32 - bit or 64 - bit version.",
        'The Orlin firm released a patch, "CVE - 2013 - 3893 Shim Workaround", on Monday.',
        "His 2002 - 03 squad tied for second in the Kessel division.",
        "Few of the Orsk players with multi - million dollar salaries hire drivers.",
    ],
)
def test_a_spaced_piece_of_a_word_is_no_claim(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Velmar party holds 160 seats in the 300 - seat Orsk Parliament.", ("seats", 300.0)),
        ("Tom Vell scored on a 2 - yard run in the second quarter.", ("yard", 2.0)),
        ("In the Orsk floods of 2011 - 12 people died.", ("people", 12.0)),
        ("The president of the 6, 000 - member Orsk Academy spoke.", ("members", 6000.0)),
    ],
)
def test_a_spaced_count_of_a_part_or_a_measure_stays(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Around 1, 000 people are housed in tents in Orsk," the Velmar mayor said.',
            ("people", 800.0),
        ),
        (
            "The Orsk clinic cannot afford 14, 000 patients losing their care.",
            ("patients", 14000.0),
        ),
        ("After the fight, Tom Vell led the crowd of 22, 000 in a song.", ("crowd", 22000.0)),
        (
            "Kessel is the largest island in the bay, with a population of 120, 000.",
            ("population", 120000.0),
        ),
    ],
)
def test_a_thousands_figure_split_at_its_comma_is_read(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in _read(text)


def test_a_day_after_a_month_is_not_joined_to_the_next_figure() -> None:
    assert ("people", 3200.0) not in _read("On March 3, 200 people marched in Orsk.")
