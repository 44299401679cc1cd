"""One body or one city written several ways in an article (issue 12, entities; read35).

News names an organisation once in full with its country and then without it, or with one of
its words in the plural: "the Central Election Commission of Kaldria", "the Central Election
Commission", "the Central Elections Commission". It writes a city with the word "city" after it
once ("Orsk city") and by its name elsewhere. Each is one actor:

* :func:`org_key`: an organisation's name without a trailing "of <the country>", the country
  being the one the article (or story) mentions most, and with the inner words of a name of
  three words or more in the singular ("Elections" of "Central Elections Commission"; not the
  first or the last word: "Friends of Kaldria", "the Kaldrian Games" stay as written). Two
  organisations of one key in an article are one, named by :func:`org_rank` (no inner
  plural, then the full name with its country, then the form mentioned most). A name of
  another country ("... of Velmaria" in an article about Kaldria) keeps it: the bare name
  may be another country's commission.
* :func:`city_of`: "<X> city" with "city" in lower case is the city X when the gazetteer knows X
  as a city or a capital and no country or US state is called X ("Kansas city", "Mexico city"
  are left as written), and the article (or story) also names X as a place, or X is a capital
  ("Quezon city" may stand for "Quezon City", beside a province called Quezon).

:func:`merge_org_variants` applies both to an article's actors;
:func:`newsbeat.actors.names.story_aliases` reads the same keys across a story's articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import ArticleActors, lookup_country
from newsbeat.enrich.names import place_kind

__all__ = ["city_of", "main_country", "merge_org_variants", "org_key", "org_rank"]

_OF_PLACE = re.compile(
    r"(?P<body>.+?) of (?:the )?(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
)
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_CITY = re.compile(r"(?P<city>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) city")


def main_country(counts: Iterable[tuple[str, str, int]]) -> str | None:
    """The country mentioned most among (name, type, mentions) of places, when one is
    mentioned more than any other; None otherwise."""
    totals: dict[str, int] = {}
    for name, kind, mentions in counts:
        if kind != "GPE" or place_kind(name) != "country":
            continue
        country = lookup_country(name)
        if country is not None:
            totals[country.name] = totals.get(country.name, 0) + mentions
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _singular(word: str) -> str:
    """An inner word without its plural "s" ("Elections"; not "Business" nor "Mass")."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def org_key(name: str, country: str | None) -> str:
    """The key of an organisation's name (see the module docstring)."""
    found = _OF_PLACE.fullmatch(name)
    if found is not None and country is not None and place_kind(found["place"]) == "country":
        place = lookup_country(found["place"])
        if place is not None and place.name == country and len(found["body"].split()) >= 2:
            name = found["body"]
    words = name.split()
    if len(words) >= 3:
        words = [words[0], *(_singular(w) for w in words[1:-1]), words[-1]]
    return " ".join(words)


def city_of(name: str, places: Iterable[str] = ()) -> str | None:
    """The city "<X> city" names (see the module docstring), or None; ``places``: the other
    places the article or story names."""
    found = _CITY.fullmatch(name)
    if found is None:
        return None
    city = found["city"]
    kind = place_kind(city)
    if kind not in {"city", "capital"} or lookup_country(city) is not None:
        return None
    return city if kind == "capital" or city in places else None


def org_rank(name: str, mentions: int, country: str | None) -> tuple[bool, bool, int, int]:
    """How a form of an organisation ranks as its name (the highest is taken): no inner
    plural, then with "of <the country>" (the body's full name: "Communist Party of
    Kaldria" over "Communist Party"), then mentioned most, then the longer."""
    return org_key(name, None) == name, org_key(name, country) != name, mentions, len(name)


def merge_org_variants(table: ArticleActors) -> None:
    """Fold an article's forms of one organisation and of one city into one actor, in
    place."""
    country = main_country((a.name, a.type, a.mentions) for a in table.actors.values())
    groups: dict[str, list[str]] = {}
    for name, info in table.actors.items():
        if info.type == "ORG" and len(name.split()) >= 2 and name[:1].isupper():
            groups.setdefault(org_key(name, country), []).append(name)
    for names in groups.values():
        if len(names) < 2:
            continue
        best = max(names, key=lambda n: org_rank(n, table.actors[n].mentions, country))
        for name in names:
            rename_actor(table, name, best)
    places = {n for n, a in table.actors.items() if a.type in _PLACE_TYPES}
    for name, info in list(table.actors.items()):
        city = city_of(name, places) if info.type in _PLACE_TYPES else None
        if city is not None:
            rename_actor(table, name, city)
