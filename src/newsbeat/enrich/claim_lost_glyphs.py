"""A figure whose typeset fraction was lost in a copy: "served 4� months" (issue 12, claims37).

Used by :mod:`newsbeat.enrich.claims`. A copy that decoded its text with the wrong character
set replaces a glyph it cannot read by U+FFFD. Glued to the digits of a figure and followed by
a unit of time or measure, that glyph was a vulgar fraction ("4½ months", "2¾ miles"): the
figure is more than its whole part and less than the next whole, so it is read as the range
from one to the other (4 to 5 months), never as the whole part alone. Only such a unit says
the glyph was a fraction: before a capital letter it may have been a degree sign ("25�C"),
before a singular noun a percent or cent sign ("a 25� rise"), and neither is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import texts, token_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["LOST", "lost_fraction"]

LOST = "\ufffd"  # the replacement character a bad decoding leaves
# plural units a whole and a fraction of one are counted in
_UNITS = frozenset(
    {"minutes", "hours", "days", "weeks", "months", "years", "decades", "inches", "feet",
     "yards", "miles", "metres", "meters", "kilometres", "kilometers", "pounds", "kilograms",
     "kilos", "tons", "tonnes", "acres", "hectares", "litres", "liters", "gallons"}
)  # fmt: skip


def lost_fraction(doc: Doc, last: int) -> int | None:
    """The index of a lost fraction's glyph right after the digits ``doc[last]`` ("4" of
    "4� months"), or None: the glyph glued to the digits, a space and a unit after it."""
    words = texts(doc)
    glyph = last + 1
    if glyph + 1 >= len(doc) or words[glyph] != LOST or not words[last].isdigit():
        return None
    offsets = token_offsets(doc)
    if offsets[last] + len(words[last]) != offsets[glyph]:
        return None  # "4 � months": the glyph stands apart, not glued to the figure
    if offsets[glyph] + 1 == offsets[glyph + 1]:
        return None  # "25�C": the glyph glued to what follows too
    return glyph if words[glyph + 1].lower() in _UNITS and words[glyph + 1].islower() else None
