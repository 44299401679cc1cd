"""A percentage that says how much, not how many: "you're not 100 percent healthy", "I am 100
per cent sure" (issue 12, claims37).

Used by :mod:`newsbeat.enrich.not_claims`. Before an adjective of a person's state or belief
("sure", "healthy", "committed"), "N percent" is a manner of speaking, not a measured share:
no outlet's "100 percent fit" can agree or disagree with another's. Such a figure is no claim.
A share before any other adjective is left to be read ("95 percent effective" is a measured
efficacy), and so is a comparative ("20 percent higher").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["degree_idiom"]

_PERCENT = frozenset({"percent", "%"})
# states and beliefs a speaker gives "100 percent" of
_STATES = frozenset(
    {"sure", "certain", "healthy", "fit", "confident", "committed", "convinced", "ready",
     "focused", "honest", "serious", "positive", "happy", "comfortable", "recovered"}
)  # fmt: skip


def degree_idiom(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure ``doc[first..last]`` is "N percent" (or "N per cent") before an
    adjective of a person's state or belief ("100 percent healthy")."""
    lows = lowers(doc)
    k = last + 1
    if k < len(doc) and lows[k] in _PERCENT:
        k += 1
    elif k + 1 < len(doc) and lows[k] == "per" and lows[k + 1] == "cent":
        k += 2
    else:
        return False
    return k < len(doc) and lows[k] in _STATES and doc[k].tag_ == "JJ"
