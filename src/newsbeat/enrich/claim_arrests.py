"""Arrests told with a verb of taking, and what was taken with the people arrested.

Used by :mod:`newsbeat.enrich.claims` and :mod:`newsbeat.enrich.claim_slots`:

- "nab", "collar" and "bust" take things in a theft ("thieves nabbed 12 watches") but people
  in an arrest ("the frigate nabbed 14 pirates"): with people as their object they are an
  arrest, so the count is the arrested one of "arrested 14 pirates".
- What comes "with" the people arrested is seized, not arrested: "arrested three men with 4
  kilograms of heroin", "nabbed 14 pirates with five rifles" count the heroin and the rifles
  seized. People "with" them were arrested too ("with two accomplices").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["arrest_by_taking", "arrest_verb", "taken_with"]

_TAKING = frozenset({"nab", "collar", "bust"})
_ARRESTING = frozenset({"arrest", "detain", "capture"})
# plural nouns of people an arrest takes (a nationality before them also tells people:
# "14 Somali pirates")
_PEOPLE = frozenset(
    {"people", "person", "man", "woman", "suspect", "pirate", "youth", "member", "teen",
     "teenager", "boy", "girl", "militant", "gunman", "thief", "robber", "burglar", "smuggler",
     "dealer", "fugitive", "migrant", "protester", "rioter", "insurgent", "fighter",
     "accomplice", "companion", "associate", "friend", "relative", "child", "son", "daughter",
     "wife", "husband", "brother", "sister", "other", "crew", "crewman", "crewmember"}
)  # fmt: skip


def _people(noun: Token) -> bool:
    """Whether a noun names people: a listed noun, a person or a nationality (no agent's
    ending: "revolvers", "launchers" and "containers" are seized)."""
    if noun.ent_type_ in {"PERSON", "NORP"} or noun.lemma_.lower() in _PEOPLE:
        return True
    return any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)


def arrest_by_taking(verb: Token) -> bool:
    """Whether ``verb`` is "nab", "collar" or "bust" with people as its object, an arrest
    ("nabbed 14 pirates"; not "nabbed 12 watches", a theft)."""
    if verb.lemma_.lower() not in _TAKING:
        return False
    return any(c.dep_ == "dobj" and _people(c) for c in verb.children)


def arrest_verb(verb: Token) -> bool:
    """Whether ``verb`` is an arrest: a verb of the arrest class or :func:`arrest_by_taking`."""
    return verb.lemma_.lower() in _ARRESTING or arrest_by_taking(verb)


def taken_with(noun: Token | None) -> bool:
    """Whether a counted noun is what was taken with the people arrested: the object of "with"
    on an arrest verb or on its people ("arrested three men with 4 kilograms of heroin")."""
    if noun is None or noun.dep_ not in {"pobj", "conj"}:
        return False
    while noun.dep_ == "conj":
        noun = noun.head  # "with five rifles, 9 magazines and 200 rounds"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with":
        return False
    if _people(noun):
        return False  # "arrested Tom Brell with two accomplices": they were arrested too
    owner = prep.head
    if owner.pos_ == "NOUN" and owner.dep_ == "dobj" and _people(owner):
        owner = owner.head
    return owner.pos_ == "VERB" and arrest_verb(owner)
