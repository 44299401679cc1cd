"""Surnames listed with a person's name: people (issue 12, entities; ents37).

Sports copy lists commentators or team-mates by one word each: "The HBO team today was
Lampley, Kellerman and Lennox" — NER types all three organisations, and only "Lennox" is
named elsewhere (Lennox Lewis). In a list of three single capitalised words or more joined by
commas and a last "and", where one word is a mention of a person the article names in full,
every other word that is a one-word organisation or group with that single mention, no
place, country or listed company, no common noun and no initialism, is a person too.

Guards: a list with a word of two or more ("Orsk Labs, Velmor and Brask"), a member named
again elsewhere (its other mentions decide), a known company or place, a member typed a place
and a person known by one word only ("the villages were Gabardin, Tonban and Khaldin", one
village typed PERSON).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_common_nouns import _nouns
from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import known_place, lookup_country

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["type_listed_surnames"]

_COMMA = re.compile(r",[ \t]+")
_LAST = re.compile(r",?[ \t]+and[ \t]+")
_OTHERS = frozenset({"ORG", "NORP"})
_MIN_LIST = 3


def _lists(table: ArticleActors) -> list[list[MentionRef]]:
    """Runs of mentions joined by commas and closed by "and" ("A, B and C")."""
    text = table.text
    ordered = sorted(table.mentions, key=lambda m: m.start)
    runs: list[list[MentionRef]] = []
    run: list[MentionRef] = []
    for m in ordered:
        if run and _COMMA.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        if run and _LAST.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            if len(run) >= _MIN_LIST:
                runs.append(run)
            run = []
            continue
        run = [m]
    return runs


def type_listed_surnames(doc: Doc, table: ArticleActors) -> None:
    """Type the listed surnames of the module docstring PERSON, in place."""
    if " and " not in table.text:
        return
    nouns = _nouns(doc)
    for run in _lists(table):
        words = [table.text[m.start : m.end] for m in run]
        if any(" " in w or not w[:1].isupper() or w.isupper() for w in words):
            continue
        if not any(m.label == "PERSON" and " " in m.actor for m in run):
            continue  # a person the article names in full ("Lennox" of "Lennox Lewis")
        others = [m for m in run if m.label != "PERSON"]
        if all(_a_lone_surname(table, m, nouns) for m in others):
            for m in others:
                retype_actor(table, m.actor, "PERSON")


def _a_lone_surname(table: ArticleActors, m: MentionRef, nouns: frozenset[str]) -> bool:
    info = table.actors.get(m.actor)
    name = m.actor
    return (
        info is not None
        and info.type in _OTHERS
        and info.mentions == 1
        and info.iso3 is None
        and not known_place(name)
        and lookup_country(name) is None
        and not is_known_company(name)
        and name.lower() not in nouns
    )
