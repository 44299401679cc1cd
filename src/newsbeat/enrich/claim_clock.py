"""The moment within a round a fight was stopped (issue 12: conflict recall).

"Stopped the fight 44 seconds into the seventh round" and "after 44 seconds of the seventh
round" each say how long into the round it happened, counted in seconds from the round's start.
Such a figure is no duration ("the round lasted 44 seconds" is another claim), so it has the
role ``CLOCK`` and the round as its occasion ("round 7"): two clocks meet only for one round.

A clock face's reading ("at the 2:15 mark", "at 2:15 of the seventh", "with 1:30 left") is not
read (fix36, session 36): it is a point on a clock whose direction the text does not say. A
ring or broadcast clock may count a round down, so "the 2:15 mark" may be the 45th second of a
three-minute round, the moment "44 seconds into the seventh" tells; set against it, or against
another reading, it would make a false conflict. (A game clock running down, "with 2:15 left in
the third quarter", was never read.)

Only the moment a fight was stopped is read, the figure hanging on a verb of a stoppage
("stopped", "ended", "waved it off", "knocked him out"): a fight stops once, but a fighter is
dropped, hurt or cut many times in one round ("dropped Dane 30 seconds into the third round" and
"dropped him again 50 seconds into it" are two knockdowns, not two readings of one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_numbers import WORDS
from newsbeat.enrich.claim_ordinals import ordinal_value
from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLOCK = "clock"  # the role of a moment within a round
_SECONDS = {"second": 1, "seconds": 1, "minute": 60, "minutes": 60}
# the verbs of a stoppage, one event however told ("stopped", "finished the job", "ended it")
_STOPS = frozenset({"stop", "finish", "end", "halt"})
# the phrasal verbs of a stoppage, by their particle: "waved it off", "called off", "knocked out"
_STOPS_WITH = {"wave": "off", "call": "off", "knock": "out"}
_PARTICLE = frozenset({"prt", "advmod"})  # "knocked him out" (prt), "knocked Dane out" (advmod)


@dataclass(frozen=True)
class RoundClock:
    """A clock reading within a round: its tokens, the seconds, the round and its verb."""

    first: int
    last: int
    seconds: float
    round_no: int
    verb: Token | None


def clock_at(doc: Doc, i: int) -> RoundClock | None:
    """The round clock whose figure starts at ``i`` (see the module doc), else None."""
    lower = lowers(doc)
    if i + 1 >= len(lower) or lower[i + 1] not in _SECONDS:
        return None  # every clock's figure has a unit of seconds right after it
    return _clock_read(doc, i)


def _clock_read(doc: Doc, i: int) -> RoundClock | None:
    """:func:`clock_at` without its first test, which only spares a token object."""
    tok = doc[i]
    value = float(tok.text) if tok.text.isdigit() else WORDS.get(tok.lower_)
    if value is None or i + 5 >= len(doc) or (scale := _SECONDS.get(doc[i + 1].lower_)) is None:
        return None
    words = [t.lower_ for t in doc[i + 2 : i + 6]]
    into = words[:2] == ["into", "the"]
    after = words[:2] == ["of", "the"] and i > 0 and doc[i - 1].lower_ == "after"
    round_no = ordinal_value(doc[i + 4])
    if not (into or after) or round_no is None or words[3] != "round":
        return None
    return _stopped(RoundClock(i, i + 1, float(value) * scale, round_no, _verb(doc[i + 1])))


def _stopped(clock: RoundClock) -> RoundClock | None:
    """The clock when its verb tells the fight's stoppage (see the module doc), else None."""
    return clock if _stops(clock.verb) else None


def _stops(verb: Token | None) -> bool:
    """Whether a verb tells a stoppage: "stopped", "ended", "waved off", "knocked out"."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _STOPS:
        return True
    particle = _STOPS_WITH.get(lemma)
    return particle is not None and any(
        c.dep_ in _PARTICLE and c.lower_ == particle for c in verb.children
    )


def _verb(tok: Token) -> Token | None:
    """The verb the clock's phrase hangs on ("stopped the fight 44 seconds into ...")."""
    for _ in range(4):
        if tok.pos_ == "VERB":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def clock_event(verb: Token | None) -> str | None:
    """The event of a round clock: a stoppage however told, else its verb's lemma."""
    if verb is None:
        return None
    return "stop" if _stops(verb) else verb.lemma_.lower()
