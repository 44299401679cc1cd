"""A length told in feet and inches is one measure: "He is 5 - feet - 8 inches tall", "6 feet
2 inches", "5 - foot - 8": one height of 5 ft 8 in, not 5 feet and 8 inches (read alone, "8
inches" is false). Used by :mod:`newsbeat.enrich.claims`, which folds the inches into the
feet figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_numbers import parse_number
from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["inches_after"]

_FEET = frozenset({"feet", "foot", "ft"})
_INCHES = frozenset({"inches", "inch", "in", "in."})
_JOINS = frozenset({"-", "–", ","})


def inches_after(doc: Doc, unit: int) -> tuple[float, int] | None:
    """(the inches, the index of the last token they take) after the feet word at ``unit``,
    or None when no inches follow it.

    The inches are a whole number below twelve, followed by an inch word ("6 feet 2 inches",
    "5 - feet - 8 inches") or, hyphened to the feet word, by no noun ("5 - foot - 8, 135
    pounds"); "a 6-foot, 200-pound man" has none (200 is no inch count)."""
    low, n = lowers(doc), len(doc)
    if low[unit] not in _FEET:
        return None
    k = unit + 1
    joined = k < n and low[k] in _JOINS
    k += joined
    if k >= n or not doc[k].like_num:
        return None
    inches = parse_number([doc[k].text])
    if inches is None or inches != int(inches) or not 0 <= inches < 12:
        return None
    if k + 1 < n and low[k + 1] in _INCHES:
        return inches, k + 1
    hyphened = joined and low[unit + 1] != ","
    if hyphened and (k + 1 >= n or doc[k + 1].pos_ not in {"NOUN", "PROPN", "NUM"}):
        return inches, k
    return None
