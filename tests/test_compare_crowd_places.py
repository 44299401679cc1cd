"""Conflicts: the crowd of one city told by two outlets (issue 12, branch confevent21).

"Violence broke out in Marvoli, where another 20,000 people marched": "another" sets the crowd
apart from other cities' crowds, so the figure is Marvoli's whole crowd, not a part of a larger
figure. An article telling two cities' marches gives no two figures for one march, and a
country written as the owner of a city ("Portugal's second city") is no place of its own.
Invented articles; each test fails without its rule."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import PAD as _PAD
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import enrich_outlets as _enrich
from tests._enrich_docs import side_values as _values

from newsbeat.compare.claim_places import _PlaceNames, _places_in
from newsbeat.compare.records import ClaimGroup
from newsbeat.models import Claim

_ANOTHER = (
    "Violence also broke out in the northern city of Marvoli, where another 20,000 people "
    "marched through the city center.\n"
)
_CLASHES = (
    "Meanwhile, clashes broke out in Marvoli where approximately 50,000 people marched, "
    "destroying dozens of banks in Portugal's second largest city.\n"
)
_CAPITAL = "The protest march in Velmora was attended by an approximate 200,000, police said.\n"


def _claim(text: str, value: float) -> Claim:
    _, enrichments = _enrich([("Wire", text + _PAD)])
    return next(c for c in enrichments[1].claims if c.low == value)


def test_another_crowd_of_its_own_city_is_that_citys_whole_crowd() -> None:
    claim = _claim(_ANOTHER, 20000.0)
    assert (claim.event, claim.role, claim.place) == ("march", None, "Marvoli")


def test_another_is_still_an_increment_for_troops_or_after_a_figure_of_its_sentence() -> None:
    troops = "Calm returned to the city of Marvoli, where another 300 soldiers were deployed.\n"
    later = (
        "In Marvoli, 30,000 people marched in the morning and another 20,000 people marched "
        "in the evening.\n"
    )
    swelling = (
        "Clashes broke out in Marvoli, where another 5,000 people marched, swelling the crowd "
        "to 25,000.\n"
    )
    assert _claim(troops, 300.0).role == "part"
    assert _claim(later, 20000.0).role == "part"
    assert _claim(swelling, 5000.0).role == "part"
    unnamed = "Violence also broke out in the north, where another 20,000 people marched.\n"
    month = "In March, another 20,000 people marched against the cuts.\n"
    assert _claim(unnamed, 20000.0).role == "part"
    assert _claim(month, 20000.0).role == "part"


def test_two_outlets_sizes_of_one_citys_march_conflict() -> None:
    result = _compare([("Wire", _BODY + _ANOTHER), ("Post", _BODY + _CLASHES)])
    assert [_values(p) for p in result.conflicts] == [{"20,000", "approximately 50,000"}]


def test_another_citys_march_is_another_march() -> None:
    other = _CLASHES.replace("in Marvoli", "in Castelo")
    assert _compare([("Wire", _BODY + _ANOTHER), ("Post", _BODY + other)]).conflicts == []


def test_an_article_telling_two_cities_marches_gives_one_figure_for_each() -> None:
    both = _BODY + _CAPITAL + _CLASHES
    result = _compare([("Wire", _BODY + _ANOTHER), ("Post", both)])
    assert [_values(p) for p in result.conflicts] == [{"20,000", "approximately 50,000"}]


def test_an_article_giving_two_sizes_of_one_citys_march_takes_no_side() -> None:
    twice = _BODY + _CLASHES + _CLASHES.replace("approximately 50,000", "some 120,000")
    assert _compare([("Wire", _BODY + _ANOTHER), ("Post", twice)]).conflicts == []


def test_a_country_written_as_a_citys_owner_is_no_place_of_its_own() -> None:
    sites = _PlaceNames.of(["Marvoli", "Portugal"])
    assert _places_in(_CLASHES, sites) == frozenset({"marvoli"})
    assert _places_in("In Portugal, 50,000 marched in Marvoli.", sites) == frozenset(
        {"marvoli", "portugal"}
    )
    assert _places_in("Portugal's unions marched.", sites) == frozenset({"portugal"})


def test_another_citys_crowd_of_the_same_size_shadows_nothing() -> None:
    velmora = _CAPITAL.replace("an approximate 200,000", "some 20,000")
    result = _compare([("Wire", _BODY + _ANOTHER), ("Post", _BODY + velmora + _CLASHES)])
    assert [_values(p) for p in result.conflicts] == [{"20,000", "approximately 50,000"}]


def test_a_crowd_told_in_its_own_place_leaves_the_articles_other_crowd_alone() -> None:
    police = "Police put the march, held to mark a general strike, at roughly 30,000 people.\n"
    streets = "An estimated 100,000 people took to the streets to protest the spending cuts.\n"
    result = _compare([("Wire", _BODY + police), ("Post", _BODY + streets + _ANOTHER)])
    assert [_values(p) for p in result.conflicts] == [{"roughly 30,000", "an estimated 100,000"}]


def test_a_crowd_of_a_sentence_naming_only_its_country_still_meets_one_of_its_city() -> None:
    nationwide = "Tens of thousands of people took to the streets before Portugal gets a loan.\n"
    city = "Tens of thousands of protesters took to the streets of Marvoli during the strike.\n"
    result = _compare([("Wire", _BODY + nationwide), ("Post", _BODY + city)])
    agreed = [g for g in result.agreed if isinstance(g, ClaimGroup)]
    assert [{r.outlet for r in g.claims} for g in agreed] == [{"Wire", "Post"}]
