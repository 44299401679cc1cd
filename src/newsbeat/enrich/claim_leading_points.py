"""A decimal written with its leading point only, split from it by a copy: ". 290 average",
"a career. 290 hitter", "this:. 919 OPS" (issue 12, claims37).

Used by :mod:`newsbeat.enrich.not_claims`. Sports copy writes a batting average or an OPS as
".290", ".919"; copies that re-tokenise text put a space after the point, and the digits then
read as 290 and 919 of what follows (a thousand times the figure, and "290 hitter" counts no
hitters). Two or three digits after a point that follows no digit ("career. 290",
"this:. 290", ",. 919") and before a singular noun or an abbreviation are such a fraction: no
count. Before a plural the point may end a sentence and the figure open the next ("in May.
290 people came"), and the figure is read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["leading_point"]

# a point glued to a letter or a mark (not a digit: "6. 1" is a decimal split in two), then
# the space a copy put after it
_POINT_BEFORE = re.compile(r"[^\d\s]\. ?$")
_SINGULAR = frozenset({"NN", "NNP"})


def leading_point(doc: Doc, text: str, first: int, last: int) -> bool:
    """Whether the figure ``doc[first..last]`` is the digits of a decimal whose leading point
    stands before it (". 290 average"): two or three digits, a point after no digit right
    before them, a singular noun or an abbreviation right after."""
    if first != last or not doc[first].text.isdigit() or not 2 <= len(doc[first].text) <= 3:
        return False
    start = doc[first].idx
    if not _POINT_BEFORE.search(text[max(0, start - 3) : start]):
        return False
    return last + 1 < len(doc) and doc[last + 1].tag_ in _SINGULAR
