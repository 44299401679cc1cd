"""Whether an age is told of what will happen: the modal of its own clause, not of the
sentence (issue 12, conf38b).

:func:`newsbeat.compare.claim_context.tells_future` reads a modal anywhere in a sentence as
telling what will happen, and keeps the sentence's figures from those of sentences telling what
happened ("will miss two games"). An age is a person's state, told in the clause that holds it:
in "Vesk will face charges after police found the bodies of two women -- 71 and 39 years old"
the modal is the charge's, and the ages are told in a clause of what happened, after a word
that opens one ("after", "when", "because" ...). "He will be 29 on April 11" keeps its modal:
it stands before the age with no clause opened between. Only an age written as one describes a
person ("39-year-old", "39 years old", a listed group's "71 and 39 years old"): "will be tried
when he turns 18" tells an age to come, after the opener too.
"""

from __future__ import annotations

import re

from newsbeat.compare.claim_context import tells_future
from newsbeat.enrich.claim_listed_ages import listed_in
from newsbeat.models import Claim

__all__ = ["told_as_future"]

# Words that open a clause of its own after the modal's ("... will face charges after police
# found ...").
_OPENERS = re.compile(r"\b(?:after|when|because|since|as|while|before|until|once)\b", re.I)


def told_as_future(claim: Claim) -> bool:
    """Whether a claim tells what will or may happen: :func:`tells_future` of its sentence,
    but for an age written once in it, of the sentence from the last clause opened before the
    age (when a modal stands before that opener)."""
    sentence = claim.sentence
    if claim.event != "age" or claim.low is None or claim.low != claim.high:
        return tells_future(sentence)
    figures = list(re.finditer(rf"(?<![\d.,]){int(claim.low)}(?![\d.,]\d)", sentence))
    if len(figures) != 1:
        return tells_future(sentence)
    at = figures[0].start()
    if not _describes(sentence, figures[0].end(), int(claim.low)):
        return tells_future(sentence)
    openers = [m for m in _OPENERS.finditer(sentence, 0, at)]
    if not openers or not tells_future(sentence[: openers[-1].start()]):
        return tells_future(sentence)
    return tells_future(sentence[openers[-1].start() :])


_YEARS_OLD = re.compile(r"\s*-?\s*years?\s*-?\s*old\b", re.I)


def _describes(sentence: str, end: int, years: int) -> bool:
    """Whether the age ending at ``end`` is written as a description: "N-year-old", "N years
    old", or one of a listed group's ages."""
    if _YEARS_OLD.match(sentence, end):
        return True
    return any(years in ages for _, ages in listed_in(sentence))
