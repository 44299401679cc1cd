"""Group phrases ("the mayors of four coastal towns"): the pattern and its literal gate."""

from __future__ import annotations

import re

from newsbeat.enrich.function_words import FUNCTION_WORDS
from newsbeat.enrich.name_context import lower_word_before

# The plurals every group phrase opens with (a text holding none has no match: one substring
# search per word, not the alternation tried at every offset).
GROUP_WORDS = (
    "mayors", "leaders", "ministers", "heads", "presidents", "governors", "representatives",
    "officials", "chiefs", "envoys", "delegates", "unions", "councils", "members",
)  # fmt: skip
_GROUP_OF = "(?:" + "|".join(GROUP_WORDS) + r")\s+(?:of|from)\s"
# The one word a group phrase may open with ("foreign ministers of …"): not a preposition or
# an adverb ("attended by representatives from 25 countries" is no group "by representatives").
_LEAD = r"(?:(?!(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")\s)[a-z]+\s+)?"
_GROUP = re.compile(
    r"\b(?:the\s+)?(" + _LEAD + _GROUP_OF + r"+"
    r"(?:the\s+)?(?:\w+\s+){0,3}?(?:towns|cities|countries|states|nations|municipalities|regions|"
    r"unions|parties|ports|villages|councils|provinces|islands|governments|companies))\b"
)
# What every match of _GROUP holds: searched first (a literal start is found fast, where
# _GROUP is tried at every word), most texts have none.
_GROUP_GATE = re.compile(_GROUP_OF)


def _group_starts(text: str, at: int) -> tuple[int | None, ...]:
    """Where a match of _GROUP holding the gate's match at ``at`` can start: there, or at
    the one or two lower-case words before it ("the", a word)."""
    word = lower_word_before(text, at)
    return (at, word, None if word is None else lower_word_before(text, word))
