"""A word an editor completed in square brackets: "a 30 min[ute] activity" (issue 12,
claims38; read38 found the label 'min[ute').

Used by :mod:`newsbeat.enrich.claims`. The tokenizer keeps "min[ute" as one word and "]" as
another, so the counted word was printed cut at the bracket and no unit was read. The word
is read whole ("minute"), with its unit when it is one ("30 minutes").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_counted import _UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["completed_word"]

_OPENED = re.compile(r"([A-Za-z]+)\[([A-Za-z]+)")


def completed_word(doc: Doc, noun: Token) -> tuple[str, str | None] | None:
    """The counted word and unit of ``noun`` when it is a word completed in brackets
    ("min[ute" before "]": "minutes", "minutes"); None for any other word."""
    match = _OPENED.fullmatch(noun.text)
    if match is None or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "]":
        return None
    word = (match.group(1) + match.group(2)).lower()
    unit = _UNITS.get(word)
    return (unit, unit) if unit is not None else (word, None)
