"""A one-word organisation the text puts somewhere ("in Kittby", "Orsa mayor") is a place."""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import city_placed_in_text, retype_actor
from newsbeat.enrich.actor_residence import placed_by_residence, town_of_an_address
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import at_boundary, occurrences, word_ends_at

_PLACE_NOUNS = (
    r"(?:harbour|harbor|port|beach|beaches|coast|coastline|mayor|streets|residents|town hall|"
    r"city hall|old town|waterfront|town council|city council)"
)
_PLACE_BEFORE = (  # each with a word boundary before it, the name right after
    *("town of ", "city of ", "village of ", "port of ", "island of ", "region of "),
    *("province of ", "mayor of ", "people of ", "residents of ", "area of ", "district of "),
    *("outskirts of ", "suburb of ", "suburbs of ", "county of "),
)
# "in X" puts a name somewhere unless the words around say X is no place: an owner's 's after
# it ("a role in NASA's science directorate"), a plural noun it modifies ("work in WeWork
# buildings"), or an "in" of a stake or a comparison ("a stake in Arvo", "as in Arvo"). Real
# business pages typed four companies as places through the bare "in".
_LOOSE_BEFORE = ("In ", "in ", "off ", "near ", "outside ")
_NOT_PLACE_IN = ("as in ", "stake in ", "stakes in ", "shares in ", "interest in ")
_NOT_AFTER_A_PLACE = re.compile(
    r"(?:'s|’s)\b|\s(?!(?:is|was|has|says|does|its|this|his|thus|across|always|perhaps)\b)"
    r"[a-z]*[^\Ws]s\b"
)
_NOUN_AFTER = re.compile(rf"(?:'s|’s)?(?: [a-z]+)? {_PLACE_NOUNS}\b")
# "a corridor from X in the west to …": an end of a stretch given by its compass point (ents39;
# read38's strait "Bab-el-Mandab" typed ORG).
_STRETCH_BEFORE = ("from ", "to ", "between ")
_COMPASS_AFTER = re.compile(r",? in the (?:(?:north|south)(?:-?(?:east|west))?|east|west)\b")
# Institutions are "in Parliament" too; they are not places.
_INSTITUTIONS = frozenset(
    {"parliament", "congress", "senate", "government", "cabinet", "court", "assembly"}
    | {"council", "committee", "police", "army", "navy", "office", "ministry", "church"}
)


def _places_by_context(table: ArticleActors) -> None:
    """A one-word "organisation" that is somewhere ("in Kittby", "off Velmar"), has a mayor, a
    harbour or residents ("Kittby's ferry harbour", "Orsa mayor Ingrid Falk"), or is "the town
    of …" is a place: NER tags small towns it has not seen as organisations. A city of the
    gazetteer is a place with the wider cues of a known city too ("a helicopter from X", "a X
    man"), unless the article names a team or body after it ("X Rovers": then "from X" may be
    the team)."""
    for info in table.actors.values():
        if info.type != "ORG" or info.name.lower() in _INSTITUTIONS:
            continue
        if " " in info.name:
            person_ends = {m.end for m in table.mentions if m.label == "PERSON"}
            if placed_by_residence(info.name, table.text, person_ends):  # "Holm, 59, of X Y,"
                retype_actor(table, info.name, "GPE")
            continue
        named_after = any(
            other.startswith(info.name + " ") and a.type in {"ORG", "GROUP"}
            for other, a in table.actors.items()
        )
        if (
            _placed_by_context(info.name, table.text) or town_of_an_address(info.name, table.text)
        ) or (not named_after and city_placed_in_text(info.name, table.text)):
            retype_actor(table, info.name, "GPE")


def _placed_by_context(name: str, text: str) -> bool:
    """A word of ``_PLACE_BEFORE`` right before the name, or ``_NOUN_AFTER`` right after it,
    somewhere in the text (tried at each occurrence of the name, not compiled with it)."""
    for start in occurrences(text, name):
        end = start + len(name)
        if not at_boundary(text, end):
            continue
        if word_ends_at(text, start, _PLACE_BEFORE):
            return True  # "the town of Kittby"
        if (
            word_ends_at(text, start, _LOOSE_BEFORE)
            and not word_ends_at(text, start, _NOT_PLACE_IN)
            and not _NOT_AFTER_A_PLACE.match(text, end)
        ):
            return True  # "in Kittby, ...", "off Velmar on Monday"
        if at_boundary(text, start) and _NOUN_AFTER.match(text, end):
            return True  # "Kittby's ferry harbour", "Orsa mayor"
        if word_ends_at(text, start, _STRETCH_BEFORE) and _COMPASS_AFTER.match(text, end):
            return True  # "from Kittby in the west to …"
    return False
