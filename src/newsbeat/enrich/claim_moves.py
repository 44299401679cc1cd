"""A figure that says how much something moved, and a rate told after a participle
(confscope29, issue 12; read29's claim classes "a change read as a level", "a rate losing
'per game'").

"Dalembert is down almost five points per game" says his average fell by five points, not
that it is five; "the Kestrels were down by three goals" tell a deficit, not a score. Such a
figure gets the role ``change``: the compare never sets it against a level ("he averages 12
points"), only against another change. A level reached ("turnout is down to 40 percent")
keeps its plain role, a motion ("the ship went down 20 miles off the coast") is no copula's
change, and a share's rise or fall "by N percent" is left alone (see :func:`is_change`).

"156.9 yards allowed per game" is a rate as "156.9 yards per game" is: one participle between
the counted noun and "per" does not make the figure a total.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

__all__ = ["CHANGE", "is_change", "participle_rate"]

CHANGE = "change"
_DIRECTIONS = frozenset({"up", "down"})
_RATE_WORDS = frozenset({"per", "a", "an", "each", "every"})


def _moved(verb: Token) -> bool:
    """Whether a copula says its subject moved: "is down", "were up"."""
    return verb.lemma_ == "be" and any(
        c.lower_ in _DIRECTIONS and c.dep_ in {"advmod", "prt"} and c.i > verb.i
        for c in verb.children
    )


def is_change(noun: Token | None, number: Token, unit: str | None = None) -> bool:
    """Whether the figure whose number is ``number`` (counting ``noun``, None for a bare
    figure; in ``unit``) is how much its subject moved: the measure of a copula's "up"/"down"
    ("is down almost five points"), of its "by" ("were down by two games"), or a figure joined
    to such a copula ("is down five points ... and just over two rebounds").

    Not a share: "services in Egypt were down by 80 percent" tells the share cut, which
    other outlets tell as "70 per cent of web services were cut" (a dispute the real-news
    gold holds, heldout9), and "shares were up 3 percent" is told as "rose 2 percent"."""
    if unit == "percent":
        return False
    for tok in (noun, number.head if noun is None else None):
        if tok is None:
            continue
        head = tok.head
        if tok.dep_ == "npadvmod" and head.lower_ in _DIRECTIONS and _moved(head.head):
            return True  # "is down almost five points"
        if tok.dep_ == "pobj" and head.lower_ == "by" and _moved(head.head):
            return True  # "was down by about 8 percent"
        if tok.dep_ == "conj" and _moved(head) and _moved_by_figure(head):
            return True  # "is down five points ... and just over two rebounds"
    return False


def _moved_by_figure(verb: Token) -> bool:
    """Whether a copula's "up"/"down" has a figure of its own ("is down five points")."""
    return any(
        c.lower_ in _DIRECTIONS and any(g.dep_ == "npadvmod" and not g.like_num for g in c.children)
        for c in verb.children
    )


def participle_rate(doc: Doc, end: int, units: Collection[str]) -> bool:
    """Whether the counted noun at ``doc[end]`` is followed by one participle and a rate
    ("156.9 yards allowed per game", "21 points scored a game"): a figure for each unit."""
    if end + 3 >= len(doc):
        return False
    participle, per, unit = doc[end + 1], doc[end + 2], doc[end + 3]
    return (
        participle.tag_ == "VBN"
        and per.lower_ in _RATE_WORDS
        and (unit.lemma_.lower() in units or unit.lower_ in units)
    )
