"""A champion's title defences counted so far: one count per title (issue 12, fix36).

A holder of several belts counts each one's defences apart: "his fifth defence of the WBO
belt" and "his sixth defence of the IBF title" are two counts, both right, however else the
two figures are pinned together (both in their article's lead, one named person's own act).
Two counts of defences are kept apart when each sentence names a sanctioning body, written as
its initials or in full (the initials of a capitalised name ending in a body's word:
"International Boxing Federation" is IBF), and none is the other's. A sentence naming no body
meets any, as before.

(read36's missed "sixth defense of the IBF belt - and third this year" / "retained his
International Boxing Federation title for the fifth time" meet as one person's own act once
"this year" is read as the third's time, not the sixth's
(:mod:`newsbeat.enrich.claim_ordinal_dates`).
Pinning any two counts of one body's defences however worded was tried and left: it would
ignore a count's own time, "his third defence this year".)
"""

from __future__ import annotations

import re

from newsbeat.compare.claim_facts import _Facts
from newsbeat.enrich.claim_ordinals import ORDINAL

__all__ = ["other_titles", "title_bodies"]

_DEFENCES = frozenset({"defence", "defense"})
_INITIALS = re.compile(r"\b[A-Z]{2,5}\b")
_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][a-z]+ (?:of (?:the )?)?){1,5}[A-Z][a-z]+\b")
_LINKS = frozenset({"of", "the"})
_NOT_BODIES = frozenset({"KO", "TKO"})  # a way of winning, written in capitals
# the last word of a body's full name ("World Boxing Council"); a person's name is no body
_BODY_WORDS = frozenset(
    {"Association", "Council", "Federation", "Organization", "Organisation", "Union", "Board"}
    | {"Commission", "Committee", "League"}
)


def title_bodies(sentence: str) -> frozenset[str]:
    """The bodies a sentence names by initials ("IBF") or by a name of two capitalised words
    or more ending in a body's word, as its initials ("International Boxing Federation": IBF;
    "World Boxing Organization": WBO; "Ivo Kell" is no body)."""
    found = set(_INITIALS.findall(sentence)) - _NOT_BODIES
    for run in _CAPITALISED_RUN.findall(sentence):
        words = [w for w in run.split() if w not in _LINKS]
        if len(words) >= 2 and words[-1] in _BODY_WORDS:
            found.add("".join(w[0] for w in words))
    return frozenset(found)


def other_titles(a: _Facts, b: _Facts, sentence_a: str, sentence_b: str) -> bool:
    """Whether two ordinal counts of defences count two titles' defences: each sentence names
    a body and none is the other's ("his fifth WBO defence" / "his sixth defence of the IBF
    belt"), however else they are pinned together (both in their article's lead)."""
    if not (a.unit == b.unit == ORDINAL and a.noun in _DEFENCES and b.noun in _DEFENCES):
        return False
    bodies_a, bodies_b = title_bodies(sentence_a), title_bodies(sentence_b)
    return bool(bodies_a and bodies_b) and not bodies_a & bodies_b
