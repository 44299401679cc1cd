"""Common nouns written with a capital (issue 12, entities).

NER takes a capitalised common noun for a name: a car's body style ("the Coupe", "the
Concept"), a word of a heading or a quote's first word ("Quarantined", "Coach (Frank) Vogel"),
a document's word ("Roadmap"). When the same article also writes that word in lower case as a
word of its own ("the coupe", "the head coach"), the capital is the sentence's or the
heading's, and the word names no one. A word that is a first name, a place, a listed company,
has a role or title, or acts (a verb's subject, an owner: "Target said", "Target's stores")
is left alone, as is a word the text only ever joins to another with a hyphen ("neo-banks"
says nothing about "Neo").

A common noun written in capitals inside a title in capitals ("BOY" of "ABOUT A BOY") is no
organisation either: a one-word "organisation" whose every mention has a small word of a
title in capitals beside it ("A", "THE", "OF"). "ICE agents" and "the IMF" keep their
organisations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_table import ArticleActors, known_place
from newsbeat.enrich.name_context import standalone_occurrences
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["drop_common_words", "drop_shouted_title_words"]

_ARTICLE = re.compile(r"(?:^|\s)(?:an?|An?)\s$")
_TYPES = frozenset({"ORG", "PERSON", "GPE", "LOC"})
_ACTING = frozenset({"nsubj", "nsubjpass", "poss"})
# Small words of a title that stand beside its nouns when the whole is written in capitals.
_TITLE_SMALL_WORDS = frozenset(
    {"A", "AN", "THE", "OF", "ABOUT", "AND", "IN", "ON", "TO", "FOR", "WITH", "FROM", "MY", "OUR"}
)


def drop_common_words(doc: Doc, table: ArticleActors) -> None:
    """Drop the one-word actors of the module docstring, in place."""
    _drop_articled_people(table)
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    nouns = common_nouns(doc)
    gone = {
        name
        for name, info in table.actors.items()
        if info.type in _TYPES and not info.roles and _a_common_word(name, table.text, nouns)
    }
    gone -= {
        m.actor
        for m in table.mentions
        if m.actor in gone and (m.title or _acts(doc, m.start, m.end))
    }
    table.drop_actors(gone)


def _drop_articled_people(table: ArticleActors) -> None:
    """The indefinite article's rule of the module docstring, in place."""
    gone = {
        name
        for name, info in table.actors.items()
        if info.type == "PERSON"
        and not info.roles
        and name.isalpha()
        and not is_first_name(name)
        and table.every_mention(
            name,
            lambda m: not m.title and _ARTICLE.search(table.text, max(0, m.start - 4), m.start),
        )
    }
    table.drop_actors(gone)


def _acts(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention is a verb's subject or an owner ("Target said", "Target's
    stores"): a company named with a word acts; a body style does not."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in _ACTING


def _a_common_word(name: str, text: str, nouns: frozenset[str]) -> bool:
    if " " in name or not name.isalpha() or not name[:1].isupper() or name.isupper():
        return False
    low = name.lower()
    if low not in nouns or is_first_name(name) or is_known_company(name):
        return False
    if known_place(name):
        return False
    return bool(standalone_occurrences(text, low))


def drop_shouted_title_words(doc: Doc, table: ArticleActors) -> None:
    """Drop the common nouns of titles in capitals (see the module docstring), in place."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    shouted = [
        name
        for name, info in table.actors.items()
        if info.type == "ORG" and not info.roles and name.isalpha() and name.isupper()
    ]
    if not shouted:
        return
    nouns = common_nouns(doc)
    gone = {
        name
        for name in shouted
        if name.lower() in nouns
        and all(
            _beside_small_word(table.text, m.start, m.end)
            for m in table.mentions
            if m.actor == name
        )
    }
    table.drop_actors(gone)


def _beside_small_word(text: str, start: int, end: int) -> bool:
    """Whether the word before or after the span is a small word of a title in capitals."""
    before = text[max(0, start - 8) : start].split()
    after = text[end : end + 8].split()
    return bool(
        (before and text[start - 1] == " " and before[-1] in _TITLE_SMALL_WORDS)
        or (after and text[end : end + 1] == " " and after[0] in _TITLE_SMALL_WORDS)
    )
