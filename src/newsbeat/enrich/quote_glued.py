"""Straight quote marks glued to the wrong side of a space (issue 12, read31 Q-e / M-f).

Tokenised text whose marks were re-attached to the words by alternation, or a page that lost a
mark, glues a closing mark to the word after it (``right now, "Holm said``) or writes it where
an opener would stand (``in my back ", then saying``). Read as an opener, such a mark turns the
narration after it into a quote with a speaker and loses the real quote before it. A careful
reader sees two shapes that only a closing mark takes:

- a mark after a comma and directly before the quote's attribution (a name or pronoun and a
  speech verb: ``stuff, "Woodward wrote in``) closes the quote before it, never opens one;
- a mark directly before a comma, semicolon, colon or closing bracket opens nothing: no quote
  begins with that punctuation.
"""

from __future__ import annotations

import re

__all__ = ["closer_only", "glued_closer"]

# ', "Holm said', ', "Prime Minister Ada Holm wrote', ', "he added': the attribution glued to
# the mark that closes the quote before it.
_GLUED_ATTRIBUTION = re.compile(
    r"(?:he|she|they|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})\s+"
    r"(?:said|says|wrote|writes|added|adds|told|noted|explained|continued|recalled|argued"
    r"|asked|insisted)\b"
)
_COMMA_BEFORE = re.compile(r",\s?$")
_NO_QUOTE_STARTS = ",;:)"


def glued_closer(para: str, at: int) -> bool:
    """Whether the straight mark at ``at`` in ``para`` stands after a comma and directly before
    an attribution (a closing mark glued to the words after it)."""
    return (
        _COMMA_BEFORE.search(para, max(0, at - 2), at) is not None
        and _GLUED_ATTRIBUTION.match(para, at + 1) is not None
    )


def closer_only(para: str, at: int) -> bool:
    """Whether the straight mark at ``at`` can only close a quote: it is glued to an
    attribution after a comma, or it stands directly before punctuation no quote begins with."""
    after = para[at + 1 : at + 2]
    return (after != "" and after in _NO_QUOTE_STARTS) or glued_closer(para, at)
