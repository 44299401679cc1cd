"""A game's officials at work: no act of one actor on another (read36).

A referee or an umpire warns, stops, penalises and sends off players as part of the game he
runs: "referee X saving the challenger … just moments after warning his corner" is no threat,
"the umpire ejected X" no coercion. Play in a game is no political act (the project keeps a
game's or a bout's result as FIGHT, :mod:`~newsbeat.enrich.game_rules`); an official's calls
are play too. Only the official as the one who acts is read so: "fans attacked the referee"
stays an attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.relation_subjects import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["official_at_play"]

# The officials who run a game or a bout ("referee Tony Vell", "the umpire", "a linesman").
_OFFICIALS = frozenset(
    {"referee", "referees", "umpire", "umpires", "linesman", "linesmen", "lineswoman"}
)
# Links inside the subject's phrase that may carry the official's noun.
_PHRASE = frozenset({"compound", "amod", "appos", "nmod"})


def _official(tok: Token) -> bool:
    """The noun is an official's, or the name it heads carries one ("referee Tony Vell",
    "Tony Vell, the referee,")."""
    if tok.lower_ in _OFFICIALS:
        return True
    return any(c.dep_ in _PHRASE and c.lower_ in _OFFICIALS for c in tok.children)


def official_at_play(tok: Token) -> bool:
    """Whether the trigger's subject (:func:`~newsbeat.enrich.relation_subjects.subject_of`)
    is a game's official: "referee X … warning his corner", "the umpire ejected X"."""
    subject = subject_of(tok)
    return subject is not None and _official(subject)
