"""Dates that bound a figure's act rather than place it (issue 12, conf39a, session 39).

"Before 1997, Gigante had served only a five - year heroin rap in 1959": "Before 1997" says
the act was earlier than 1997; "in 1959" says when it was. When a sentence's dates for a
figure include both a bound (a date after "before", "until", "till", "since" or "after") and
a plain one, the plain one dates the figure (used by :mod:`newsbeat.enrich.claim_dates`).
A bound alone still dates the figure as before ("Until 2005, he earned $5 million a year").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span

__all__ = ["bound_date", "placing_dates"]

_BOUNDS = frozenset({"before", "until", "till", "since", "after"})


def bound_date(date: Span) -> bool:
    """Whether a DATE span is the object of a word that bounds a time ("Before 1997", "since
    May"), not one that places it ("in 1959", "on Monday")."""
    root = date.root
    if root.dep_ == "pobj" and root.head.lower_ in _BOUNDS:
        return True
    before = date.doc[date.start - 1] if date.start > 0 else None
    return before is not None and before.lower_ in _BOUNDS and before.i == date.start - 1


def placing_dates(dates: Sequence[Span]) -> list[Span]:
    """The dates that place the act: the plain ones when there are any, else all of them."""
    plain = [d for d in dates if not bound_date(d)]
    return plain if plain else list(dates)
