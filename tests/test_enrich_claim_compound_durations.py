"""A duration told in two units or more is one claim in its last unit (issue 12, claims35):
"4 minutes and 15 seconds" is 255 seconds, not 4 minutes and a separate 15 seconds; a compound
across a loose ratio ("1 year, 160 days") is no claim; a list of one unit, a part too big for
its unit and a time ("2 hours 10 minutes later") are no compound. Invented sentences."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors, min_words=4))
    return [(c.what, c.low, c.high) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Velmar runner finished the race in 4 minutes and 15 seconds.", ("seconds", 255.0)),
        ("The Velmar runner finished the race in 4 minutes 15 seconds.", ("seconds", 255.0)),
        ("The climb up Mount Feskel took 1 hour, 2 minutes and 5 seconds.", ("seconds", 3725.0)),
        ("The siege of Orsk lasted 1 year and 3 months.", ("months", 15.0)),
        ("The Tarrow strike lasted two weeks and three days.", ("days", 17.0)),
        ("The Brisk Lane crossing took an hour and 20 minutes.", ("minutes", 80.0)),
        ("The Orlin ferry outage lasted 2 hrs 30 mins on Monday.", ("minutes", 150.0)),
    ],
)
def test_a_duration_in_two_units_is_one_claim(text: str, expected: tuple[str, float]) -> None:
    what, value = expected
    assert _read(text) == [(what, value, value)]


def test_two_compound_durations_of_one_sentence_are_two_claims() -> None:
    text = (
        "The old Velmar laptop took 4 minutes and 15 seconds while the new one did the export "
        "in 2 minutes and 38 seconds."
    )
    assert _read(text) == [("seconds", 255.0, 255.0), ("seconds", 158.0, 158.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Kessel Orm was held for 1 year, 160 days in Tarvia.",
        "Kessel Orm was held for 3 years, 4 months and 2 days in Tarvia.",
    ],
)
def test_a_compound_across_a_loose_ratio_is_no_claim(text: str) -> None:
    assert _read(text) == []


def test_a_compound_before_later_is_a_time() -> None:
    assert _read("The Orlin ferry docked 2 hours 10 minutes later.") == []


def test_one_unit_twice_is_no_compound() -> None:
    found = _read("The Tarrow talks lasted 3 days, 3 days longer than planned.")
    assert [(what, low) for what, low, _ in found] == [("days", 3.0), ("days", 3.0)]


def test_a_part_too_big_for_its_unit_is_no_compound() -> None:
    found = _read("The Tarrow drill took 10 minutes 90 seconds to set up.")
    assert ("seconds", 690.0, 690.0) not in found


def test_one_unit_alone_stays_as_written() -> None:
    assert _read("The Orlin ferry outage lasted 40 minutes on Monday.") == [("minutes", 40.0, 40.0)]
