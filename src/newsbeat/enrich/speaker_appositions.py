"""A person's name written in apposition after the noun "according to" names.

``According to his aunt, Vera Collum, "…"``: read on the extraction benchmark's real pages
(quotes33), the parse hung the name on the comma or the quote rather than on "aunt" as its
apposition, and the quote went to the unnamed aunt. :func:`written_apposition` reads the
words instead: a common noun, a comma, a person's name the tagger marked, and a comma or a
quotation mark right after it — the name. Not a list ("his aunt, Vera Collum, and two
cousins"): a name followed by "and" or "or" names one of several sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["written_apposition"]

_LIST_WORDS = frozenset({"and", "or"})


def written_apposition(tok: Token) -> Token | None:
    """The last token of the person's name written right after the common noun ``tok`` between
    commas (or a comma and a quotation mark); None when there is none, or it opens a list."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    first = doc[tok.i + 2]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    if last.i + 1 >= len(doc):
        return None
    closing = doc[last.i + 1]
    if closing.text != "," and not closing.is_quote:
        return None
    if last.i + 2 < len(doc) and doc[last.i + 2].lower_ in _LIST_WORDS:
        return None  # "his aunt, Vera Collum, and two cousins": one of several sources
    return last
