"""Numbers inside names and idioms are no counts (enrich/number_names.py; invented sentences
in the shapes of real coverage of a browser flaw and a drunk-driving crash)."""

from __future__ import annotations

import pytest
from tests._enrich_docs import counted

from newsbeat.enrich.number_names import YEAR


@pytest.mark.parametrize(
    "text",
    [
        "The flaw is found in Kestrel Browser 6, and in Kestrel Browser 8 Beta 2, Velmo said.",
        "Jon Varga was interviewed by Orbit 2.0 Summit host Ana Kell.",
        "It is a very Orbit 2.0 way of spreading the worm, Ana Kell said.",
        "Velmo issued a patch for a zero-day flaw in its browser on Monday.",
        "The driver had a blood alcohol content of. 09 percent, police said.",
        "She was struck outside the store, located at 200 West Kittby Blvd., police said.",
        "The fire at 325 E. Dahlia Ave. destroyed the warehouse on Monday.",
        # source_counts: how the outlet knows, not what happened (reader18)
        "Velmo is in talks to buy Orsa Labs, according to two people familiar with the matter.",
        "Three sources said the Velmo deal was off.",
    ],
)
def test_a_number_in_a_name_or_an_idiom_is_no_count(text: str) -> None:
    assert counted(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmo shares rose 4.5 percent on Monday in Kittby.", ("percent", 4.5)),
        ("Police told Reuters 12 people were hurt in Kittby.", ("people injured", 12.0)),
        ("On June 9 in Kittby, 40 people marched to the harbour.", ("people", 40.0)),
        ("The worm hit 300 computers at Velmo on Monday.", ("computers", 300.0)),
        ("Police said 12 Wall Street banks were fined on Monday.", ("banks", 12.0)),
        ("Two officials were fired at Velmo on Monday.", ("officials", 2.0)),
        ("Doctors in Kittby say children need 30 min activity a day.", ("minutes", 30.0)),
        ("Hundreds of 911 calls came in from Kittby overnight.", ("calls", 200.0)),
    ],
)
def test_counts_after_names_and_dates_stay(text: str, expected: tuple[str, float]) -> None:
    assert expected in counted(text)


def test_an_emergency_number_is_no_count() -> None:
    assert not any(low == 911.0 for _, low in counted("Hundreds of 911 calls came in."))


def test_a_speed_keeps_its_hour() -> None:
    # claim_counted._per_hour (reader18: "up to 50 km/h" was read as a distance in kilometres)
    from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
    from newsbeat.enrich.nlp import load_pipeline

    text = "Drivers must keep to 50 km/h in Kittby. The town is 55 km south of Orsa."
    doc = load_pipeline("en_core_web_sm")(text)
    found = analyse_doc(doc, ArticleInput(id=1, text=text, outlet="o"), EnrichOptions())
    units = sorted(c.unit or "" for c in found.claims)
    assert units == ["kilometres", "kilometres per hour"], units


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The Orsa dam, built in 1898, broke in 2031.", ["1898", "2031"]),
        ("Flight 2150 left at 1745 hours with 12005 litres of fuel.", []),
        ("The 1790 charter and ref 20012 name no year.", []),
    ],
)
def test_a_year_is_four_digits_from_1800_to_2099(text: str, years: list[str]) -> None:
    """The one year pattern claims and compare import (``number_names.YEAR``)."""
    assert YEAR.findall(text) == years
