"""Whether two summary sentences tell the same fact: the figures and names they anchor on.

Outlets retell a story's facts in their own words ("rammed their car into the store" against
"drove a four-by-four into the store"), so word overlap misses many retellings. What they keep
is the figure. Two sentences giving the same *measured* figure (an amount with a currency, a
magnitude word or a unit of measure: "€2 million", "2, 000ft" and "2,000 feet", a decimal such
as a magnitude "5.6") tell one fact, whatever their names; a time ("10.30 a.m.") or an age is no
measure. Any other number, ages and dates included, anchors a fact only with a shared name
("Ten people were killed in Qeshm" and "killing at least 10 people in Qeshm"; a number word
is a number).
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = ["WORD", "figures", "names", "number_value", "numbers", "same_fact", "stem", "terms"]

# A word: letters or digits, with inner apostrophes ("Vell's", "don’t").
WORD = re.compile(r"[^\W_][\w'’]*", re.UNICODE)

_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
    if i
}
# A number: digits with thousands groups (ECB+ texts often read "2, 000"), a decimal part, or a
# number word; then (looked at, not consumed) what follows it: a unit, a time, an age.
_FIGURE = re.compile(
    r"(?P<cur>[$€£¥])?\s?(?P<num>\d{1,3}(?:,\s?\d{3})+(?!\d)|\d+(?:\.\d+)?|\b(?:"
    + "|".join(_NUMBER_WORDS)
    + r")\b)(?=(?P<after>[^;!?]{0,24}))",
    re.IGNORECASE,
)
_MAGNITUDE = re.compile(r"^\s*-?\s*(million|billion|trillion|thousand|bn|m)\b", re.IGNORECASE)
_UNIT = re.compile(
    r"^\s*-?\s*(km|kilomet(?:er|re)s?|miles?|mi|feet|foot|ft|met(?:er|re)s?|m|yards?|kg|"
    r"kilos?|kilograms?|tons?|tonnes?|pounds?|lbs?|per\s?cent|percent|%|degrees?|"
    r"dollars?|euros?|pounds sterling|rupees?|yuan|yen)(?![a-z])",
    re.IGNORECASE,
)
# "10.30 a.m.", "10.30pm", "8.5-year-old": a time or an age, not a measure.
_NOT_FIGURE = re.compile(
    r"^\s*(?:-\s*)?(?:years?\s*-?\s*olds?|years? of age|(?:a\.\s?m|p\.\s?m)\b|am\b|pm\b|gmt\b|"
    r"bst\b|:\s?\d|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w'’-]*[\w]")


def stem(word: str) -> str:
    """A word without its inflection, for comparing the words of two sentences: "hanged",
    "hanging" and "hang" are one word ("killed" -> "kill", "sentenced" -> "sentenc"). The word
    is already case-folded and its plural folded."""
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsfz":
                word = word[:-1]  # "stopped" -> "stopp" -> "stop"; "killed" keeps its "ll"
            return word
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


def terms(text: str) -> list[str]:
    """Content words, case-folded, plurals folded ("beaches" = "beach"), stop words out."""
    out = []
    for word in WORD.findall(text.casefold()):
        if word in ENGLISH_STOP_WORDS or len(word) < 2:
            continue
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
            word = word[:-2]
        elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        out.append(word)
    return out


def number_value(raw: str) -> str:
    """A number as digits: a number word ("twelve" -> "12") or digits without their
    thousands separators ("2, 000" -> "2000")."""
    word = _NUMBER_WORDS.get(raw.casefold())
    if word is not None:
        return word
    return re.sub(r",\s?", "", raw)


def figures(text: str) -> frozenset[str]:
    """The measured figures of a sentence as ``value unit`` strings: an amount with a
    currency, a magnitude word or a unit ("$108 million" -> "108 million", "2, 000ft" ->
    "2000 ft"), or a decimal ("magnitude 5.6" -> "5.6"). A time ("at 10.30 a.m.") is none."""
    measured: set[str] = set()
    for m in _FIGURE.finditer(text):
        after = m.group("after")
        if _NOT_FIGURE.match(after):
            continue
        value = number_value(m.group("num"))
        magnitude = _MAGNITUDE.match(after)
        unit = _UNIT.match(after)
        if m.group("cur") or magnitude:
            scale = magnitude.group(1).casefold() if magnitude else ""
            measured.add(f"{value} {scale}".strip())
        elif unit:
            measured.add(f"{value} {_unit(unit.group(1))}")
        elif "." in value:
            measured.add(value)
    return frozenset(measured)


def _unit(raw: str) -> str:
    raw = raw.casefold().replace(" ", "")
    if raw in {"feet", "foot", "ft"}:
        return "ft"
    if raw.startswith(("kilomet", "km")):
        return "km"
    if raw.startswith("met") or raw == "m":
        return "m"
    if raw in {"percent", "percent%", "%"} or raw.startswith("per"):
        return "%"
    return raw.rstrip("s")


def names(text: str) -> frozenset[str]:
    """Capitalised words that may be names, possessives folded ("Iran's" = "Iran"), stop words
    left out."""
    out = set()
    for raw in _NAME.findall(text):
        word = re.sub(r"['’]s?$", "", raw).casefold()
        if word not in ENGLISH_STOP_WORDS and len(word) > 1:
            out.add(word)
    return frozenset(out)


def numbers(text: str) -> frozenset[str]:
    """Every number of a sentence, ages and dates included, as digits ("ten" = "10", "2, 000" =
    "2000")."""
    return frozenset(number_value(m.group("num")) for m in _FIGURE.finditer(text))


def same_fact(a: str, b: str) -> bool:
    """Whether two sentences give the same figure of one fact: the same measured figure ("€2
    million", "2, 000ft" and "2,000 feet"), or the same number and a shared name ("Ten people
    were killed in Qeshm" and "killing at least 10 people in Qeshm"; "elections on December 15"
    in Turkmenistan twice)."""
    if figures(a) & figures(b):
        return True
    return bool(numbers(a) & numbers(b)) and bool(names(a) & names(b))
