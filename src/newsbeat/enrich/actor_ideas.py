"""Ideas, fevers and exits named like places or peoples: no actors (issue 12, entities; ents37).

NER types a word for a creed, a prejudice, a craze or a country's leaving a union as a place or
a nationality: "a question about Brexit" GPE, "a wave of 'Cleggmania'" GPE, "anti-Semitism"
NORP. None of them acts. A one-word actor (a hyphen allowed) typed GPE, LOC, NORP or ORG whose
name ends in "-ism(s)" or "-mania" (eight letters or more: not "Prism", "Schism", "Tourism"),
or is a country's exit from a union of our own list ("Brexit", "Grexit", "Frexit"), goes,
unless it says something (:func:`~.actor_things.acts`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_ideas", "idea_name"]

_KINDS = frozenset({"GPE", "LOC", "NORP", "ORG"})
_IDEA = re.compile(r"(?=[\w-]{8,}\Z)[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*(?:isms?|mania)")
# A country's leaving a union: our own list (a shape would take "Fixit", a software tool).
_EXITS = frozenset(
    {"Brexit", "Grexit", "Frexit", "Nexit", "Dexit", "Swexit", "Czexit", "Polexit", "Italexit"}
)


def idea_name(name: str) -> bool:
    """Whether ``name`` is an idea, a craze or an exit by its shape (see the module docstring)."""
    return _IDEA.fullmatch(name) is not None or name in _EXITS


def drop_ideas(doc: Doc, table: ArticleActors) -> None:
    """Drop the ideas of the module docstring that do not act, in place."""
    named = [n for n, info in table.actors.items() if info.type in _KINDS and idea_name(n)]
    if not named:
        return
    spans_of = spans_by_actor(doc, table)
    table.drop_actors({n for n in named if not acts(doc, table.text, spans_of.get(n, []))})
