"""The date a figure is told for, read from its sentence (its time reference)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_events import own_clause
from newsbeat.enrich.claim_figures import is_period
from newsbeat.enrich.claim_moments import no_moment
from newsbeat.enrich.doc_arrays import span_ents
from newsbeat.enrich.doc_text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _time_ref(sent: Span, first: int, last: int, noun: Token | None = None) -> str | None:
    # "one of 40 members arrested on Monday, was found dead on Wednesday": a figure whose event
    # is its noun's own clause is dated by that clause (Wednesday is the death's date), and by
    # the sentence too only when the sentence's verb for it is light ("Today there are ...")
    own, light = own_clause(noun, sent.doc[last])
    dates = [
        ent
        for ent in span_ents(sent)
        if ent.label_ == "DATE"
        and not is_period(ent)  # "2 years, with 9 months to serve": not when
        and not no_moment(ent)  # "after a quarter - century of ...": how long, not when
        and not (ent.start <= first <= ent.end or ent.start <= last < ent.end)
    ]
    if own is not None:
        if found := next((e for e in dates if _verb_of(e.root).i == own.i), None):
            return _with_its_day(found)
        if not light:
            return None
    for ent in dates:
        if _dates(ent.root, sent.doc[last]):
            return _with_its_day(ent)
    # "The last major quake was in February ... It killed 612 people": a sentence that goes on
    # about the previous one's subject ("It", "That") keeps its date.
    doc = sent.doc
    if sent.start > 0 and doc[sent.start].lower_ in _CONTINUING:
        before = doc[sent.start - 1].sent
        return next(
            (
                e.text
                for e in span_ents(before)
                if e.label_ == "DATE" and not is_period(e) and not no_moment(e)
            ),
            None,
        )
    return None


_CONTINUING = frozenset({"it", "that", "this", "they"})
_DAY_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _with_its_day(date: Span) -> str:
    """A date's words with the day NER left out before "of" ("5th of May", tagged "May"
    alone): the month alone would date the figure to the whole month."""
    doc = date.doc
    at = date.start
    if at >= 2 and doc[at - 1].lower_ == "of" and _DAY_ORDINAL.fullmatch(doc[at - 2].lower_):
        return span_text(doc[at - 2 : date.end])
    return date.text


def _verb_of(tok: Token) -> Token:
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _dates(date: Token, number: Token) -> bool:
    """Whether a date in the sentence dates the number: it hangs on the number's verb or on a
    verb that the number's clause elaborates ("struck in September, killing seven"), not on a
    coordinated other event ("was hurt in September and missed 10 games")."""
    target, verb = _verb_of(date), _verb_of(number)
    for _ in range(6):
        if verb.i == target.i:
            return True
        participle = verb.dep_ == "conj" and verb.tag_ == "VBG"  # "killing 7 and injuring 40"
        if verb.dep_ not in {"advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp"} and not participle:
            return False
        verb = _verb_of(verb.head)
    return False
