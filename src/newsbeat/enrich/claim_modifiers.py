"""Nouns before a counted noun that only modify it (used by :mod:`newsbeat.enrich.claims`):
in "dozens of sheriff's deputies", "two of the woman's children" and "two court - appointed
defense attorneys" the deputies, the children and the attorneys are counted, not the sheriff,
the woman or the court. The small parser hangs such nouns anywhere (the woman on "age", the
court on "appointed"), so the shape is read from the tokens: a noun and a possessive ending, or
a noun hyphened to a participle or an adjective, with the phrase's words after it. A plural
before a spaced hyphen is no such noun: the hyphen is a dash opening an aside ("two
contributors - former commissioner X and owner Y -" counts contributors; claims37)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["modifier_end"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_PHRASE = frozenset({"NOUN", "PROPN", "ADJ"})
_DASHES = frozenset({"-", "–"})
_MODIFYING_TAGS = frozenset({"VBN", "VBG", "JJ"})


def modifier_end(doc: Doc, i: int) -> int | None:
    """The index to read the counted noun on from when the noun at ``doc[i]`` only modifies
    what follows it ("sheriff 's deputies": the index of "deputies"; "court - appointed defense
    attorneys": of "defense"), else None."""
    n = len(doc)
    if doc[i].pos_ not in _NOUNS or i + 2 >= n:
        return None
    nxt = doc[i + 1]
    if nxt.tag_ == "POS":
        return i + 2 if doc[i + 2].pos_ in _PHRASE else None
    if nxt.text in _DASHES and doc[i].tag_ == "NNS":
        return None  # "two contributors - former commissioner X": a dash opens an aside; a
        # hyphened modifier's noun is singular ("court - appointed"; claims37)
    if nxt.text in _DASHES and i + 3 < n and doc[i + 2].tag_ in _MODIFYING_TAGS:
        return i + 3 if doc[i + 3].pos_ in _PHRASE else None
    return None
