"""Music groups named by their kind: organisations, not people (issue 12, entities; read37:
"Eu sou Eugênio Tadeu, do ex Duo Rodapião" → a person "Duo Rodapião").

A group's name often opens with the word for its kind ("Duo Velmar", "Trio Orsk", "Banda
Kessel"), and the model types the two capitalised words a person's name. A person actor of two
words or more whose first word is such a kind (:data:`ENSEMBLE_WORDS`, our own list, in
English, Portuguese and Spanish) is a group: an organisation.
"""

from __future__ import annotations

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["ENSEMBLE_WORDS", "type_ensembles"]

# Words for a music group that open its name. Our own list.
ENSEMBLE_WORDS = frozenset(
    {"Duo", "Trio", "Quartet", "Quarteto", "Cuarteto", "Quintet", "Quinteto", "Banda", "Grupo"}
)


def type_ensembles(table: ArticleActors) -> None:
    """Make the groups of the module docstring organisations, in place."""
    for name, info in list(table.actors.items()):
        words = name.split()
        if info.type == "PERSON" and len(words) >= 2 and words[0] in ENSEMBLE_WORDS:
            retype_actor(table, name, "ORG")
