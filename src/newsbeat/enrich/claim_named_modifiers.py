"""A count whose noun follows a name with "of" in it (issue 12, claims39).

"a work stoppage by 10,500 Orsk Guild of Arden members": the figure counts the members; the
parse hangs it on "Guild", the name's head before "of", and the claim was "10,500 guild".
When the words right after the figure are a name (capitalised words, joined by "of", "and"
or "&" only between two of them) and a plural common noun follows the name, that noun is
what the figure counts, as in "300 Orsk Union members" (read so already). Used by
:mod:`newsbeat.enrich.claims`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["plural_after_name"]

_JOINS = frozenset({"of", "and", "&"})
_LIMIT = 8  # the words a name between a figure and its noun may have


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha


def plural_after_name(doc: Doc, last: int, noun: Token) -> Token | None:
    """The plural common noun after a name with a joining word inside it that follows the
    figure ending at ``last`` ("10,500 Orsk Guild of Arden members" -> members), else None;
    ``noun`` is the word the figure was read to count, a name's word (else None at once)."""
    if noun.pos_ != "PROPN":
        return None
    i = last + 1
    joined = False
    while i < min(len(doc), last + 1 + _LIMIT):
        tok = doc[i]
        if _name_word(tok):
            i += 1
            continue
        if tok.lower_ in _JOINS and i > last + 1 and i + 1 < len(doc) and _name_word(doc[i + 1]):
            joined = True
            i += 1
            continue
        break
    if not joined or i >= len(doc):
        return None
    noun = doc[i]
    return noun if noun.tag_ == "NNS" and noun.is_lower else None
