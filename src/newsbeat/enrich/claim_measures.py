"""Signed figures and temperatures: "minus 17 degrees", "minus-20 degree temperatures",
"temperatures were minus 20", "-20C", "negative 5 degrees Fahrenheit".

Used by :mod:`newsbeat.enrich.claims`. A figure with a sign is read with its sign, as a
temperature, when the text says it measures one: a degree word or sign after it ("degrees",
"°", "C", "F", "Celsius"), or a temperature noun just before it ("temperatures of minus 17",
"temperatures were minus 20"). An unsigned figure is a temperature only with both a degree word
and a temperature noun, or with a named scale ("17 degrees Celsius"): "turned 180 degrees" is an
angle. A signed figure that is no temperature stays unread (its quantity is unknown).

The unit names the scale when the text does (``celsius``, ``fahrenheit``) and is ``degrees``
when it does not: figures on two named scales are compared converted
(:mod:`newsbeat.compare.claim_units`); an unnamed scale is compared only with an unnamed one.

It also reads the measure classes of ``newsbeat/data/measure_classes.json``
(:func:`measure_classes`): the words that tell one measure of a story's event ("killed",
"dead", "death toll").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "Temperature",
    "gathering_classes",
    "glued_temperature",
    "measure_classes",
    "scaled_unit",
    "signed",
    "temperature",
    "word_duration",
]

_SIGNS = frozenset({"minus", "negative", "\u2212"})
_DEGREES = frozenset({"degrees", "degree", "°", "deg"})
_SCALES = {"celsius": "celsius", "centigrade": "celsius", "c": "celsius", "°c": "celsius",
           "fahrenheit": "fahrenheit", "f": "fahrenheit", "°f": "fahrenheit"}  # fmt: skip
_TEMPERATURE_NOUNS = frozenset(
    {"temperature", "temperatures", "chill", "thermometer", "thermometers", "mercury",
     "low", "lows", "high", "highs"}
)  # fmt: skip
# "minus-20", "-20C", "−4°F", "-3.5": one token with its sign (and maybe its scale)
_GLUED = re.compile(
    r"^(?P<sign>minus-|\u2212|-)(?P<value>\d{1,3}(?:\.\d+)?)(?P<scale>°?[CF]|°)?$", re.IGNORECASE
)
_NEAR = 6  # how far before the figure a temperature noun is looked for (tokens)


@dataclass(frozen=True)
class Temperature:
    """A temperature read from the text: its first and last token, value and unit."""

    first: int
    last: int
    value: float
    unit: str


def _scale_after(doc: Doc, k: int) -> tuple[str | None, int]:
    """(unit, last token) of a degree word and/or a scale starting at ``doc[k]``; (None, k-1)
    when neither is there."""
    n = len(doc)
    unit: str | None = None
    last = k - 1
    if k < n and doc[k].lower_ in _DEGREES:
        unit, last = "degrees", k
        k += 1
    if k < n and doc[k].lower_ in _SCALES:
        word = doc[k]
        glued = word.idx == doc[k - 1].idx + len(doc[k - 1])
        # "C" and "F" alone are a scale only after a degree word or glued to the figure
        if len(word.text) > 2 or (word.text in {"C", "F", "°C", "°F"} and (unit or glued)):
            return _SCALES[word.lower_], k
    return unit, last


def _temperature_noun_before(doc: Doc, first: int) -> bool:
    """A temperature noun in the few words before the figure, in its sentence ("temperatures
    of minus 17", "Outside temperatures were minus 20", "a wind chill of -30")."""
    start = max(doc[first].sent.start, first - _NEAR)
    return any(t.lower_ in _TEMPERATURE_NOUNS and t.pos_ == "NOUN" for t in doc[start:first])


def _temperature_noun_after(doc: Doc, last: int) -> bool:
    """ "minus-20 degree temperatures": the noun the figure modifies."""
    after = doc[last + 1 : last + 3]
    return any(t.lower_ in _TEMPERATURE_NOUNS for t in after)


def temperature(doc: Doc, first: int, last: int, value: float) -> Temperature | None:
    """The temperature of the figure ``doc[first..last]`` (value ``value``, unsigned as
    read), with a sign word before it ("minus 17 degrees"), or None when it is no temperature.

    Returns None for a signed figure that is no temperature as well: the caller tells the two
    apart with :func:`signed`.
    """
    sign = signed(doc, first)
    start = first - 1 if sign else first
    unit, end = _scale_after(doc, last + 1)
    named = unit in {"celsius", "fahrenheit"}
    # a named scale, or two of a unit, a sign and a temperature noun (most figures have
    # neither a unit nor a sign, and the words around them are not read for a noun)
    if not (named or (unit and sign)) and not (
        (unit or sign)
        and (_temperature_noun_before(doc, start) or _temperature_noun_after(doc, end))
    ):
        return None
    return Temperature(start, max(end, last), -value if sign else value, unit or "degrees")


def signed(doc: Doc, first: int) -> bool:
    """Whether the figure at ``doc[first]`` has a sign word before it ("minus 17", "negative
    5", "− 4")."""
    return first > 0 and doc[first - 1].lower_ in _SIGNS


def glued_temperature(doc: Doc, i: int) -> Temperature | None:
    """A temperature written as one token with its sign: "minus-20 degree temperatures",
    "-20C", "−4°F" (None when the token is no such figure, or no temperature by the rules of
    :func:`temperature`)."""
    found = _GLUED.match(doc[i].text)
    if found is None:
        return None
    value = -float(found.group("value"))
    scale = (found.group("scale") or "").lower().lstrip("°")
    if scale:
        return Temperature(i, i, value, _SCALES[scale])
    unit, end = _scale_after(doc, i + 1)
    noun = _temperature_noun_before(doc, i) or _temperature_noun_after(doc, max(end, i))
    if found.group("sign").lower() == "-" and not (unit or noun):
        return None  # "-4" alone may be a score or a range's end
    if not (unit or noun):
        return None
    return Temperature(i, max(end, i), value, unit or "degrees")


# Durations in units a comparison has no use for, read in years or weeks: "three decades" is
# 30 years, "a fortnight" 2 weeks.
_SCALED = {
    "decade": ("years", 10.0), "decades": ("years", 10.0),
    "century": ("years", 100.0), "centuries": ("years", 100.0),
    "fortnight": ("weeks", 2.0), "fortnights": ("weeks", 2.0),
}  # fmt: skip


def scaled_unit(doc: Doc, last: int) -> tuple[str, float] | None:
    """(unit, factor) of a decade, century or fortnight right after a figure ending at
    ``last`` ("three decades", "a two - decade career"), or None."""
    k = last + 1
    if k < len(doc) and doc[k].text == "-":
        k += 1
    return _SCALED.get(doc[k].lower_) if k < len(doc) else None


def word_duration(doc: Doc, i: int) -> tuple[int, int, float, str] | None:
    """A duration in words from ``doc[i]``: "a decade", "a quarter-century" (also "a quarter
    - century", "a quarter of a century"), "half a century", "a fortnight": (first, last
    token, value, unit: years or weeks), or None."""
    n = len(doc)
    lows = lowers(doc)
    low = lows[i]
    k = i + 1
    if low == "half" and k < n and lows[k] in {"a", "an"}:
        share, k = 0.5, k + 1
    elif low in {"a", "an", "one"}:
        share = 1.0
        if k < n and lows[k] == "quarter":
            share, k = 0.25, k + 1
            if k < n and texts(doc)[k] == "-":
                k += 1
            elif lows[k : k + 2] == ["of", "a"]:
                k += 2
    else:
        return None
    if k >= n or lows[k] not in {"decade", "century", "fortnight"}:
        return None
    unit, factor = _SCALED[lows[k]]
    return i, k, share * factor, unit


_HOUR_WORDS = frozenset({"hour", "hours", "hr", "hrs"})
_MINUTE_WORDS = frozenset({"minute", "minutes", "min", "mins"})
_GLUED_HOURS = re.compile(r"(\d+(?:\.\d+)?)(?:h|hr|hrs)", re.IGNORECASE)
_MINUTE_FIGURE = re.compile(r"\d{1,2}")


def _hours_at(doc: Doc, i: int) -> tuple[float, int] | None:
    """(hours, index of the hour word) of "1hr" or "2 hours" at ``doc[i]``, or None."""
    word = texts(doc)[i]
    glued = _GLUED_HOURS.fullmatch(word)
    if glued is not None:
        return float(glued.group(1)), i
    if i + 1 < len(doc) and lowers(doc)[i + 1] in _HOUR_WORDS and word.isdigit():
        return float(word), i + 1
    return None


def hours_and_minutes(doc: Doc, i: int) -> tuple[int, int, float] | None:
    """A duration told in hours and then minutes from ``doc[i]`` ("1hr 4 mins", "2 hours and
    30 minutes", "3 hours, 20 minutes"): (first token, last token, total minutes), or None.
    Read as two figures, it would be two claims, and the minutes alone a wrong one."""
    hours = _hours_at(doc, i)
    if hours is None:
        return None
    k = hours[1] + 1
    words, lows = texts(doc), lowers(doc)
    if k < len(doc) and lows[k] in {"and", ","}:
        k += 1
    if (
        k + 1 >= len(doc)
        or _MINUTE_FIGURE.fullmatch(words[k]) is None
        or lows[k + 1] not in _MINUTE_WORDS
        or int(words[k]) >= 60
    ):
        return None
    return i, k + 1, hours[0] * 60 + int(words[k])


def _lexicon() -> dict[str, object]:
    raw = resources.files("newsbeat").joinpath("data/measure_classes.json").read_text("utf-8")
    found: dict[str, object] = json.loads(raw)
    return found


@cache
def gathering_classes() -> frozenset[str]:
    """The measure classes that count a gathering (``gatherings``: "march")."""
    return frozenset(str(name) for name in _lexicon()["gatherings"])  # type: ignore[attr-defined]


@cache
def measure_classes() -> dict[str, str]:
    """Each word of ``data/measure_classes.json`` (a lemma; a verb with its particle, or with a
    preposition and its object, space-separated) -> the class it names ("death" -> "kill")."""
    out: dict[str, str] = {}
    classes: dict[str, list[str]] = _lexicon()["classes"]  # type: ignore[assignment]
    for name, words in classes.items():
        for word in words:
            if out.setdefault(word, name) != name:
                raise ValueError(f"measure_classes.json: {word!r} is in two classes")
    return out
