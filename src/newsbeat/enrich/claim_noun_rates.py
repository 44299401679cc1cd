"""A rate whose figure counts a noun, not a unit: "averaging 3.8 yards per run", "5. 2 yards
a carry", "two touchdowns a game" (issue 12, claims38).

Used by :mod:`newsbeat.enrich.claims`. A unit's rate is read where the unit is
(``claim_counted._per_unit``: "90 miles per gallon"), but a counted noun that is no unit
("yards", "touchdowns") kept only the noun, so a player's average per carry was printed as a
distance ("3.8 yards") and could meet another outlet's total yards. After the noun, "per"
and a noun, or "a"/"an" and a base of a rate (a unit of time, a share, a play of a game),
make the figure a rate: the claim counts "yards per run". Anything else after the noun is
left as it was ("20 years a member" is no rate, "6.2 percent a year earlier" is a time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_counted import _per_unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["noun_rate"]

# plays of a game a sports average is counted "a" or "per" of ("5.2 yards a carry", "3.8
# yards per run": the tagger may make "run" a verb; "per" takes any other noun already)
_PLAY_BASES = frozenset({"carry", "catch", "reception", "attempt", "rush", "run", "start"})


def noun_rate(doc: Doc, noun: Token) -> str | None:
    """The base of a rate after the counted noun ``noun`` ("run" of "3.8 yards per run",
    "carry" of "5.2 yards a carry"), or None when no rate follows it."""
    if (base := _per_unit(doc, noun.i)) is not None:
        return base
    at = noun.i + 2
    if at >= len(doc) or doc[noun.i + 1].lower_ not in {"a", "an", "per"}:
        return None
    base_tok = doc[at]
    if base_tok.lower_ not in _PLAY_BASES or base_tok.pos_ not in {"NOUN", "VERB"}:
        return None
    if at + 1 < len(doc) and (doc[at + 1].pos_ in {"NOUN", "PROPN"} or doc[at + 1].lower_ == "of"):
        return None  # "three yards a catch record", "a run of": the word heads another phrase
    return base_tok.lower_
