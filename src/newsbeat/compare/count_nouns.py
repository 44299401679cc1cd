"""Count nouns that name one quantity in other words (issue 12: conflict recall).

Two outlets often count one thing with two nouns: "six engines" and "four appliances" (a fire
engine in British English), "hitting him eleven times" and "seven bullets hit him". Left as
they are, such figures never meet, however plainly they disagree. Each class below is small,
explicit and justified on the real-news gold (``docs/report.md``); a noun outside every class
stands for itself.

The classes fold the counted noun only, and only where the event leaves no doubt: the event
(the figure's verb, ``enrich.claim_slots``) is still compared afterwards, so "engines fighting
the blaze" and "tenders staying until Monday" stay two counts, and "fired 11 shots" (shots
fired) never meets "seven bullets hit" (hits).
"""

from __future__ import annotations

import re

__all__ = ["HIT", "canonical_count"]

# One kind of vehicle sent to a fire: "six engines" (US) and "four appliances", "two tenders"
# (UK). Real disagreement: two reports of one supermarket fire ("called in an additional six
# engines" / "called a further four appliances"); look-alikes kept apart by their events:
# "two tenders staying until Monday" / "ten engines fighting the blaze".
_FIRE_VEHICLES = frozenset({"engine", "appliance", "tender", "firetruck"})
_FIRE_VEHICLE = "fire vehicle"

# Hits on a person: "hitting him eleven times" counts the bullets that hit him ("seven bullets
# hit him", "hit by seven bullets", "seven bullets entered his body"). Only the verbs of
# hitting: "fired 11 shots" counts shots fired, a disagreement with no hit count ("11 shots
# fired, seven bullets hit" is told by the gold as two things).
HIT = "hit"
_HIT_EVENTS = frozenset({"hit", "strike"})
_PROJECTILES = frozenset({"bullet", "round", "pellet"})
_ENTERING = frozenset({"enter", "pierce"})  # a bullet entering the body has hit it
# "he was shot eleven times": the victim, so hits. "Officers shot 41 times" (active, no victim)
# may count shots fired, and stays a count of times shot.
_SHOT_TIMES = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+\s+)?shot\s+(?:at\s+least\s+"
    r"|more\s+than\s+|about\s+|nearly\s+|some\s+)?\S+\s+times\b",
    re.IGNORECASE,
)


def canonical_count(noun: str, event: str, suffix: str, sentence: str = "") -> tuple[str, str]:
    """The (noun, event) a figure's counted noun and event stand for: a class's name when the
    noun (with its event) is in a class above, else the noun and event unchanged.

    ``suffix`` is the rest of the counted phrase ("workers injured"): a noun with a suffix
    ("engines damaged") counts something narrower and is left alone. ``sentence`` tells a
    victim "shot eleven times" (hits) from officers who "shot 41 times".
    """
    if suffix:
        return noun, event
    if noun in _FIRE_VEHICLES:
        return _FIRE_VEHICLE, event
    if noun == "time" and (
        event in _HIT_EVENTS or (event == "shoot" and _SHOT_TIMES.search(sentence))
    ):
        return HIT, HIT
    if noun in _PROJECTILES and (event in _HIT_EVENTS or event in _ENTERING):
        return HIT, HIT
    return noun, event
