"""Harm that is no assault: an accident, or an injury to one's own body (reader22).

PLOVER's ASSAULT is violence an actor does to someone. Two shapes of harm in news have no
attacker, and neither an event nor a relation may make one:

* **An accident.** "X shot and killed his father in a hunting accident", "accidentally shot
  his brother": the verb is the one of an attack, the act is a mishap.
* **An injury to one's own body.** "Varga injured his left knee", "hurt her shoulder",
  "shot himself": the object is the subject's own body part (a possessive pronoun before it)
  or the subject itself; the injured player or the one who harmed himself attacked no one.

A body part of someone named ("injured Holm's knee") and an object that is a person ("shot
him in the hip") stay acts on another.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = ["harm_without_attack"]

_ACCIDENTAL = frozenset({"accidentally", "accidently", "unintentionally", "inadvertently"})
_MISHAPS = frozenset({"accident", "mishap"})
_OWN = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_SELF = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
_BODY_PARTS = frozenset(
    {"knee", "ankle", "hamstring", "shoulder", "elbow", "wrist", "hand", "foot", "back"}
    | {"neck", "leg", "arm", "hip", "groin", "toe", "finger", "thumb", "head", "calf"}
    | {"thigh", "achilles", "ligament", "muscle", "rib", "quad", "quadriceps", "tendon"}
    | {"meniscus", "eye", "jaw", "face", "chest", "spine", "pectoral", "oblique", "abdomen"}
    | {"heel", "shin", "collarbone", "ACL", "acl", "mcl", "MCL", "tailbone", "pelvis"}
)


def _clause_verbs(trigger: Token) -> Iterator[Token]:
    """The trigger and the verbs joined to it by "and" ("shot and killed"): they share the
    clause's modifiers, whichever of them the parse hangs them from."""
    yield trigger
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        yield node
    for child in trigger.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            yield child


def _accidental(trigger: Token) -> bool:
    """ "accidentally shot", "killed … in a hunting accident", "shot … by accident"."""
    for verb in _clause_verbs(trigger):
        for child in verb.children:
            if child.dep_ == "advmod" and child.lower_ in _ACCIDENTAL:
                return True
            if child.dep_ == "prep" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _MISHAPS for g in child.children
            ):
                return True
    return False


def _own_body(trigger: Token) -> bool:
    """ "injured his left knee", "shot himself": the object is the subject's own."""
    for child in trigger.children:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in _SELF:
            return True
        if child.lemma_.lower() in _BODY_PARTS or child.lower_ in _BODY_PARTS:
            owners = [g for g in child.children if g.dep_ == "poss"]
            return all(g.lower_ in _OWN for g in owners)
    return False


def harm_without_attack(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether an ASSAULT is an accident or an injury to one's own body (the module
    docstring): no one attacked."""
    if ev.type != "ASSAULT":
        return False
    return _accidental(ev.trigger) or _own_body(ev.trigger)
