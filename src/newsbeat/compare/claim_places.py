"""The places a claim names, apart from places that are only part of a name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsbeat.compare.records import _tokens
from newsbeat.enrich.actor_streets import is_street_name
from newsbeat.enrich.names import place_kind
from newsbeat.models import Entity

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def place_sites(entities: Iterable[Entity]) -> list[str]:
    """The names of an article's places the place gates read, sorted: no street, which is
    finer than the places they compare (a march "on Snyder Ave" and one "in East Flatbush"
    are not in two places)."""
    return sorted(
        {e.name for e in entities if e.type in _PLACE_TYPES and not is_street_name(e.name)}
    )


@dataclass(frozen=True)
class _PlaceNames:
    """An article's place names (GPE, LOC and FAC) and body names (ORG), folded once for all
    its claims' sentences."""

    sites: tuple[tuple[str, str], ...]  # each place name and its folded words
    bodies: tuple[str, ...]  # each body name's folded words

    @classmethod
    def of(cls, sites: Iterable[str], bodies: Iterable[str] = ()) -> _PlaceNames:
        """The names folded as :func:`_places_in` reads sentences (a name of no words left out)."""
        folded_sites = tuple((name, key) for name in sites if (key := " ".join(_tokens(name))))
        return cls(folded_sites, tuple(key for body in bodies if (key := " ".join(_tokens(body)))))


def _places_in(sentence: str, names: _PlaceNames) -> frozenset[str]:
    """The places (of the article's place names) a sentence names in full; a country written
    only as the owner of another place named there is left out ("Salonika, Greece's second
    largest city" names Salonika), and so is a place written only as part of the name of a
    body the article names ("NBC New York estimated the crowd", "the New York Post says": a
    broadcaster and a paper, not a place)."""
    folded = f" {' '.join(_tokens(sentence))} "
    bodies = names.bodies
    named = {
        name: key
        for name, key in names.sites
        if f" {key} " in folded and not (bodies and _only_in_names(sentence, key, bodies))
    }
    owners = {name for name in named if _owner_country(name, sentence)}
    if len(owners) < len(named):
        return frozenset(key for name, key in named.items() if name not in owners)
    return frozenset(named.values())


# Marks that end a name: "in the Mediterranean, France Telecom said" writes no "Mediterranean
# France Telecom".
_NAME_BREAK = re.compile(r"[,;:()\[\]\"“”‘’—–]|\s'|'\s|\s-\s")


def _only_in_names(sentence: str, place: str, bodies: Sequence[str]) -> bool:
    """Whether every time a sentence writes a place (folded) it is part of a body's name:
    inside one ("nbc marvoli", "the marvoli courier") or right before or after one, with no
    mark between ("nbc" + "new york", "new york" + "post"). A body named just as the place is
    left alone (a city's team or council written as the city may be either), and so is a
    building or site named after its town ("marvoli bible church", "the marvoli courthouse"):
    it stands in that town, which is still where things in it happen."""
    named = [b for b in bodies if b != place and not _SITE_WORDS.intersection(b.split())]
    written = False  # a place written across a mark ("Turkmenistan - Ashgabat") is kept
    for part in _NAME_BREAK.split(sentence):
        free = f" {' '.join(_tokens(part))} "
        written = written or f" {place} " in free
        for body in named:
            for name in (f" {body} {place} ", f" {place} {body} ", f" {body} "):
                free = free.replace(name, " ")
        if f" {place} " in free:
            return False
    return written


# Words of a building or site: a body so named stands in the town its name holds.
_SITE_WORDS = frozenset(
    {
        "church", "cathedral", "mosque", "temple", "synagogue", "court", "courthouse",
        "acropolis", "square", "stadium", "arena", "university", "college", "school",
        "hospital", "station", "hall", "bridge", "park", "airport", "museum", "library",
        "prison", "jail", "hotel", "mall", "market", "port", "harbour", "harbor", "centre",
        "center", "branch",
    }
)  # fmt: skip


def _owner_country(name: str, sentence: str) -> bool:
    """Whether a country's name is written only in the possessive in a sentence ("Greece's")."""
    if place_kind(name) != "country":
        return False
    found = re.findall(rf"\b{re.escape(name)}\b(['’]s?)?", sentence)
    return bool(found) and all(found)
