"""Figures a reader found misread (issue 12, reader23): a duration told in hours and minutes is
one claim in minutes ("1hr 4 mins" is 64 minutes, not 4), an age after a counted name is not
what is counted ("50 Future Leaders Age 40"), a written range prints as a range even when its
bounds sit a quarter either side of their middle, and a vague multiple ("several dozen")
prints as its words. Invented sentences and claims."""

from __future__ import annotations

import pytest

from newsbeat.compare.records import claim_value
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.models import Claim


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    claims = extract_claims(doc, actors, extract_quotes(doc, actors, min_words=4))
    return [(c.what, c.low, c.high) for c in claims]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ('"Total downtime was 1hr 4 mins," the Velmar company said on Tuesday.', 64.0),
        ("The Orlin ferry outage lasted 2 hrs 30 mins on Monday.", 150.0),
        ("The climb up Mount Feskel took 3 hours and 20 minutes.", 200.0),
        ("The Tarrow vote count took 5 hours, 15 minutes in all.", 315.0),
    ],
)
def test_hours_and_minutes_are_one_duration(text: str, minutes: float) -> None:
    assert _read(text) == [("minutes", minutes, minutes)]


def test_hours_and_minutes_before_later_are_no_duration() -> None:
    assert _read("The Orlin ferry docked 2 hours 10 minutes later.") == []


def test_hours_alone_and_minutes_alone_stay_as_written() -> None:
    assert _read("The Orlin ferry outage lasted 3 hours on Monday.") == [("hours", 3.0, 3.0)]
    assert _read("The Orlin ferry outage lasted 40 minutes on Monday.") == [("minutes", 40.0, 40.0)]


def test_an_age_after_a_counted_title_is_not_what_is_counted() -> None:
    text = (
        "Dr. Mira Oram was named by Lark Magazine as one of the "
        '"Nation\'s 50 Future Leaders Age 40 and Under."'
    )
    assert _read(text) == [("leaders", 50.0, 50.0)]
    other = 'Lark Magazine named Dr. Mira Oram one of its "50 Future Leaders Age 40 and Under."'
    assert [what for what, _, _ in _read(other)] != ["age"]


def test_an_age_group_is_still_counted_by_its_head() -> None:
    assert _read("The Harnley league has five age groups this winter.") == [("groups", 5.0, 5.0)]


def _claim(low: float, high: float, hedge: str | None) -> Claim:
    return Claim(
        what="hours",
        low=low,
        high=high,
        exact=False,
        unit="hours",
        claimant=None,
        sentence="The Orlin link may stay down for 72 to 120 hours.",
        hedge=hedge,
    )


def test_a_written_range_prints_as_a_range() -> None:
    # 72 and 120 are 96 give or take a quarter: without a hedge word it is no "about 96"
    assert claim_value(_claim(72.0, 120.0, None)) == "72–120"


def test_an_about_figure_still_prints_as_about() -> None:
    assert claim_value(_claim(72.0, 120.0, "about")) == "about 96"


@pytest.mark.parametrize(
    ("hedge", "low", "high", "words"),
    [
        ("several", 24.0, 119.988, "several dozen"),
        ("a few", 200.0, 599.9, "a few hundred"),
        ("several", 2000.0, 9999.0, "several thousand"),
        ("a couple", 1.5e6, 3e6, "a couple million"),
    ],
)
def test_a_vague_multiple_prints_as_its_words(
    hedge: str, low: float, high: float, words: str
) -> None:
    assert claim_value(_claim(low, high, hedge)) == words
