"""Group phrases ("the mayors of four coastal towns"): the pattern and its literal gate."""

from __future__ import annotations

import re

from newsbeat.enrich.name_context import lower_word_before

_GROUP_OF = (
    r"(?:mayors|leaders|ministers|heads|presidents|governors|representatives|officials|chiefs|"
    r"envoys|delegates|unions|councils|members)\s+(?:of|from)\s"
)
_GROUP = re.compile(
    r"\b(?:the\s+)?((?:[a-z]+\s+)?" + _GROUP_OF + r"+"
    r"(?:the\s+)?(?:\w+\s+){0,3}?(?:towns|cities|countries|states|nations|municipalities|regions|"
    r"unions|parties|ports|villages|councils|provinces|islands|governments|companies))\b"
)
# What every match of _GROUP holds: searched first (a literal start is found fast, where
# _GROUP is tried at every word), most texts have none.
_GROUP_GATE = re.compile(_GROUP_OF)
# The gate's plurals: a text holding none of them has no match of the gate (one substring
# search per word, not the alternation tried at every offset).
GROUP_WORDS = tuple(_GROUP_OF[3 : _GROUP_OF.index(")")].split("|"))


def _group_starts(text: str, at: int) -> tuple[int | None, ...]:
    """Where a match of _GROUP holding the gate's match at ``at`` can start: there, or at
    the one or two lower-case words before it ("the", a word)."""
    word = lower_word_before(text, at)
    return (at, word, None if word is None else lower_word_before(text, word))
