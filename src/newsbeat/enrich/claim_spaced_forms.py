"""Figures that copies with tokenised spacing write apart, read as the glued form reads
(issue 12, claims35).

Some corpora and copied pages put a space on both sides of every hyphen ("the 2002 - 03
season", "multi - million dollar salaries"). Glued, these are no figure of their own ("2002-03"
and "multi-million" are one word each); spaced, the reader saw a figure ("3 squad", "1,000,000
dollars"). Here:

- a season or a fiscal year written as two years, the second cut to two digits ("2002 - 03",
  "2012-13"): its second half counts nothing (unless a plural follows: a spaced hyphen is also
  a dash, "in 2011 - 12 people died");
- a scale word after "multi -" ("multi - million", "multi-billion"): a size, no figure;
- a figure hyphened to a participle or an adjective in "-ed" ("a two - handed assault", "a
  three - legged dog"): glued ("two-handed") one adjective, counting nothing (claims37).

A code written in spaced parts ("CVE - 2013 - 3893") is :mod:`newsbeat.enrich.not_claims`'
``_SPACED_CODE``; a figure hyphened to a singular that modifies the next word ("a four - time
All - Star", "the 64 - bit version") is ``claim_counted._modifier_alone``.

Used by :func:`newsbeat.enrich.not_claims.not_a_claim`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers, texts
from newsbeat.enrich.number_names import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["spaced_form"]

_HYPHENS = frozenset({"-", "–"})
_SCALES = frozenset({"million", "billion", "trillion", "thousand"})


def _season_half(doc: Doc, first: int, last: int) -> bool:
    """Whether ``doc[first..last]`` is the second half of a season "2002 - 03": two digits
    after a year and a hyphen, the year after it, and no plural after them (a spaced hyphen is
    also a dash: "in 2011 - 12 people died" counts people)."""
    words = texts(doc)
    if first != last or first < 2 or words[first - 1] not in _HYPHENS:
        return False
    year, half = words[first - 2], words[first]
    if YEAR.fullmatch(year) is None or len(half) != 2 or not half.isdigit():
        return False
    if last + 1 < len(doc) and doc[last + 1].tag_ in {"NNS", "NNPS"}:
        return False
    return (int(year) + 1) % 100 == int(half)


def _multi_scale(doc: Doc, first: int, last: int) -> bool:
    """Whether ``doc[first..last]`` is a scale word after "multi -" ("multi - million")."""
    lows = lowers(doc)
    return (
        first == last
        and first >= 2
        and lows[first] in _SCALES
        and lows[first - 1] in _HYPHENS
        and lows[first - 2] == "multi"
    )


def _hyphened_participle(doc: Doc, last: int) -> bool:
    """Whether the figure ending at ``doc[last]`` is hyphened to an adjective in "-ed" ("two
    - handed", "three - legged"): tagged a participle or an adjective, not a noun ("a 300 -
    bed hospital" counts beds) nor a number word ("two - hundred")."""
    if last + 2 >= len(doc) or texts(doc)[last + 1] not in _HYPHENS:
        return False
    word = doc[last + 2]
    return (
        word.lower_.endswith("ed")
        and len(word.text) >= 5
        and word.tag_ in _PARTICIPLE_TAGS
        and not word.like_num
    )


_PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "JJ"})


def spaced_form(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure ``doc[first..last]`` is a piece of a word the glued form writes
    whole: a season's second year ("2002 - 03"), "multi - million", or the figure of an
    adjective in "-ed" ("a two - handed assault")."""
    return (
        _season_half(doc, first, last)
        or _multi_scale(doc, first, last)
        or _hyphened_participle(doc, last)
    )
