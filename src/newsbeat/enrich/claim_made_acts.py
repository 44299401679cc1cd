"""A sum made as an act named by a noun: "the Hawks have *made an offer* to Luz in excess of
$90 million", "made a $5 million payment" (issue 12, recall12e).

"make" is a light verb: alone it tells nothing of what a figure counts, so the figure's event
is unknown, and another outlet's "offered Luz $104 million" (event: offer) cannot be compared
with it. With a noun of an act as its object, "make" only says the act was done: the sum is
the offer's or the payment's, and the event is that act's verb. Only a sum, and only one the
act's phrase or the verb's own preposition carries ("a $5 million offer", "an offer of",
"in excess of"): not the subject's, nor one given to someone ("made Luz $90 million").

Used by :mod:`newsbeat.enrich.claim_slots`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_measures import measure_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MONEY", "act_verb", "made_act"]

_EVENT_CLASSES = measure_classes()
# Nouns of an act a sum is the amount of, and the act's verb.
_ACTS = {
    "offer": "offer", "bid": "bid", "pledge": "pledge", "payment": "pay", "donation": "donate",
    "loan": "loan", "investment": "invest", "purchase": "purchase",
}  # fmt: skip
MONEY = frozenset({"dollars", "euros", "pounds"})  # the units of a sum, as claims write them
# The act as the verb's object: "made an offer" (dobj), and "made Luz a $90 million offer",
# which the small parser reads as a clause of its own ("made him happy": ccomp).
_OBJECTS = frozenset({"dobj", "ccomp", "oprd"})
_CLIMB = 6  # tokens climbed from the figure to the verb at most


def act_verb(noun: str, unit: str | None) -> str | None:
    """The verb of an act a sum is the amount of ("offer" -> offer, "payment" -> pay), for a
    sum only; None for any other noun or unit."""
    if unit not in MONEY or (verb := _ACTS.get(noun)) is None:
        return None
    return _EVENT_CLASSES.get(verb, verb)


def made_act(event: Token | None, counted: Token, unit: str | None) -> str | None:
    """The act a sum is the amount of when its verb is "make" with an act's noun as object
    ("made an offer ... in excess of $90 million" -> offer), else None. ``counted`` is the
    figure's counted noun (the act itself for "a $90 million offer"), or its number when it
    counts a bare unit."""
    if event is None or unit not in MONEY or event.lemma_.lower() != "make":
        return None
    act = next((c for c in event.children if c.dep_ in _OBJECTS and c.pos_ == "NOUN"), None)
    if act is None or act.lemma_.lower() not in _ACTS:
        return None
    tok = counted
    for _ in range(_CLIMB):
        if tok.head.i == event.i:
            if tok.i != act.i and tok.dep_ != "prep":
                return None  # the subject's sum, or one given to someone ("made Luz $90 million")
            return act_verb(act.lemma_.lower(), unit)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
