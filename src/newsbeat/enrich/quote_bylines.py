"""A speaker glued to the byline or outlet before it (issue 12, read31 Q-d).

``Computerworld - Microsoft today said that …``: the outlet's name that opens the story and
the dash after it were read into one name with the company's, and the quote went to
"Computerworld - Microsoft". The part before " - " at a line's start is no part of the
speaker's name when the part after it is an actor the article names on its own, of the same
kind (``Microsoft``, named eleven times); then that actor speaks. A name written with a spaced
hyphen (``Strauss - Kahn``, ``ITAR - TASS``, ``Mahmoud al - Goweiny``) is left whole: its last
part is no actor of its own, or its first part is more than one word.
"""

from __future__ import annotations

from dataclasses import replace

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["unglue_bylines"]

_DASH = " - "


def _unglued(found: FoundQuote, actors: ArticleActors) -> FoundQuote:
    name, start = found.speaker, found.speaker_start
    if name is None or _DASH not in name or start is None:
        return found
    head, _, tail = name.partition(_DASH)
    if not head or " " in head or not tail:
        return found
    if start > 0 and actors.text[start - 1] != "\n":
        return found  # the byline opens its line; a name inside a sentence is kept whole
    if not actors.text.startswith(head + _DASH, start):
        return found
    glued, alone = actors.actors.get(name), actors.actors.get(tail)
    if alone is None or (glued is not None and glued.type != alone.type):
        return found
    return replace(found, speaker=tail, speaker_start=start + len(head) + len(_DASH))


def unglue_bylines(found: list[FoundQuote], actors: ArticleActors) -> list[FoundQuote]:
    """The quotes with each speaker glued to a byline before it (see the module docstring)
    given to the actor after the dash."""
    return [_unglued(f, actors) for f in found]
