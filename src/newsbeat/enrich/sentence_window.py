"""Where a look back over the sentences before a token starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["window_start"]


def window_start(doc: Doc, sent_start: int, back: int) -> int:
    """The index of the first token ``back`` sentences before the sentence that starts at
    ``sent_start`` (the document's first token when fewer sentences come before it)."""
    first = sent_start
    for _ in range(back):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return first
