"""Figures a verb of the seizure class does not seize: "police found the bodies of two women"
counts the dead (or what was found of them), not what the police took, as "police found three
shells" does; and "the challenger never recovered" took nothing: "recover" seizes only what
it governs ("the navy recovered seven rifles"), as "find" does (``claim_events._found_thing``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_REMAINS = frozenset({"body", "corpse", "remains", "remain", "skeleton"})
_FINDING = frozenset({"find", "discover", "recover", "uncover"})


def no_seizure(verb: Token, noun: Token | None) -> bool:
    """Whether a figure read as seized by ``verb`` is none: bodies found, or a figure that
    "recover" does not govern (its object or its passive subject)."""
    if verb.lemma_.lower() == "recover" and not _governed(verb, noun):
        return True  # "58-3 with 51 knockouts, ..., and the challenger never recovered"
    return found_dead(verb, noun)


def _governed(verb: Token, noun: Token | None) -> bool:
    return noun is not None and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.left_edge.i <= noun.i <= c.right_edge.i
        for c in verb.children
    )


def found_dead(verb: Token, noun: Token | None) -> bool:
    """Whether a figure "find" (or "discover", "recover") governs counts bodies: "two bodies",
    "the bodies of two women"."""
    if noun is None or verb.lemma_.lower() not in _FINDING:
        return False
    if noun.lemma_.lower() in _REMAINS:
        return True
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _REMAINS
        and prep.head.pos_ == "NOUN"
    )
