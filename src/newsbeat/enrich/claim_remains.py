"""The dead found are no seizure: "police found the bodies of two women" counts the dead (or
what was found of them), not what the police took, as "police found three shells" does."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_REMAINS = frozenset({"body", "corpse", "remains", "remain", "skeleton"})


def found_dead(verb: Token, noun: Token | None) -> bool:
    """Whether a figure "find" (or "discover") governs counts bodies: "two bodies", "the bodies
    of two women"."""
    if noun is None or verb.lemma_.lower() not in {"find", "discover", "recover", "uncover"}:
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
