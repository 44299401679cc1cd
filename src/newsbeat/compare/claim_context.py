"""Where a claim stands in its article and in time (the lead, an earlier event's date, its own
number in its sentence, what will happen), how two claims' ranges compare and when two figures
are too far apart to count one thing (see :mod:`newsbeat.compare.claims`)."""

from __future__ import annotations

import re

from newsbeat.compare.claim_units import (
    CONVERTED_APART,
    comparable,
    dimension,
    implied_range,
    unit_head,
)
from newsbeat.compare.records import CompareOptions, _close, _tokens
from newsbeat.models import Claim

__all__ = [
    "DETERMINERS",
    "agentless_passive",
    "background_date",
    "classify_ranges",
    "far_apart",
    "in_lead",
    "is_value",
    "lead_text",
    "tells_future",
    "times_apart",
]

# Words around a date that do not tell one date from another.
DETERMINERS = frozenset({
    "the", "its", "their", "his", "her", "this", "that", "these", "those", "a", "an", "on", "in",
    "of", "at", "by", "during", "for", "over",
})  # fmt: skip
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})  # fmt: skip
_PAST = frozenset({"last", "ago", "earlier", "previous", "past", "former"})
# A day of the month written as an ordinal ("the 5th of May", "March 21st").
_ORDINAL_DAY = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)")
# Periods an ordinal may number within a month ("the 3rd weekend of March").
_PERIODS = frozenset({"week", "weekend", "quarter", "half", "fortnight", "session"})


def background_date(time_ref: str | None) -> str:
    """The date of an earlier event named in a claim's sentence, or "".

    A year ("in December 2003"), a month without a day ("in February") or a relative past
    ("last month", "two years ago") dates a figure to another event than the story's own
    (which is told with weekdays, "today" or the day of the month): a past quake's toll is not
    a disagreement about today's.
    """
    words = _tokens(time_ref or "")
    if not words:
        return ""
    year = any(len(w) == 4 and w.isdigit() and w[:2] in {"19", "20"} for w in words)
    month_only = bool(_MONTHS.intersection(words)) and not any(
        _day_of_month(w, words[k + 1 : k + 2]) for k, w in enumerate(words)
    )
    if year or month_only or _PAST.intersection(words):
        return " ".join(w for w in words if w not in DETERMINERS)
    return ""


def _day_of_month(word: str, after: list[str]) -> bool:
    """Whether a date's word is its day of the month ("5", "21st"): a month with its day is
    the story's own day ("the 5th of May"), not an earlier event's month. An ordinal before a
    period (``after``: the next word, "the 2nd week of March") numbers that period, no day."""
    if _PERIODS.intersection(after):
        return False
    return (word.isdigit() and len(word) <= 2) or bool(_ORDINAL_DAY.fullmatch(word))


