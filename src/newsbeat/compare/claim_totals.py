"""Whether a figure is a running total ("99 arrested since the unrest began") or a whole."""

from __future__ import annotations

import re

from newsbeat.compare.claim_context import is_value
from newsbeat.compare.claim_scope import marks_scope
from newsbeat.compare.records import _tokens
from newsbeat.enrich.number_names import WEEKDAYS
from newsbeat.models import Claim

# "a total loss" says how much was lost, not that a figure is a total.
_SCOPE = re.compile(
    r"\b(?:in total|total|overall|altogether|so far|in all|cumulative)\b(?!\s+loss\b)", re.I
)
# A count "since" a start ("arrested 99 people since the unrest began") is a running total,
# not one night's count: the figure's own verb in the perfect ("have arrested 99 people since
# the unrest began", "Since Monday, 40 people have died") over a span that starts at "since",
# in one clause (between punctuation). Not the figure's span: a "since" of another clause ("a
# 52-3 record, taking his unbeaten run to 10 since 2004"), of another verb ("arrested 12 people
# and have questioned them since"), one meaning "because" ("were evacuated on Tuesday since the
# river kept rising"; "Since the storm killed 14 people, the mayor has resigned"), one dating a
# record ("the deadliest attack since 2005", "the biggest sweep in the city since the riots
# began", "for the first time since May"), or the figure's own day ("on Friday night").
_SINCE = re.compile(r"\bsince\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # "2,000": one figure, read as "2000"
_RECORD_WORDS = re.compile(
    r"\w+iest|(?:bigg|larg|high|low|great|long|strong|small|fast|few|hott|cold|warm|lat)est"
    r"|worst|most|best|first|last|time|ever",
    re.I,
)  # "deadliest", "largest", "first": not "unrest", "arrest" or "protest"
_RECORD_REACH = 4  # words looked at before "since", before the figure too
_PERFECT = re.compile(
    r"\b(?:have|has|had|having|'ve)\s+(?:(?:now|so|far|already|also|just|not|never|\w+ly)\s+){0,2}"
    r"(?:been|\w+(?:ed|en|wn)|lost|left|held|fled|caught|hurt|shot|hit|put|set|sent|seen|found|"
    r"brought|made|paid|sold|kept|told|met|spent|fought|won|begun|run|become|come|gone|done|"
    r"got|struck|built|bought|led|fed|dug|hung|stood|sunk|swept|lent)\b",
    re.I,
)
_HAVE = frozenset({"have", "has", "had", "having"})
_HAS_REACH = 3  # words from "has" to the figure it has: "has just 54", "have at least 40"
_ONE_DAY = frozenset({*WEEKDAYS, "overnight", "yesterday", "today", "tonight", "night"})
_NEW_VERB = frozenset({"and", "but", "then", "while", "who", "which", "after", "before"})


def _is_total(claim: Claim) -> bool:
    """Whether a claim's figure is given as a total: its sentence says "in total", "so far"
    (``_SCOPE``), or counts it in the perfect "since" a start (:func:`_counts_since`)."""
    sentence = claim.sentence
    if _SCOPE.search(sentence) or marks_scope(sentence):
        return True
    clauses = _CLAUSE_BREAK.split(_THOUSANDS.sub("", sentence))
    if len(clauses) > 1 and _fronted_span(clauses[0], clauses[1], claim):
        return True
    return any(_counts_since(clause, claim, opening=k == 0) for k, clause in enumerate(clauses))


def _fronted_span(opening: str, main: str, claim: Claim) -> bool:
    """Whether a sentence opens on a "since" phrase of its own ("Since Monday,") whose main
    clause counts the figure in the perfect ("40 people have died"): not a "since" clause
    holding the figure ("Since the storm killed 14 people, the mayor has resigned")."""
    words = _tokens(opening)
    return (
        words[:1] == ["since"]
        and not any(is_value(w, claim) for w in words)
        and any(is_value(w, claim) for w in _tokens(main))
        and _perfect_figure(main, claim)
    )


def _counts_since(clause: str, claim: Claim, *, opening: bool) -> bool:
    """Whether a clause counts the claim's figure in the perfect over a span from a "since"
    (before the figure only when the sentence opens on it, its ``opening`` clause: "Since the
    war began 40 people have died"; not "He resigned, since 14 people have died")."""
    words = _tokens(clause)
    figures = [k for k, w in enumerate(words) if is_value(w, claim)]
    if not figures or not _perfect_figure(clause, claim):
        return False
    for match in _SINCE.finditer(clause):
        at = len(_tokens(clause[: match.start()]))
        if at + 1 >= len(words):
            continue  # "have questioned them since": no span starts here
        if at < figures[0]:
            if opening and at == 0 and not _RECORD_WORDS.fullmatch(words[1]):
                return True
            continue
        figure = max(k for k in figures if k < at)
        between = words[figure + 1 : at]
        reach = words[max(0, at - _RECORD_REACH) : at]
        if any(_RECORD_WORDS.fullmatch(w) for w in [*between, *reach]):
            continue
        if not _ONE_DAY.intersection(between):
            return True
    return False


def _perfect_figure(clause: str, claim: Claim) -> bool:
    """Whether the claim's figure hangs on a perfect-tense verb of the clause: one before it
    ("have now arrested 99 people", "have searched 30 homes and arrested 12 people") or right
    after its noun ("40 people have died"; not "arrested 12 people and have questioned them"),
    or one having it ("Since Week 11, Thomas has eight touchdowns")."""
    words = _tokens(clause)
    for k, word in enumerate(words):
        if word in _HAVE and any(is_value(w, claim) for w in words[k + 1 : k + 1 + _HAS_REACH]):
            return True
    for match in _PERFECT.finditer(clause):
        before = _tokens(clause[: match.start()])
        figures = [k for k, w in enumerate(before) if is_value(w, claim)]
        if not figures:
            return any(is_value(w, claim) for w in _tokens(clause[match.end() :]))
        if not _NEW_VERB.intersection(before[figures[-1] + 1 :]):
            return True
    return False
