"""Characters of a film typed as bodies or places, and roles named after a work (issue 12,
entities; ents39b).

:mod:`actor_characters` drops the people a cast member plays; NER also types a character an
organisation or a place ("playing Orsk in the 'Velmar' films" ORG, "her role as Kessa" GPE),
and news of a star names the role by its work: "he is Orsk of 'Velmar'", "(Orsk from the
'Velmar' movie franchise)". In an article about a film or a series (a word of the screen in
its text, as :mod:`actor_characters` asks), a name is a character when it is

* played, portrayed, voiced or starred as (:func:`~newsbeat.enrich.actor_characters.characters`),
  whatever its type;
* "role as X" or "role of X", the name ending its phrase ("his role as UN envoy" is an
  office);
* one word right before "of" or "from" (and "the") and a quoted title, not before "fame"
  ("Ana Holm of 'Velmar' fame" is the actress).

The character's actor goes with every mention. Guards: a country or a place of the gazetteer,
a company of the data list, a name in capitals and a word of a person's full name in the
article (an actor called by the surname: "Holm of 'Velmar'") stay; so do the characters' names
in a match report (no word of the screen: "Velmar played Orsk").
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_characters import (
    _SCREEN_WORDS,
    _SCREEN_WORDS_LOWER,
    SCREEN_RUNS,
    characters,
)
from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_table import ArticleActors, known_place
from newsbeat.enrich.name_context import found_case_blind

__all__ = ["drop_screen_roles", "screen_roles"]

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
# The name ends its phrase: "his role as UN envoy" names an office, not a character.
_ENDS = r"(?=[ \t]*(?:[,.;:)!?\"”’]|\n|\Z|(?:in|on|and|for|at|opposite|alongside)\b))"
_ROLE_AS = re.compile(rf"\brole[ \t]+(?:as|of)[ \t]+({_NAME}){_ENDS}")
_OF_WORK = re.compile(
    r"\b([A-Z][\w’-]+)[ \t]+(?:of|from)[ \t]+(?:both[ \t]+)?(?:the[ \t]+)?"
    r"[\"“‘][ \t]*[A-Z][^\"”’\n]{0,60}?[\"”’](?![ \t]+fame)"
)


def screen_roles(text: str) -> frozenset[str]:
    """The names an article about a film or a series makes characters (see the module
    docstring); none in any other article."""
    if not found_case_blind(text, _SCREEN_WORDS_LOWER, _SCREEN_WORDS, SCREEN_RUNS):
        return frozenset()
    found = set(characters(text))
    found.update(m.group(1) for m in _ROLE_AS.finditer(text))
    found.update(m.group(1) for m in _OF_WORK.finditer(text))
    return frozenset(n for n in found if not n.isupper())


def drop_screen_roles(table: ArticleActors) -> None:
    """Drop the characters of the module docstring, in place."""
    if "role" not in table.text and "play" not in table.text and "of" not in table.text:
        return
    roles = screen_roles(table.text)
    if not roles:
        return
    words = {
        w
        for name, info in table.actors.items()
        if info.type == "PERSON"
        for w in name.split()
        if " " in name
    }
    table.drop_actors(
        {
            name
            for name in roles
            if name in table.actors
            and name not in words
            and not known_place(name)
            and not is_known_company(name)
        }
    )
