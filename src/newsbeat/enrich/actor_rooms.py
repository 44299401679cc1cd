"""Rooms and gardens of a seat of government named as actors (issue 12, entities; ents34).

NER tags a room as an organisation: "a meeting in the Oval Office", "briefed in the Situation
Room", "an announcement in the Rose Garden". A room is where the actors meet; it neither acts
nor speaks. An actor whose whole name is one of :data:`_ROOMS` (our own list) goes.

Guard: a room that acts ("the Oval Office said", the presidency by metonymy) stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["drop_rooms"]

_ROOMS = frozenset(
    {
        "Oval Office", "Situation Room", "Rose Garden", "Cabinet Room", "East Room",
        "Roosevelt Room", "Lincoln Bedroom", "State Dining Room", "Blue Room", "Red Room",
        "Green Room", "Map Room", "Treaty Room", "Briefing Room", "James S. Brady Briefing Room",
    }
)  # fmt: skip


def drop_rooms(doc: Doc, table: ArticleActors) -> None:
    """Drop the actors named as rooms that do not act, in place."""
    named = [name for name in table.actors if name in _ROOMS]
    if not named:
        return
    spans_of = spans_by_actor(doc, table)
    table.drop_actors({name for name in named if not acts(doc, table.text, spans_of.get(name, []))})
