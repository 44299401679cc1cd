"""Claims a reader found under the wrong label on real pages (issue 12, claims35, from read34b):
a model's number after a listed product ("Thunderbolt 3 docks"), a list's or a ranking's title
("5 Thoughts on Why", "the top 10 Health Technology Hazards") count nothing; a figure before a
listed product and its number counts the noun after them ("four Thunderbolt 3 ports"); "dBA"
after a figure is its unit ("a 38 dBA room"); "to the tune of" names no counted thing; a figure
after "that" as a determiner or "the same" tells one told before ("some of that 8.69 GW").
Invented sentences; each guard keeps a count the rule must not take."""

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
    ("text", "absent"),
    [
        (
            "Thunderbolt 3 docks start at $199 retail, and USB ones cost less from Apple.",
            ("docks", 3.0),
        ),
        ("5 Thoughts on Why the Velmar Academy Picked Tom Vell", ("thoughts", 5.0)),
        ("It is on the Velmar top 10 Health Technology Hazard list for 2019.", ("list", 10.0)),
    ],
)
def test_a_model_number_or_a_title_is_no_count(text: str, absent: tuple[str, float]) -> None:
    assert absent not in _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Orsk board named the top 10 Orsk schools on Monday.", ("schools", 10.0)),
        ("The Velmar council heard 5 thoughts on the plan.", ("thoughts", 5.0)),
        ("Orsk stores sold 12 Thunderbolt docks on Monday.", ("docks", 12.0)),
    ],
)
def test_a_count_before_a_product_or_a_small_title_word_stays(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in _read(text)


def test_a_count_before_a_product_and_its_number_counts_the_noun_after() -> None:
    assert ("ports", 4.0) in _read("Still four Thunderbolt 3 ports sit on the Apple laptop.")


def test_decibels_before_a_noun_are_the_unit() -> None:
    found = _read("In our testing, the Orlin laptop sat in a quiet 38 dBA room.")
    assert found == [("dba", 38.0)]


def test_to_the_tune_of_names_no_counted_thing() -> None:
    found = _read("The Orlin lamp drained the battery to the tune of about 4% per hour.")
    assert [what for what, _ in found] == ["percent"]


@pytest.mark.parametrize(
    "text",
    [
        "The drop in demand ensures some of that 8.69 GW of Orsk production lines will stay idle.",
        "The Orlin laptop fans get audible in that 38 dBa office environment.",
        "In the same 38 dBA room, the Orlin laptop under load stays quiet.",
    ],
)
def test_a_figure_pointed_back_at_is_no_new_claim(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said that 40 people died in Orsk.", ("people dead", 40.0)),
        ("The same day 40 people died in Orsk.", ("people dead", 40.0)),
        ("The chief drove around the perimeter of this nine acre Orsk block.", ("acre", 9.0)),
    ],
)
def test_that_as_a_conjunction_and_the_same_before_a_noun_keep_the_count(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in _read(text)
