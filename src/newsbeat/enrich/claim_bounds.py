"""Two bounds of one figure told in one sentence: "an offer in excess of $90 million, but
people close to the talks say it is less than the $104 million reported by Vell".

Read one number at a time, that sentence holds a lower bound (more than $90 million) and a
second figure ($104 million) that is no claim of its own: it is the ceiling of the first, the
figure another outlet gave, which this one says the offer stays below. Left as two claims,
the ceiling reads as the outlet's own figure, agreeing with the outlet it argues against, and
the open bound agrees with any larger figure another outlet gives. Read as one range, $90
million to $104 million, it disagrees with a $120 million offer.

A ceiling written as another report's figure ("less than *the* $104 million *reported by* Vell")
names that figure to dispute it: the range stops one step of the ceiling's last digit below it
($90 million to $103 million), so that Vell's own $104 million disagrees with it. A bare ceiling
("but less than $104 million") keeps its edge: a figure that only meets a bound is no dispute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.number_names import MONTH_NAMES, WEEKDAYS, YEAR_DIGITS

if TYPE_CHECKING:
    from newsbeat.enrich.claim_found import FoundClaim

__all__ = ["cited_after", "closed_bounds"]

# What turns from the floor to the ceiling: "..., but ... less than"; "and" is left out ("more
# than 40 were hurt and fewer than 60 treated" may be two counts).
_TURN = re.compile(r"\bbut\b", re.IGNORECASE)
# The words right before a ceiling's figure: "less than the $", "fewer than", "under".
_CEILING = re.compile(
    r"\b(?:less|fewer)\s+than\s+(?:the\s+)?[$€£]?\s*$|\b(?:under|below)\s+[$€£]?\s*$",
    re.IGNORECASE,
)


def closed_bounds(text: str, claims: Sequence[FoundClaim]) -> list[FoundClaim]:
    """The claims with each lower bound that its sentence goes on to cap ("in excess of $90
    million, but ... less than the $104 million") read as one range from the floor to the
    ceiling, and the ceiling's own claim dropped.

    The ceiling must follow the floor in the same sentence, after a "but" and right after
    "less than", "fewer than", "under" or "below", with no other figure between them; it must
    count the same thing (the same unit and noun, and no other "in ..." or "of ..." after its
    figure: "more than $5 million in cash, but less than $8 million in jewels" are two sums)
    and lie above the floor.
    """
    out = list(claims)
    dropped: set[int] = set()
    for k, floor in enumerate(out):
        if k in dropped or floor.low is None or floor.high is not None:
            continue
        ceiling_at = _ceiling_of(text, out, k)
        if ceiling_at is None or ceiling_at in dropped:
            continue
        ceiling = out[ceiling_at]
        high = _value(ceiling)
        if high is not None and _cited(text, ceiling):
            high = _step_below(text, ceiling, high)
        out[k] = replace(floor, high=high)
        dropped.add(ceiling_at)
    return _cited_ceilings(text, [c for k, c in enumerate(out) if k not in dropped])


def _ceiling_of(text: str, claims: Sequence[FoundClaim], k: int) -> int | None:
    """The index of the claim that caps the lower bound ``claims[k]`` (see
    :func:`closed_bounds`), or None."""
    floor = claims[k]
    after = [
        (c.start, n)
        for n, c in enumerate(claims)
        if c.sentence == floor.sentence and c.start >= floor.end and n != k
    ]
    if not after:
        return None
    _, n = min(after)  # the next figure: nothing may stand between floor and ceiling
    ceiling = claims[n]
    value = _value(ceiling)
    between = text[floor.end : ceiling.start]
    if value is None or floor.low is None or value <= floor.low:
        return None
    if not (_TURN.search(between) and _CEILING.search(between)):
        return None
    if (ceiling.unit, ceiling.what) != (floor.unit, floor.what):
        return None
    if not _one_tense_and_time(text, floor, ceiling):
        return None
    qualifier = _qualifier(text, ceiling.end)
    return n if qualifier is None or qualifier == _qualifier(text, floor.end) else None


# Words that tell what will or may be rather than what was ("it will make less than ...").
_FUTURE = re.compile(
    r"\b(?:will|would|shall|could|might|may|expects?|expected|forecasts?|forecasted|"
    r"projects?|projected|plans?|planned)\b|'ll\b|\bgoing\s+to\b",
    re.IGNORECASE,
)
# Words that date a figure: "last year", "this quarter", a year, a month, a weekday.
_TIME = re.compile(
    r"\b(?:(?:last|this|next|previous|coming)\s+(?:year|month|week|quarter|season)|"
    + YEAR_DIGITS
    + r"|today|yesterday|tomorrow|"
    + "|".join(m for m in MONTH_NAMES if m != "may")  # "may" is a modal here
    + "|"
    + "|".join(sorted(WEEKDAYS))
    + r")\b",
    re.IGNORECASE,
)


def _one_tense_and_time(text: str, floor: FoundClaim, ceiling: FoundClaim) -> bool:
    """Whether the ceiling's clause (from the turn to the sentence's end) tells the floor's
    figure in the floor's tense and time: no future or modal word the floor's clause lacks
    ("earned more than $90 million, but it will make less than $120 million"), no time words
    other than the floor's ("last year" / "this year") and no verb other than the floor's
    ("earned ..., but it paid less than ...")."""
    found = _TURN.search(text, floor.end, ceiling.start)
    turn = found.start() if found else floor.end
    start = text.rfind(floor.sentence, 0, floor.start + 1)
    sentence_start, sentence_end = (
        (start, start + len(floor.sentence)) if start >= 0 else (floor.start, ceiling.end)
    )
    own, capping = text[sentence_start:turn], text[turn : max(sentence_end, ceiling.end)]
    if _FUTURE.search(capping) and not _FUTURE.search(own):
        return False
    if floor.event and ceiling.event and floor.event != ceiling.event:
        return False
    times = _times(capping, ceiling.time_ref)
    return not times or times == _times(own, floor.time_ref)


def _times(clause: str, time_ref: str | None) -> frozenset[str]:
    """The time words of a clause and its figure's time, folded."""
    found = {m.group(0).casefold() for m in _TIME.finditer(clause)}
    found.update(m.group(0).casefold() for m in _TIME.finditer(time_ref or ""))
    return frozenset(" ".join(word.split()) for word in found)


