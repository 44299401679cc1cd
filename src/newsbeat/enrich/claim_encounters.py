"""A figure counting the other side of an encounter the main clause happened during.

"Officer X killed Y on Sunday during a clash with around 30 youths": the 30 youths clashed
with the police; they were not killed, and X is not their subject. A count in a "with",
"between", "involving" or "against" phrase of a noun that names an encounter (a clash, a
battle, talks) tells no act of the main verb's: it is given no event, subject or recipient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_ENCOUNTERS = frozenset(
    {"clash", "confrontation", "fight", "battle", "brawl", "scuffle", "skirmish", "standoff",
     "stand-off", "shootout", "gunfight", "firefight", "altercation", "encounter", "melee",
     "fracas", "struggle", "argument", "row", "quarrel", "talks", "meeting", "negotiation",
     "negotiations"}
)  # fmt: skip
_PARTIES = frozenset({"with", "between", "involving", "against"})


def encounter_party(noun: Token | None) -> bool:
    """Whether the counted noun is a party of an encounter noun ("a clash with around 30
    youths", "a battle against 200 fighters") that is not the main verb's own argument:
    the encounter hangs on the verb through a preposition ("during a clash", "in a fight")."""
    if noun is None or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in _PARTIES or prep.head.pos_ != "NOUN":
        return False
    encounter = prep.head
    if encounter.lemma_.lower() not in _ENCOUNTERS and encounter.lower_ not in _ENCOUNTERS:
        return False
    return encounter.dep_ == "pobj" and encounter.head.pos_ == "ADP"
