"""Figures a reader of real pages found misread (reader19, session 19): a scale opened by "a"
after "half", the start of a change told "from X to Y", and an acceleration benchmark.
Invented sentences; each test fails without its rule."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import FoundClaim, extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _claims(text: str) -> list[tuple[float | None, float | None, str | None, str]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    found: list[FoundClaim] = extract_claims(doc, actors, extract_quotes(doc, actors, min_words=4))
    return [(c.low, c.high, c.hedge, c.what) for c in found]


def test_half_a_million_is_half_a_million() -> None:
    assert _claims("The county paid the firm nearly half a million dollars last year.") == [
        (450000.0, 500000.0, "nearly", "dollars")
    ]
    assert _claims("A million people marched through Kessa on Sunday.") == [
        (1000000.0, 1000000.0, None, "people")
    ]


def test_a_change_from_one_figure_to_another_is_the_new_figure() -> None:
    assert _claims("The harbour fee was raised from 10 percent to 25 percent in May.") == [
        (25.0, 25.0, None, "percent")
    ]
    assert _claims("Ticket prices fell from about $40 to $31 in March.") == [
        (31.0, 31.0, None, "dollars")
    ]
    # no change: "from 3,000 to 4,000" is a range of one count
    assert _claims("Anywhere from 3,000 to 4,000 people attended the rally.") == [
        (3000.0, 4000.0, None, "people")
    ]


def test_an_acceleration_benchmark_gives_no_speed() -> None:
    assert _claims("The Tarven GT will go from zero to 60 mph (97 kph) in five seconds.") == []
    assert _claims("It reaches 0 to 100 km/h in 4.1 seconds.") == []
    assert _claims("The speed limit on the Kessa bridge is 60 mph.") == [(60.0, 60.0, None, "mph")]
