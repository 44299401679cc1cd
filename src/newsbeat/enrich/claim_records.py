"""A fighter's record set beside the name: "Ann Kerr (21-3, 14 KOs)", "Ann Kerr, 21-3, 9 KOs,".

Used by :mod:`newsbeat.enrich.claims`. Sports copy gives a fighter's record as wins, losses
and draws joined by dashes, often followed by the knockouts among the wins. Unread, "21-3"
counted nothing and "14 KOs" hung on the sentence's verb ("Kerr (21-3, 14 KOs) stopped
Ruiz": 14 stopped); read, the wins and the knockouts are the named fighter's, whatever the
sentence goes on to say. Only a record apposed to a name is read: in brackets ("(21-3)"), or
between commas with its knockouts (", 21-3, 14 KOs,"; "beat Nadal, 6-4, 6-3," is a tennis
score), the knockouts maybe told after "with" (", 21-3 with 14 KOs,", claims37). "A 19-7 run
last spring", "the 162-139 mark in Portland" and game scores ("a 27-24 loss") are periods' or
games' results, not a person's record, and are left alone. Whether the name is a person is
the caller's check (a knockout count marks a fighter whatever type the name was given).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Record", "record_at"]

_DASHES = frozenset({"-", "–"})
_KNOCKOUTS = frozenset({"kos", "ko", "knockouts", "knockout"})
_OPEN = frozenset({"(", ","})
_CLOSE = frozenset({")", ","})


@dataclass(frozen=True)
class Record:
    """A record's tokens: its wins figure (``wins``), the knockout figure among them and the
    knockout noun (None when not given), the name it is apposed to and its last token."""

    wins: int
    knockouts: int | None
    knockout_noun: int | None
    name: Token
    end: int


def record_at(doc: Doc, first: int, last: int) -> Record | None:
    """The record whose wins are the figure ``first..last`` ("Kerr (21-3, 14 KOs)"), or None
    when the figure does not open a record apposed to a name."""
    if first != last or not tally(doc[first]) or first < 2:
        return None
    k = tally_end(doc, last)
    if k is None:
        return None
    opening, name = doc[first - 1], doc[first - 2]
    if opening.text not in _OPEN or name.pos_ != "PROPN" or not name.is_title:
        return None
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and after.lower_ == "with":  # "Kerr, 21-3 with 14 KOs,": claims37
        return _with_knockouts(doc, first, k, name, closing=")" if opening.text == "(" else ",")
    if after is None or after.text not in _CLOSE:
        return None
    if opening.text == "(" and after.text == ",":
        return _with_knockouts(doc, first, k, name, closing=")")
    if opening.text == "," and after.text == ",":
        return _with_knockouts(doc, first, k, name, closing=",")
    if opening.text == "(" and after.text == ")":
        return Record(wins=first, knockouts=None, knockout_noun=None, name=name, end=k + 1)
    return None  # "Kerr, 21-3)": not one aside


def _with_knockouts(doc: Doc, first: int, k: int, name: Token, *, closing: str) -> Record | None:
    """The record ``first..k`` followed by ", 14 KOs" and its ``closing`` mark. Without the
    knockout count a comma after the record is no record's: tennis sets are written so."""
    n = len(doc)
    ko, noun = k + 2, k + 3
    if noun < n and doc[ko].text.isdigit() and doc[noun].lower_ in _KNOCKOUTS:
        end = noun + 1 if noun + 1 < n and doc[noun + 1].text == "'s" else noun
        # a record between commas may end its sentence: "beat Gene Pukall, 14-13-2, 12 KOs."
        ends = {closing, "."} if closing == "," else {closing}
        if end + 1 < n and doc[end + 1].text in ends:
            return Record(wins=first, knockouts=ko, knockout_noun=noun, name=name, end=end)
        return None
    return None  # "beat Nadal, 6-4, 6-3, in the final": set scores, not a record


def tally_end(doc: Doc, last: int) -> int | None:
    """The last token of the record "W-L" or "W-L-D" whose wins end at ``last``, or None
    when the tallies there are not two or three."""
    k = last
    parts = 1
    while k + 2 < len(doc) and doc[k + 1].text in _DASHES and tally(doc[k + 2]):
        k += 2
        parts += 1
    return k if parts in {2, 3} else None  # wins-losses or wins-losses-draws


def tally(tok: Token) -> bool:
    """A count of bouts or games: digits, at most three ("Kerr (1950-2021)" is a lifespan)."""
    return tok.text.isdigit() and len(tok.text) <= 3
