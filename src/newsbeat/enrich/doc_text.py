"""The text of a parsed article, built once.

spaCy's ``Doc.text`` joins every token's text on each access; the rules read the whole text of
an article a dozen times (a tenth of the analysis's CPU went to rebuilding it). The first
access keeps it in the doc's ``user_data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_text"]

_KEY = "newsbeat_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed on the first call for this doc and kept with it."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text
