"""A champion's title named alone is no actor (issue 12, entities; ents36).

Boxing and sports copy writes a title before its holder, capitalised and cut off by a comma:
"a showdown with WBA Champion, Ivo Brask", "Former Heavyweight Champion, Orm Velde, 43-1".
NER tags "WBA Champion" or "Heavyweight Champion" an organisation; it is a title, a role of the
person after it. An ORG or PERSON actor of two to four words whose last word is "Champion" or
"Champ", every other word capitalised or in capitals ("World Heavyweight Champion", "IBF
Champion"), goes. Guards: a title that acts (says, tells or announces something: a nickname
used as a name, "the Champion said") stays; "Champions" and longer names ("Champions League",
"Champion Homes Inc") are not read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["champion_title", "drop_champion_titles"]

_TITLE = re.compile(r"(?:(?:[A-Z][a-z-]+|[A-Z]{2,5})[ \t]+){1,3}Champ(?:ion)?")


def champion_title(name: str) -> bool:
    """Whether ``name`` is a champion's title and nothing else ("WBA Champion")."""
    return _TITLE.fullmatch(name) is not None


def drop_champion_titles(doc: Doc, table: ArticleActors) -> None:
    """Drop the champions' titles that do not act, in place."""
    named = [
        name
        for name, info in table.actors.items()
        if info.type in {"ORG", "PERSON"} and champion_title(name)
    ]
    if not named:
        return
    spans_of = spans_by_actor(doc, table)
    table.drop_actors({name for name in named if not acts(doc, table.text, spans_of.get(name, []))})
