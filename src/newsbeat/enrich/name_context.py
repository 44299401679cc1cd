"""Where a name stands in a text, without compiling a regular expression per name.

The rules ask questions like "does the text say *in X* or *X, a town ...*?" for each of an
article's names. Written as one regular expression with the name inside, each question
compiled a new pattern per name (a tenth of the analysis's CPU, more than the matching), and
the names pushed the rules' fixed patterns out of :mod:`re`'s cache. Here the fixed parts are
compiled once and tried at each occurrence of the name, with the same meaning: a pattern
``PREFIX NAME SUFFIX`` matches somewhere exactly when, at some occurrence of the name, the
prefix ends where it starts and the suffix matches where it ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["after_space_run", "at_boundary", "occurrences", "word_ends_at"]

_BOUNDARY = re.compile(r"\b")


def occurrences(text: str, name: str) -> Iterator[int]:
    """Every offset where ``name`` occurs in ``text``, overlapping ones included."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def at_boundary(text: str, at: int) -> bool:
    """Whether ``\\b`` matches at offset ``at`` of the text (its characters either side)."""
    return _BOUNDARY.match(text, at) is not None


def after_space_run(text: str, end: int) -> int:
    """The start of the run of whitespace (``\\s``) that ends at ``end`` (``end`` if none)."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def word_ends_at(text: str, end: int, words: Iterable[str]) -> bool:
    """Whether one of ``words`` ends at ``end`` with a word boundary where it starts: what
    ``\\b(?:w1|w2|...)`` matching up to ``end`` means."""
    for word in words:
        start = end - len(word)
        if start >= 0 and text.startswith(word, start) and at_boundary(text, start):
            return True
    return False
