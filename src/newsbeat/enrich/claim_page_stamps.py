"""A page's own stamp of when it was posted is no claim (issue 12, claims39).

"Posted 1 year, 160 days ago" (a blog page's stamp kept in the copy) was read as two
one-outlet claims, 1 year and 160 days. A figure is a stamp's when its sentence opens with
"Posted", "Updated", "Published" or "Uploaded" written with a capital, the figure comes right
after it or after another piece of the stamp, and the stamp's words run to "ago" (figures,
units of time, commas and "and" only). "He posted 12 photos two days ago" is prose: no
capital opener before the figures. Used by :mod:`newsbeat.enrich.not_claims`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["page_stamp"]

_OPENERS = frozenset({"Posted", "Updated", "Published", "Uploaded", "Added"})
_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year"}
    | {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "mins", "hrs"}
)
_BETWEEN = frozenset({",", "and"})


def _piece(doc: Doc, k: int) -> bool:
    tok = doc[k]
    return tok.like_num or tok.lower_ in _UNITS or tok.lower_ in _BETWEEN


def page_stamp(doc: Doc, first: int) -> bool:
    """Whether the figure at ``first`` is in a page stamp "Posted N units[, M units] ago"."""
    written = texts(doc)
    if not any(w in _OPENERS for w in written[max(0, first - 8) : first]):
        return False  # most figures: no token object read
    k = first - 1
    while k >= 0 and _piece(doc, k):
        k -= 1
    if k < 0 or doc[k].text not in _OPENERS:
        return False
    opener = doc[k]
    if opener.i != opener.sent.start and not doc[opener.i - 1].is_space:
        return False  # the opener starts its sentence or its line
    j = first
    while j < len(doc) and _piece(doc, j):
        j += 1
    return j < len(doc) and doc[j].lower_ == "ago"
