"""What a count of wins by a manner counts: "46 wins by knockout" counts knockouts.

Used by :mod:`newsbeat.enrich.claims` (issue 12, fix36). Sports copy gives a fighter's
knockouts as "46 KOs" in a record ("52-3, 46 KOs": :mod:`newsbeat.enrich.claim_records`) or
as "46 wins by knockout" in prose. Read as 46 "wins", the prose figure was set apart from the
record's 46 knockouts and beside the record's 52 wins, as if one outlet counted 46 wins and
another 52. A count of wins or victories by a manner counts that manner's wins: knockouts for
"by knockout", "by KO" or "by TKO" (as a record's "KOs" are read), and "wins by decision" for
any other manner, which no total of wins meets. "KOs" counted in prose ("with 31 KOs") are
knockouts too, as in a record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["win_manner"]

_WINS = frozenset({"wins", "victories"})
_KNOCKOUTS = frozenset({"knockout", "knockouts", "ko", "kos", "tko", "tkos"})
# the other manners a bout is won by (our own list)
_MANNERS = frozenset({"decision", "points", "submission", "stoppage", "disqualification"})
_KO_NOUNS = frozenset({"kos", "ko's", "tkos"})


def win_manner(noun: Token) -> str | None:
    """What a counted noun counts when a manner of winning qualifies it ("wins by knockout":
    knockouts; "victories by decision": wins by decision), or for a plural "KOs"; else None."""
    low = noun.lower_
    if low in _KO_NOUNS:
        return "knockouts"
    if low not in _WINS:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or any(c.like_num for c in obj.children):
            return None  # "wins by 10 points": a margin, no manner
        if obj.lower_ in _KNOCKOUTS:
            return "knockouts"
        if obj.lower_ in _MANNERS:
            return f"wins by {obj.lemma_.lower()}"
    return None
