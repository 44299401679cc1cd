"""Claims that generalise (issue 12 item 1, branch claimgen): signed figures are temperatures
with their sign, durations are read however they are written (hyphenated modifiers, decades, a
quarter-century, split fractions), and a count keeps a quoted or bracketed modifier. Invented
sentences; each test fails without its rule."""

from __future__ import annotations

import pytest
from tests._enrich_docs import quoted_claims as _claims


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.what, c.low, c.high, c.unit) for c in _claims(text)]


# -- signed figures and temperatures (enrich/claim_measures.py) ---------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Crews fought the fire in temperatures of minus 17 degrees on Sunday.", -17.0, "degrees"),
        ("Outside temperatures were minus 20 as crews fought the fire.", -20.0, "degrees"),
        ("Crews worked for hours in minus-20 degree temperatures at the mill.", -20.0, "degrees"),
        ("It was -20C in Kessel when the pipes burst on Monday.", -20.0, "celsius"),
        ("The wind chill made it feel like negative 30 in Kessel on Monday.", -30.0, "degrees"),
        ("Temperatures in Kessel reached 35 degrees Celsius on Monday.", 35.0, "celsius"),
        ("It was about minus 4 degrees Fahrenheit in Kessel on Monday.", None, "fahrenheit"),
        # a sign and a degree word without a temperature noun (the noun is not looked for)
        ("By dawn it was minus 12 degrees at the Kessel mill.", -12.0, "degrees"),
    ],
)
def test_a_temperature_keeps_its_sign_and_scale(text: str, value: float | None, unit: str) -> None:
    found = [c for c in _claims(text) if c.what == "temperature"]
    assert [(c.unit, c.event, c.subject) for c in found] == [(unit, "temperature", None)]
    if value is not None:
        assert (found[0].low, found[0].high) == (value, value)
    else:  # a hedged negative figure: the range stays in order
        assert found[0].low is not None and found[0].high is not None
        assert found[0].low < -4.0 < found[0].high < 0.0


def test_degrees_without_a_sign_a_scale_or_a_temperature_are_no_temperature() -> None:
    found = _read("The truck turned 180 degrees and hit 12 cars.")
    assert ("temperature", 180.0, 180.0, "degrees") not in found
    assert not [w for w, *_ in found if w == "temperature"]


def test_a_signed_figure_that_is_no_temperature_is_not_read() -> None:
    # its quantity is unknown; read unsigned it would be a wrong figure
    found = _read("Profits in Kessel fell by minus 5 percent in the year to March.")
    assert not [v for _, v, _, _ in found if v in {5.0, -5.0}]


# -- durations (enrich/claims.py, claim_figures.py, claim_measures.py, not_claims.py) ------------


@pytest.mark.parametrize(
    ("text", "what", "value", "unit"),
    [
        ("Tom Baxter had served only a five - year sentence in 1959.", "sentence", 5.0, "years"),
        ("Tom Baxter received a 5-year term for the fraud.", "term", 5.0, "years"),
        ("Tom Baxter served a 4 - 1 / 2 - month prison term for fraud.", "term", 4.5, "months"),
        ("Workers at the Kessel mill began a 10-day strike on Monday.", "strike", 10.0, "days"),
    ],
)
def test_a_hyphenated_duration_measures_the_noun_it_modifies(
    text: str, what: str, value: float, unit: str
) -> None:
    assert (what, value, value, unit) in _read(text)


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedge"),
    [
        ("After more than three decades of silence, Tom Baxter spoke.", 30.0, "years", "more than"),
        ("After nearly a quarter - century of silence, Tom Baxter spoke.", 25.0, "years", "nearly"),
        ("After a quarter-century of silence, Tom Baxter spoke.", 25.0, "years", None),
        ("After half a century of silence, Tom Baxter spoke.", 50.0, "years", None),
        ("The Kessel mill shut for a fortnight in May.", 2.0, "weeks", None),
        ("Tom Baxter was jailed for a decade.", 10.0, "years", None),
    ],
)
def test_durations_in_decades_centuries_and_fortnights(
    text: str, value: float, unit: str, hedge: str | None
) -> None:
    found = [c for c in _claims(text) if c.unit == unit]
    assert [c.hedge for c in found] == [hedge]
    assert value in {found[0].low, found[0].high}


