"""Whether an event's actor is the one who does its act (issue 12, part 2).

An event has no target to check it, so a name elsewhere in the sentence must not become its
actor: "Trump called it a disgrace, blaming Bloomberg" is Trump's blame, not Bloomberg's;
"disputing the charges, Mr. Varga's lawyers said" is the lawyers' dispute; "an effort to end
his friendship with Varga contradicts his claim" is no act of Varga's. The actor must be the
subject of the trigger (or its "by" agent), or, for a trigger with no subject of its own (a
participle, a second verb: "went home, cursing", "then escaped and shot"), of the verb it
hangs from; and the actor's name must be that subject or a part of it ("the Indian navy",
"the ATF and FBI", "Navy's frigate INS Vela"), not its owner ("Varga's lawyers") or a name
further inside ("an effort to end his friendship with Varga").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsbeat.enrich.game_rules import lost_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["actor_is_agent", "told_clause_subject"]

# Links inside one noun phrase: a name that is the phrase or a part of it.
_IN_PHRASE = frozenset({"compound", "amod", "appos", "conj", "flat", "nmod", "npadvmod"})
# From a verb with no subject of its own to the verb whose subject it shares.
_SHARES_SUBJECT = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})


def told_clause_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parse hangs as a complement from a verb with an
    object: "Steinberg told police LaCalamita loaded a shell and shot him" read as "told
    LaCalamita" + "loaded", whose subject is then LaCalamita, not the teller. An infinitive
    ("told X to leave", "ordered troops to fire") is the teller's act and stays his."""
    if verb.dep_ != "xcomp" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.head.i == verb.i:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _subject(trigger: Token) -> Token | None:
    """The subject (or passive agent) of the trigger or, when it has none, of the verb it
    hangs from; None when there is none or the subject is acted on."""
    lost = lost_subject(trigger)  # "... and the Lions defeated X": the noun before the verb
    if lost is not None:
        return lost
    node = trigger
    for _ in range(4):
        kids = list(node.children)
        for child in kids:
            if child.dep_ == "nsubj":
                return child
        for child in kids:
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if any(c.dep_ == "nsubjpass" for c in kids):
            return None
        told = told_clause_subject(node)
        if told is not None:
            return told
        if node.dep_ not in _SHARES_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


def actor_is_agent(trigger: Token, mentions: Iterable[Token]) -> bool:
    """Whether one of the actor's mention tokens names the subject of the trigger's act (the
    module docstring); a pronoun subject is taken as resolved by the actor rules."""
    subject = _subject(trigger)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return True
    for tok in mentions:
        node = tok
        for _ in range(6):
            if node.i == subject.i:
                return True
            if node.dep_ not in _IN_PHRASE or node.head.i == node.i:
                break
            node = node.head
    return False
