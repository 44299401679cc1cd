"""A surname alone typed a body, a group or a place, whose one bearer a later pass made a
person (issue 12, entities; ents37).

The main pass folds a bare surname into the person the article names in full with it, but only
when NER typed that full name a person. When NER typed it a place ("Wladimir Klitschko" GPE)
and a later pass made it a person (:mod:`~.actor_people_as_places`), the bare surname stays
what NER called it: "Klitschko used his great jab" NORP beside the PERSON "Wladimir
Klitschko". After every typing pass, a one-word ORG, NORP, GPE or LOC actor that is the
surname of exactly one person named in full is that person: its mentions fold into the full
name, typed PERSON. So is a known first name of exactly one person named in full, when no
person bears it as a surname ("Lennox" ORG, a commentator, beside "Lennox Lewis").

Guards (as :mod:`~.actor_single_names`): a country, a capital or a US state ("Jordan"), or
for a word typed a place any place of the gazetteer, a
listed company, a word the text also writes in lower case ("the church" beside "Frank Church"),
a body named after the word ("Ford Motor"), two bearers, and another known first name written before
the surname anywhere in the text ("Vitali Klitschko" beside "Wladimir Klitschko") or a word for
a brother or a sister (a family of the surname: the bare word may be either).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import known_place
from newsbeat.enrich.name_context import written_as_word
from newsbeat.enrich.names import is_first_name, place_kind, surname

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["fold_lone_surnames"]

_RETYPED = frozenset({"ORG", "NORP", "GPE", "LOC"})
_SIBLINGS = re.compile(r"\b(?:brothers?|sisters?|siblings?)\b", re.IGNORECASE)
_FAMILY_ENDS = frozenset({"family", "families", "clan"})
_STATES = frozenset({"country", "capital", "state"})


def fold_lone_surnames(table: ArticleActors) -> None:
    """Fold the lone surnames of the module docstring into their bearer, in place."""
    bearers: dict[str, list[str]] = {}
    firsts: dict[str, list[str]] = {}
    for name, info in table.actors.items():
        if info.type == "PERSON" and len(name.split()) >= 2:
            bearers.setdefault(surname(name), []).append(name)
            firsts.setdefault(name.split()[0], []).append(name)
    for name, info in list(table.actors.items()):
        if info.type not in _RETYPED or info.iso3 is not None or " " in name:
            continue
        found = bearers.get(name, [])
        if not found and is_first_name(name):
            found = firsts.get(name, [])  # "Lennox" ORG beside "Lennox Lewis"
        if len(found) != 1 or not _only_a_surname(table, name, found[0]):
            continue
        table.mentions = [
            replace(m, label="PERSON") if m.actor == name else m for m in table.mentions
        ]
        rename_actor(table, name, found[0])


def _only_a_surname(table: ArticleActors, name: str, bearer: str) -> bool:
    """No place, company, word of the language, body named after it, or family of it."""
    text = table.text
    if is_known_company(name) or written_as_word(text, name.lower()):
        return False
    kind = table.actors[name].type
    if known_place(name) if kind in {"GPE", "LOC"} else place_kind(name) in _STATES:
        return False  # a town of the gazetteer typed a body is still a person's name
    if _SIBLINGS.search(text):
        return False
    for other, info in table.actors.items():
        words = other.split()
        named_after = info.type != "PERSON" and len(words) >= 2 and words[0] == name
        if named_after and words[-1].lower() not in _FAMILY_ENDS:
            return False  # "Ford" beside "Ford Motor" (not "the Ortiz family")
    words = bearer.split()
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", text):
        if m.group(1) not in words and is_first_name(m.group(1)):
            return False  # "Vitali Klitschko" beside "Wladimir Klitschko"
    return True
