"""Types from the word after or before a name, and from the gazetteer (issue 12, entities).

NER types a name by its shape; the article's words say what it is:

* a city of the gazetteer NER took for a nationality, that the text puts somewhere
  ("robberies in Cannes" NORP), is a place; a nationality's plural NER took for a person ("83
  percent of Greeks") is a group of that nationality (NORP, as "Democrats");
* a name no gazetteer knows whose every mention is followed by a word of a body or a business
  ("Pagliarelli prison", "the Casty store") is that organisation (the guidelines: prisons and
  companies are organisations); "a Pulitzer prize" names a prize, no actor;
* an organisation the text calls a district or a town ("the Palermo district of Porta
  Nuova") is a place;
* a name before "family" or "crime family" that NER typed a nationality or a place ("the
  Genovese crime family") is the family, an organisation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import city_placed_in_text, retype_actor
from newsbeat.enrich.actor_table import capital_keys, known_place, lookup_country
from newsbeat.enrich.names import place_kind

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["type_by_kind_cues"]

_BODY_AFTER = re.compile(
    r"[ \t]+(?:prison|jail|penitentiary|store|shop|boutique|jewell?ers|restaurant)\b",
    re.IGNORECASE,
)
_PRIZE_AFTER = re.compile(r"[ \t]+(?:prize|prizes|award|awards|medal|trophy)\b", re.IGNORECASE)
_FAMILY_AFTER = re.compile(r"[ \t]+(?:crime[ \t]+)?family\b")
_DISTRICT_BEFORE = re.compile(
    r"\b(?:district|neighbou?rhood|suburb|quarter|town|village|city)[ \t]+of[ \t]+\Z",
    re.IGNORECASE,
)


def type_by_kind_cues(table: ArticleActors) -> None:
    """Apply the rules of the module docstring to an article's actors, in place."""
    text = table.text
    for name, info in list(table.actors.items()):
        if name not in table.actors or info.iso3 is not None:
            continue
        known = known_place(name)
        ends = [m.end for m in table.mentions if m.actor == name]
        starts = [m.start for m in table.mentions if m.actor == name]
        if not ends:
            continue
        if (
            info.type == "NORP"
            and place_kind(name) is not None
            and lookup_country(name) is None
            and city_placed_in_text(name, text)
        ):
            retype_actor(table, name, "GPE")
        elif info.type == "PERSON" and " " not in name and not info.roles:
            _nationality(table, name)
        if known or name not in table.actors:
            continue
        if all(_PRIZE_AFTER.match(text, end) for end in ends):
            table.drop_mentions(_mentions_of(name))
        elif info.type in {"GPE", "LOC", "PERSON", "NORP"} and not info.roles:
            if all(_BODY_AFTER.match(text, end) for end in ends) or (
                info.type != "PERSON" and all(_FAMILY_AFTER.match(text, end) for end in ends)
            ):
                retype_actor(table, name, "ORG")
        elif info.type == "ORG" and any(
            _DISTRICT_BEFORE.search(text, max(0, s - 30), s) for s in starts
        ):
            retype_actor(table, name, "GPE")


def _mentions_of(name: str) -> Callable[[MentionRef], bool]:
    """What says whether a mention is one of ``name``'s."""
    return lambda m: m.actor == name


def _nationality(table: ArticleActors, name: str) -> None:
    """ "Greeks" typed a person: a named group of its country's people (a NORP actor, as
    "Democrats"), not a person."""
    country = lookup_country(name)
    if country is None or name == country.name or name.lower() in capital_keys():
        return
    if name.endswith("s"):  # "a Greek" may be a person's name NER read right; the plural never is
        retype_actor(table, name, "NORP")
