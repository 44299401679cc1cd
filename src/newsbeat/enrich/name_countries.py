"""A company's name that ends in a country's: ``Vodafone Egypt``, ``Telecom Egypt``.

NER often tags only the country of such a name ("Egypt", GPE) and leaves the brand before it
untagged, or tags the brand a place of its own; the speaker of ``Vodafone Egypt said`` then
reads "Egypt". :func:`company_of_country` joins a capitalised proper noun written right before
a country, as a compound of it, into one organisation's span. A first name ("Michael
Jordan"), a title, a compass word ("South Korea" is one country) or a month is no brand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import TITLE_WORDS, known_place, lookup_country
from newsbeat.enrich.doc_arrays import alphas, dep_id, doc_arrays, heads, lowers, pos_id, texts
from newsbeat.enrich.names import is_first_name
from newsbeat.enrich.number_names import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["company_of_country"]

_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"upper", "lower", "central", "new", "greater", "republic", "kingdom", "democratic"}
)


_BRAND_WORDS = 3  # "Daily News Egypt"
_NOT_BRAND = TITLE_WORDS | MONTHS | WEEKDAYS  # words of a title or a date


def _brand(doc: Doc, i: int, country: int) -> bool:
    """Whether token ``i`` can be a word of a brand written before the country (token
    ``country``): a capitalised proper noun the parse makes a compound within the name, no
    first name, title, compass word, month or place. Read from the doc's columns."""
    arrays, word, low = doc_arrays(doc), texts(doc)[i], lowers(doc)[i]
    return (
        arrays.pos[i] == pos_id("PROPN")
        and arrays.dep[i] == dep_id("compound")
        and i < heads(doc)[i] <= country
        and alphas(doc)[i]
        and word[:1].isupper()
        and low not in _PLACE_WORDS
        and low not in _NOT_BRAND
        and not is_first_name(word)
        and not known_place(word)
    )


def company_of_country(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, a one-word country span with a brand right before it (untagged, or a
    one-word span of its own) made one organisation's span."""
    out: list[Span] = []
    for ent in ents:
        first = _brand_start(doc, ent)
        joined = None if first is None else doc.char_span(doc[first].idx, ent.end_char, "ORG")
        if joined is None:
            out.append(ent)
            continue
        while out and out[-1].end > joined.start:
            out.pop()  # the brand's own span ("Telecom", GPE) gives way
        out.append(joined)
    return out


def _brand_start(doc: Doc, ent: Span) -> int | None:
    """The index of the first word of a brand written right before a one-word country span
    (``Daily News`` of "Daily News Egypt"), or None."""
    if ent.label_ != "GPE" or len(ent) != 1 or lookup_country(ent.text) is None:
        return None
    first = None
    for j in range(ent.start - 1, max(ent.start - 1 - _BRAND_WORDS, -1), -1):
        if not doc_arrays(doc).spacy[j] or not _brand(doc, j, ent.start):
            break
        first = j
    return first
