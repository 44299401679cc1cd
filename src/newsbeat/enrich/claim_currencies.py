"""Currencies written with their country, or glued to the figure (issue 12, recall30e).

Wire copy abroad names the dollar it means: "US$5 million" and "USD 5 million" (a US dollar,
as a bare "$" is read), "$US1 million" (Australian copy: its bare "$" is the Australian
dollar), "NZ$2m", "C$40 million", "HK$10 million"; the AP writes the euro glued to the figure,
"euro110 billion", as its wire once could not carry "€". A reader compares these sums across
outlets as any other, so each is read as one: the US dollar as ``dollars``, the euro as
``euros``, and every other dollar under its ISO code ("NZD", "CAD"), which no bare "$" of
another outlet is ever compared with (the 'dollar figures of a sum given in another
currency' rule of compare is for bare dollars, which name several currencies alike).

Only the sign and the figure are read here: what the sum is of, its hedge and its slot are
the claim reader's, as for "$5 million".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_numbers import SCALES

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["GluedSum", "glued_sum", "sign_before"]

# A dollar sign with its country, one token as the tokenizer splits it ("US$", "NZ$"), before
# the figure; the US dollar is the bare "$"'s unit, every other one its ISO code.
_SIGNS = {
    "US$": "dollars", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "C$": "CAD", "CA$": "CAD",
    "CAN$": "CAD", "HK$": "HKD", "S$": "SGD",
}  # fmt: skip
# ISO codes written before the figure, in capitals only ("USD 5 million"; "Eur" is no code).
_CODES = {
    "USD": "dollars", "EUR": "euros", "GBP": "pounds", "AUD": "AUD", "NZD": "NZD",
    "CAD": "CAD", "HKD": "HKD", "SGD": "SGD", "INR": "rupees", "Rs": "rupees", "Rs.": "rupees",
}  # fmt: skip
_FIGURE = r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# A sign glued to its figure in one token: "euro110" (AP), "EUR5", "NZ$2", "HK$10", "USD5";
# the AP's euro is lower case ("Euro2012" is a football tournament)
_GLUED = re.compile(
    r"^(?P<sign>euros?|EUR|USD|GBP|Rs\.?|(?:US|AU|A|NZ|CA|CAN|C|HK|S)\$)" + _FIGURE + r"$"
)
# "$US1 million": the tokenizer splits "$" off and leaves "US1".
_US_AFTER_DOLLAR = re.compile(r"^US" + _FIGURE + r"$")
# The claim reader's scale words after a sum, but for those no sum is written with ("euro5
# hundred", "USD5 k", "a dozen").
_SCALES = {w: v for w, v in SCALES.items() if w not in {"hundred", "k", "dozen"}}


@dataclass(frozen=True)
class GluedSum:
    """A sum whose sign and figure are one token: ``first`` the token where the figure is
    (or the "$" before "US1"), ``last`` its scale word's when one follows ("billion")."""

    first: int
    figure: int  # the token holding the digits
    last: int
    value: float
    unit: str


def sign_before(doc: Doc, first: int) -> str | None:
    """The unit of a country's dollar sign or an ISO code right before the figure at
    ``doc[first]`` ("US$5 million", "NZ$ 2m", "USD 5 million"), else None."""
    if first == 0:
        return None
    before = doc[first - 1].text
    return _SIGNS.get(before) or _CODES.get(before)


def glued_sum(doc: Doc, i: int) -> GluedSum | None:
    """The sum whose sign is glued to its figure at ``doc[i]`` ("euro110 billion", "$US1
    million", "NZ$2m"), with the scale word after it, else None."""
    tok = doc[i]
    first = i
    match = _GLUED.match(tok.text)
    if match is not None:
        sign = match.group("sign")
        unit = "euros" if sign.lower().startswith("euro") else _SIGNS.get(sign) or _CODES[sign]
    else:
        match = _US_AFTER_DOLLAR.match(tok.text)
        if match is None or i == 0 or doc[i - 1].text != "$" or doc[i - 1].whitespace_:
            return None
        first, unit = i - 1, "dollars"
    value = float(match.group("figure").replace(",", ""))
    last = i
    if i + 1 < len(doc) and (scale := _SCALES.get(doc[i + 1].lower_)) is not None:
        value *= scale
        last = i + 1
    return GluedSum(first=first, figure=i, last=last, value=value, unit=unit)
