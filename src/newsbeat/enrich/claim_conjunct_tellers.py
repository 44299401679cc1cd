"""A teller in a later conjunct tells only its own clause (issue 12, session 32).

"The new version gets a 149 horsepower engine that's 20% more powerful, yet Halvern says it
will offer better mileage": "says" is a conjunct of "gets"; Halvern tells the mileage, not
the 149 horsepower nor the 20% of the clause before. Used by
:mod:`newsbeat.enrich.claim_tellers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["earlier_conjunct"]


def earlier_conjunct(verb: Token, pos: int) -> bool:
    """Whether the figure at character ``pos`` is in a clause before the cue verb ``verb``,
    which is a conjunct of that clause's verb ("…, yet Halvern says …", "… and the company
    said …"): the verb's own words do not hold the figure."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    if not any(child.dep_ == "ccomp" and child.i > verb.i for child in verb.children):
        return False  # "It took three hours …, but the building was destroyed, he said": a
        # teller at the end with nothing told after it tells the sentence before it
    return pos < verb.left_edge.idx
