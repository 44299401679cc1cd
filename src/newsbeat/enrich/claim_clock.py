"""The moment within a round a fight was stopped (issue 12: conflict recall).

"Stopped the fight 44 seconds into the seventh round", "after 44 seconds of the seventh
round" and "stopping the fight at the 2:15 mark" (of the seventh) each say when in the round
it happened: a clock reading, counted in seconds from the round's start (a boxing or MMA round's
clock runs up; a game clock that runs down, "with 2:15 left in the third quarter", is not read).
Such a figure is no duration ("the round lasted 44 seconds" is another claim), so it has the
role ``CLOCK`` and the round as its occasion ("round 7"): two clocks meet only for one round.

Only the moment a fight was stopped is read, the figure hanging on a verb of a stoppage
("stopped", "ended", "waved it off", "knocked him out"): a fight stops once, but a fighter is
dropped, hurt or cut many times in one round ("dropped Dane 30 seconds into the third round" and
"dropped him again at the 2:10 mark" are two knockdowns, not two readings of one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_numbers import WORDS
from newsbeat.enrich.claim_ordinals import ordinal_value
from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLOCK = "clock"  # the role of a moment within a round
_CLOCK_TEXT = re.compile(r"^(\d{1,2}):(\d{2})$")
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
    if i + 1 >= len(lower) or (lower[i + 1] != "mark" and lower[i + 1] not in _SECONDS):
        return None  # every clock's figure has "mark" or a unit of seconds right after it
    return _clock_read(doc, i)


def _clock_read(doc: Doc, i: int) -> RoundClock | None:
    """:func:`clock_at` without its first test, which only spares a token object."""
    tok = doc[i]
    if (found := _CLOCK_TEXT.match(tok.text)) is not None:
        return _mark(doc, i, int(found.group(1)) * 60 + int(found.group(2)))
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


def _mark(doc: Doc, i: int, seconds: int) -> RoundClock | None:
    """ "at the 2:15 mark" of the round named after it ("of the seventh round") or, when the
    sentence speaks of rounds, of the last round named before it ("in the seventh")."""
    if i < 2 or i + 1 >= len(doc) or doc[i + 1].lower_ != "mark":
        return None
    if [doc[i - 2].lower_, doc[i - 1].lower_] != ["at", "the"]:
        return None
    after = [t.lower_ for t in doc[i + 2 : i + 6]]
    if after[:2] == ["of", "the"] and len(after) == 4 and after[3] == "round":
        round_no = ordinal_value(doc[i + 4])
    else:
        round_no = _round_before(doc, i)
    if round_no is None:
        return None
    return _stopped(RoundClock(i, i, float(seconds), round_no, _verb(doc[i + 1])))


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


def _round_before(doc: Doc, i: int) -> int | None:
    """The last round its sentence names before token ``i`` ("in the seventh round", "in the
    seventh"), when the sentence writes "round" at all; else None."""
    sent = doc[i].sent
    if not any(t.lower_ == "round" for t in sent):
        return None
    for k in range(i - 1, sent.start, -1):
        value = ordinal_value(doc[k])
        if value is None:
            continue
        nxt = doc[k + 1].lower_
        bare = doc[k].dep_ == "pobj" and doc[k].head.lower_ == "in"  # "in the seventh"
        return value if nxt == "round" or bare else None
    return None


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
