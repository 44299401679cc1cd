"""One quantity in two units: durations, temperatures, lengths, masses, areas, volumes, speeds.

"More than four years" and "four and a half months" are one quantity (a time served) in two
units; so are "-20C" and "-4F", "fell about 200 feet" and "fell 60 metres", "5,000 acres" and
"2,000 hectares". A comparison groups claims by their *dimension* (the unit's quantity) and
compares two claims of different units converted to one base:

* durations in **days**: every duration unit news uses converts to it, the exact ones (hours,
  weeks) exactly and the calendar ones within their real bounds: a month is 28 to 31 days, a
  year 365 to 366. Months would need fractions for weeks and days, and no bound would be
  exact; in days, "136 days" stays inside "four and a half months" (126 to 139.5 days) and is
  no disagreement, while "more than four years" (1,460 days or more) is one;
* temperatures in **degrees Celsius** (Fahrenheit by the usual formula); a temperature whose
  scale the text does not name (``degrees``) is its own unit, compared with unnamed ones only;
* lengths in **metres**, masses in **kilograms**, areas in **square metres**, volumes in
  **litres** and speeds in **kilometres per hour**. A unit that is two sizes gets both as its
  bounds, as a month does: a "ton" is a short ton in US copy and a long ton in British (907 to
  1,016 kg), a gallon a US or an imperial one (3.785 to 4.546 litres). "Square" and "cubic"
  before a length make it an area or a volume, "nautical" a mile of 1,852 metres (the claims
  layer reads "30 square miles" and "13 nautical miles" in miles); a pound is a mass only
  where its sentence weighs something and names no money.

Enrich gives some measures no unit and counts the measure word instead ("200 feet" counts
feet, as "5,000 acres" counts acres): :func:`unit_head` reads that word as the unit.
Two claims of one unit are compared as they are (their implied precision unchanged).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from newsbeat.compare.records import CompareOptions, _head, _singular, _tokens, unit_prefix
from newsbeat.models import Claim

__all__ = [
    "CONVERTED_APART",
    "comparable",
    "dimension",
    "implied_range",
    "measure_words",
    "same_unit",
    "unit_head",
]

# unit head (singular, as compare's facts fold it) -> (fewest, most) days in one of it
_DAYS = {
    "minute": (1 / 1440, 1 / 1440),
    "hour": (1 / 24, 1 / 24),
    "day": (1.0, 1.0),
    "week": (7.0, 7.0),
    "month": (28.0, 31.0),
    "year": (365.0, 366.0),
}
_TEMPERATURES = frozenset({"celsius", "fahrenheit"})
# metres in one of a length unit, as enrich writes the unit or (no unit) the counted word
_METRES = {
    "millimetre": 0.001, "millimeter": 0.001, "mm": 0.001,
    "centimetre": 0.01, "centimeter": 0.01, "cm": 0.01,
    "metre": 1.0, "meter": 1.0,
    "kilometre": 1000.0, "kilometer": 1000.0, "km": 1000.0,
    "inch": 0.0254, "feet": 0.3048, "ft": 0.3048,
    "yard": 0.9144, "mile": 1609.344,
}  # fmt: skip
_POUND = 0.45359237
# unit head -> (dimension, fewest, most) of its base unit in one of it
_SCALES: dict[str, tuple[str, float, float]] = {
    **{unit: ("duration", *days) for unit, days in _DAYS.items()},
    **{unit: ("length", metres, metres) for unit, metres in _METRES.items()},
    "gram": ("mass", 0.001, 0.001),
    "kilogram": ("mass", 1.0, 1.0),
    "kg": ("mass", 1.0, 1.0),
    "tonne": ("mass", 1000.0, 1000.0),
    "ton": ("mass", 2000 * _POUND, 2240 * _POUND),  # a short or a long ton
    "lb": ("mass", _POUND, _POUND),  # also a pound that is a mass (_weighed)
    "lbs": ("mass", _POUND, _POUND),
    "ounce": ("mass", _POUND / 16, _POUND / 16),
    "acre": ("area", 4046.8564224, 4046.8564224),
    "hectare": ("area", 10000.0, 10000.0),
    "litre": ("volume", 1.0, 1.0),
    "liter": ("volume", 1.0, 1.0),
    "gallon": ("volume", 3.785411784, 4.54609),  # a US or an imperial gallon
    "kilometres per hour": ("speed", 1.0, 1.0),
    "miles per hour": ("speed", 1.609344, 1.609344),
    "mph": ("speed", 1.609344, 1.609344),
    "kph": ("speed", 1.0, 1.0),
    "knot": ("speed", 1.852, 1.852),
}
_SCALES["nautical mile"] = ("length", 1852.0, 1852.0)  # never a statute mile
for _unit, _metres in _METRES.items():  # "30 square miles", "500 cubic metres"
    _SCALES[f"square {_unit}"] = ("area", _metres**2, _metres**2)
    _SCALES[f"cubic {_unit}"] = ("volume", 1000 * _metres**3, 1000 * _metres**3)
_BASES = {
    "duration": "days",
    "length": "metres",
    "mass": "kilograms",
    "area": "square metres",
    "volume": "litres",
    "speed": "kilometres per hour",
}
# A pound is money beside these ("£", "pounds of public money"), else a mass when it is a
# weight ("weighed 180 pounds") or an amount of some stuff ("50 pounds of cocaine", "a
# 300-pound bomb").
_MONEY = re.compile(
    r"£|\bsterling\b|\bpence\b|\bgbp\b|\bpounds? of (?:public |taxpayers\W* )?"
    r"(?:money|cash|funding|funds)\b",
    re.IGNORECASE,
)
_AMOUNT_OF = re.compile(r"\bpounds? of\b|\d-pound\b", re.IGNORECASE)


def dimension(unit: str) -> str:
    """The quantity a unit head measures ("duration", "temperature", "length", "mass", "area",
    "volume", "speed"), else the unit itself."""
    if unit in _SCALES:
        return _SCALES[unit][0]
    if unit in _TEMPERATURES:
        return "temperature"
    return unit


def unit_head(claim: Claim) -> str:
    """The unit a claim is measured in, folded singular: its unit's head ("metre", "year",
    "kilometres per hour"), or for a claim without a unit the measure word it counts ("feet",
    "acre"); "square mile" when its sentence writes the length squared, "lb" for a pound its
    sentence weighs (a pound of money stays "pound")."""
    if (claim.unit or "").lower() in _TEMPERATURES:
        return (claim.unit or "").lower()  # "celsius" is no plural
    head = _head(claim.unit)
    if not claim.unit:
        words = _tokens(claim.what)
        first = _singular(words[0]) if len(words) == 1 else ""
        first = "feet" if first == "foot" else first  # "a 6-foot man", "6 feet tall": one unit
        # a duration enrich gives no unit is no duration it read ("a year" as a count)
        head = first if dimension(first) not in {first, "duration"} else ""
    if head in _METRES and (prefix := unit_prefix(claim)):
        return f"{prefix} {head}"
    if head == "pound" and _weighed(claim):
        return "lb"
    return head


def _weighed(claim: Claim) -> bool:
    """Whether a claim in pounds is a mass: a weight or an amount of stuff, no money named."""
    return (claim.event == "weigh" or bool(_AMOUNT_OF.search(claim.sentence))) and not (
        _MONEY.search(claim.sentence)
    )


def measure_words(claim: Claim) -> int:
    """How many first words of what a converted claim counts spell its unit ("feet": 1,
    "kilometres per hour": 3; 0 when it counts something else, as "depth" in km does)."""
    head = unit_head(claim)
    if dimension(head) == head:
        return 0
    words = [_singular(w) for w in _tokens(claim.what)]
    if words[:1] == ["foot"]:
        words[0] = "feet"  # "a 170,000-square-foot building": the unit head folds it so
    if " ".join(_tokens(claim.what)) == head:
        return len(words)  # a speed: "kilometres per hour"
    if words and (words[0] == head.split()[-1] or words[0] == _head(claim.unit)):
        return 1
    return 0


def same_unit(a: Claim, b: Claim) -> bool:
    """Whether two claims are written in one unit (no conversion needed)."""
    return unit_head(a) == unit_head(b)


_STATED_EXACTLY = frozenset({"age", "weigh"})  # events whose round figures are not rounded


def implied_range(claim: Claim, slack: float) -> tuple[float, float]:
    """The range a claim covers, with the implied precision of a round exact figure.

    An age is a count of whole years stated exactly, never a rounded estimate: "60-year-old"
    is 60, not 57 to 63 (a hedged age keeps its hedge's range: "nearly 60"); so is a person's
    weight in a description ("5-foot-8, weighing 130 pounds" is 130, not 125 to 135: the
    description gives it as read, and another outlet's 135 is another figure).
    """
    low = -math.inf if claim.low is None else claim.low
    high = math.inf if claim.high is None else claim.high
    if claim.event in _STATED_EXACTLY:
        return low, high
    if claim.exact and claim.low is not None and claim.high is not None and low == high:
        value = abs(low)
        if value >= 10 and value == int(value):
            digits = str(int(value))
            zeros = len(digits) - len(digits.rstrip("0"))
            half_step = 0.5 * 10**zeros if zeros else 0.0
            widen = min(half_step, slack * value)
            low, high = low - widen, high + widen
    return low, high


def _in_base(claim: Claim, opts: CompareOptions) -> Claim:
    """The claim's range in the base unit of its dimension (a range, never exact).

    A measure converted by its writer is rounded to its last digit ("15 miles (24 km)", "13
    nautical miles" and "24km"): an exact length, mass, area, volume or speed covers half a unit
    of its last digit either side, as well as its round figure's implied precision. Durations
    and temperatures keep the latter alone ("18 years" is no 17.5 to 18.5 years).
    """
    unit = unit_head(claim)
    low, high = implied_range(claim, opts.rounding_slack)
    figure = claim.low if claim.exact and claim.low == claim.high else None
    if dimension(unit) in _ROUNDED and figure is not None:
        half = _half_digit(figure)
        low, high = min(low, figure - half), max(high, figure + half)
    if unit in _SCALES:
        _, fewest, most = _SCALES[unit]
        low, high = low * (fewest if low >= 0 else most), high * (most if high >= 0 else fewest)
    elif unit == "fahrenheit":
        low, high = (low - 32) * 5 / 9, (high - 32) * 5 / 9
    return replace(
        claim,
        low=None if low == float("-inf") else low,
        high=None if high == float("inf") else high,
        exact=False,
        unit=_BASES.get(dimension(unit), "celsius"),
    )


_ROUNDED = frozenset({"length", "mass", "area", "volume", "speed"})
# The measures whose figures are compared converted when told whether they are too far apart
# to count one thing: a metric prefix alone moves a figure a thousandfold. A duration is
# compared as written: "more than four years" against "four and a half months" is one
# prison term two outlets disagree about (a gold conflict), not two things.
CONVERTED_APART = _ROUNDED


def _half_digit(value: float) -> float:
    """Half a unit of a figure's last digit: 0.5 for 24, 0.05 for 1.2."""
    text = repr(abs(value))
    decimals = len(text.split(".")[1]) if "." in text and not text.endswith(".0") else 0
    return 0.5 * 10.0**-decimals


def comparable(a: Claim, b: Claim, opts: CompareOptions) -> tuple[Claim, Claim]:
    """Two claims of one dimension as they can be compared: as written when their unit is
    the same, else both converted to the dimension's base unit."""
    if same_unit(a, b) or dimension(unit_head(a)) != dimension(unit_head(b)):
        return a, b
    return _in_base(a, opts), _in_base(b, opts)
