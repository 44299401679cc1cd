"""Counts of a writer's own points: "Two things were very apparent in this fight".

Used by :mod:`newsbeat.enrich.claims` (issue 12, fix36). A figure before the bare noun
"things" (or "takeaways") numbers what the writer is about to say, not anything in the news:
no outlet's "three things" can agree or disagree with another's. Such a count is no claim. A
noun with a modifier of its own ("three stolen things") is left to be read as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["discourse_count"]

_POINTS = frozenset({"things", "takeaways"})
_OWN = frozenset({"amod", "compound", "nmod", "poss"})


def discourse_count(noun: Token) -> bool:
    """Whether a counted noun is a writer's points ("two things", "five takeaways")."""
    if noun.lower_ not in _POINTS:
        return False
    return not any(c.dep_ in _OWN and c.i < noun.i for c in noun.children)
