"""How numbers are written: digits and words, numbers split by a stray space, magnitudes.

Used by :mod:`newsbeat.enrich.claims` to find a claim's number and what it measures.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers, texts, token_offsets
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.number_names import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "DIGITS",
    "MONEY_SIGNS",
    "SCALES",
    "WORDS",
    "after_measure",
    "glued_scale",
    "is_magnitude",
    "is_measure",
    "is_number_token",
    "magnitude_glued",
    "money_scaled",
    "parse_number",
    "rejoined",
    "vague_multiplier",
]

WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "bn": 1_000_000_000,
    "m": 1_000_000,
    "k": 1_000,
    "mn": 1_000_000,
    "dozen": 12,
    # South Asian scales: "500 crore rupees" is five billion ("lakhs of people", a vague
    # plural, is no scale)
    "crore": 10_000_000,
    "lakh": 100_000,
}
_TENS = frozenset(w for w, v in WORDS.items() if v >= 20)
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# "4½ months": a whole number with a typeset fraction glued to it
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_WITH_VULGAR = re.compile(r"^(\d{1,4})([½¼¾⅓⅔])$")
# "$12.9bn", "€3tn", "2,000bn": a figure with its scale glued on, one token for the tokenizer
# ("4m" and "4 m" are split by it and read as two words). "k" is left out: "a 10k run".
_GLUED_SCALES = {"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12}
_WITH_SCALE = re.compile(
    r"(?i)^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(" + "|".join(_GLUED_SCALES) + ")$"
)
# "$1.5B", "$200MM", "€40B": a sum with a one- or two-letter scale glued on, read only after a
# money sign ("Apartment 4B", "a 200mm lens" and "GPT-4B" are no sums). "MM" is the finance
# writers' million; a lone glued "M" is kept out (the tokenizer splits "$200M" already).
_MONEY_SCALES = {"b": 1e9, "mm": 1e6, "k": 1e3}
_MONEY_SCALED = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(B|b|MM|K|k)$")
MONEY_SIGNS = frozenset({"$", "€", "£", "¥", "us$", "a$", "c$"})


def parse_number(words: list[str]) -> float | None:
    """Value of a number written in digits and/or words (``["31", "million"]`` -> 31e6).

    Returns:
        The value, or None when the words are not a number or beyond what a float holds (a
        309-digit string is noise, not a claim, and would make every later sum infinite).
    """
    total, current, seen = 0.0, 0.0, False
    said: int | None = None  # the number word just read, while another may join it
    words = _glued(words)
    for raw in words:
        w = raw.lower().replace(",", "").strip("-")
        if not w or w == "and":
            continue
        for part in w.split("-"):
            if vulgar := _WITH_VULGAR.match(part):
                current += float(vulgar.group(1)) + _VULGAR[vulgar.group(2)]
            elif scaled := _WITH_SCALE.match(part):
                total += (current + float(scaled.group(1))) * _GLUED_SCALES[scaled.group(2)]
                current = 0
            elif money := _MONEY_SCALED.match(raw.replace(",", "")):
                total += (current + float(money.group(1))) * _MONEY_SCALES[money.group(2).lower()]
                current = 0
            elif DIGITS.match(part):
                current += float(part)
            elif part in WORDS:
                word = WORDS[part]
                if said is not None and not _joins(said, word):
                    return None  # "scored just three four times": a correction, no seven
                current += word
                said = None if part in {"a", "an"} else word
                seen = True
                continue
            elif part in SCALES:
                scale = SCALES[part]
                if scale in {12, 100}:  # "two dozen", "three hundred"
                    current = (current or 1) * scale
                else:
                    total += (current or 1) * scale
                    current = 0
            else:
                return None
            seen = True
            said = None
    value = total + current
    return value if seen and math.isfinite(value) else None


def _joins(said: int, value: int) -> bool:
    """Whether a number word of ``value`` right after one of ``said`` writes one number: only
    a unit after a ten ("thirty four", "twenty-one"). Two words that do not join ("three four
    times", a writer's correction that kept both; "five ten") are no number (fix36)."""
    return said >= 20 and said % 10 == 0 and said < 100 and 1 <= value <= 9


def glued_scale(text: str) -> bool:
    """Whether a token is a figure with its scale glued on ("12.9bn", "3tn"; the tagger may
    call it an ordinal, as it does "4th")."""
    return _WITH_SCALE.match(text) is not None


def money_scaled(tok: Token) -> bool:
    """Whether a token is a sum with its scale glued on, right after a money sign ("$1.5B",
    "$200MM")."""
    return (
        _MONEY_SCALED.match(tok.text) is not None
        and tok.i > 0
        and tok.nbor(-1).lower_ in MONEY_SIGNS
    )


def _glued(words: list[str]) -> list[str]:
    """Join "6", ".", "1" into "6.1" (a number rejoined across a stray space)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] in {".", ","} and out and k + 1 < len(words) and words[k + 1].isdigit():
            out[-1] += words[k] + words[k + 1]
            k += 2
            continue
        out.append(words[k])
        k += 1
    return out


def is_number_token(tok: Token) -> bool:
    """Whether a token is a number or part of one: a scale word ("million", "bn"; "m" and "k"
    only right after digits), a number word (not "a" or "an"), digits (with a vulgar
    fraction or a scale glued on: "2½", "5bn"), or a sum with a letter scale after a money
    sign ("$1.5B")."""
    low = tok.lower_
    if low in SCALES and low not in {"m", "k"}:
        return True
    if low in WORDS and low not in {"a", "an"}:
        return True
    if DIGITS.match(tok.text) or _WITH_VULGAR.match(tok.text) or _WITH_SCALE.match(tok.text):
        return True
    if money_scaled(tok):
        return True
    return (
        low in {"m", "bn", "mn", "k"} and tok.i > 0 and DIGITS.match(tok.nbor(-1).text) is not None
    )


def rejoined(doc: Doc, i: int) -> int | None:
    """The last token of a number that continues after ``doc[i]`` across a stray space, or None.

    Copies that re-tokenise text split numbers apart: "6. 1 magnitude" is 6.1, "120, 000
    people" is 120,000, "$137-million" is 137 million. A comma joins only a group of exactly
    three digits after one to three ("40, 15 of them" is two figures) and never after a month's
    name ("March 3, 200 people": a date and a count). A figure the tagger calls a date with no
    month before it is joined ("Around 1, 000 people", "afford 14, 000 Americans").
    """
    if i + 2 >= len(doc) or not (texts(doc)[i].isdigit() or lowers(doc)[i] in WORDS):
        return None
    words, lows = texts(doc), lowers(doc)
    word, mark, nxt = words[i], words[i + 1], words[i + 2]
    if mark == "-" and lows[i + 2] in SCALES:
        return i + 2  # "$137-million", "a two - million - euro haul"
    if mark == "-" and lows[i] in _TENS and 1 <= WORDS.get(lows[i + 2], 0) <= 9:
        return i + 2  # "Sixty-five": a tens word and its units, split at the hyphen
    if not word.isdigit() or mark not in {".", ","} or not nxt.isdigit():
        return None
    offsets = token_offsets(doc)
    if offsets[i] + len(word) != offsets[i + 1]:
        return None  # the mark is not glued to the number
    if doc_text(doc)[offsets[i + 1] + 1 : offsets[i + 2]] != " ":
        return None
    if mark == "." and len(word) <= 3:
        return i + 2  # "6. 1": a decimal point followed by a space
    if (
        mark == ","
        and len(nxt) == 3
        and len(word) <= 3
        and not _after_month(doc, i)
        and not after_measure(doc_text(doc), offsets[i + 2])
    ):
        return i + 2
    return None


def _after_month(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a day after a month's name ("March 3", "Sept. 3")."""
    return i > 0 and lowers(doc)[i - 1] in MONTHS


# "5-foot-8, 135 pounds", "5 - foot - 8, 135", "6 feet 2, 190": the digits before the comma
# end a measure (a height's inches, the second half of "3-2"), so the comma lists the next figure
_MEASURE_COMMA = re.compile(r"(?i)(?:-\s?|\b(?:foot|feet|ft|inch|inches)\s)\d{1,2},\s?$")


def after_measure(text: str, start: int) -> bool:
    """Whether the figure starting at ``text[start]`` follows a comma that closes a measure
    ("5 - foot - 8, 135 pounds" is a height and a weight, not 8,135 pounds): such a comma
    separates two figures and is no thousands separator."""
    return _MEASURE_COMMA.search(text[max(0, start - 16) : start]) is not None


def is_measure(doc: Doc, first: int, last: int) -> bool:
    """A measurement, not a reference, even after "the": a decimal ("the 6.1-magnitude
    quake") or a hyphenated measure ("the 5,000-strong force")."""
    words = doc[first : last + 1]
    if any(t.text == "." for t in words) or any("." in t.text for t in words if t.like_num):
        return True
    return last + 2 < len(doc) and doc[last + 1].text == "-" and doc[last + 2].is_alpha


def is_magnitude(doc: Doc, first: int, last: int, noun: Token | None) -> bool:
    """Whether a bare figure is an earthquake's magnitude, however it is written: "a
    magnitude of 5.9", "magnitude 6.1", "a 5.9 magnitude earthquake", "6.1-magnitude quake",
    "registering 6.1 on the Richter scale" (so that the outlets' magnitudes are one quantity),
    a hedge maybe between ("a magnitude of at least 5.9": the hedge is read by the caller)."""
    low = lowers(doc)
    before = low[max(0, first - 6) : first]
    hedged = next((h for h in _MAGNITUDE_HEDGES if before[-len(h) :] == list(h)), ())
    before = before[: len(before) - len(hedged)][-3:]  # "a magnitude of at least 5.9"
    if before and (
        before[-1] == "magnitude"
        or (len(before) >= 2 and before[-2] == "magnitude" and before[-1] in {"of", "at", "-"})
    ):
        return True
    after = low[last + 1 : last + 5]
    if after[:1] == ["magnitude"] or after[:2] == ["-", "magnitude"]:
        return True
    if after[:3] == ["on", "the", "richter"]:
        return True
    if noun is None:
        return False
    # "a 5.6 quake": a decimal before a quake is its magnitude, not a count of quakes
    decimal = any("." in w or w == "." for w in texts(doc)[first : last + 1])
    return noun.lemma_.lower() == "magnitude" or (decimal and noun.lemma_.lower() in _QUAKES)


# hedges between "magnitude of" and its figure ("a magnitude of at least 5.9", claims37)
_MAGNITUDE_HEDGES: tuple[tuple[str, ...], ...] = (
    ("at", "least"),
    ("more", "than"),
    ("less", "than"),
    ("up", "to"),
    ("about",),
    ("around",),
    ("nearly",),
    ("almost",),
    ("roughly",),
    ("approximately",),
)
_GLUED_MAGNITUDE = re.compile(r"(?i)^magnitude-(\d{1,2}(?:\.\d+)?)$")


def magnitude_glued(text: str) -> float | None:
    """The magnitude of a token such as "magnitude-5.2" (one token for spaCy), or None."""
    found = _GLUED_MAGNITUDE.match(text)
    return float(found.group(1)) if found else None


_QUAKES = frozenset({"quake", "earthquake", "temblor", "tremor", "aftershock"})


# "several thousand", "a few hundred", "a couple of million": a vague multiplier of a scale
# word is a range, never the scale itself (these used to read as exactly 1,000). The ranges
# are as wide as the words allow, so that two outlets' vague counts never make a conflict:
# "several" is what "thousands" already reads as (2 to 9.999 of the scale: writers use the two
# for the same crowd), "a few" is two to five and what rounds to it (below six), "a couple"
# is about two (1.5 to 3, as loose as "about 2" and a little looser upwards).
_MULTIPLIERS = {"several": (2.0, 9.999), "few": (2.0, 5.999), "couple": (1.5, 3.0)}
_VAGUE_SCALES = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})


def vague_multiplier(doc: Doc, first: int) -> tuple[int, float, float, str] | None:
    """The vague multiplier before a scale word at ``doc[first]`` ("several thousand", "a few
    hundred", "a couple of million", "a couple thousand"): (index of its first word, low and
    high factor, the words as a hedge), or None. "few" and "couple" need their article ("few
    thousand came" without one means hardly any, and is left alone)."""
    if doc[first].lower_ not in _VAGUE_SCALES or first == 0:
        return None
    low = lowers(doc)
    k = first - 1
    if low[k] == "of" and k > 0 and low[k - 1] == "couple":
        k -= 1  # "a couple of thousand"
    word = low[k]
    if word not in _MULTIPLIERS:
        return None
    if word == "several":
        return k, *_MULTIPLIERS[word], "several"
    if k == 0 or low[k - 1] != "a":
        return None
    return k - 1, *_MULTIPLIERS[word], f"a {word}"
