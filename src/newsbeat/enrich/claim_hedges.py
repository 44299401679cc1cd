"""Hedge words around a figure ("about", "at least", "or more") and the range each gives it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_counted import _UNITS
from newsbeat.enrich.claim_currencies import sign_before
from newsbeat.enrich.claim_numbers import MONEY_SIGNS, SCALES, is_number_token
from newsbeat.enrich.claim_plus import plus_after_unit
from newsbeat.enrich.doc_arrays import alphas, lowers, texts, words_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AT_LEAST = (
    "more than",
    "over",
    "upwards of",
    "in excess of",
    "at least",
    "no fewer than",
    "no less than",
    "above",
    "exceeding",
    "a minimum of",
    # the low end of what the figure may be: "for as little as $5", "as few as 20 came"
    "as low as",
    "as little as",
    "as few as",
)
_AT_MOST = (
    "up to",
    "as many as",
    "at most",
    "no more than",
    "fewer than",
    "less than",
    "under",
    "below",
    "a maximum of",
    "as much as",
    "as high as",
)
_ABOUT = (
    "some",
    "maybe",
    "perhaps",
    "about",
    "around",
    "approximately",
    "roughly",
    "an estimated",
    "estimated",
    "circa",
    "approx.",
    "an approximate",
    "more or less",
    "closer to",  # "closer to 5%": near it, on either side of what was said before
    "nearer to",
)
NEARLY_HEDGES = (
    "nearly", "almost", "close to", "just under", "just shy of", "not quite", "just short of",
)  # fmt: skip
# every hedge as ``_range`` looks for it at the end of the words before a figure: most figures
# have none, which one ``str.endswith`` of them all tells at once
_HEDGE_ENDS = tuple(" " + option for option in (*_AT_LEAST, *_AT_MOST, *NEARLY_HEDGES, *_ABOUT))


def _hedge(doc: Doc, first: int) -> str:
    """The words before a figure, where its hedge is; a currency mark before the digits is
    part of the figure ("more than $5 million" is hedged like "more than 5 million")."""
    if first > 0 and texts(doc)[first - 1] in _UNITS and not alphas(doc)[first - 1]:
        first -= 1
    elif sign_before(doc, first) is not None:
        first -= 1  # "more than US$5 million", "about USD 5 million"
    prev = words_text(doc, max(0, first - 4), first).lower()
    prev = " " + re.sub(r"[^\w.$€£ ]", " ", prev).strip()
    # "up to an additional 15 per cent": the hedge is before the word that makes it more
    prev = _MORE_OF.sub("", prev)
    # "up to a $250,000 fine", "more than the $21 million Vell got": the hedge bounds the
    # figure across the article
    return _ARTICLE_AFTER.sub(lambda m: m.group(1) or m.group(2), prev)


_MORE_OF = re.compile(r"\s+(?:(?:an?\s+)?(?:additional|further|extra)|another)$")
_ARTICLE_AFTER = re.compile(
    r"(\b(?:up to|as much as|as many as|maximum of|minimum of|than|at least|at most|in excess of|"
    r"upwards of|nearly|almost|about|around|roughly|approximately))\s+an?$|(\bthan)\s+the$"
)


# "About" a one-digit figure is give or take half its rounding step ("about 600": 550 to 650,
# what rounds to 600), within a fifth and a tenth (:func:`about_width`). A fifth at most: an
# exact figure a quarter away is no longer "about" it ("150 meters" against "about 200m": a
# writer who had 150 would have written it; a quarter let 150 and 250 in). A figure led by 1, 2
# or 3 keeps the fifth, so that two neighbouring estimates still meet ("about two weeks" and
# "about three weeks" at 2.4, "about 200" and "about 300" at 240).
ABOUT_ROUND = 0.2
# A tenth at least: a one-digit figure is never read finer than a two-digit one ("about 900"
# reaches as far as "about 950", give or take a tenth), only no wider than its own step.
ABOUT_FLOOR = 0.1


def about_width(value: float) -> float:
    """How far "about ``value``" reaches either side, as a share of the figure.

    One significant digit: half the rounding step (600: 100 / 2 / 600), at most
    :data:`ABOUT_ROUND` (a figure led by 1, 2 or 3 keeps it) and at least :data:`ABOUT_FLOOR`:
    "about 600 metres" is 540 to 660 (a fifth gave 480 to 720, which held another outlet's
    "700 metres"). Two significant digits ("about 4,200"): a tenth; three or more ("an
    estimated $102 million"): a twentieth; a writer who meant a tenth would have said "about
    $100 million".
    """
    mantissa = f"{abs(value):.6e}".split("e")[0]
    digits = len(mantissa.replace(".", "").rstrip("0")) or 1
    if digits > 1:
        return 0.1 if digits == 2 else 0.05
    lead = int(mantissa[0]) or 1  # 0 only for a zero figure
    return ABOUT_ROUND if lead <= 3 else max(ABOUT_FLOOR, 0.5 / lead)


def _range(value: float, hedge: str) -> tuple[float | None, float | None, bool, str | None]:
    """(low, high, exact, the hedge words as written) of a figure after ``hedge``.

    "About" a figure of one significant digit is a rounder estimate ("about 100,000": give or
    take a fifth; "about 600": give or take half its step, :func:`about_width`) than about one
    of two ("about 4,200": give or take a tenth), and one of three or more is finer still.
    """
    if not hedge.endswith(_HEDGE_ENDS):
        return value, value, True, None
    about = about_width(value)
    # the longest hedge written wins: "no more than 12" is at most 12, not "more than 12"
    found = max(
        (
            (len(option), option, low, high)
            for options, low, high in (
                (_AT_LEAST, value, None),
                (_AT_MOST, None, value),
                (NEARLY_HEDGES, round(value * 0.9, 6), value),
                (_ABOUT, round(value * (1 - about), 6), round(value * (1 + about), 6)),
            )
            for option in options
            if hedge.endswith(" " + option)
        ),
        default=None,
        key=lambda found: found[0],
    )
    if found is None:
        return value, value, True, None
    _, option, low, high = found
    if low is not None and high is not None and low > high:
        low, high = high, low  # "about minus 20": -22 to -18
    return low, high, False, option


def _plus_after(doc: Doc, last: int) -> tuple[int, list[str]] | None:
    """(the figure's new last token, the scale words to add) when a "+" after the figure
    makes it a floor: "$15+ million" or "$15 + MM" (the scale after the sign), "300+ members"
    (the sign glued to the figure, a word after it); None otherwise ("2 + 3 = 5")."""
    n = len(doc)
    if last + 2 >= n or doc[last + 1].text != "+":
        return None
    after = lowers(doc)[last + 2]
    money = _money_before(doc, last)
    if (after in SCALES and after not in {"m", "k", "dozen"}) or (after == "mm" and money):
        return last + 2, ["million" if after == "mm" else after]
    if not doc[last].whitespace_ and alphas(doc)[last + 2]:
        return last + 1, []
    return None


def _money_before(doc: Doc, last: int) -> bool:
    """Whether a money sign stands before the digits ending at ``last`` ("$15")."""
    at = last
    while at > 0 and is_number_token(doc[at - 1]):
        at -= 1
    return at > 0 and doc[at - 1].text.lower() in MONEY_SIGNS


# A hedge written after the figure, as the hedge before it would be
_HEDGES_AFTER = {"more": "at least", "fewer": "at most", "less": "at most", "so": "about"}


def _hedge_after(doc: Doc, last: int, noun: Token | None) -> str | None:
    """The hedge an "or more", "or fewer", "or less" or "or so" right after a figure (or its
    counted noun or unit) writes: "20 people or more" is at least 20, "$250,000 a year or less"
    at most that, "30 seconds or so" about 30; None without one."""
    if plus_after_unit(doc, last):
        return "at least"  # "a three-hour plus broadcast", "lasted three hours plus."
    end = last if noun is None or noun.i < last else noun.i
    lows = lowers(doc)
    for at in range(end + 1, min(end + 4, len(doc) - 1)):
        if lows[at] == "or" and lows[at + 1] in _HEDGES_AFTER:
            following = doc[at + 2] if at + 2 < len(doc) else None
            # "20 people or more injured": the hedge; "or more than 30": a second figure; "or
            # more likely 30", "or so we thought": the words go on to something else
            if following is not None and (
                following.lower_ in {"than", "we", "it", "they", "he", "she", "i"}
                or following.pos_ in {"ADJ", "ADV"}
            ):
                return None
            return _HEDGES_AFTER[lows[at + 1]]
        if not alphas(doc)[at]:
            return None  # "20 people, or more ..." belongs to what follows
    return None


# A unit written after a number, one or two tokens ("%", "percent", "per cent").
_UNIT_AFTER = (("%",), ("percent",), ("pct",), ("per", "cent"))


def _unit_after(doc: Doc, at: int) -> tuple[str, ...]:
    """The unit of :data:`_UNIT_AFTER` written from token ``at`` on, or ``()``."""
    lower = lowers(doc)
    for unit in _UNIT_AFTER:
        end = at + len(unit)
        if end <= len(lower) and tuple(lower[at:end]) == unit:
            return unit
    return ()


def _unit_range_upper(doc: Doc, first: int, last: int, hedge: str) -> int | None:
    """Where the upper number of a range whose two ends both carry their unit starts:
    "0.6% to 0.7%", "between 6 per cent and 7 per cent", "$3 to $4"; None for anything else
    ("3% to the state": no number after; "20% to 30 people": the units differ)."""
    n = len(doc)
    unit = _unit_after(doc, last + 1)
    at = last + 1 + len(unit)
    connectors = {"and"} if hedge.endswith(" between") else {"to", "-", "–"}
    if at + 1 >= n or doc[at].lower_ not in connectors:
        return None
    upper = at + 1
    mark = doc[first - 1].text if first > 0 and doc[first - 1].text in MONEY_SIGNS else None
    if mark is not None and doc[upper].text == mark and not unit:
        upper += 1  # "$3 to $4"
    elif not unit:
        return None  # "3,000 to 4,000" is read above; no unit, no repeated sign: not this form
    if upper >= n or not is_number_token(doc[upper]):
        return None
    end = upper
    while end + 1 < n and is_number_token(doc[end + 1]):
        end += 1
    if unit and _unit_after(doc, end + 1) != unit:
        return None
    return upper
