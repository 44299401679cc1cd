"""Who tells a clause: the subject of the verb of saying whose reported words it is.

Two readings of a future act depend on its teller: a hostile act "X will fine Y" is a threat
when X (or one who speaks for X) says it and a forecast when another named actor does
(:mod:`~newsbeat.enrich.relation_forecasts`); "Sanders will back Clinton, former rival says"
is the rival's forecast, not Sanders' commitment (:mod:`~newsbeat.enrich.relation_nonacts`).
Both find the teller with :func:`teller` and set aside those in :data:`SPEAKS_FOR`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

__all__ = ["SPEAKS_FOR", "speaks_for", "teller"]

# Those who speak for an actor: "the league will fine Lund, its spokesman said", "Y will meet
# Z, the embassy said" are the actor's own announcement, not another's forecast.
SPEAKS_FOR = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "office"}
    | {"official", "officials", "minister", "ministry", "embassy", "government", "source"}
    | {"sources", "statement", "campaign", "lawyer", "attorney", "representative"}
    | {"staff", "secretary", "press"}
)

_REPORTED = frozenset({"ccomp", "parataxis"})


def teller(tok: Token, verbs: Collection[str]) -> Token | None:
    """The subject of the verb of saying (a lemma of ``verbs``) that governs the trigger's
    clause, None when there is none: the clause hangs from it ("*Holm* reported that X will
    fine Y") or it hangs, after the trigger, from the clause or a head above it ("X will fine
    Y, *Holm* reported"). Walks at most four heads up."""
    node = tok
    for _ in range(4):
        for child in node.children:
            if child.dep_ in _REPORTED and child.lemma_.lower() in verbs and child.i > tok.i:
                return _subject(child)
        if node.head.i == node.i:
            break
        if node.dep_ in _REPORTED and node.head.lemma_.lower() in verbs:
            return _subject(node.head)
        node = node.head
    return None


def speaks_for(tok: Token) -> bool:
    """Whether the teller at ``tok`` is described as one who speaks for an actor ("its
    spokesman", "the White House press secretary", "diplomatic sources")."""
    words = {tok.lemma_.lower(), tok.lower_, *(c.lemma_.lower() for c in tok.children)}
    return bool(words & SPEAKS_FOR)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
