"""Three claim misreads read29 found on ECB+ dev, in invented sentences (issue 12, recall30e):
a "plus" after a hyphenated unit is a floor (``enrich/claim_plus.py``), "three - point" before a
kind of shot counts nothing (``claim_counted._KINDS_OF_SCORE``), and a people's adjective the
tagger took for the counted noun gives way to the plural after it
(``enrich/claim_demonyms.py``). Each rule test fails without its rule; each guard fails with
its guard removed."""

from __future__ import annotations

from tests._enrich_docs import found_claims


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.what, c.low, c.high) for c in found_claims(text)]


def test_a_three_hour_plus_broadcast_is_at_least_three_hours() -> None:
    assert _read("The 2009 three-hour plus broadcast drew record ratings.") == [
        ("broadcast", 3.0, None)
    ]
    assert _read("The three-hour-plus broadcast drew record ratings.") == [("broadcast", 3.0, None)]


def test_hours_plus_at_a_clauses_end_is_a_floor() -> None:
    assert _read("The Tessaly council meeting lasted three hours plus.") == [("hours", 3.0, None)]


def test_plus_a_second_figure_is_a_sum_not_a_floor() -> None:
    # guard: "three hours plus 20 minutes" adds, it bounds nothing
    text = "The Tessaly council meeting lasted three hours plus 20 minutes."
    assert ("hours", 3.0, 3.0) in _read(text)


def test_a_three_point_basket_counts_no_points() -> None:
    assert _read("The Hawks' reliance on the three - point basket hurt them.") == []


def test_a_ten_point_lead_still_counts_points() -> None:
    # guard: a lead of ten points is a count the lead has
    assert _read("The Hawks built a 10 - point lead in the third quarter.") == [
        ("points", 10.0, 10.0)
    ]


def test_a_peoples_adjective_gives_way_to_the_plural_after_it() -> None:
    text = "Navy commandos captured 26 Somani brigands off the Tessaly coast."
    assert _read(text)[0][0] == "brigands"
