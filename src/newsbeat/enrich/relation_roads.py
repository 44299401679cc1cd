"""A road death told with the words of a blow: "struck and killed her as she was walking".

Read on reader18b's ECB+ stories of hit-and-run deaths: "LaSalle struck and killed her as she
was walking outside a Sam's Club" (ASSAULT) and "Subryan allegedly struck Raj Chohan … as she
walked along parked cars … when the car struck her" (FIGHT, agreed by two outlets). The driver
is the subject and no vehicle is the verb's instrument (the lexicon's ``vehicle_instrument``
reads "struck her with his car", "was struck by a car"), but the sentence tells a crash: the
victim was on foot when struck, a vehicle is the subject of a striking verb, or the sentence
says "hit-and-run". Then "strike" or "hit", and "kill" joined to one of them ("struck and
killed"), are no attack (say less: a road death is no PLOVER act). A sentence that names a
weapon keeps the blow ("shot and struck him as he walked home").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.verb_conditions import VEHICLES, condition

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["road_scene"]

_STRIKING = frozenset({"strike", "hit"})
# What the one struck was doing on foot: "as she was walking", "while he jogged".
_ON_FOOT = frozenset({"walk", "jog", "stroll", "cross"})
# Words of arms or of a fight: the blow stays one.
_WEAPONS = frozenset(
    {"gun", "gunman", "gunmen", "gunfire", "shoot", "shot", "knife", "stab", "bullet", "bomb"}
    | {"missile", "rocket", "drone", "airstrike", "grenade", "rifle", "pistol", "bat", "fist"}
    | {"punch", "hammer", "weapon", "troops", "soldier", "militant", "army", "shell"}
)


@condition("road_scene")
def road_scene(tok: Token, words: frozenset[str]) -> bool:
    """Whether a striking verb (or "kill" joined to one) tells a road crash (see the module
    docstring)."""
    chain = [tok, *tok.conjuncts]
    if not any(v.lemma_.lower() in _STRIKING for v in chain):
        return False
    sent = tok.sent
    if any(t.lemma_.lower() in _WEAPONS or t.lower_ in _WEAPONS for t in sent):
        return False
    if "hit-and-run" in sent.text.lower() or "hit and run" in sent.text.lower():
        return True
    if any(c.dep_ == "advcl" and c.lemma_.lower() in _ON_FOOT for v in chain for c in v.children):
        return True  # "struck her as she was walking"
    return any(
        t.lemma_.lower() in _STRIKING
        and any(c.dep_ == "nsubj" and c.lower_ in VEHICLES for c in t.children)
        for t in sent
    )  # "… when the car struck her"
