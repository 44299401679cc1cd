"""A count of a report's anonymous sources is attribution, not a claim.

"according to two people familiar with the matter", "Three sources said ...", "two officials
who spoke on condition of anonymity": the figure says how the outlet knows, not what happened
(reader18's real pages printed "2 people" as a claim). Only a count of source nouns with a
source's qualifier after it, or of "sources" themselves, is left out: "two officials were
fired" is news.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["source_count"]

_SOURCE_NOUNS = frozenset(
    {"people", "persons", "person", "officials", "official", "sources", "source", "insiders",
     "diplomats", "executives", "aides", "employees", "advisers", "advisors", "lawmakers"}
)  # fmt: skip
_ALWAYS_SOURCES = frozenset({"sources", "source", "insiders"})
_QUALIFIER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:familiar\s+with|briefed\s+on|close\s+to|with\s+(?:direct\s+)?"
    r"knowledge\s+of|who\s+(?:spoke|asked|requested|declined|were\s+not\s+authori[sz]ed)|"
    r"not\s+authori[sz]ed|speaking\s+on\s+(?:the\s+)?condition)",
    re.IGNORECASE,
)


def source_count(doc: Doc, text: str, last: int) -> bool:
    """Whether the figure ending at ``last`` counts the report's anonymous sources."""
    if last + 1 >= len(doc):
        return False
    noun = doc[last + 1]
    if noun.lower_ not in _SOURCE_NOUNS:
        return False
    if noun.lower_ in _ALWAYS_SOURCES:
        return True
    return _QUALIFIER.match(text, noun.idx + len(noun.text)) is not None
