"""The comparer pairs what two outlets tell of one thing, third pass (issue 12, branch
confnoun3). Invented articles; each conflict test fails without its rule, each look-alike test
guards what the rule must not join."""

from __future__ import annotations

import pytest
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_context import tells_future
from newsbeat.compare.place_aliases import one_place
from newsbeat.compare.records import _singular

# A plural that adds "es" after a hissing end is its word without the "es"; a word ending in an
# "e" of its own keeps it.


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("patches", "patch"),
        ("dishes", "dish"),
        ("classes", "class"),
        ("boxes", "box"),
        ("churches", "church"),
        ("benches", "bench"),
        ("coaches", "coach"),
        ("speeches", "speech"),
        ("headaches", "headache"),  # an "e" of its own
        ("niches", "niche"),
        ("caches", "cache"),
        ("cases", "case"),
        ("bodies", "body"),
        ("buses", "bus"),
        ("houses", "house"),  # an "e" of its own
        ("boats", "boat"),
    ],
)
def test_a_plural_is_read_back_to_its_word(plural: str, singular: str) -> None:
    assert _singular(plural) == singular


_HIJACKERS = (
    "Wire",
    "The hijackers, in three buses, were trying to reach the Dunmore border post on Sunday, "
    "police said.\n",
)


def test_the_buses_the_hijackers_came_in_conflict() -> None:
    # "buses" read as "buse" was no vehicle of the ride class ("bus").
    result = _compare(
        [
            _HIJACKERS,
            (
                "Post",
                "Troops moved against the hijackers in two buses near the Dunmore border post "
                "on Sunday, police said.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"3", "2"}]


def test_buses_seized_are_not_the_buses_ridden() -> None:
    result = _compare(
        [
            _HIJACKERS,
            (
                "Post",
                "Police seized two buses near the Dunmore border post on Sunday, officials said.\n",
            ),
        ]
    )
    assert result.conflicts == []


# The month May is no modal: "since May" tells what happened.


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        ("He has been held since May.", False),
        ("On May 5 the club lost two games.", False),
        ("In early May the club lost two games.", False),
        ("The club may lose two games.", True),
        ("May Face Charges After Crash", True),  # a headline's modal
        ("He was hired in May and will start in June.", True),  # "will" is still there
    ],
)
def test_the_month_may_is_no_modal(sentence: str, future: bool) -> None:
    assert tells_future(sentence) is future


def test_figures_dated_in_may_conflict() -> None:
    result = _compare(
        [
            (
                "Wire",
                "The Harbour clinic in Dunmore, which opened on May 2, has treated 40 patients "
                "with the fever, health officials said.\n",
            ),
            (
                "Post",
                "The Harbour clinic in Dunmore has treated 55 patients with the fever, health "
                "officials said.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"40", "55"}]


def test_a_forecast_and_a_count_stay_apart() -> None:
    # The guard of the same rule: a modal forecast is no count of what happened.
    result = _compare(
        [
            (
                "Wire",
                "The Harbour clinic in Dunmore may treat 40 patients with the fever, health "
                "officials said.\n",
            ),
            (
                "Post",
                "The Harbour clinic in Dunmore has treated 55 patients with the fever, health "
                "officials said.\n",
            ),
        ]
    )
    assert result.conflicts == []


# A name is named only where the sentence writes it as a name: "was shot eleven times" names
# no "Harbour Times", "after police said" no "Police".

_HIT = (
    "Wire",
    "Seven bullets hit Kevin Walsh, including three that entered his body from the rear, the "
    "Harbour County medical examiner said.\nThe Harbour Times first named him on Sunday.\n",
)


def test_a_common_word_names_no_actor() -> None:
    result = _compare(
        [
            _HIT,
            (
                "Post",
                "Kevin Walsh, 16, was shot eleven times after police said he pulled a revolver "
                "in Dunmore on Saturday.\n",
            ),
        ]
    )
    assert [_values(p) for p in result.conflicts] == [{"7", "11"}]


def test_two_named_victims_stay_apart() -> None:
    result = _compare(
        [
            _HIT,
            (
                "Post",
                "Eleven bullets hit Peter Dale, including three that entered his body from the "
                "rear, the Harbour County medical examiner said.\n",
            ),
        ]
    )
    assert result.conflicts == []


# One count noun written two ways: "TDs" are touchdowns, a receiver's "catches" his receptions.

_RECEIVER = (
    "Wire",
    "Dunmore receiver Kyle Marsh had seven catches for 112 yards and two TDs in the win over "
    "Carvel on Sunday.\n",
)


def test_catches_and_receptions_touchdowns_and_tds_conflict() -> None:
    result = _compare(
        [
            _RECEIVER,
            (
                "Post",
                "Dunmore receiver Kyle Marsh had nine receptions for 112 yards and three "
                "touchdowns in the win over Carvel on Sunday.\n",
            ),
        ]
    )
    assert sorted(sorted(_values(p)) for p in result.conflicts) == [["2", "3"], ["7", "9"]]


def test_another_receivers_receptions_stay_apart() -> None:
    result = _compare(
        [
            _RECEIVER,
            (
                "Post",
                "Dunmore receiver Luke Dale had nine receptions for 112 yards and three "
                "touchdowns in the win over Carvel on Sunday.\n",
            ),
        ]
    )
    assert result.conflicts == []


# Guards for every rule above: other acts on one noun stay apart.


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Seven people were killed", "Nine people were injured"),
        ("Seven soldiers were deployed", "Nine soldiers were killed"),
        ("Seven buses were destroyed", "Nine buses were damaged"),
    ],
)
def test_other_acts_on_one_noun_stay_apart(one: str, other: str) -> None:
    tail = " in the Dunmore blast on Saturday, police said.\n"
    result = _compare([("Wire", one + tail), ("Post", other + tail)])
    assert result.conflicts == []


# Two names of one city (GeoNames' alternate names): the march in Bombay is the march in Mumbai.


def _strike(city: str, other_city: str) -> list[tuple[str, str]]:
    return [
        (
            "Wire",
            "Unions held a general strike across India on Saturday.\nShops and offices were "
            "shut in most towns.\nThe transport unions joined the strike at noon.\nTeachers "
            f"closed the schools for the day.\nSome 50,000 people took to the streets of {city} "
            "against the pension cuts.\n",
        ),
        (
            "Post",
            "Indian unions staged a national strike on Saturday.\nTrains stayed in their depots "
            "and flights were grounded.\nHospitals kept only their emergency wards open.\nThe "
            "strike was the largest in a decade.\nAbout 20,000 protesters marched through "
            f"{other_city}, waving flags and chanting slogans.\n",
        ),
    ]


def test_a_march_in_one_city_under_two_names_conflicts() -> None:
    result = _compare(_strike("Bombay", "Mumbai"))
    assert len(result.conflicts) == 1


def test_marches_in_two_cities_stay_apart() -> None:
    assert _compare(_strike("Bombay", "Delhi")).conflicts == []


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("bombay", "mumbai", True),
        ("peking", "beijing", True),
        ("salonika", "thessaloniki", True),
        ("leningrad", "saint petersburg", True),
        ("bombay", "delhi", False),
        ("georgia", "tbilisi", False),  # a country's own name is no alias
        ("", "", True),
        ("", "mumbai", False),
    ],
)
def test_one_place_under_two_names(one: str, other: str, same: bool) -> None:
    assert one_place(one, other) is same
