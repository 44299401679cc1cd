"""The thing a measure "of" a figure belongs to, named with its compound: "a battery life of
30 minutes" measures battery life, not "life" (issue 12, claims38).

Used by :mod:`newsbeat.enrich.claim_counted`. "a budget of 31 million crowns" is read as the
budget's figure, the noun before "of" being what is measured. A few such nouns say nothing
alone ("life", "time", "span": whose life? the time of what?), and the noun written before
them is part of the name: "battery life", "charging time", "life span". Only those nouns take
their compound; "a transfer fee of $30 million" stays a fee, as before, so that it still meets
another outlet's "a fee of $30 million".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["measured_owner"]

# nouns of a measure that name nothing without the noun before them
_BARE_MEASURES = frozenset({"life", "time", "span"})


def measured_owner(owner: Token) -> str:
    """What the noun ``owner`` before "of <figure>" names: its lemma, with the compound noun
    right before it when the lemma alone names nothing ("battery life")."""
    lemma = owner.lemma_.lower()
    if lemma not in _BARE_MEASURES or owner.i == 0:
        return lemma
    before = owner.doc[owner.i - 1]
    if before.head.i != owner.i:
        return lemma
    if (before.dep_ == "compound" and before.pos_ == "NOUN") or (
        before.dep_ in {"amod", "compound"} and before.tag_ == "VBG"  # "charging time"
    ):
        return f"{before.lower_} {lemma}"
    return lemma
