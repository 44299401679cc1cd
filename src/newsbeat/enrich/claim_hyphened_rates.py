"""A sum hyphened to its period: "Orsk's $6.99-a-month service" (claims39).

"$5,000 a month" is read as a rate (dollars per month), but the same rate written as one
modifier, its words joined by hyphens, was taken for a code (a letter after the hyphen) and
then for a sum counting the noun after it ("service"). Here the hyphens are read through: a
sum followed by "-a-" or "-an-" and a unit of time is that many of its unit per that period.
Used by :mod:`newsbeat.enrich.claim_counted` (the rate) and :mod:`newsbeat.enrich.not_claims`
(no code).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["HYPHENED_RATE", "hyphened_rate"]

# the text right after a figure: "-a-month", "-an-hour"
HYPHENED_RATE = re.compile(r"^-an?-(year|month|week|day|night|hour)(?![A-Za-z])", re.IGNORECASE)


def hyphened_rate(doc: Doc, last: int) -> str | None:
    """The period ("month") of a rate hyphened to the figure ending at ``last``, else None."""
    tok = doc[last]
    end = tok.idx + len(tok.text)
    found = HYPHENED_RATE.match(doc_text(doc)[end : end + 12])
    return found.group(1).lower() if found else None
