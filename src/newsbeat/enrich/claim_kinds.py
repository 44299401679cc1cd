"""Figures that name a kind or a moment, not a count (see :mod:`newsbeat.enrich.not_claims`).

Each shape was misread as a count on real news (issue 12, session-28 reading of ECB+ texts):

- a decimal whose point the text glued to the article before it: "a. 357 revolver" is "a .357
  revolver", a calibre (an article never ends a sentence, so its point is the figure's);
- a type named by two figures joined by "by": "a four - by - four car", "a two-by-four";
- "zero" before a singular noun: '"zero day" vulnerability', "zero tolerance" name a kind (a
  count of none takes a plural: "zero deaths");
- a day of the month before the month's name: "as of 4 November 02: 00 GMT";
- the second figure of a range whose first is a window: "within two to three weeks", as
  "within three weeks" is (:func:`~newsbeat.enrich.not_claims.is_window`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers, texts
from newsbeat.enrich.number_names import MONTHS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

__all__ = ["names_a_kind"]

_GLUED_ARTICLE = re.compile(r"(?:^|[\s(\"“])(?:a|an)\.\s?$")
_DASHES = frozenset({"-", "–"})
_RANGE_WORDS = frozenset({"to", "or", "-", "–"})
# singular words a "zero" may count as a quantity: "zero percent", "zero degrees"
_ZERO_UNITS = frozenset({"percent", "pct", "degree", "dollar", "euro", "pound", "cent", "%"})
_DAYS = re.compile(r"\d{1,2}")


def _decimal_after_article(text: str, start: int) -> bool:
    """ "a. 357 revolver": the point glued to "a" belongs to the figure (".357")."""
    return bool(_GLUED_ARTICLE.search(text[max(0, start - 6) : start]))


def _by_type(doc: Doc, first: int, last: int) -> bool:
    """ "four - by - four", "two-by-four": either figure of a type named "X by Y"."""
    low, n = lowers(doc), len(doc)
    after = low[last + 1 : last + 4]
    if len(after) == 3 and after[0] in _DASHES and after[1] == "by" and after[2] in _DASHES:
        return last + 4 < n and doc[last + 4].like_num
    before = low[max(0, first - 3) : first]
    return (
        len(before) == 3
        and before[0] in _DASHES
        and before[1] == "by"
        and before[2] in _DASHES
        and first >= 4
        and doc[first - 4].like_num
    )


def _zero_term(doc: Doc, first: int, last: int) -> bool:
    """'"zero day" vulnerability', "zero tolerance": "zero" before a singular noun."""
    if first != last or lowers(doc)[first] != "zero" or last + 1 >= len(doc):
        return False
    noun = doc[last + 1]
    return noun.tag_ == "NN" and noun.lower_ not in _ZERO_UNITS


def _day_before_month(doc: Doc, first: int, last: int) -> bool:
    """ "as of 4 November 02: 00 GMT", "on 29 October": a day of the month, not four
    Novembers (a capitalised month name right after a day number, not at a sentence's
    start)."""
    words = texts(doc)
    if first != last or last + 1 >= len(doc) or not _DAYS.fullmatch(words[first]):
        return False
    month = doc[last + 1]
    return 1 <= int(words[first]) <= 31 and month.is_title and month.lower_ in MONTHS


def _window_range_end(doc: Doc, first: int, is_window: Callable[[Doc, int], bool]) -> bool:
    """ "within two to three weeks": the second figure of a range whose first is a window."""
    low = lowers(doc)
    return (
        first >= 2
        and low[first - 1] in _RANGE_WORDS
        and doc[first - 2].like_num
        and is_window(doc, first - 2)
    )


def names_a_kind(
    doc: Doc, text: str, first: int, last: int, is_window: Callable[[Doc, int], bool]
) -> bool:
    """Whether the figure ``doc[first..last]`` names a kind or a moment, not a count (see the
    module doc); ``is_window`` tells a window's figure (passed in: it lives in not_claims)."""
    return (
        _decimal_after_article(text, doc[first].idx)
        or _by_type(doc, first, last)
        or _zero_term(doc, first, last)
        or _day_before_month(doc, first, last)
        or _window_range_end(doc, first, is_window)
    )
