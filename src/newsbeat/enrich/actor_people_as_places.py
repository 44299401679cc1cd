"""People typed as places (issue 12, entities; ents33b).

NER types a performer's or a player's full name as a place now and then: "Sheryl Crow" (a
singer on a concert listing), "Elton Brand" (a player signed by a team), "Mo Cheeks" (a
coach). A GPE of two capitalised words whose first word is a known first name, which the
gazetteer does not know as a place or a country, becomes a person.

Guards (a town or an island can open with a first name: "Key Biscayne", "Mary Hill",
"Elizabeth City"): the name stays a place when its last word is a place's word ("City",
"Township", "Hill", "Springs", "Beach" …, our own list), when any of its mentions follows a
place's preposition ("in", "at", "near", "from", "to" …) or is followed by a comma and a
state, a country or a state's abbreviation ("Kelva Rock, Fla."), and when it is longer or
shorter than two words.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country
from newsbeat.enrich.names import first_name_gender, place_kind

__all__ = ["type_people_typed_places"]

# A place's last word (our own list).
_PLACE_ENDS = frozenset(
    {
        "city", "town", "township", "county", "village", "hill", "hills", "springs", "spring",
        "beach", "falls", "valley", "heights", "lake", "lakes", "bay", "harbor", "harbour",
        "point", "park", "island", "islands", "key", "keys", "creek", "river", "mountain",
        "mount", "grove", "ridge", "port", "station", "square", "street", "avenue", "road",
        "memorial", "center", "centre", "hospital", "hall", "court", "field", "fields", "wood",
        "woods", "junction", "crossing", "landing", "gardens", "garden", "estates", "plains",
        "canyon", "rapids", "cove", "haven", "bridge", "ville", "burg", "borough", "province",
        "region", "district", "state", "coast", "shore", "shores", "north", "south", "east",
        "west",
    }
)  # fmt: skip
# A place's preposition right before a mention.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|across|toward|towards|through|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ", Fla." / ", Texas" / ", N.J." after a mention: a place's region.
_REGION_AFTER = re.compile(
    r",\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _a_region_after(text: str, end: int) -> bool:
    region = _REGION_AFTER.match(text, end)
    if region is None:
        return False
    word = region.group().lstrip(", \t\n").rstrip(".")
    if re.fullmatch(r"[A-Z][a-z]{1,4}|[A-Z]\.\s?[A-Z]", word):
        return True  # "Fla", "N. J": a state's abbreviation
    return place_kind(word) in {"state", "country"} or lookup_country(word) is not None


def _a_person_shape(name: str) -> bool:
    words = name.split()
    return (
        len(words) == 2
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and words[-1].lower() not in _PLACE_ENDS
        and first_name_gender(name) is not None
        and not known_place(name)
    )


def type_people_typed_places(table: ArticleActors) -> None:
    """Retype the people of the module docstring typed GPE as PERSON, in place."""
    text = table.text
    for name, info in list(table.actors.items()):
        if info.type != "GPE" or info.iso3 or not _a_person_shape(name):
            continue
        mentions = [m for m in table.mentions if m.actor == name]
        if not mentions:
            continue
        if any(
            _PLACE_BEFORE.search(text, max(0, m.start - 16), m.start)
            or _a_region_after(text, m.end)
            for m in mentions
        ):
            continue
        retype_actor(table, name, "PERSON")
