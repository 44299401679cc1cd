"""Figures as one normalised number, whatever the separator, scale word or language.

"4,200", "4.200", "4 200" and "4 200" are 4200; "31 million", "31 Millionen", "31 millions",
"31 млн" and "3100만" are 31000000. A year standing alone (1900–2100) and a single digit are
no figure: they say nothing about which event a report tells.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["figures"]

# scale words, lower case, by their first letters: each language's word and its abbreviations
_SCALES: tuple[tuple[str, int], ...] = (
    # thousand
    ("thousand", 3), ("tausend", 3), ("tsd", 3), ("mille", 3), ("mil", 3), ("тыс", 3),
    ("tusen", 3), ("χιλ", 3), ("천", 3),
    # million
    ("million", 6), ("mio", 6), ("mln", 6), ("millón", 6), ("millones", 6), ("miljon", 6),
    ("млн", 6), ("миллион", 6), ("εκατ", 6),
    # billion (short scale; the long-scale "milliard" words name the same 10^9)
    ("billion", 9), ("bn", 9), ("milliard", 9), ("mrd", 9), ("mil millones", 9),
    ("miljard", 9), ("млрд", 9), ("миллиард", 9), ("δισ", 9),
    # Korean counts in ten-thousands ("4천만" is 4 x 10^7)
    ("천만", 7), ("백만", 6), ("십만", 5), ("만", 4), ("억", 8), ("조", 12),
)  # fmt: skip
# a long word may carry an ending ("millions", "Millionen", "миллиона"); an abbreviation and
# "mil" must end where the word ends ("mil" is no "military"); Korean units take a particle
_LONG_SCALE = 5
_SCALE_WORDS = "|".join(
    re.escape(word) + (r"\w*" if len(word) >= _LONG_SCALE else r"\b\.?" if word.isascii() else "")
    for word, _ in sorted(_SCALES, key=lambda item: -len(item[0]))
)
_POWERS = dict(_SCALES)
# thousands separators: comma, dot, apostrophe, spaces of every width
_SEP = r"[,.'’\u00a0\u202f\u2009 ]"
# a number inside a date, a time or a code ("2026-02-26", "14:30", "A-320") is no figure
_FIGURE = re.compile(
    rf"(?<![\w.,\-/:])(?P<num>\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?)(?!\d|[\-/:.]\d)"
    rf"(?:\s?(?P<scale>{_SCALE_WORDS}))?",
    re.IGNORECASE,
)
_YEARS = range(1900, 2101)


# a Korean figure in two parts: "2억 4천만" is 240 million
_KOREAN_PAIR = re.compile(r"(\d+)억\s?(\d+)(천만|백만|십만|만)")
_KOREAN_POWERS = {"천만": 7, "백만": 6, "십만": 5, "만": 4}


def figures(text: str) -> set[str]:
    """The figures of a text as plain decimal strings ("4200", "31000000", "2.5")."""
    found: set[str] = set()
    for match in _KOREAN_PAIR.finditer(text):
        whole = int(match.group(1)) * 10**8
        whole += int(match.group(2)) * 10 ** _KOREAN_POWERS[match.group(3)]
        found.add(str(whole))
    text = _KOREAN_PAIR.sub(" ", text)
    for match in _FIGURE.finditer(text):
        value = _value(match.group("num"), match.group("scale"))
        if value is not None:
            found.add(value)
    return found


def _value(number: str, scale: str | None) -> str | None:
    grouped = re.fullmatch(rf"\d{{1,3}}(?:{_SEP}\d{{3}})+", number) is not None
    digits = re.sub(_SEP, "", number) if grouped else number.replace(",", ".")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern only matches digits
        return None
    if scale:
        value *= Decimal(10) ** _POWERS[_scale_key(scale)]
    elif not grouped and (value < 10 or (value == int(value) and int(value) in _YEARS)):
        return None
    text = format(value.normalize(), "f")
    return text


def _scale_key(scale: str) -> str:
    """The listed scale word a matched one starts with ("Millionen" -> "million")."""
    lowered = scale.lower().rstrip(".")
    if lowered in _POWERS:
        return lowered
    return max((w for w in _POWERS if lowered.startswith(w)), key=len)
