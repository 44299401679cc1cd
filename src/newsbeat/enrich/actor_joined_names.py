"""One span of two names joined by "and": two people or places, not one actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import clean_name, lookup_country
from newsbeat.enrich.doc_text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span


_ORG_ENDINGS = frozenset(
    {"union", "party", "company", "authority", "group", "bank", "council", "association", "inc"}
)


def _two_named_together(ent: Span) -> bool:
    """Two one-word names joined by "and" are two actors when NER calls them one person (no
    one is called "Haldis and Straumen") or when "between" comes first ("an alliance between
    Kaldria and Sorvenland"). Organisations named so ("Smith and Company") stay one."""
    parts = span_text(ent).split(" and ")
    if len(parts) != 2 or lookup_country(span_text(ent)) is not None:
        return False
    words = [clean_name(p).split() for p in parts]
    if not all(len(w) == 1 and w[0][:1].isupper() for w in words):
        return False
    if words[1][0].lower() in _ORG_ENDINGS or words[1][0].lower() in {"company", "sons", "co"}:
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent.label_ == "PERSON" or before == "between"


def _place_pair(text: str, label: str, places: set[str]) -> bool:
    """ "Kaldria and Sorvenland" tagged as one entity: two places, not one. Not a country of
    that form ("Trinidad and Tobago"), not an organisation ("National Rail and Dock Union",
    "Procter and Gamble"): an ORG splits only when a part is a place of the article or a
    country."""
    parts = text.split(" and ")
    if len(parts) != 2 or lookup_country(text) is not None:
        return False
    for part in parts:
        words = clean_name(part).split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
            return False
        if words[-1].lower() in _ORG_ENDINGS:
            return False
    if label in {"GPE", "LOC"}:
        return True
    return any(clean_name(p) in places or lookup_country(p) is not None for p in parts)
