"""A "plus" after a figure's unit that makes the figure a floor: "a three-hour plus broadcast",
"a three-hour-plus broadcast", "the talks lasted three hours plus." (issue 12, recall30e; read29
found "three-hour plus" read as exactly three hours).

"Plus" is also a sum's second part ("three hours plus 20 minutes", "$5 million plus interest"):
a floor only when it ends a hyphenated unit used as a modifier ("three-hour plus", "-plus"), or
ends the sentence's clause right after the unit ("three hours plus.")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["plus_after_unit"]

_DASHES = frozenset({"-", "–"})


def plus_after_unit(doc: Doc, last: int) -> bool:
    """Whether the unit after the figure ending at ``last`` is followed by a "plus" that
    makes the figure a floor."""
    n = len(doc)
    at = last + 1
    hyphenated = at < n and doc[at].text in _DASHES
    at += hyphenated
    if at >= n or not doc[at].is_alpha or doc[at].lower_ == "plus":
        return False
    at += 1  # the unit word ("hour", "hours")
    if hyphenated and at < n and doc[at].text in _DASHES:
        at += 1  # "three-hour-plus"
    if at >= n or doc[at].lower_ != "plus":
        return False
    if hyphenated:
        return True  # "a three-hour plus broadcast": a modifier's floor
    following = doc[at + 1] if at + 1 < n else None
    return following is None or (following.is_punct and following.text not in _DASHES)
