"""A figure a verb says was passed: "wait times that exceeded two hours", "sales topped 3
million" (issue 12, claims38; read38 found the two hours read exact).

Used by :mod:`newsbeat.enrich.claims`. The object of "exceed", "top" or "surpass" is a bound
the thing went past, not its value: "exceeded two hours" says more than two hours, and read
exact it could meet another outlet's "two hours" as an agreement or "three hours" as a
conflict. The figure is read as "more than" it. Only the verb's direct object (the figure or
its counted noun), and only when the figure has no hedge of its own ("topped nearly 3
million" keeps "nearly"). A definite object is a thing of its own whose figure is exact:
"surpassing the $90 million deal they gave X" says the offer is more, not that the deal was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["passed_bound"]

_PASSING = frozenset({"exceed", "top", "surpass", "outnumber", "overtake"})


def passed_bound(doc: Doc, last: int, noun: Token | None) -> bool:
    """Whether the figure ending at ``doc[last]`` (counting ``noun``, if any) is the direct
    object of a verb of passing a bound ("exceeded two hours")."""
    obj = noun if noun is not None else doc[last]
    if obj.dep_ != "dobj" or obj.head.pos_ != "VERB":
        return False
    if noun is not None and doc[last].head.i != noun.i:
        return False  # the figure modifies another word of the object
    if any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in obj.children):
        return False  # "surpassing the $90 million deal they gave X": a known deal, exact
    return obj.head.lemma_.lower() in _PASSING
