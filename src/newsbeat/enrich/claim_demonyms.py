"""The plural after a people's adjective that the tagger made a verb: "captured 26 Somani
brigands" counts brigands, not Somani (issue 12, recall30e; read29 found what='somani').

A figure before a people's adjective ("26 Somali pirates") counts the noun after it. When the
adjective is one the tagger does not know (a misspelling, a rare people), it takes it for the
noun and the plural after it for a verb ("brigands" as VBZ); the plural is still what is
counted: an adjective of a people in the singular form is no count of people ("26 Somalis"
would be)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["plural_after_demonym"]


def plural_after_demonym(doc: Doc, last: int, noun: Token) -> str | None:
    """The plural the figure ending at ``last`` counts when ``noun`` right after it is a
    people's adjective (a capitalised proper noun, not itself a plural, that NER calls a
    people or the figure counts) and the word after it a lower-case plural the tagger made a
    verb; else None."""
    if noun.i != last + 1 or not noun.is_title or noun.tag_ != "NNP":
        return None
    if noun.ent_type_ != "NORP" and doc[last].head.i != noun.i:
        return None  # an unknown people NER may call a person: the figure still counts it
    if noun.lower_.endswith("s") or noun.i + 1 >= len(doc):
        return None
    after = doc[noun.i + 1]
    if after.tag_ != "VBZ" or not after.is_lower or not after.is_alpha:
        return None
    if not after.lower_.endswith("s") or after.lower_.endswith("ss"):
        return None
    return after.lower_
