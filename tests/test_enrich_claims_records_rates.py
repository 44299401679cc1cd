"""Claim slots the reader misread on the dev gold, third pass (issue 12, branch confread3): the
date a fighter's record keeps, and a figure for each game or season as a rate. Invented
sentences; each test fails without its rule and has a control."""

from __future__ import annotations

from spacy.tokens import Span
from tests._enrich_docs import found_claims as _claims

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline


def _dated(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.what, c.low, c.time_ref) for c in _claims(text) if c.event == "record"]


def test_a_record_is_not_dated_by_a_period_running_to_now() -> None:
    # "since May" starts the training, which runs to the time of writing: the record is
    # today's standing, not May's (it was kept apart from another outlet's record as history)
    read = _dated(
        "Tomas Kerr (45-1, 33 KOs) had been training in Lisbon since May to get his weight down."
    )
    assert ("wins", 45.0, None) in read
    assert ("knockouts", 33.0, None) in read


def test_a_record_is_not_dated_by_itself() -> None:
    # in some articles the tagger reads the record as a date ("45-1"), and the knockouts were
    # dated by it; the tag is set here as it came in such an article
    doc = load_pipeline("en_core_web_sm")("Tomas Kerr (45-1, 33 KOs) returned to the ring.")
    record = next(t.i for t in doc if t.text == "45")
    doc.ents = [e for e in doc.ents if e.end <= record] + [
        Span(doc, record, record + 3, label="DATE")
    ]
    read = [(c.what, c.time_ref) for c in extract_claims(doc, build_actors(doc), [])]
    assert read == [("wins", None), ("knockouts", None)]


def test_a_record_keeps_a_past_date_of_its_sentence() -> None:
    # control: a record told in a history sentence is that time's
    read = _dated("In 2005, Tomas Kerr (40-1) barely beat Ruben Vance in Lisbon.")
    assert read == [("wins", 40.0, "2005")]


def test_a_figure_per_season_or_game_is_a_rate() -> None:
    read = [
        (c.low, c.role)
        for c in _claims(
            "The Wolves offered Tomas Kerr a six-year deal worth $90 million, or $15 million "
            "per season."
        )
        if c.unit in {"dollars", "dollars per season"}
    ]
    assert read == [(90000000.0, None), (15000000.0, "rate")]
    per_game = _claims("Tomas Kerr averaged 21 points a game for the Wolves.")
    assert [(c.low, c.role) for c in per_game] == [(21.0, "rate")]
    # control: a figure of one game is no rate
    one_game = _claims("Tomas Kerr scored 21 points in a game against the Hawks.")
    assert [(c.low, c.role) for c in one_game] == [(21.0, None)]


def test_a_rate_after_what_is_counted_of() -> None:
    # "gallons of water a minute": the "of" phrase sits between the unit and the rate; read
    # by the session-27 reader as a plain amount of 5,000 gallons
    read = _claims("Fire crews poured about 5,000 gallons of water a minute onto the hull.")
    assert [(c.low, c.role) for c in read if c.what == "gallons"] == [(4500.0, "rate")]
    # control: an "of" phrase with no rate after it is a plain amount
    plain = _claims("Fire crews poured about 5,000 gallons of water onto the hull.")
    assert [c.role for c in plain if c.what == "gallons"] == [None]
