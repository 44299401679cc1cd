"""A range whose first figure keeps a suspended hyphen: "a 24- to 30-foot dhow" (claims39).

The first figure's hyphen waits for the unit written once after the second ("24- to 30-foot"
is 24 to 30 feet; "a two- to three-year sentence" two to three years). The tokenizer keeps
the hyphen on the first figure ("24-"), so no reading started there and the second was read
alone, an exact 30 feet. Used by :mod:`newsbeat.enrich.claims`, which reads the range from
the second figure as "24 to 30 feet" is read (the second larger, and a claim itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_numbers import parse_number
from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["suspended_lower"]

_HYPHENS = ("-", "–")
_LINKS = frozenset({"to", "or"})


def suspended_lower(doc: Doc, first: int) -> tuple[int, float] | None:
    """The place and value of a first figure with a suspended hyphen ("24-", "two-") two
    words before the figure starting at ``first``, joined to it by "to" or "or", when this
    figure is itself hyphened to the word after it ("30-foot"); else None."""
    if first < 2 or lowers(doc)[first - 1] not in _LINKS:
        return None  # most figures: no token object read
    lower = doc[first - 2]
    if not lower.text.endswith(_HYPHENS) or len(lower.text) < 2:
        return None
    end = first
    while end + 1 < len(doc) and doc[end + 1].like_num:
        end += 1
    if end + 1 >= len(doc) or doc[end + 1].text not in _HYPHENS or doc[end].whitespace_:
        return None  # "24- to 30 feet": not one suspended modifier
    value = parse_number([lower.text[:-1]])
    return None if value is None else (lower.i, value)


def one_to_upper(doc: Doc, last: int) -> int | None:
    """Where the upper figure of a range opened by "one" starts: "one to seven days", glued
    "one-to-seven days" (tokenised "one - to - seven"); else None. "one" alone is no claim
    (the caller skips it), which left the seven read alone as an exact figure; a hyphen alone
    ("a one-two punch") opens no range."""
    n = len(doc)
    if doc[last].lower_ != "one" or last + 2 >= n:
        return None
    if doc[last + 1].lower_ == "to":
        k = last + 2
    elif last + 4 < n and [t.text for t in doc[last + 1 : last + 4]] in (["-", "to", "-"],):
        k = last + 4
    else:
        return None
    return k if doc[k].like_num and doc[k].lower_ not in {"one", "a", "an"} else None


def hyphened_unit_range(doc: Doc, first: int, upper_at: int, unit: str | None) -> bool:
    """Whether "20-30 percent" (two figures in digits glued by one hyphen, before a unit of
    share) is a range, not a code such as "747-400": the unit says what both count; and
    whether "one-to-seven days" (number words glued by "-to-") is one: words are no code."""
    words = [t.text for t in doc[first + 1 : upper_at]]
    if words == ["-", "to", "-"] and doc[first].is_alpha and doc[upper_at].is_alpha:
        return True
    if unit != "percent" or upper_at != first + 2 or doc[first + 1].text not in _HYPHENS:
        return False
    glued = not doc[first].whitespace_ and not doc[first + 1].whitespace_
    return glued and doc[first].text.isdigit() and doc[upper_at].text.isdigit()