# A sentence whose subject is a figure and whose verb is a passive: an optional opening phrase
# ("During the raid,"), the figure ("six rifles, 12 magazines and about 300 rounds") and "were
# seized" / "had been found" / "was quickly taken", with no other clause between.
_NUMBER_START = (
    r"(?:[$€£]\s?)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands|a dozen)\b)"
)
_PASSIVE_SUBJECT = re.compile(
    r"^\W*(?:[^,]{0,80},\s*)?"
    r"(?:(?:about|around|some|nearly|almost|over|more than|at least|up to|approximately|"
    r"an estimated|the)\s+)?" + _NUMBER_START + r"(?:(?!\b(?:said|says|that|who|which|whom)\b)"
    r"[^.;:!?])*?\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|found|caught|held|sent|"
    r"brought|bought|sold|shot|hit|hurt|lost|left|kept|put|set|cut|met|told|paid|made|seen)\b",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bby\s+(?:the\s+|an?\s+)?\w+", re.IGNORECASE)


def agentless_passive(sentence: str) -> bool:
    """Whether a sentence's subject is a figure told in the passive without an agent ("During
    the raid, 300 rounds of ammunition were seized from the boat"; not "... were seized by the
    navy", nor "The amount was unspecified, but the team was believed to have offered $160
    million", whose subject is the team)."""
    return bool(_PASSIVE_SUBJECT.search(sentence)) and not _AGENT.search(sentence)


def is_value(token: str, claim: Claim) -> bool:
    """Whether a number token is the claim's own figure (not another number of its sentence)."""
    value = _WORD_VALUES.get(token) if not token.isdigit() else float(token)
    return value is not None and value in {claim.low, claim.high}


# Number words by value ("two" at 2).
SMALL_NUMBERS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip
_WORD_VALUES = {w: float(i) for i, w in enumerate(SMALL_NUMBERS)}


def in_lead(text: str, sentence: str) -> bool:
    """Whether a sentence is in the article's headline or lead: its first ``_LEAD_LINES``
    lines (paragraphs) and first ``_LEAD_CHARS`` characters. News puts the story's own event
    first; background (an earlier quake, a past heist) comes later."""
    at = text.find(sentence)
    return 0 <= at < _LEAD_CHARS and text.count("\n", 0, at) < _LEAD_LINES


def lead_text(text: str) -> str:
    """An article's headline and lead as :func:`in_lead` reads them: its first ``_LEAD_LINES``
    lines within its first ``_LEAD_CHARS`` characters."""
    return "\n".join(text[:_LEAD_CHARS].split("\n")[:_LEAD_LINES])


_LEAD_LINES = 4
_LEAD_CHARS = 600


def classify_ranges(a: Claim, b: Claim, options: CompareOptions | None = None) -> str:
    """``agree``, ``compatible`` or ``disjoint`` for two claims about the same thing.

    Args:
        a: one claim.
        b: the other claim.
        options: thresholds (defaults when None).

    Returns:
        ``agree`` when the ranges are the same, ``compatible`` when they overlap (precision
        differs), ``disjoint`` when no value fits both. Two units of one quantity (years and
        months, Celsius and Fahrenheit) are compared converted (:mod:`.claim_units`).
    """
    opts = options or CompareOptions()
    a, b = comparable(a, b, opts)  # "four years" against "4.5 months": both in days
    if _same_bound(a.low, b.low, opts.tolerance) and _same_bound(a.high, b.high, opts.tolerance):
        return "agree"
    a_low, a_high = implied_range(a, opts.rounding_slack)
    b_low, b_high = implied_range(b, opts.rounding_slack)
    # Two implied precisions that merely touch ("$2.5 million" is 2.45-2.55 million, "$2.6
    # million" 2.55-2.65) do not overlap; a stated bound that is reached does ("at least 7", 7).
    widened = all(
        c.exact and c.low is not None and c.low == c.high and implied != (c.low, c.high)
        for c, implied in ((a, (a_low, a_high)), (b, (b_low, b_high)))
    )
    low, high = max(a_low, b_low), min(a_high, b_high)
    if low < high or (low == high and not widened):
        return "compatible"
    return "disjoint"


def _same_bound(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return _close(a, b, tolerance)


_FUTURE = re.compile(
    r"\b(?:will|would|could|may|might|shall|plans? to|expects? to|expected to|set to|"
    r"going to|is to|are to)\b",
    re.IGNORECASE,
)
# The month, not the modal: "May" after a word that dates ("since May", "in early May", "last
# May") or before a day or a year ("May 5", "May 2008"). A capital "May" elsewhere is the
# modal at the head of a sentence or in a headline ("May Face Charges").
_MONTH_MAY = re.compile(
    r"\b(?:in|on|since|until|till|by|from|to|through|of|during|before|after|early|mid|late|"
    r"last|next|this|between)[\s-]+May\b|\bMay\s+\d",
    re.IGNORECASE,
)


def tells_future(sentence: str) -> bool:
    """Whether a sentence tells what will or may happen ("will miss two games"); the month
    May ("since May", "on May 5") is no modal, nor is a modal of a clause that only describes
    a person (:func:`_in_person_clause`), nor "may" or "might" with a perfect ("may have
    killed 300": a past the writer is unsure of, told of what happened; "could have" and
    "would have" stay, often what did not happen)."""
    return any(
        (m.group(0).lower() != "may" or not _is_month(sentence, m.start()))
        and not _in_person_clause(sentence, m.start())
        and not _PAST_POSSIBLE.match(sentence, m.start())
        for m in _FUTURE.finditer(sentence)
    )


# "may have killed", "might well have been": a perfect after the modal ("may have to pay" is
# an obligation still to come, "may have 300 seats" a present)
_PAST_POSSIBLE = re.compile(
    r"(?:may|might)\s+(?:not\s+|well\s+|also\s+|already\s+)?have\s+"
    r"(?:been|[a-z]+(?:ed|en|wn|ne|lt|nt|st|ught|ft))\b",
    re.IGNORECASE,
)


# A clause set off after a comma that describes the person before it: ", who first reported
# that the meeting would take place" (to the next comma, dash or the end).
_PERSON_CLAUSE = re.compile(r",\s+who\b[^,;:()\u2013\u2014]*")


def _in_person_clause(sentence: str, at: int) -> bool:
    """Whether the modal at ``at`` stands in a clause that describes a person (", who first
    reported that the meeting would take place") and counts nothing: it tells that person's
    story, not the sentence's figures' ("The club made an offer of more than $90 million,
    sources told Tom Vell, who first reported that the meeting would take place")."""
    return any(
        m.start() < at < m.end() and not _COUNTS.search(m.group(0))
        for m in _PERSON_CLAUSE.finditer(sentence)
    )


_COUNTS = re.compile(
    r"\d|\b(?:"
    + "|".join((*SMALL_NUMBERS, "dozen", "hundred", "thousand", "million", "billion"))
    + r")s?\b",
    re.IGNORECASE,
)


def _is_month(sentence: str, at: int) -> bool:
    """Whether the "may" at ``at`` is the month: written with its capital and dated by the
    word before it or the number after it."""
    if sentence[at] != "M":
        return False
    return any(m.start() <= at < m.end() for m in _MONTH_MAY.finditer(sentence))


def far_apart(a: Claim, b: Claim, opts: CompareOptions) -> bool:
    """Whether two figures are more than ``opts.max_ratio`` times apart while not both
    attributed: "269 yards" in a game and "6,728 yards" in a career count different things;
    a tenfold gap between two named sources ("police said 5,000, organisers 50,000") stays.
    Two units of one measure are compared converted (:data:`.claim_units.CONVERTED_APART`)."""
    if a.claimant and b.claimant and a.claimant != b.claimant:
        return False
    if dimension(unit_head(a)) in CONVERTED_APART:
        a, b = comparable(a, b, opts)  # "3 km" and "2,500 metres" are not 1,000 times apart
    return times_apart(a, b) > opts.max_ratio


def times_apart(a: Claim, b: Claim) -> float:
    """How many times the larger of two positive figures is the smaller (each read at its low
    end, or its high end when open below); 1.0 when either is missing or not positive."""
    x = a.low if a.low is not None else a.high
    y = b.low if b.low is not None else b.high
    if x is None or y is None or x <= 0 or y <= 0:
        return 1.0
    return max(x, y) / min(x, y)
