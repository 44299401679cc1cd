"""Counts written as a noun of number: "a pair of left hooks" (2), "a trio of gunmen" (3).

The gold sides newsbeat does not read were classed by shape (docs/realnews-annotation.md,
"Reading by shape"); a count spelt as "a pair of" is a number word the figure scanner never
took for one ("a dozen" it does). A pair of things worn or used as one ("a pair of jeans",
"a pair of glasses", "a pair of shoes") is one thing, not two, and is not read.

Used by :mod:`newsbeat.enrich.claims`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["NUMBER_NOUNS", "number_noun"]

NUMBER_NOUNS = {"pair": 2.0, "trio": 3.0}
# Plural nouns a pair of which is one thing (worn or used as one).
_ONE_THING = frozenset(
    {"jeans", "trousers", "pants", "shorts", "tights", "leggings", "overalls", "pyjamas"}
    | {"pajamas", "briefs", "underpants", "scissors", "glasses", "spectacles", "sunglasses"}
    | {"binoculars", "goggles", "pliers", "tongs", "tweezers", "handcuffs", "headphones"}
    | {"earphones", "shoes", "boots", "socks", "gloves", "slippers", "sneakers", "trainers"}
    | {"earrings", "skis", "skates", "wings", "eyes", "ears", "hands", "legs", "feet"}
)


def number_noun(doc: Doc, i: int) -> tuple[int, float] | None:
    """At "a pair of" / "a trio of" starting at ``doc[i]``: (the index of "of", the count), when
    a plural noun follows within three words and is no pair worn or used as one; else None."""
    if i + 3 >= len(doc) or doc[i].lower_ not in {"a", "one"}:
        return None
    value = NUMBER_NOUNS.get(doc[i + 1].lower_)
    if value is None or doc[i + 2].lower_ != "of":
        return None
    for k in range(i + 3, min(i + 6, len(doc))):
        tok = doc[k]
        if tok.pos_ in {"NOUN", "PROPN"}:
            if tok.tag_ not in {"NNS", "NNPS"} or tok.lower_ in _ONE_THING:
                return None
            return i + 2, value
        if tok.pos_ not in {"ADJ", "NUM"} and tok.text != "-":
            return None
    return None
