"""The date a figure is told for, read from its sentence (its time reference)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_date_bounds import placing_dates
from newsbeat.enrich.claim_embedded import own_act_apart, told_anew
from newsbeat.enrich.claim_events import own_clause
from newsbeat.enrich.claim_figures import is_period
from newsbeat.enrich.claim_moments import no_moment
from newsbeat.enrich.claim_ordinal_dates import other_ordinals_date
from newsbeat.enrich.doc_arrays import span_ents
from newsbeat.enrich.doc_text import span_text
from newsbeat.enrich.number_names import YEAR
from newsbeat.enrich.quote_attribution import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
        and not other_ordinals_date(ent, first, last)  # "sixth - and third this year"
    ]
    if own is not None:
        if found := next((e for e in dates if _verb_of(e.root).i == own.i), None):
            return _with_its_day(found)
        if not light:
            return None
    # The date nearest the figure's own verb: "presented on Thursday at the trial of two men
    # accused of killing Kerr in 2011 and wounding two others": the wounding's 2011, not the
    # day of the trial its clause is embedded in. A date that modifies a verb comes before one
    # inside a noun phrase ("a drop of five points from last season"), which the tagger hangs
    # on the verb only through its noun; among those, the first in the sentence, as before.
    # A date on the verb that tells the figure ("..., the coach said on Sunday") dates the
    # telling, not the figure: it ranks with the noun phrases' dates, so the figure's own
    # ("rushed for 150 yards this season") comes first, and it is kept only when alone.
    # "Before 1997, X had served a term in 1959": a bound yields to a date that places the act.
    placing = placing_dates([e for e in dates if _steps(e.root, sent.doc[last]) is not None])
    steps = [
        (not _on_verb(ent.root) or _on_teller(ent.root, n), n, k, ent)
        for k, ent in enumerate(dates)
        if ent in placing and (n := _steps(ent.root, sent.doc[last])) is not None
    ]
    if steps:
        best = min(steps, key=lambda s: (s[0], s[1], s[2]))
        if best[0]:
            best = min(steps, key=lambda s: s[2])
        return _with_its_day(best[3])
    # "The last major quake was in February ... It killed 612 people": a sentence that goes on
    # about the previous one's subject ("It", "That") keeps its date.
    # Only when the pronoun is the subject of the figure's own verb and that verb tells an act:
    # "It was more than seven months ago", "This means they will miss two players", "It was
    # estimated that there were 300": the sentence's own time, or none, not the one before.
    doc = sent.doc
    if sent.start > 0 and doc[sent.start].lower_ in _CONTINUING and _continues(doc, sent, last):
        before = doc[sent.start - 1].sent
        return next(
            (
                _with_its_day(e)
                for e in span_ents(before)
                if e.label_ == "DATE" and not is_period(e) and not no_moment(e)
            ),
            None,
        )
    return None


# Verbs that tell no act of the pronoun's referent: a state, a cost, a reckoning.
_LIGHT = frozenset({"be", "have", "mean", "take", "estimate", "seem", "appear", "remain"})


def _continues(doc: Doc, sent: Span, last: int) -> bool:
    """Whether the sentence's opening pronoun ("It", "That temblor") is the subject of the verb
    the figure hangs on, or of the verb that verb is coordinated with or elaborates ("It
    killed 612 people and injured 1,400, leaving thousands homeless"), and that verb tells an
    act ("They made off with 2m euros"), not a state or a reckoning."""
    verb = _verb_of(doc[last])
    for _ in range(4):
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if verb.dep_ not in {"conj", "dep"} and not participle:
            break  # "dep": a verb of a list the parser did not join ("killed 6, injured 50")
        verb = _verb_of(verb.head)
    subject = doc[sent.start]
    if subject.dep_ == "det":
        subject = subject.head  # "That temblor killed ..."
    return (
        subject.dep_ in {"nsubj", "nsubjpass"}
        and subject.head.i == verb.i
        and verb.lemma_.lower() not in _LIGHT
        and verb.pos_ == "VERB"
        and not told_anew(verb)
    )


_CONTINUING = frozenset({"it", "that", "this", "they"})
_DAY_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _with_its_day(date: Span) -> str:
    """A date's words with the day NER left out before "of" ("5th of May", tagged "May"
    alone): the month alone would date the figure to the whole month; and a coordinated time
    whole ("In 2009 and 2010", "his 2002 - 03 squad"): its first part alone is too narrow."""
    doc = date.doc
    at, end = date.start, _coordinated_end(date)
    if at >= 2 and doc[at - 1].lower_ == "of" and _DAY_ORDINAL.fullmatch(doc[at - 2].lower_):
        at -= 2
    if at == date.start and end == date.end:
        return date.text
    return span_text(doc[at:end])


_JOINS = frozenset({"and", "or", "to", "through", "-", "\u2013"})


def _coordinated_end(date: Span) -> int:
    """Where a time joined to the next one ends: "2009 and 2010" (two DATE spans), "2002 - 03"
    (a year and the digits of the next); the date's own end when nothing is joined."""
    doc, end = date.doc, date.end
    if end + 1 >= len(doc) or doc[end].lower_ not in _JOINS:
        return end
    nxt = doc[end + 1]
    if nxt.ent_type_ == "DATE" and nxt.ent_iob_ == "B":
        return next((e.end for e in span_ents(date.sent) if e.start == nxt.i), end)
    dash = doc[end].text in {"-", "\u2013"}
    if dash and YEAR.fullmatch(date.text) and nxt.text.isdigit() and len(nxt.text) == 2:
        return end + 2  # "2002 - 03": a season
    return end


