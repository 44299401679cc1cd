"""Which entities of a story the printed lists show (issue 12, item 3): say less, be right.

A story's entity takes the type most of its mentions carry (``serialize.main_type``). When the
story's articles type one name differently and no type carries two thirds of its mentions,
the type shown is little better than a guess ("Windows" an organisation in one article, a
place in the next, a nationality in a third); unless data backs one of its types (a place of
the gazetteer or a country typed as a place, a person whose first name is on the list typed
as a person) the printed lists (the digest's "who" line, ``newsbeat story``) leave it out and
say how many they left out. The JSON keeps every entity: a reader of the data decides there.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbeat.json_shapes import EntityJSON
    from newsbeat.models import Enrichment

__all__ = ["printed_entities", "uncertain_entities"]

_PLACE_TYPES = frozenset({"GPE", "LOC"})
# the share of mentions the main type needs for the type to be shown without data behind it
_MAIN_SHARE = 2 / 3


def uncertain_entities(enrichments: Iterable[Enrichment]) -> set[str]:
    """The names of a story's entities whose type is uncertain (the module docstring)."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for e in enrichments:
        for ent in e.entities:
            types[ent.name][ent.type] += ent.mentions
    return {name for name, counts in types.items() if _uncertain(name, counts)}


def _uncertain(name: str, counts: Counter[str]) -> bool:
    if len(counts) < 2 or max(counts.values()) >= _MAIN_SHARE * counts.total():
        return False
    return not _backed(name, set(counts))


def _backed(name: str, types: set[str]) -> bool:
    """Data backs one of the types the articles give the name."""
    from newsbeat.enrich.actor_merge import kind_of_person
    from newsbeat.enrich.actor_table import lookup_country
    from newsbeat.enrich.names import place_kind

    if types & _PLACE_TYPES and (place_kind(name) is not None or lookup_country(name)):
        return True
    return "PERSON" in types and " " in name and kind_of_person(name)


def printed_entities(
    entities: list[EntityJSON], uncertain: set[str]
) -> tuple[list[EntityJSON], int]:
    """The entities a printed list shows, in their order, and how many it leaves out."""
    shown = [e for e in entities if e["name"] not in uncertain]
    return shown, len(entities) - len(shown)
