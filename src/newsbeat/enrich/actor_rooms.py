"""Rooms and gardens of a seat of government typed as bodies (issue 12, entities; ents34).

NER tags a room as an organisation: "a meeting in the Oval Office", "briefed in the Situation
Room". A room is a place where the actors meet, not a body: an actor whose whole name is one
of :data:`_ROOMS` (our own list) is typed LOC, as "the Rose Garden" already is.

Guard: a room that acts ("the Oval Office said", the presidency by metonymy) keeps its type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["type_rooms"]

_ROOMS = frozenset(
    {
        "Oval Office", "Situation Room", "Rose Garden", "Cabinet Room", "East Room",
        "Roosevelt Room", "Lincoln Bedroom", "State Dining Room", "Blue Room", "Red Room",
        "Green Room", "Map Room", "Treaty Room", "Briefing Room", "James S. Brady Briefing Room",
    }
)  # fmt: skip


def type_rooms(doc: Doc, table: ArticleActors) -> None:
    """Type the rooms that do not act as places, in place."""
    named = [name for name, info in table.actors.items() if name in _ROOMS and info.type != "LOC"]
    places_unless_acting(doc, table, named)


def places_unless_acting(doc: Doc, table: ArticleActors, names: list[str]) -> None:
    """Type each of ``names`` a place (LOC), in place, unless one of its mentions acts ("the
    Oval Office said"): rooms here, blocks of homes in :mod:`.actor_housing`."""
    if not names:
        return
    spans_of = spans_by_actor(doc, table)
    for name in names:
        if not acts(doc, table.text, spans_of.get(name, [])):
            retype_actor(table, name, "LOC")
