"""Where a look back over the sentences before a token starts.

A "sentence" the splitter made of quotation marks and punctuation alone (the opening mark of a
quote written on its own line, ``"`` before a paragraph, or its closing mark) holds no words:
it is not counted, so that the sentences looked back over are sentences of words (spk39: a
quote's two lone marks hid "a Defence Ministry statement" from the "the statement said" after
the quote).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["window_start"]


def _wordless(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``start``..``end`` are punctuation and spaces only."""
    return all(t.is_punct or t.is_space for t in doc[start:end])


def window_start(doc: Doc, sent_start: int, back: int) -> int:
    """The index of the first token ``back`` sentences before the sentence that starts at
    ``sent_start`` (the document's first token when fewer sentences come before it); a
    sentence of marks and punctuation alone is stepped over without being counted."""
    first = sent_start
    counted = 0
    while counted < back and first > 0:
        end = first
        first = doc[first - 1].sent.start
        if not _wordless(doc, first, end):
            counted += 1
    return first
