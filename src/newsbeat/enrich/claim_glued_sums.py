"""The claim of a sum whose currency sign is glued to its figure ("euro110 billion", "$US1
million"; the signs are :mod:`newsbeat.enrich.claim_currencies`'s)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_counted import _counted, _per_unit
from newsbeat.enrich.claim_currencies import GluedSum, glued_sum
from newsbeat.enrich.claim_found import FoundClaim, _claim
from newsbeat.enrich.claim_hedges import _hedge, _range
from newsbeat.enrich.claim_tables import in_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["glued_sum_claim"]


def glued_sum_claim(
    doc: Doc, text: str, i: int, actors: ArticleActors, quotes: list[FoundQuote]
) -> tuple[GluedSum, FoundClaim | None] | None:
    """The sum glued to its sign at ``doc[i]`` and its claim, read as "$5 million" is: what
    it is of ("a euro110 billion loan package": the package), its hedge ("about euro110
    billion"), its slot. None when ``doc[i]`` holds no such sum; the claim None when the sum
    is in a table."""
    found = glued_sum(doc, i)
    if found is None:
        return None
    if in_table(doc, text, found.first):
        return found, None
    what, _, noun = _counted(doc, found.figure, found.last)
    unit = found.unit
    if noun is None and (per := _per_unit(doc, found.last)) is not None:
        unit = what = f"{unit} per {per}"  # "euro345 a month": a rate, as "€345 a month" is
    low, high, exact, hedge = _range(found.value, _hedge(doc, found.first))
    claim = _claim(
        doc,
        found.first,
        found.last,
        what or unit,
        unit,
        low,
        high,
        exact,
        actors,
        quotes,
        noun=noun,
        hedge=hedge,
    )
    return found, claim
