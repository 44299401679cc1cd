"""Figures a verb of the seizure class does not seize: "police found the bodies of two women"
counts the dead (or what was found of them), not what the police took, as "police found three
shells" does. ("The challenger never recovered" took nothing: "recover", like "find", seizes
only what it governs, ``claim_events._found_thing``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_REMAINS = frozenset({"body", "corpse", "remains", "remain", "skeleton"})
_FINDING = frozenset({"find", "discover", "recover", "uncover"})


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
