"""One quantity in two units (issue 12 item 1, branch claimgen): durations compared in days,
temperatures in degrees Celsius, with their signs. Invented claims and articles; each test
fails without its rule, and a control keeps what is compatible or unlike apart."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets

from newsbeat.compare import compare_articles
from newsbeat.compare.claim_context import classify_ranges
from newsbeat.compare.claim_units import dimension
from newsbeat.models import Claim


def _claim(low: float | None, high: float | None, unit: str, *, exact: bool = True) -> Claim:
    return Claim(what=unit, low=low, high=high, exact=exact, unit=unit, claimant=None, sentence="s")


def test_years_and_months_are_one_quantity_compared_in_days() -> None:
    more_than_four_years = _claim(4.0, None, "years", exact=False)
    assert classify_ranges(more_than_four_years, _claim(4.5, 4.5, "months")) == "disjoint"
    assert classify_ranges(_claim(2.0, 2.0, "years"), _claim(24.0, 24.0, "months")) != "disjoint"


def test_a_month_is_28_to_31_days() -> None:
    # "136 days" is inside "four and a half months" (126 to 139.5 days): no disagreement
    assert classify_ranges(_claim(136.0, 136.0, "days"), _claim(4.5, 4.5, "months")) != ("disjoint")
    assert classify_ranges(_claim(14.0, 14.0, "days"), _claim(2.0, 2.0, "weeks")) == "agree"


def test_celsius_and_fahrenheit_are_one_quantity() -> None:
    minus_20c = _claim(-20.0, -20.0, "celsius")
    assert classify_ranges(minus_20c, _claim(-4.0, -4.0, "fahrenheit")) != "disjoint"
    assert classify_ranges(minus_20c, _claim(-20.0, -20.0, "fahrenheit")) == "disjoint"


def test_units_and_their_dimensions() -> None:
    assert {dimension(u) for u in ("year", "month", "week", "day", "hour", "minute")} == {
        "duration"
    }
    assert dimension("celsius") == dimension("fahrenheit") == "temperature"
    assert dimension("degree") == "degree"  # a scale the text does not name stays apart
    assert dimension("mile") == dimension("kilometre") == dimension("feet") == "length"
    assert dimension("acre") == dimension("square mile") == "area"
    assert dimension("ton") == dimension("kilogram") == "mass"
    assert dimension("dollar") == "dollar"  # no conversion: its own quantity


def _conflicts(*texts: str) -> list[set[str]]:
    outlets = ("Wire", "Post", "Mail", "Star")
    articles, enrichments = enrich_outlets([(outlets[i], t + "\n") for i, t in enumerate(texts)])
    return [
        {side["value"] for side in pair.to_json()["sides"]}
        for pair in compare_articles(articles, enrichments).conflicts
    ]


def test_a_sentence_in_years_against_one_in_months_is_a_conflict() -> None:
    # 18 against 18: only the units disagree, and each figure shows its own
    found = _conflicts(
        "Tom Baxter received an 18-year sentence for the Kessel bank fraud on Monday.",
        "Tom Baxter received a sentence of 18 months for the Kessel bank fraud on Monday.",
    )
    assert found == [{"18 years", "18 months"}]


def test_the_same_length_in_two_units_is_no_conflict() -> None:
    assert (
        _conflicts(
            "Tom Baxter received a two-week suspension for the foul in Kessel on Monday.",
            "Tom Baxter received a suspension of 14 days for the foul in Kessel on Monday.",
        )
        == []
    )


def test_two_temperatures_below_zero_are_compared_with_their_signs() -> None:
    found = _conflicts(
        "Firefighters fought the blaze at the Kessel church in temperatures of minus 17 degrees.",
        "Outside temperatures were minus 20 degrees as firefighters fought the blaze at the"
        " Kessel church.",
    )
    assert found == [{"-17", "-20"}]
    assert (
        _conflicts(
            "Firefighters fought the blaze at the Kessel church in temperatures of minus 20"
            " degrees.",
            "Outside temperatures were minus 20 degrees as firefighters fought the blaze at the"
            " Kessel church.",
        )
        == []
    )


def test_bare_durations_in_two_units_stay_apart() -> None:
    # "served four years" and "served 4 1/2 months" of what? A bare duration may be another
    # term of the same man; only a duration of a named thing (a sentence, a term) is compared,
    # or one named person's span that both sentences tie to one named thing (the next test).
    assert (
        _conflicts(
            "Tom Baxter served more than four years in prison.",
            "Tom Baxter served four and a half months in prison.",
        )
        == []
    )


def test_one_persons_span_for_one_named_thing_in_two_units_conflicts() -> None:
    # Both sentences name the man and what he served for (the Kessel bank fraud): one term told
    # two ways (the real-news gold's LaRue, "more than four years" / "4 1/2 months"; confnoun4).
    found = _conflicts(
        "Tom Baxter served more than four years in prison for the Kessel bank fraud.",
        "Tom Baxter served four and a half months in prison for the Kessel bank fraud.",
    )
    assert found == [{"more than 4 years", "4.5 months"}]
