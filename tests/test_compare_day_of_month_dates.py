"""A day of the month written as an ordinal ("the 5th of May", "March 21st") dates the story's
own day, as "May 5" does: it is no earlier event's month (issue 12; the dev gold's Athens march
"called for the 5th of May" was kept from the other outlets' counts of that day's march).
Invented articles; the conflict test fails without the rule, the look-alikes stay apart."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_context import background_date


@pytest.mark.parametrize(
    ("time_ref", "dated"),
    [
        ("the 5th of May", ""),
        ("March 21st", ""),
        ("the 2nd of June", ""),
        ("May 5", ""),  # a day in digits, as before
        ("in May", "may"),  # a month alone is another event's
        ("the 5th of May 2009", "5th may 2009"),  # a year still dates an earlier event
        ("last May", "last may"),
        # An ordinal before a period numbers the period, no day of the month.
        ("the 2nd week of March", "2nd week march"),
        ("the 3rd weekend of March", "3rd weekend march"),
        ("the 1st quarter of March", "1st quarter march"),
    ],
)
def test_an_ordinal_day_of_the_month_is_the_storys_own_day(time_ref: str, dated: str) -> None:
    assert background_date(time_ref) == dated


_TODAY = "Police put the march, to mark a 24-hour nationwide strike, at roughly 20,000 people.\n"


def test_a_march_dated_by_its_ordinal_day_is_compared() -> None:
    result = _compare(
        [
            (
                "Wire",
                "The Halden protest march marking the zenith of the general strike called for "
                "the 9th of March was attended by an approximate 90,000, although no concrete "
                "estimates can be made.\n",
            ),
            ("Post", _TODAY),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"an approximate 90,000", "roughly 20,000"}]


def test_an_earlier_events_month_still_keeps_its_figure_apart() -> None:
    result = _compare(
        [
            ("Wire", "A quake in the south killed 10 people on Sunday, officials said.\n"),
            ("Post", "On the 8th of February a quake in the south killed 612 people in 2009.\n"),
        ]
    )
    assert result.conflicts == []
    month = _compare(
        [
            ("Wire", "A quake in the south killed 10 people on Sunday, officials said.\n"),
            ("Post", "In February a quake in the south killed 612 people, officials said.\n"),
        ]
    )
    assert month.conflicts == []
