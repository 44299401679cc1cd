"""The comparer pairs what two outlets tell of one thing (issue 12, branch confnoun2). Invented
articles; each conflict test fails without its rule, each look-alike test guards what the rule
must not join."""

from __future__ import annotations

import pytest
from tests._enrich_docs import BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.count_nouns import ridden

# Vehicles the doers came in: "the smugglers, in three boats" counts what carried them, whatever
# the clause's verb does.


@pytest.mark.parametrize(
    ("noun", "figure", "sentence", "expected"),
    [
        ("boat", "three", "The smugglers, in three boats, tried to board the tanker.", True),
        ("boat", "two", "A cutter moved against the smugglers in two boats.", True),
        ("motorcycle", "two", "Gunmen on two motorcycles opened fire.", True),
        ("boat", "three", "The coast guard seized three boats.", False),  # counted as things
        ("boat", "two", "Two boats were closing in on the tanker.", False),  # the boats act
        ("boat", "two", "The crew fled in two boats.", False),  # a verb before: how they fled
        ("boat", "three", "The smugglers in two boats lost three boats.", False),  # another figure
        ("rifle", "two", "The smugglers, in two rifles, ...", False),  # no vehicle
    ],
)
def test_vehicles_ridden_by_the_people_named_before_them(
    noun: str, figure: str, sentence: str, expected: bool
) -> None:
    assert ridden(noun, sentence, figure.__eq__) is expected


def test_the_boats_the_attackers_came_in_conflict_whatever_each_verb() -> None:
    # Both in the lead: the story's own attack. The clause verbs differ (try / move).
    result = _compare(
        [
            (
                "Wire",
                "The smugglers, in three boats, were trying to board the tanker Meridian off "
                "Carvel Point on Sunday, the coast guard said.\n",
            ),
            (
                "Post",
                "A patrol cutter moved against the smugglers in two boats near the tanker "
                "Meridian off Carvel Point on Sunday, the coast guard said.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"3", "2"}]


@pytest.mark.parametrize(
    "other",
    [
        # boats seized are things counted, not the boats the smugglers came in
        "The coast guard seized two boats near the tanker Meridian off Carvel Point on Sunday, "
        "officials said.\n",
        # boats destroyed are not boats damaged
        "Two boats were damaged near the tanker Meridian off Carvel Point on Sunday, officials "
        "said.\n",
    ],
)
def test_boats_counted_as_things_are_not_the_boats_ridden(other: str) -> None:
    result = _compare(
        [
            (
                "Wire",
                "The smugglers, in three boats, were trying to board the tanker Meridian off "
                "Carvel Point on Sunday, the coast guard said.\n",
            ),
            ("Post", other),
        ]
    )
    assert result.conflicts == []


def test_boats_destroyed_are_not_boats_damaged() -> None:
    result = _compare(
        [
            (
                "Wire",
                "Three boats were destroyed near the tanker Meridian off Carvel Point on Sunday, "
                "officials said.\n",
            ),
            (
                "Post",
                "Two boats were damaged near the tanker Meridian off Carvel Point on Sunday, "
                "officials said.\n",
            ),
        ]
    )
    assert result.conflicts == []


# A named competitor's record is one measure: "Tom Kerr (45-1, 33 KOs)" and "Tom Kerr (43-1)"
# disagree however little else their sentences share.

_DEEP = BODY  # four lines: the records below are past the lead, so no lead pins them


def test_one_fighter_s_two_records_conflict_however_worded() -> None:
    result = _compare(
        [
            (
                "Wire",
                _DEEP
                + "Tom Kerr (45-1, 33 KOs) had been training in Spain since October to get his "
                "weight down.\n",
            ),
            (
                "Post",
                _DEEP + "On the undercard, former champion Tom Kerr (43-1, 33 KOs) scored a "
                "unanimous decision over Ivo Brandt (14-13-2).\n",
            ),
        ]
    )
    assert {"45", "43"} in [_values(p) for p in result.conflicts]


@pytest.mark.parametrize(
    "other",
    [
        # another fighter's record
        _DEEP + "On the undercard, former champion Ivo Brandt (43-1, 30 KOs) scored a unanimous "
        "decision over Luis Ortega.\n",
        # the same fighter's record at an earlier, dated fight
        _DEEP + "In 2005, Tom Kerr (40-1, 30 KOs) beat Luis Ortega in Madrid.\n",
    ],
)
def test_another_fighter_s_record_or_an_earlier_one_stays_apart(other: str) -> None:
    result = _compare(
        [
            (
                "Wire",
                _DEEP
                + "Tom Kerr (45-1, 33 KOs) had been training in Spain since October to get his "
                "weight down.\n",
            ),
            ("Post", other),
        ]
    )
    assert [_values(p) for p in result.conflicts] == []


# A description's weight of a named person is stated as read, like an age, and is one measure of
# that person: "weighing 130 pounds" and "135 pounds" disagree.

_VELL = (
    _DEEP + "Dario Vell is 5-foot-8, weighing 130 pounds, and has a shaved head, deputies said.\n"
)


def test_one_person_s_two_weights_in_descriptions_conflict() -> None:
    # Worded apart (masked similarity under the threshold): the person pins the weight.
    result = _compare(
        [
            ("Wire", _VELL),
            (
                "Post",
                _DEEP + "Vell, a 24-year-old warehouse clerk from Mercer Street, is 5-foot-8, 135 "
                "pounds, with a tattoo of a snake on his neck.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"130", "135"}]


@pytest.mark.parametrize(
    "other",
    [
        # a hedged weight keeps its hedge's range: about 135 fits 130
        _DEEP + "Deputies said that Dario Vell is 5-foot-8, about 135 pounds.\n",
        # another person's weight
        _DEEP + "Deputies said that Ivo Brandt is 5-foot-8, 135 pounds.\n",
        # a weight carried is no one's weight
        _DEEP + "Deputies said that Dario Vell carried a 135-pound safe to his car.\n",
    ],
)
def test_a_hedged_weight_or_another_s_stays_apart(other: str) -> None:
    result = _compare([("Wire", _VELL), ("Post", other)])
    assert result.conflicts == []


# A span before "ago" dates its event: "married two weeks ago" and "wed about three weeks ago"
# disagree on when, where two bare spans ("sentenced to two years") may be two events.

_WED = "Deputy Tom Reyes was married two weeks ago to his second wife, Lena, the sheriff said.\n"


def test_two_spans_ago_of_one_event_conflict() -> None:
    result = _compare(
        [
            ("Wire", _WED),
            (
                "Post",
                "Deputy Tom Reyes, who was wed about three weeks ago, is survived by his wife "
                "and two sons, the sheriff said.\n",
            ),
        ]
    )
    assert {"2", "about 3"} in [_values(p) for p in result.conflicts]


@pytest.mark.parametrize(
    ("wire", "post"),
    [
        # a span ago of another event
        (_WED, "Deputy Tom Reyes moved to Arden about three weeks ago, the sheriff said.\n"),
        # bare spans: two sentencings of one man may differ
        (
            "Tom Reyes was sentenced to two years in prison, the court said.\n",
            "Tom Reyes was sentenced to three years in prison, his lawyer said.\n",
        ),
    ],
)
def test_a_span_ago_of_another_event_or_two_bare_spans_stay_apart(wire: str, post: str) -> None:
    result = _compare([("Wire", wire), ("Post", post)])
    assert result.conflicts == []
