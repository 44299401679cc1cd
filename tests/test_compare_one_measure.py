"""Conflicts: one event told with different words (issue 12, branch confslot). A distance is read
past a bracketed conversion ("1,150 kilometres (700 miles) southeast of Arden") and places the
thing the sentence is about (a participle "located" or an apposition "an island" names no other
thing); a distance has no doer; two distances from one named place to one named thing are one
fact however the sentences are worded. Invented articles; each test fails without its rule."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import PAD as _PAD
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import enrich_outlets as _enrich
from tests._enrich_docs import side_values as _values

from newsbeat.models import Claim

_LOCATED = "Vessa, located 1,150 kilometres (700 miles) southeast of Arden, has a busy port.\n"
_ISLAND = (
    "Vessa, a 900-square-kilometre island in the warm southern sea and 1,500 kilometres "
    "south of Arden, has a population of more than 100,000.\n"
)


def _claims(text: str) -> list[Claim]:
    _, enrichments = _enrich([("Wire", text + _PAD)])
    return enrichments[1].claims


def _distance(text: str, value: float) -> Claim:
    return next(c for c in _claims(text) if c.low == value and c.unit == "kilometres")


def test_a_distance_is_read_past_its_bracketed_conversion() -> None:
    claim = _distance(_LOCATED, 1150.0)
    assert (claim.role, claim.place) == ("distance", "Arden")


def test_a_distance_places_what_the_sentence_is_about_and_has_no_doer() -> None:
    located, island = _distance(_LOCATED, 1150.0), _distance(_ISLAND, 1500.0)
    assert located.event == island.event == "vessa"
    assert located.subject is None and island.subject is None


def test_two_distances_of_one_thing_from_one_place_conflict_in_other_words() -> None:
    result = _compare([("Wire", _BODY + _LOCATED), ("Post", _BODY + _ISLAND)])
    assert [_values(p) for p in result.conflicts] == [{"1,150", "1,500"}]


def test_distances_of_two_things_from_one_place_do_not_conflict() -> None:
    other = "The port of Kell lies 1,500 kilometres south of Arden, on the coast.\n"
    assert _compare([("Wire", _BODY + _LOCATED), ("Post", _BODY + other)]).conflicts == []


_POLICE = "Police put the march, held to mark a general strike, at roughly 30,000 people.\n"
_STREETS = "An estimated 100,000 people took to the streets to protest the spending cuts.\n"


def _marchers(text: str) -> Claim:
    return next(c for c in _claims(text) if c.what == "people")


def test_a_crowd_that_took_to_the_streets_marched() -> None:
    assert _marchers(_STREETS).event == "march"


def test_a_figure_put_at_names_the_measure_of_its_noun_and_no_doer() -> None:
    claim = _marchers(_POLICE)
    assert (claim.event, claim.subject) == ("march", None)


def test_two_sizes_of_one_march_conflict_in_other_words() -> None:
    result = _compare([("Wire", _BODY + _POLICE), ("Post", _BODY + _STREETS)])
    assert [_values(p) for p in result.conflicts] == [{"roughly 30,000", "an estimated 100,000"}]


def test_a_march_in_another_city_or_on_another_day_is_another_march() -> None:
    elsewhere = "In Paris, an estimated 100,000 people took to the streets to protest the cuts.\n"
    later = "On Saturday an estimated 100,000 people took to the streets to protest the cuts.\n"
    for other in (elsewhere, later):
        assert _compare([("Wire", _BODY + _POLICE), ("Post", _BODY + other)]).conflicts == []
