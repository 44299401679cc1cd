"""Currencies written with their country or glued to the figure, and the South Asian scales
(issue 12, recall30e; ``enrich/claim_currencies.py``, ``enrich/claim_glued_sums.py``).

Invented sentences and names. Each rule test fails without its rule; each guard fails with its
guard removed."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _sums(text: str) -> list[tuple[str, str | None, float | None, float | None]]:
    return [(c.what, c.unit, c.low, c.high) for c in found_claims(text)]


# The AP's euro, glued to the figure.


def test_a_euro_glued_to_its_figure_is_a_sum_in_euros() -> None:
    text = "Under the deal Marova will get a euro80 billion rescue from its partners."
    assert _sums(text) == [("rescue", "euros", 80e9, 80e9)]


def test_a_glued_euro_reads_as_the_euro_sign_does() -> None:
    glued = "The council must save euro30 billion by next spring, the minister said."
    signed = "The council must save €30 billion by next spring, the minister said."
    assert _sums(glued) == _sums(signed) != []


def test_a_glued_euro_keeps_its_hedge_and_its_rate() -> None:
    assert _sums("Tessaly's farmers lost more than euro2 million in the floods.") == [
        ("euros", "euros", 2e6, None)
    ]
    assert _sums("Dimos Karel lives on euro345 a month from his pension.") == [
        ("euros per month", "euros per month", 345.0, 345.0)
    ]


def test_a_capitalised_euro_glued_to_a_year_is_no_sum() -> None:
    # guard: "Euro2012" names a tournament
    assert _sums("Tessaly fans bought 4,000 Euro2012 tickets on Monday.") == [
        ("tickets", None, 4000.0, 4000.0)
    ]


# Dollars with their country.


def test_a_us_dollar_sign_with_its_country_is_dollars() -> None:
    assert _sums("The Pell museum sold the painting for US$5 million on Friday.") == [
        ("dollars", "dollars", 5e6, 5e6)
    ]
    assert _sums("The Pell museum sold the painting for USD 5 million on Friday.") == [
        ("dollars", "dollars", 5e6, 5e6)
    ]


def test_australian_copys_us_dollar_is_dollars() -> None:
    text = "Damage to the Corran hall was estimated at $US3 million, police said."
    assert _sums(text) == [("dollars", "dollars", 3e6, 3e6)]


def test_a_hedge_before_a_country_sign_is_the_figures() -> None:
    text = "The Pell museum sold the painting for about US$5 million on Friday."
    assert _sums(text) == [("dollars", "dollars", 4.5e6, 5.5e6)]  # conf30's "about" width


def test_another_countrys_dollar_is_never_a_bare_dollar() -> None:
    # guard: a New Zealand or Canadian dollar is its own unit, never compared with "$"
    assert _sums("The Tessaly club paid NZ$2m for the new stand.")[0][1] == "NZD"
    assert _sums("The Tessaly club paid C$40 million for the new stand.")[0][1] == "CAD"


def test_a_lone_us_after_a_spaced_dollar_is_no_sum() -> None:
    # guard: "$ US1" with a space is no "$US1" (the glued sign only)
    assert _sums("The Corran hall listed its rooms as $ US1 and US2.") == []


# South Asian scales.


def test_crore_and_lakh_are_scales() -> None:
    assert _sums("The Tessaly state will spend Rs 1,200 crore on new roads.") == [
        ("rupees", "rupees", 12e9, 12e9)
    ]
    assert _sums("Police seized 40 lakh rupees in cash from the Pell house.")[0][2] == 4e6


def test_lakhs_of_people_is_no_figure() -> None:
    # guard: the plural is a vague "hundreds of thousands", no scale of a figure
    assert _sums("Lakhs of people gathered at the Tessaly temple on Sunday.") == []
