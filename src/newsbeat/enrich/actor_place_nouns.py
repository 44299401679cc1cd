"""Names the text calls places: "the villages of A and B", "ports like A and B" (ents32).

Reports of a quake, a raid or a flood name small places the gazetteer does not know, after a
noun that says what they are: "the villages of Kelva and Dursa", "ports like Kelva", "the town
of Kelva". NER types such a name ORG or PERSON, or joins two of them into one organisation
("Kelva and Dursa"). After a place's noun in lower case (:data:`_PLACE_NOUNS`, our own list)
and "of", "like", "such as" or "including", each name of the list that follows (one to three
words in capitals, joined by commas, "and" or "or") is a place:

* an organisation or a person of that exact name becomes a place (GPE), every mention of it;
* one mention that covers two names of the list ("Kelva and Dursa") gives way to one place per
  name.

A list of two names or more must end with "and" or "or" before its last name ("towns like
Kelva, Lena Holm said" lists Kelva alone), and a name whose last word heads an organisation's
name ("the region of Kelva Regional Council") is left alone.
"""

from __future__ import annotations

import re
from functools import partial
from operator import is_

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import letter_runs
from newsbeat.enrich.name_spans import org_heads

__all__ = ["type_named_places"]

_PLACE_NOUN_WORDS = frozenset(
    {
        "village", "villages", "town", "towns", "cities", "city", "port", "ports", "province",
        "provinces", "district", "districts", "island", "islands", "region", "regions",
        "counties", "county", "suburb", "suburbs", "neighbourhood", "neighbourhoods",
        "neighborhood", "neighborhoods", "municipality", "municipalities", "hamlet", "hamlets",
        "settlement", "settlements",
    }
)  # fmt: skip
# the same words as a pattern (longest first; a noun stands before a space or tab in _LISTED)
_PLACE_NOUNS = "|".join(sorted(_PLACE_NOUN_WORDS, key=lambda w: (-len(w), w)))
_ITEM = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
_JOIN = r"(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
_LISTED = re.compile(
    rf"\b(?:{_PLACE_NOUNS})[ \t]+(?:of|like|such[ \t]+as|including)[ \t]+"
    rf"({_ITEM}(?:{_JOIN}{_ITEM})*)"
)
_ITEMS = re.compile(_ITEM)
_LAST_JOIN = re.compile(r"\b(?:and|or)\b")
_RETYPED = frozenset({"ORG", "PERSON"})


def _items(match: re.Match[str]) -> list[tuple[int, int, str]]:
    """Each name of the list: its start, its end and its text. A list of two names or more
    ends with "and" or "or" before its last name; without one ("towns like Kelva, Holm said")
    only the first name is the list's."""
    start, run = match.start(1), match.group(1)
    found = list(_ITEMS.finditer(run))
    if len(found) > 1 and not _LAST_JOIN.search(run, found[-2].end(), found[-1].start()):
        found = found[:1]
    return [(start + m.start(), start + m.end(), m.group(0)) for m in found]


def _a_place(name: str) -> bool:
    return name.split()[-1].lower() not in org_heads()


def type_named_places(table: ArticleActors) -> None:
    """Type or split the places of the module docstring, in place."""
    text = table.text
    if (
        " of " not in text
        and " like " not in text
        and " as " not in text
        and "including" not in text
    ):
        return
    if _PLACE_NOUN_WORDS.isdisjoint(letter_runs(text)):
        return
    for match in _LISTED.finditer(text):
        items = [i for i in _items(match) if _a_place(i[2])]
        if not items:
            continue
        around = [m for m in table.mentions if items[0][0] < m.end and m.start < items[-1][1]]
        for mention in around:
            inside = [i for i in items if mention.start <= i[0] and i[1] <= mention.end]
            if len(inside) >= 2 and table.actors.get(mention.actor, None) is not None:
                if table.actors[mention.actor].type not in _RETYPED:
                    continue
                table.drop_mentions(partial(is_, mention))
                for start, end, name in inside:
                    table._add(name, "GPE", start, end)
        for start, end, name in items:
            info = table.actors.get(name)
            if info is None or info.type not in _RETYPED:
                continue
            if any(m.actor == name and m.start == start and m.end == end for m in table.mentions):
                retype_actor(table, name, "GPE")