def test_a_decade_ago_is_no_duration_and_a_window_is_none() -> None:
    text = "It happened a decade ago, within a fortnight of the vote in Kessel."
    assert [c for c in _claims(text) if c.unit in {"years", "weeks"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baxter served 41 / 2 months in federal prison.",
        "Tom Baxter served 4 1 / 2 months in federal prison.",
        "Tom Baxter served 4\u00bd months in federal prison.",
    ],
)
def test_a_split_or_typeset_fraction_is_one_figure(text: str) -> None:
    assert _read(text) == [("months", 4.5, 4.5, "months")]


def test_a_fraction_lost_to_a_replacement_character_gives_no_exact_claim() -> None:
    # "4\ufffd months" was 4 1/2: reading 4 (or 2) would be a wrong figure; since claims37 it
    # is the range from 4 to 5 months (claim_lost_glyphs), which holds whatever fraction it was
    assert _read("Tom Baxter served 4\ufffd months in federal prison.") == [
        ("months", 4.0, 5.0, "months")
    ]


def test_a_slash_without_a_unit_after_it_is_no_fraction() -> None:
    assert not [v for _, v, _, _ in _read("The vote was 41 / 2 against the plan.") if v == 4.5]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Inmates are allowed one 15-minute telephone call a month.", 16.0, 15.0),
        ("He was jailed on three 10 - year sentences in 1979.", 13.0, 10.0),
        ("The February 2008 three-hour broadcast drew 32 million viewers.", 2011.0, 3.0),
    ],
)
def test_digits_and_number_words_side_by_side_are_two_figures(
    text: str, absent: float, present: float
) -> None:
    values = {v for _, v, _, _ in _read(text)}
    assert absent not in values
    assert present in values


def test_a_count_before_another_figure_does_not_take_its_unit() -> None:
    # "three 10-year sentences": three counts sentences, it is no duration of three years
    found = _read("He was imprisoned in February 1979 on three 10 - year sentences for robbery.")
    assert not [f for f in found if f[1] == 3.0 and f[3] == "years"]


def test_digits_after_a_number_word_are_no_count_without_a_unit() -> None:
    # the 787 names the plane, the 100 measures each season: neither counts the noun
    jets = {v for _, v, _, _ in _read("Kessel Air bought five 787 jets on Monday.")}
    assert not jets & {787.0, 792.0}
    found = _read("Tom Baxter became the fifth player with four 100 - catch seasons.")
    assert not {v for _, v, _, _ in found} & {100.0, 104.0}
    # an article is no number word: "a 36 - yard field goal", "a 5.6 magnitude quake" stay
    assert 36.0 in {v for _, v, _, _ in _read("Tom Baxter kicked a 36 - yard field goal.")}


def test_hundreds_of_thousands_is_one_figure() -> None:
    found = _read("The group published hundreds of thousands of secret files.")
    assert found == [("files", 200000.0, 999000.0, None)]


# -- counts with a quoted or bracketed modifier (enrich/claims.py) -------------------------------


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ('Each of the clan\'s 200 "made" or inducted soldiers paid a share.', "soldiers", 200.0),
        ("The army keeps 300 (mostly young) soldiers at the border.", "soldiers", 300.0),
        ("More than 1,300 federal and independent scientists signed the letter.", "scientists",
         1300.0),
    ],
)  # fmt: skip
def test_a_count_keeps_a_quoted_bracketed_or_coordinated_modifier(
    text: str, what: str, value: float
) -> None:
    assert value in {c.low for c in _claims(text) if c.what == what}


def test_a_figure_or_another_is_no_modifier() -> None:
    # "5 or 6 soldiers": the first number is not a modifier of the noun, no exact 5 soldiers
    # (since branch confread the two are one range, 5 to 6)
    claims = _claims("Police said 5 or 6 soldiers were hurt.")
    assert [(c.low, c.high, c.exact) for c in claims] == [(5.0, 6.0, False)]
