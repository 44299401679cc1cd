"""The blows of a knockdown, however the sentence turns it (issue 12, claims37).

Used by :mod:`newsbeat.enrich.claims`. Fight reports count the punches that put a fighter
down in three turns of phrase: the fighter "fell from three left hooks", the winner "dropped
him with two hard lefts", the winner "landed a pair of left hooks to floor him". Read by the
sentence's verb, the three counts had three events (none, none, "land") and two subjects (the
fallen fighter, the winner, none), so outlets that disagree about how many blows it took were
never compared. Here a count of blows tied to a knockdown in one of those ways has the event
"knockdown" and, as its subject, the fighter knocked down: the one every turn names (the
winner may be left out: "fell from three hooks"). Only blows ("hooks", "lefts", "punches" …),
only a verb that puts someone down ("drop", "floor", "deck", "knock down", "send down") or
falls ("fall", "go down", "crumple") and only a name knocked down (a person whatever type the
name was given: blows knock down fighters); blows landed without a knockdown ("landed 28
punches in the round") keep their reading.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_standings import _person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.claim_found import FoundClaim

__all__ = ["knockdown_blows"]

_BLOWS = frozenset(
    {"hook", "left", "right", "punch", "blow", "jab", "uppercut", "combination", "combo", "cross"}
)
# verbs that put someone down by themselves, and those that do with "down" after them
_FELLING = frozenset({"drop", "floor", "deck", "fell"})
_FELLING_DOWN = frozenset({"knock", "send", "put"})
# verbs of falling, and those that fall with "down"
_FALLING = frozenset({"fall", "crumple", "collapse", "tumble", "topple"})
_FALLING_DOWN = frozenset({"go"})
# nouns that count blows by a word before "of": "a pair of left hooks"
_GROUPS = frozenset({"pair", "couple", "series", "flurry", "barrage", "volley"})
_WORDS_TO_NOUN = 5  # how far after the figure its counted blow may be


def knockdown_blows(doc: Doc, claims: list[FoundClaim], actors: ArticleActors) -> list[FoundClaim]:
    """The claims, each count of blows that put a named fighter down given the event
    "knockdown" and that fighter as its subject (see the module doc)."""
    out = []
    for claim in claims:
        fighter = _fighter(doc, claim)
        person = None if fighter is None else _person(fighter, actors, any_type=True)
        out.append(replace(claim, event="knockdown", subject=person) if person else claim)
    return out


def _fighter(doc: Doc, claim: FoundClaim) -> Token | None:
    """The name of the fighter the claim's blows knocked down, or None."""
    counted = claim.what.split()[-1]
    if claim.unit is not None or counted not in _BLOW_PLURALS:
        return None
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return None
    end = min(len(doc), span.end + _WORDS_TO_NOUN)
    blows = next((t for t in doc[span.end : end] if t.lower_ == counted), None)
    return None if blows is None else _knocked_down(blows)


_BLOW_PLURALS = frozenset({f"{b}s" for b in _BLOWS} | {"punches", "crosses"})


def _knocked_down(blows: Token) -> Token | None:
    """The named fighter the ``blows`` put down: the faller of "fell from <blows>", the object
    of "dropped X with <blows>" or of "landed <blows> to floor X"."""
    tok = blows
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in _GROUPS:
        tok = tok.head.head  # "a pair of left hooks": the pair hangs on the verb
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and _fells(head.head):
        return _named(head.head, "dobj")
    if tok.dep_ == "pobj" and head.lower_ in {"from", "under"} and _falls(head.head):
        return _named(head.head, "nsubj")
    if tok.dep_ == "dobj" and head.lemma_.lower() == "land":
        purpose = next(
            (c for c in head.children if c.dep_ in {"advcl", "xcomp"} and _fells(c)), None
        )
        return None if purpose is None else _named(purpose, "dobj")
    return None


def _down(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _fells(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _FELLING or (lemma in _FELLING_DOWN and _down(verb)))


def _falls(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _FALLING or (lemma in _FALLING_DOWN and _down(verb)))


def _named(verb: Token, dep: str) -> Token | None:
    """The verb's ``dep`` child when it is a name; a joined verb's subject is its first
    verb's ("Ruiz tired and fell from three hooks")."""
    found = next((c for c in verb.children if c.dep_ == dep), None)
    if found is None and dep == "nsubj" and verb.dep_ == "conj":
        found = next((c for c in verb.head.children if c.dep_ == dep), None)
    return found if found is not None and found.pos_ == "PROPN" else None
