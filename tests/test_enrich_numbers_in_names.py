"""Numbers that are part of a name or a model are no counts (issue 12: "GT 650M" is no count).

Real business pages gave "787 jets" from "the 787-9 Dreamliner", "500 index" from "the S&P 500
index", "0 seats" from "Zero Gravity Seats" and "737 jet" from "its 737 Max jet". Invented
sentences; each test has a control that stays a count."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.not_claims import _model_number


def _counts(text: str) -> dict[float | None, str]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {c.low: c.what for c in extract_claims(doc, build_actors(doc), [])}


def test_a_model_and_its_variant_glued_by_a_hyphen_is_no_count() -> None:
    assert 787.0 not in _counts("Orsair will buy twelve of the 787-9 Dreamliner jets from Brivex.")
    # control: a range runs upwards ("100-150 people"): no model
    text = "Between 100-150 people marched."
    assert not _model_number(text, 8, 11)
    assert _model_number("the 787-9 jets", 4, 7)


def test_an_index_named_with_capitals_and_a_number_is_no_count() -> None:
    assert 500.0 not in _counts("The S&P 500 index was little changed on Tuesday.")


def test_a_capitalised_number_word_inside_a_name_is_no_count() -> None:
    assert _counts("The sedan has Brivex's Zero Gravity Seats and a heated wheel.") == {}
    # control: a number word opening the sentence is still a count
    assert _counts("Seven Velmar fishermen were rescued on Monday.") != {}


def test_a_model_number_before_a_name_word_and_a_singular_noun_is_no_count() -> None:
    assert 737.0 not in _counts("Sales fell after two crashes of its popular 737 Max jet.")
    # control: a plural noun makes it a count of planes
    assert _counts("Orsair ordered 400 Brivex jets on Monday.").get(400.0) == "jets"
