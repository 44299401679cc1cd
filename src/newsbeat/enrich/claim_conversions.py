"""A measure's bracketed conversion: the same figure in a second unit (issue 12, conf35).

News writes a length, a mass, an area or a speed in two units, the second in brackets:
"located 1,150 kilometers (700 miles) southeast of Arden", "fell about 200 feet (60 metres)",
"winds of 120 km/h (75 mph)". ``not_claims`` leaves the bracketed figure unread (it is no
second figure: "58km (36 miles)" is one distance), so an outlet that writes only "about 940
miles" is never set against the first outlet's own miles.

:func:`bracketed_conversions` reads the bracket as the *same* claim in its other unit: the
main claim's slot (event, role, place, subject, teller, date, hedge) with the bracket's figure
and unit, its hedge's range scaled to it. It is read only when it is a conversion: both units
are units of one measure in :data:`_UNITS`, they differ, and the bracket's figure is the main
figure converted, to the rounding the compare allows a written figure ("700 miles" for
714.6: a round hundred, at most 5 %; "60 metres" for 61). Money is never read so (an
exchange rate is no fixed factor: "$US1 million ($1.52 million)"), nor a bracket whose figure
disagrees with the one before it ("10 miles (25 km)" is two figures or a slip, and reads as
neither), nor one rounded more loosely than the compare would read it ("20 kilometres (12.5
miles)": 12.43 is no 12.5 to its last digit), since it would then say more than the text.

The compare layer treats the two as one figure: they agree converted, and a dispute with
either joins one side (``compare.unit_restatements``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_counted import _counted
from newsbeat.enrich.claim_found import FoundClaim
from newsbeat.enrich.claim_numbers import parse_number
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["bracketed_conversions"]

_MILE = 1609.344
_POUND = 0.45359237
# a unit as written (its words joined, lower-case, hyphens dropped) -> (measure, base units)
_SPELLINGS: tuple[tuple[str, float, str], ...] = (
    ("length", 1000.0, "km kms kilometre kilometres kilometer kilometers"),
    ("length", 1.0, "metre metres meter meters"),
    ("length", 0.01, "cm centimetre centimetres centimeter centimeters"),
    ("length", _MILE, "mile miles"),
    ("length", 0.3048, "ft foot feet"),
    ("length", 0.9144, "yard yards"),
    ("length", 0.0254, "inch inches"),
    ("length", 1852.0, "nauticalmile nauticalmiles"),
    ("mass", 1.0, "kg kgs kilogram kilograms kilo kilos"),
    ("mass", _POUND, "lb lbs pound pounds"),
    ("mass", 1000.0, "tonne tonnes metricton metrictons"),
    ("area", 4046.8564224, "acre acres"),
    ("area", 10000.0, "hectare hectares"),
    ("area", 1e6, "sqkm squarekm squarekilometre squarekilometres squarekilometer"),
    ("area", 1e6, "squarekilometers km2"),
    ("area", _MILE**2, "sqmi squaremile squaremiles"),
    ("speed", 1.0, "km/h kmh kph kmph kilometresperhour kilometersperhour"),
    ("speed", 1.609344, "mph milesperhour"),
    ("speed", 1.852, "knot knots"),
)
_UNITS: dict[str, tuple[str, float]] = {
    word: (measure, size) for measure, size, words in _SPELLINGS for word in words.split()
}
_UNIT_WORDS = 4  # "kilometres per hour", "km / h": a unit is at most this many tokens
_SLACK = 0.05  # a round figure's implied precision, at most (compare.records.rounding_slack)


def bracketed_conversions(doc: Doc, claims: list[FoundClaim]) -> list[FoundClaim]:
    """The claims, each followed by its bracketed conversion when it has one: "1,150
    kilometers (700 miles)" gives the 1,150 km claim and the same claim in 700 miles."""
    if "(" not in doc_text(doc):
        return claims
    starts = {t.idx: t.i for t in doc}
    ends = {t.idx + len(t.text): t.i for t in doc}
    out: list[FoundClaim] = []
    for claim in claims:
        out.append(claim)
        first, last = starts.get(claim.start), ends.get(claim.end)
        if first is None or last is None or claim.low is None:
            continue
        converted = _conversion(doc, claim, first, last)
        if converted is not None:
            out.append(converted)
    return out


def _conversion(doc: Doc, claim: FoundClaim, first: int, last: int) -> FoundClaim | None:
    """The claim in its bracket's unit, or None when no conversion follows its unit."""
    figure = parse_number([t.text for t in doc[first : last + 1]])
    unit_end = _unit_end(doc, last + 1)
    if figure is None or figure <= 0 or unit_end is None:
        return None
    unit = _unit(doc, last + 1, unit_end)
    opening = unit_end
    if unit is None or opening >= len(doc) or doc[opening].text != "(":
        return None
    inner = opening + 1
    if inner >= len(doc) or not doc[inner].like_num:
        return None
    close = _unit_end(doc, inner + 1)
    other = None if close is None else _unit(doc, inner + 1, close)
    if close is None or other is None or close >= len(doc) or doc[close].text != ")":
        return None
    value = parse_number([doc[inner].text])
    if value is None or value <= 0 or other[0] != unit[0] or other[1] == unit[1]:
        return None
    if not _agrees(figure * unit[1] / other[1], value):
        return None
    what, written, _noun = _counted(doc, inner, inner)
    if not what:
        return None
    scale = value / figure
    return replace(
        claim,
        what=what,
        unit=written,
        low=None if claim.low is None else claim.low * scale,
        high=None if claim.high is None else claim.high * scale,
        start=doc[inner].idx,
        end=doc[inner].idx + len(doc[inner].text),
    )


def _unit_end(doc: Doc, i: int) -> int | None:
    """The token after the longest unit starting at ``doc[i]`` ("kilometers", "km / h",
    "square miles"), or None when none starts there."""
    for end in range(min(len(doc), i + _UNIT_WORDS), i, -1):
        if _unit(doc, i, end) is not None:
            return end
    return None


def _unit(doc: Doc, start: int, end: int) -> tuple[str, float] | None:
    """(measure, base units in one) of the unit written by ``doc[start:end]``, or None."""
    words = "".join(t.lower_ for t in doc[start:end] if t.text != "-")
    return _UNITS.get(words)


def _agrees(expected: float, written: float) -> bool:
    """Whether a bracket's figure is the expected conversion as a writer rounds it, within
    the precision the compare gives a written figure (``compare.claim_units``): half its
    last round digit, at most 5 % of it ("700" for 714.6 miles: 665 to 735), or half its last
    digit ("75 mph" for 74.6). The bracket then says no more than its figure does."""
    step = 0.0
    if written >= 10 and written == int(written):
        digits = str(int(written))
        zeros = len(digits) - len(digits.rstrip("0"))
        step = min(0.5 * 10**zeros if zeros else 0.0, _SLACK * written)
    text = repr(written)
    decimals = len(text.split(".")[1]) if "." in text and not text.endswith(".0") else 0
    return abs(expected - written) <= max(step, 0.5 * 10.0**-decimals)
