"""One quantity in two units: durations in days, temperatures in degrees Celsius.

"More than four years" and "four and a half months" are one quantity (a time served) in two
units; so are "-20C" and "-4F". A comparison groups claims by their *dimension* (the unit's
quantity) and compares two claims of different units converted to one base:

* durations in **days**: every duration unit news uses converts to it, the exact ones (hours,
  weeks) exactly and the calendar ones within their real bounds: a month is 28 to 31 days, a
  year 365 to 366. Months would need fractions for weeks and days, and no bound would be
  exact; in days, "136 days" stays inside "four and a half months" (126 to 139.5 days) and is
  no disagreement, while "more than four years" (1,460 days or more) is one;
* temperatures in **degrees Celsius** (Fahrenheit by the usual formula); a temperature whose
  scale the text does not name (``degrees``) is its own unit, compared with unnamed ones only.

Two claims of one unit are compared as they are (their implied precision unchanged).
"""

from __future__ import annotations

import math
from dataclasses import replace

from newsbeat.compare.records import CompareOptions, rate_unit
from newsbeat.models import Claim

__all__ = ["comparable", "dimension", "implied_range", "same_unit"]

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


def dimension(unit: str) -> str:
    """The quantity a unit head measures: "duration", "temperature", else the unit itself."""
    if unit in _DAYS:
        return "duration"
    if unit in _TEMPERATURES:
        return "temperature"
    return unit


def _head(claim: Claim) -> str:
    if (rate := rate_unit(claim.unit)) is not None:
        return rate
    unit = (claim.unit or "").lower().split()[-1:] or [""]
    word = unit[0]
    return word[:-1] if word.endswith("s") and word[:-1] in _DAYS else word


def same_unit(a: Claim, b: Claim) -> bool:
    """Whether two claims are written in one unit (no conversion needed)."""
    return _head(a) == _head(b)


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
    """The claim's range in the base unit of its dimension (a range, never exact)."""
    unit = _head(claim)
    low, high = implied_range(claim, opts.rounding_slack)
    if unit in _DAYS:
        fewest, most = _DAYS[unit]
        low, high = low * (fewest if low >= 0 else most), high * (most if high >= 0 else fewest)
    elif unit == "fahrenheit":
        low, high = (low - 32) * 5 / 9, (high - 32) * 5 / 9
    return replace(
        claim,
        low=None if low == float("-inf") else low,
        high=None if high == float("inf") else high,
        exact=False,
        unit="days" if unit in _DAYS else "celsius",
    )


def comparable(a: Claim, b: Claim, opts: CompareOptions) -> tuple[Claim, Claim]:
    """Two claims of one dimension as they can be compared: as written when their unit is
    the same, else both converted to the dimension's base unit."""
    if same_unit(a, b) or dimension(_head(a)) != dimension(_head(b)):
        return a, b
    return _in_base(a, opts), _in_base(b, opts)
