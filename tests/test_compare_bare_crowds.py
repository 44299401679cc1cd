"""Conflicts: a crowd counted with no verb of its own, and a place written inside a body's name.

"A broadcaster estimated the crowd at 70" counts the people of a gathering as much as "nearly
100 people set off to march" does: the crowd is the gathering, so its figure takes the
gathering's class and is one measure of one march when the two sentences name the same places
and the same date. A place written only as part of a body's name ("NBC Marvoli", "the Marvoli
Courier") is no place the sentence names. Invented articles; each test fails without its rule.
"""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import PAD as _PAD
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_places import _PlaceNames, _places_in
from newsbeat.compare.count_nouns import GATHERED, canonical_count

_VIGIL = "Tonight a large crowd gathered in Marvoli to remember the boy shot by the police.\n"
_ESTIMATE = (
    "NBC Marvoli estimated the crowd at 70, and the Courier said a crowd looted a pharmacy.\n"
)
_MARCH = (
    "Starting at about 8 p.m., nearly 100 people set off from the vigil site to march to the "
    "police station.\n"
)


def _story(estimate: str) -> list[set[str]]:
    wire = _BODY + _VIGIL + estimate + _PAD
    post = _BODY + _MARCH + _PAD
    return [_values(p) for p in _compare([("Wire", wire), ("Post", post)]).conflicts]


def test_a_crowd_with_no_verb_counts_the_people_of_a_gathering() -> None:
    assert canonical_count("crowd", "", "") == (GATHERED, "march")
    # a verb of its own is compared as written: an audience is no march
    assert canonical_count("crowd", "attend", "") == ("crowd", "attend")
    assert canonical_count("crowd", "march", "") == (GATHERED, "march")


def test_a_crowd_estimate_and_a_march_count_of_one_evening_conflict() -> None:
    assert _story(_ESTIMATE) == [{"estimated 70", "nearly 100"}]


def test_a_crowd_estimated_on_another_day_is_another_gathering() -> None:
    later = _ESTIMATE.replace("NBC Marvoli estimated", "On Wednesday, NBC Marvoli estimated")
    assert _story(later) == []


def test_a_place_inside_or_next_to_a_body_name_is_no_place_of_the_sentence() -> None:
    sites = ["Marvoli", "New York"]
    assert _places_in(_ESTIMATE, _PlaceNames.of(sites, ["NBC Marvoli", "Courier"])) == frozenset()
    assert (
        _places_in("NBC New York put the crowd at 70.", _PlaceNames.of(sites, ["NBC"]))
        == frozenset()
    )
    assert _places_in("The New York Post said so.", _PlaceNames.of(sites, ["Post"])) == frozenset()
    both = "NBC Marvoli said 70 people marched in Marvoli."
    assert _places_in(both, _PlaceNames.of(sites, ["NBC Marvoli"])) == frozenset({"marvoli"})
    # a body written as its city (a team, a council) may be the city itself
    assert _places_in("Marvoli won the cup.", _PlaceNames.of(sites, ["Marvoli"])) == frozenset(
        {"marvoli"}
    )


def test_a_mark_between_a_place_and_a_body_or_a_building_keeps_the_place() -> None:
    sites = ["Marvoli", "Castelo - Marvoli"]
    said = "Three cables were cut near Marvoli, Velcom Telecom said."
    assert _places_in(said, _PlaceNames.of(sites, ["Velcom Telecom"])) == frozenset({"marvoli"})
    church = "Two children were inside the Marvoli Bible Church."
    assert _places_in(church, _PlaceNames.of(sites, ["Marvoli Bible Church"])) == frozenset(
        {"marvoli"}
    )
    across = "Some 37 were registered in Castelo - Marvoli, the capital."
    assert _places_in(across, _PlaceNames.of(sites, ["Castelo"])) == frozenset(
        {"castelo marvoli", "marvoli"}
    )