def _verb_of(tok: Token) -> Token:
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _dates(date: Token, number: Token) -> bool:
    """Whether a date in the sentence dates the number: it hangs on the number's verb or on a
    verb that the number's clause elaborates ("struck in September, killing seven"), not on a
    coordinated other event ("was hurt in September and missed 10 games")."""
    return _steps(date, number) is not None


_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative"})


def _on_verb(date: Token) -> bool:
    """Whether a date modifies its verb: it hangs on it, or on a preposition that does ("in
    2011"), and is none of its arguments ("has not enjoyed a winning season")."""
    if date.pos_ not in {"NOUN", "PROPN", "NUM", "ADV"}:
        return False  # "the late 1980 's": a root the tagger took from a stray "'s"
    tok = date
    while tok.head.i != tok.i and tok.head.pos_ == "ADP":
        tok = tok.head
    head = tok.head
    return head.i != tok.i and head.pos_ in {"VERB", "AUX"} and tok.dep_ not in _ARGUMENTS


def _on_teller(date: Token, steps: int) -> bool:
    """Whether a date hangs on a verb of saying above the figure's own verb ("the authority
    said on Saturday")."""
    return steps > 0 and _verb_of(date).lemma_.lower() in CUE_LEMMAS


def _steps(date: Token, number: Token) -> int | None:
    """How many clauses up from the number's verb the date's verb is (0: the same verb), or
    None when the date does not date the number (see ``_dates``)."""
    target, verb = _verb_of(date), _verb_of(number)
    for step in range(6):
        if verb.i == target.i:
            return step
        participle = verb.dep_ == "conj" and verb.tag_ == "VBG"  # "killing 7 and injuring 40"
        # "This year, pirates attacked 100 vessels and hijacked 40": a date before both verbs
        # dates both (not "was hurt in September and missed 10 games")
        fronted = verb.dep_ == "conj" and date.i < verb.head.i == target.i and _on_verb(date)
        if verb.dep_ not in {"advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp"} and not (
            participle or fronted
        ):
            return None
        if verb.dep_ in {"acl", "relcl"} and own_act_apart(verb, date):
            return None
        verb = _verb_of(verb.head)
    return None


def standing_date(doc: Doc, time_ref: str | None, year: str | None, last: int) -> str | None:
    """The time a person's standing (an age, a count of children) ending at ``last`` is told
    in: another year than the date line's that its own clause names ("Kerr, 92, told a
    reporter in 2006": 2006); else the year of the date line (``year``), but only when the
    sentence names no other year, which the standing may belong to ("the 29 - year - old
    Kerr as the shooter, but Vale was acquitted in 1958": not the date line's year, and no
    year surely its own), and no time of its own ("who was 18 at the time of the shooting")."""
    named = YEAR.search(time_ref or "")
    if (named is not None and named.group(0) != year) or year is None:
        return time_ref
    if [t.lower_ for t in doc[last + 1 : last + 4]] == ["at", "the", "time"]:
        return None
    for e in span_ents(doc[last].sent):
        if e.label_ != "DATE" or is_period(e) or no_moment(e) or e.start <= last < e.end:
            continue
        if any(m.group(0) != year for m in YEAR.finditer(e.text)):
            return None
    return year
