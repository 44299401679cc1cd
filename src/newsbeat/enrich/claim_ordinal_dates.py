"""A date told for another ordinal of the sentence: "his sixth defence - and third this year".

Used by :mod:`newsbeat.enrich.claim_dates` (issue 12, fix36). A series' count is often given
twice, over two spans: "Kell's sixth defence of the belt - and third this year". "This year"
counts the third, not the sixth: read as the sixth's time, it set the count apart from another
outlet's "retained his title for the fifth time" (a career count, no time), and read36 found
that disagreement missed. A date right after an ordinal word that is not the figure's own (or
a date the tagger opened with that word, "third this year") tells that ordinal's span only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_ordinals import ordinal_value

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["other_ordinals_date"]

_JOINS = frozenset({"and", ",", "-", "–", "—", "but"})
_DETERMINERS = frozenset({"this", "that", "last", "the"})


def other_ordinals_date(date: Span, first: int, last: int) -> bool:
    """Whether ``date`` tells the span of an ordinal other than the figure ``first..last``:
    it opens with that ordinal or follows it right away, and the ordinal comes after a joining
    word or mark ("and third this year", ", his fourth this season")."""
    doc = date.doc
    at = date.start
    if ordinal_value(doc[at]) is None:
        at -= 1
        while at > 0 and doc[at].lower_ in _DETERMINERS:
            at -= 1  # "third this year", the tagger's date being "year"
    if at < 1 or first <= at <= last or ordinal_value(doc[at]) is None:
        return False
    before = at - 1
    if doc[before].lower_ in {"his", "her", "their", "its", "the"} and before > 0:
        before -= 1  # "and his third this year"
    return doc[before].lower_ in _JOINS
