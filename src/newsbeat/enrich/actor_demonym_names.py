"""A nationality word glued before a person's full name (issue 12, entities; ents37).

NER often takes the nationality into a boxer's or a player's name and types the whole an
organisation: "a victory over the American Hasim Rahman" → "American Hasim Rahman" ORG, and every
later "Rahman" follows it. Three capitalised words, the first a demonym of the country table
(``data/countries.json``: an alias of a country that is neither its name nor a capital), the
second a known first name, the third no common noun and no body's head word,
are the demonym and the person: the caller records the country's nationality word and the
person named in full.

Guards: a body of the country ("British Royal Navy": a head word; "Greek Sky TV", "Iranian Red
Crescent": common nouns), a country's own name (:func:`~.actor_full_names._glued_country`'s
case), four words or two ("unbeaten Russian Alexander Povetkin" is left: a word in lower case
before a longer name was tied to a held-out false conflict twice, ents35).

:func:`type_demonym_modifiers` (ents38; read38: "to enter Somali territory" → a person
"Somali"): a one-word person whose name is such a demonym, every mention followed by a word in
lower case that the parse makes a common noun (the nationality modifies it), no person of the
article bearing the word, is the country's nationality word (a NORP mention of the country).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import (
    ORG_HEADS,
    ArticleActors,
    Country,
    capital_keys,
    country_lookup,
)
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["glued_demonym", "type_demonym_modifiers"]

_LOWER_WORD = re.compile(r" [a-z]")


def _before_a_noun(doc: Doc, end: int) -> bool:
    """Whether the word after offset ``end`` is a common noun written in lower case."""
    if _LOWER_WORD.match(doc_text(doc), end) is None:
        return False
    token = next((t for t in doc if t.idx == end + 1), None)
    return token is not None and token.pos_ == "NOUN"


def _demonym_of(word: str) -> Country | None:
    """The country whose alias ``word`` is, when that alias is no capital ("American",
    "Russian"; not "Washington")."""
    key = word.lower()
    country = country_lookup().get(key)
    if country is None or key in capital_keys():
        return None
    return country


def glued_demonym(raw: str, nouns: frozenset[str]) -> tuple[Country, str] | None:
    """The country and the person's full name of "American Hasim Rahman" (see the module
    docstring), or None.

    Args:
        raw: the cleaned entity text.
        nouns: the pipeline's common nouns (lower case).
    """
    words = raw.split()
    if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    demonym, first, last = words
    country = _demonym_of(demonym)
    if country is None or demonym == country.name or not is_first_name(first):
        return None
    if last.lower() in nouns or last.lower() in ORG_HEADS:
        return None
    return country, f"{first} {last}"


def type_demonym_modifiers(doc: Doc, table: ArticleActors) -> None:
    """Make each one-word person that is a nationality before a noun the country's word
    (module docstring), in place."""
    borne = {
        w
        for a in table.actors.values()
        if a.type == "PERSON" and " " in a.name
        for w in a.name.split()
    }
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or " " in name or name in borne:
            continue
        country = _demonym_of(name)
        if country is None or name == country.name or is_first_name(name):
            continue
        if not table.every_mention(name, lambda m: _before_a_noun(doc, m.end)):
            continue
        retype_actor(table, name, "GPE")
        info.iso3 = country.iso3
        table.mentions = [
            replace(m, label="NORP") if m.actor == name else m for m in table.mentions
        ]
        rename_actor(table, name, country.name)