_QUALIFIER = re.compile(r"\s*(?:million|billion|thousand)?\s+(?:in|of)\s+(\w+)", re.IGNORECASE)


def _qualifier(text: str, end: int) -> str | None:
    """The word an "in ..." or "of ..." right after a figure names ("$8 million in jewels" ->
    jewels), lower-cased; None when none follows."""
    found = _QUALIFIER.match(text, end)
    return found.group(1).lower() if found else None


# A ceiling named as another report's figure: "the $104 million reported by", "the 60 cited".
_CITED_BEFORE = re.compile(r"\bthe\s+[$€£]?\s*$", re.IGNORECASE)
# "given" or "announced" name a report only with its teller ("the $104 million given to Luz").
# A word may name what the figure counts first: "the 3,000 protesters reported by police".
_CITED_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s*(?:(?:reported|cited|quoted|claimed|mentioned)\b|"
    r"(?:given|announced|published)\s+by\b)",
    re.IGNORECASE,
)


def _cited(text: str, ceiling: FoundClaim) -> bool:
    """Whether a ceiling is written as another report's figure: "the" before it and a
    reporting participle right after it ("less than the $104 million reported by Vell")."""
    before = text[max(0, ceiling.start - 12) : ceiling.start]
    return bool(_CITED_BEFORE.search(before) and cited_after(text, ceiling.end))


def cited_after(text: str, end: int) -> bool:
    """Whether a reporting participle follows the figure ending at ``end``: "the 3,000
    reported by police", "the $104 million cited by Vell"."""
    return _CITED_AFTER.match(text, end) is not None


def _cited_ceilings(text: str, claims: list[FoundClaim]) -> list[FoundClaim]:
    """Each lone ceiling written as another report's figure stopped a step below it: "fewer
    than the 3,000 reported by police" disputes the police's 3,000 (see the module's note)."""
    return [
        replace(c, high=_step_below(text, c, c.high))
        if c.low is None and c.high is not None and c.hedge in _BELOW and _cited(text, c)
        else c
        for c in claims
    ]


_BELOW = frozenset({"less than", "fewer than", "under", "below"})


def _step_below(text: str, ceiling: FoundClaim, value: float) -> float:
    """The largest figure below a ceiling in its own precision: one of the last digit it is
    written with ("$184 million": $183 million; "60": 59; "2.5 million": 2.4 million)."""
    digits = re.sub(r"[^\d.]", "", text[ceiling.start : ceiling.end].split()[0])
    written = float(digits) if digits.strip(".") else 0.0
    if written <= 0:
        return value
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    step = 10.0**-decimals * value / written  # one of the last digit, in the figure's scale
    return value - step


def _value(claim: FoundClaim) -> float | None:
    """The figure a ceiling gives: its exact value, or its own upper bound ("less than 104"
    read alone is at most 104); None for a range or a floor."""
    if claim.low is None or claim.low == claim.high:
        return claim.high
    return None
