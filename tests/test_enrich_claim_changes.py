"""Figures a reader of real pages found misread (reader19, session 19): a scale opened by "a"
after "half", the start of a change told "from X to Y", and an acceleration benchmark.
Invented sentences; each test fails without its rule."""

from __future__ import annotations

from newsbeat.compare.records import CompareOptions
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claims import extract_claims
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


def test_a_rate_is_no_distance_and_its_base_no_count() -> None:
    assert _claims("The Kessa hybrid gets 90 miles per gallon, its maker said.") == [
        (90.0, 90.0, None, "miles per gallon")
    ]
    assert _claims("The ferry sails 40 miles a day.") == [(40.0, 40.0, None, "miles per day")]
    # "a year earlier" is a time, no rate
    assert _claims("The rate fell to 5.7 percent, down from 6.2 percent a year earlier.") == [
        (5.7, 5.7, None, "percent"),
        (6.2, 6.2, None, "percent"),
    ]
    # the base of a rate counts nothing
    assert _claims("Kessa recorded 12 cases per 100,000 residents in May.") == [
        (12.0, 12.0, None, "cases")
    ]


def test_tons_are_not_tonnes_and_a_measure_is_what_a_figure_counts() -> None:
    # the bracket converts the figure before it: no second claim (a figure alone in metric
    # tons is still tonnes)
    assert _claims("The tanker carried about 2,300 tons (2,095 metric tons) of oil.") == [
        (2070.0, 2530.0, "about", "tons"),
    ]
    assert _claims("The tanker carried 2,095 metric tons of oil.") == [
        (2095.0, 2095.0, None, "tonnes"),
    ]
    assert _claims("A 275 horsepower electric motor drives the Tarven GT.") == [
        (275.0, 275.0, None, "horsepower")
    ]


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    found = extract_claims(doc, actors, extract_quotes(doc, actors, min_words=4))
    return [(c.low, c.subject) for c in found if c.what == "age"]


def test_an_age_told_with_a_death_is_the_named_persons_age() -> None:
    # reader19b: 22 obituaries of one story, no age read from "dies at 91"
    assert _ages("Swimming star Esther Velde dies at 91.") == [(91.0, "Esther Velde")]
    assert _ages("Esther Velde died at the age of 91 in her sleep.") == [(91.0, "Esther Velde")]
    assert _ages("Esther Velde died on Thursday aged 91.") == [(91.0, "Esther Velde")]
    assert _ages("Esther Velde, who was 91, died in her sleep.") == [(91.0, "Esther Velde")]
    # a time or an address after "at" is no age
    assert _ages("Esther Velde died at 3 a.m. on Monday.") == []
    assert _ages("Esther Velde died at 91 Harbour Road.") == []


def test_a_rate_is_never_a_duration() -> None:
    from newsbeat.compare.claim_units import comparable, same_unit
    from newsbeat.models import Claim

    def claim(value: float, unit: str) -> Claim:
        return Claim(what=unit, unit=unit, low=value, high=value, exact=True, claimant=None,
                     sentence="x")  # fmt: skip

    speed, hours = claim(50, "kilometres per hour"), claim(3, "hours")
    assert not same_unit(speed, hours)
    assert comparable(speed, hours, CompareOptions()) == (speed, hours)  # nothing converted
    assert _claims("The Kessa pilots are paid $5,000 a month, the union said.") == [
        (5000.0, 5000.0, None, "dollars per month")
    ]
