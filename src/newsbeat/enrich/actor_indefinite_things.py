"""A "place" written as one of many or as a verb: a thing, no place (issue 12, entities; ents37).

NER types a device named by a brand a place: "officers had to use a Taser to subdue him",
"they had to Taser him" — "Taser" GPE in nine articles of one story. A place is never one of
many ("a Taser") nor done to someone ("to Taser him"). A one-word GPE or LOC actor that no
gazetteer or country table knows is a thing when every mention outside a headline is written
after "a" or "an" and ends its phrase (no noun, name or adjective after it: "a Taser to subdue
him", not "a Kessvik man"), or between "to" and an object pronoun ("to Taser him"), and at
least one mention is.

Guards: a known place ("a Paris court" is never read: the gazetteer knows Paris), a word of
the phrase after the mention ("a Kessvik man", "a Kessvik Council spokesman"), a mention
written otherwise ("in Kessvik"), an organisation or a person (makes and models are
:mod:`~newsbeat.enrich.actor_things`' question).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import known_place, lookup_country
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["drop_indefinite_things"]

_PLACES = frozenset({"GPE", "LOC"})
_ONE_OF_MANY = re.compile(r"\b(?:a|an)[ \t]+\Z")
_TO = re.compile(r"\bto[ \t]+\Z")
_PHRASE_GOES_ON = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_OBJECT_AFTER = re.compile(r"[ \t]+(?:him|her|them|it|me|us|you)\b")


def _a_thing(doc: Doc, after: dict[int, str], m: MentionRef) -> bool:
    """ "a Taser" ending its phrase, or "to Taser him" (``after``: the part of speech of the
    token that starts at each character offset)."""
    text = doc_text(doc)
    before = max(0, m.start - 4)
    if _ONE_OF_MANY.search(text, before, m.start) is not None:
        nxt = len(text[m.end :]) - len(text[m.end :].lstrip(" \t")) + m.end
        return after.get(nxt) not in _PHRASE_GOES_ON
    return _TO.search(text, before, m.start) is not None and bool(_OBJECT_AFTER.match(text, m.end))


def drop_indefinite_things(doc: Doc, table: ArticleActors) -> None:
    """Drop the things of the module docstring, in place."""
    gone: set[str] = set()
    after: dict[int, str] | None = None
    for name, info in table.actors.items():
        if info.type not in _PLACES or " " in name or info.iso3 is not None:
            continue
        if known_place(name) or lookup_country(name) is not None:
            continue
        body = [m for m in table.mentions if m.actor == name and not table.in_headline(m.start)]
        if after is None:
            after = {t.idx: t.pos_ for t in doc}
        if body and all(_a_thing(doc, after, m) for m in body):
            gone.add(name)
    if gone:
        table.drop_actors(gone)
