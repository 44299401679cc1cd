"""Which entities of a story the printed lists show (issue 12, item 3): say less, be right.

A story's entity takes the type most of its mentions carry (``serialize.main_type``). When the
story's articles type one name differently and no type carries two thirds of its mentions,
the type shown is little better than a guess ("Windows" an organisation in one article, a
place in the next, a nationality in a third); unless data backs one of its types (a place of
the gazetteer or a country typed as a place, a person whose first name is on the list typed
as a person) the printed lists (the digest's "who" line, ``newsbeat story``) leave it out and
say how many they left out.

A one-word "person" is as doubtful: when the first-name list does not know the word, no
person or organisation of the story has it in a longer name ("Baxter" of "Tom Baxter") and
no article gives it a title, it is left out too. On the printed lists of 22 ECB+ stories these
were a company ("Twitter" three times), a team, a people, a product, a film, a title alone,
and in 4 of 26 a real surname.

The digest's "who" line names who is involved: not a nationality adjective alone (issue 12:
adjectives of nationality alone are not actors) and not the story's own outlets
(:func:`involved`).

The JSON keeps every entity: a reader of the data decides there.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbeat.json_shapes import EntityJSON
    from newsbeat.models import Enrichment

__all__ = ["involved", "printed_entities", "uncertain_entities"]

_PLACE_TYPES = frozenset({"GPE", "LOC"})
# the share of mentions the main type needs for the type to be shown without data behind it
_MAIN_SHARE = 2 / 3


def uncertain_entities(enrichments: Iterable[Enrichment]) -> set[str]:
    """The names of a story's entities whose type is uncertain (the module docstring)."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    titled: set[str] = set()
    for e in enrichments:
        for ent in e.entities:
            types[ent.name][ent.type] += ent.mentions
            if ent.role:
                titled.add(ent.name)
    words_of_longer = {w for name in types if " " in name for w in name.split()}
    return {
        name
        for name, counts in types.items()
        if _uncertain(name, counts)
        or (name not in titled and name not in words_of_longer and _lone_word_person(name, counts))
    }


def _lone_word_person(name: str, counts: Counter[str]) -> bool:
    """A one-word name mostly typed PERSON that the first-name list does not know."""
    from newsbeat.enrich.names import is_first_name

    if " " in name or max(sorted(counts), key=lambda t: counts[t]) != "PERSON":
        return False
    return not is_first_name(name)


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
    if "PERSON" not in types:
        return False
    # a person's name: a listed first name, or two or three capitalised words none of which
    # is a place ("Laura Orsk", not "Orsk Egypt")
    words = name.split()
    return kind_of_person(name) or (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(place_kind(w) or lookup_country(w) for w in words)
    )


def involved(entities: list[EntityJSON], outlets: Iterable[str]) -> list[EntityJSON]:
    """The entities a "who" line may name: not a nationality written as an adjective alone
    ("Kaldrian" of "Kaldrian ports": a description; a people in the plural, "Kaldrians",
    stays), and not one of the story's own outlets ("according to the Tessa Shipping
    Gazette's fleet data": the outlet reporting, not someone involved)."""
    reporting = {o.casefold() for o in outlets}
    return [
        e
        for e in entities
        if str(e["name"]).casefold() not in reporting
        and not (
            e["type"] == "NORP" and " " not in str(e["name"]) and not str(e["name"]).endswith("s")
        )
    ]


def printed_entities(
    entities: list[EntityJSON], uncertain: set[str]
) -> tuple[list[EntityJSON], int]:
    """The entities a printed list shows, in their order, and how many it leaves out."""
    shown = [e for e in entities if e["name"] not in uncertain]
    return shown, len(entities) - len(shown)
