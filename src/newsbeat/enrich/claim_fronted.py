"""A bound said once at a sentence's start: "At the very least, Perlo estimated the appeals
will last five years" gives at least five years, not five exactly. Used by
:mod:`newsbeat.enrich.claims` for a sentence with one figure only (with two, which one the
bound is on is not known). "At least, ..." alone is left out: it often concedes ("At least,
nobody was hurt") rather than bounds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["fronted_hedge"]

_FRONTED = (
    (("at", "the", "very", "least", ","), "at least"),
    (("at", "a", "minimum", ","), "at least"),
    (("at", "the", "very", "minimum", ","), "at least"),
    (("at", "the", "very", "most", ","), "at most"),
    (("at", "a", "maximum", ","), "at most"),
)
_QUOTES = frozenset({'"', "“", "'", "‘"})


def fronted_hedge(doc: Doc, first: int, last: int) -> str | None:
    """The hedge ("at least", "at most") a sentence opening such as "At the very least," puts
    on the figure ``doc[first..last]``, when it is the sentence's only figure; else None."""
    sent = doc[first].sent
    low = lowers(doc)
    start = sent.start + (low[sent.start] in _QUOTES)
    for words, hedge in _FRONTED:
        if tuple(low[start : start + len(words)]) != words:
            continue
        others = (t for t in sent if t.like_num and not first <= t.i <= last)
        return None if any(True for _ in others) else hedge
    return None
