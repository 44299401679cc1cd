"""A person's name ending in a number: a title with its number, no person (issue 12,
entities; ents37).

NER types a game, a film or a mission named with a number a person: "its showcase launch
title Destiny 2" PERSON, its later "Destiny" with it; "P. S. 3" (a school). No one is named
with a trailing number. A PERSON actor whose name is one to three capitalised words (initials
too) and then a number of one to three digits is a numbered title: it goes, with the mentions
written without the number, unless it says something (:func:`~.actor_things.acts`). When the
words before the number are a person the article names otherwise ("Zach Orrel 2" of a score
line beside "Zach Orrel"), the mentions are that person's instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_numbered_titles", "numbered_title"]

_NUMBERED = re.compile(r"((?:[A-Z][\w'’.-]*[ \t]){1,3})\d{1,3}")


def numbered_title(name: str) -> str | None:
    """The words before the number of "Destiny 2", or None for a name of another shape."""
    m = _NUMBERED.fullmatch(name)
    return m.group(1).strip() if m is not None else None


def drop_numbered_titles(doc: Doc, table: ArticleActors) -> None:
    """Drop or fold the numbered titles of the module docstring, in place."""
    found = {
        name: words
        for name, info in table.actors.items()
        if info.type == "PERSON" and (words := numbered_title(name)) is not None
    }
    if not found:
        return
    spans_of = spans_by_actor(doc, table)
    gone: set[str] = set()
    for name, words in found.items():
        other = table.actors.get(words)
        if other is not None and other.type == "PERSON" and " " in words:
            rename_actor(table, name, words)
        elif not acts(doc, table.text, spans_of.get(name, [])):
            gone.add(name)
    if gone:
        table.drop_actors(gone)
