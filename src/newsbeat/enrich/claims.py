"""Numeric claims: a number, what it counts, the range its hedge implies, and who claims it.

A number is digits ("4,200", "3.5", "31 million") or words ("five", "two thousand", "dozens").
What it counts is the noun it modifies ("4,200 troops"), extended by a casualty verb ("12 people
were killed" -> "people killed"), or the unit ("12 percent", "31 million crowns", "five days").
The hedge becomes a range so that outlets can be compared without false conflicts:

=================================  ==========================
"4,200"                            (4200, 4200), exact
"some / about / closer to 4,200"   (3780, 4620); "about 50": (37.5, 62.5)
"nearly / almost 4,000"            (3600, 4000)
"more than / over / at least 3000" (3000, None = unbounded)
"up to / fewer than 3,000"         (None, 3000)
"between 3,000 and 4,000"          (3000, 4000)
"0.6% to 0.7%", "$3 to $4"         (0.6, 0.7), (3, 4): both ends carry the unit
"dozens / hundreds / thousands"    (24, 144) / (200, 999) / (2000, 9999)
=================================  ==========================

Numbers that are not claims are skipped: dates and times (spaCy DATE/TIME entities, bare years,
clock times such as "10: 30 a. m."), ordinals and fractions ("three-fourths"), halves of a
number split by a stray space ("3. 9 percent", "20, 000"), numbers inside URLs, e-mail
addresses, codes ("F-16", "G7", "GT 650M"), ages, rows of a table (a sentence of many figures)
and numbers with nothing counted after them. Each claim keeps its own hedge words ("at least"
stays "at least") and its slot (:mod:`newsbeat.enrich.claim_slots`). The claimant is the
source of the surrounding attribution ("according to the interior ministry", "the union
said"; "the company" and "it" as :mod:`newsbeat.enrich.claim_claimants` reads them), or the
speaker of the quote the number sits in.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_bare import whole_participle
from newsbeat.enrich.claim_body_people import body_people
from newsbeat.enrich.claim_bounds import closed_bounds
from newsbeat.enrich.claim_bracketed_words import completed_word
from newsbeat.enrich.claim_clauses import in_condition
from newsbeat.enrich.claim_clock import clock_at
from newsbeat.enrich.claim_conversions import bracketed_conversions
from newsbeat.enrich.claim_counted import _CASUALTY, _counted, _new_figure, _parts_of
from newsbeat.enrich.claim_dates import standing_date
from newsbeat.enrich.claim_definite import back_reference, defined_by_casualty
from newsbeat.enrich.claim_demonym_pairs import first_of_pair, second_of_pair
from newsbeat.enrich.claim_discourse import discourse_count
from newsbeat.enrich.claim_encounters import encounter_party
from newsbeat.enrich.claim_exceeded import passed_bound
from newsbeat.enrich.claim_figures import (
    article_year,
    estimated_at,
    fraction_after,
    metres_glued,
    model_name,
    over_a_span,
    split_fraction,
    word_fraction,
)
from newsbeat.enrich.claim_found import FoundClaim, _claim
from newsbeat.enrich.claim_fronted import fronted_hedge
from newsbeat.enrich.claim_glued_sums import glued_sum_claim
from newsbeat.enrich.claim_hedges import (
    _hedge,
    _hedge_after,
    _plus_after,
    _range,
    _unit_range_upper,
)
from newsbeat.enrich.claim_heights import inches_after
from newsbeat.enrich.claim_intervals import interval_anchor
from newsbeat.enrich.claim_kin import parent_count, possessed_count
from newsbeat.enrich.claim_knockdowns import knockdown_blows
from newsbeat.enrich.claim_lost_glyphs import lost_fraction
from newsbeat.enrich.claim_measured import (
    _DEFINITE,
    _add_duration,
    _add_pair,
    _add_word_duration,
    _add_word_fraction,
    _range_claim,
    _temperature_claim,
)
from newsbeat.enrich.claim_measures import (
    glued_temperature,
    hours_and_minutes,
    scaled_unit,
    signed,
    temperature,
    word_duration,
)
from newsbeat.enrich.claim_named_modifiers import plural_after_name
from newsbeat.enrich.claim_noun_rates import noun_rate
from newsbeat.enrich.claim_number_nouns import number_noun
from newsbeat.enrich.claim_numbers import (
    SCALES,
    WORDS,
    is_measure,
    is_number_token,
    magnitude_glued,
    parse_number,
    rejoined,
    vague_multiplier,
)
from newsbeat.enrich.claim_record_changes import record_reached
from newsbeat.enrich.claim_records import record_at
from newsbeat.enrich.claim_restated import restated_claim
from newsbeat.enrich.claim_scans import (
    _VAGUE,
    _VAGUE_SCALE,
    _acceleration_end,
    _changed_from,
    _cited_after_than,
    _half_before,
    _lost_figure,
    _may_start,
    _model_noun,
    _numerator,
    _or_pair,
    _range_second,
    _score,
    _whole_of_part,
)
from newsbeat.enrich.claim_standings import (
    _clock_claims,
    _owner,
    _record_claims,
    _series_claims,
    _standing,
    _whole_claim,
    _with_ages,
)
from newsbeat.enrich.claim_suspended_ranges import one_to_upper, suspended_lower
from newsbeat.enrich.claim_tables import in_table
from newsbeat.enrich.claim_units import multiplier, resolution_name, to_a_hedged_figure
from newsbeat.enrich.claim_win_manners import win_manner
from newsbeat.enrich.doc_arrays import lowers, texts, token_offsets
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.fact_checks import DOUBT_WORDS, checked_claim_spans, inside, refuted_content
from newsbeat.enrich.not_claims import not_a_claim
from newsbeat.enrich.quote_records import FoundQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_claims", "parse_number"]


# Scales written out that "a" may open ("a million", "half a billion").
_SPELT_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def extract_claims(doc: Doc, actors: ArticleActors, quotes: list[FoundQuote]) -> list[FoundClaim]:
    """Every numeric claim of a parsed article.

    Args:
        doc: the parsed article.
        actors: its resolved actors.
        quotes: its quotes (a number inside a quote is claimed by the speaker).

    Returns:
        Claims in text order.
    """
    out: list[FoundClaim] = []
    i = 0
    n = len(doc)
    text = doc_text(doc)
    year = article_year(text)  # the date line's year: ages, kin and records are told in it
    starts = _may_start(doc)
    lows = lowers(doc)
    while i < n:
        if not starts[i]:
            i += 1  # what the checks below do with a token that starts nothing
            continue
        tok = doc[i]
        low = tok.lower_
        if low in _VAGUE or (low == "tens" and i + 2 < n and lows[i + 2] in _TENS_OF):
            first = last = i
            low_v, high_v = _VAGUE.get(low, (20000.0, 99999.0))
            if low == "tens":
                low_v, high_v = _TENS_OF[lows[i + 2]]  # "tens of millions": 20 to 99 million
                low = f"tens of {lows[i + 2]}"
                last = i + 2
            elif i + 2 < n and lows[i + 1] == "of" and lows[i + 2] in _VAGUE_SCALE:
                # "hundreds of thousands of files": 200,000 to 999,000, one figure
                scale = _VAGUE_SCALE[lows[i + 2]]
                low_v, high_v, last = low_v * scale, high_v * scale, i + 2
                low = f"{low} of {lows[i + 2]}"
            if last + 1 < n and lows[last + 1] == "of":
                what, unit, noun = _counted(doc, first, last + 1)
                if what:
                    out.append(
                        _claim(
                            doc,
                            first,
                            last,
                            what,
                            unit,
                            low_v,
                            high_v,
                            False,
                            actors,
                            quotes,
                            noun=noun,
                            hedge=low,
                        )
                    )
            i = last + 1
            continue
        if (pair := number_noun(doc, i)) is not None:  # "a pair of left hooks": two hooks
            i = _add_pair(doc, i, pair, actors, quotes, out)
            continue
        if (spelt := word_fraction(doc, i)) is not None:  # "half a mile", "a mile and a half"
            i = _add_word_fraction(doc, spelt, actors, quotes, out)
            continue
        if (period := word_duration(doc, i)) is not None:  # "a quarter-century", "a fortnight"
            i = _add_word_duration(doc, text, period, actors, quotes, out)
            continue
        if (span := hours_and_minutes(doc, i)) is not None:  # "1hr 4 mins": 64 minutes
            i = _add_duration(doc, text, span, actors, quotes, out)
            continue
        if not is_number_token(tok):
            glued = glued_temperature(doc, i)  # "-20C", "minus-20 degree temperatures"
            if glued is not None and not in_table(doc, text, i):
                out.append(_temperature_claim(doc, glued, actors, quotes))
                i = glued.last + 1
                continue
            if (size := magnitude_glued(tok.text)) is not None:  # "a magnitude-5.2 quake"
                out.append(_claim(doc, i, i, "magnitude", None, size, size, True, actors, quotes))
            elif (money := glued_sum_claim(doc, text, i, actors, quotes)) is not None:
                out.extend([money[1]] if money[1] is not None else [])  # "euro110 billion"
                i = money[0].last
            i += 1
            continue
        first = i
        while i + 1 < n and (
            (
                is_number_token(doc[i + 1])
                and not _numerator(doc, i + 1)
                and not _new_figure(doc[i], doc[i + 1])
            )
            or rejoined(doc, i) is not None
            or (
                lows[i + 1] == "and"
                and i + 2 < n
                and lows[i + 2] in WORDS
                and lows[i + 1 - 1] in SCALES
            )
        ):
            i = rejoined(doc, i) or i + 1
        last = i
        i += 1
        words = texts(doc)[first : last + 1]
        plus = _plus_after(doc, last)  # "$15+ million", "300+ members": at least the figure
        if plus is not None:
            last, i = plus[0], plus[0] + 1
            words.extend(plus[1])
        # "a dozen ships", "half a dozen": the article is the figure's "one"
        if lows[first] == "dozen" and first > 0 and lows[first - 1] in {"a", "an"}:
            first -= 1
            words.insert(0, "a")
        # "a million dollars", "half a million": the article is the scale's "one"
        if first > 0 and lows[first] in _SPELT_SCALES and lows[first - 1] in {"a", "an"}:
            first -= 1
            words.insert(0, doc[first].text)
        if all(w.lower() in SCALES for w in words) and _lost_figure(doc, first):
            continue  # "e85 million": the figure is glued to a lost currency sign
        half = lows[first] in {"a", "an"} and first > 0 and lows[first - 1] == "half"
        first -= half
        if words == ["dozen"] and (halved := _half_before(doc, first)) is not None:
            first, half = halved, True  # "at least a half-dozen others": six, and its hedge
        metres = metres_glued(doc, first, last)
        if metres:
            words = words[:-1]  # "60m": metres, not millions
        fraction = None if metres else fraction_after(doc, last)
        if fraction is not None:
            last = fraction[1]  # "2 1/2", "2-1/2", "two and a half", "4 - 1 / 2 - month"
            i = last + 1
        split = None if metres or fraction else split_fraction(doc, first, last)
        if split is not None:
            last = split[1]  # "41 / 2 months": 4 1/2, its fraction's space lost
            i = last + 1
        lost = None if metres or fraction or split else lost_fraction(doc, last)
        if lost is not None:
            last = i = lost  # "4� months": a fraction glyph lost in a copy, read below
            i += 1
        # "40 or 50 protesters", "one or two people": a range from the first to the second
        alternative = _or_pair(doc, last)
        if _range_second(doc, first, words):
            continue  # "the last four or five weeks": the range's first figure was none (a
            # range that is a claim is read from its first figure), nor is its second alone
        lone = all(w.lower() in {"one", "a", "an"} for w in words)
        one_to = one_to_upper(doc, last) if lone else None  # "one to seven days" (claims39)
        if lone and one_to is None and not (alternative and [w.lower() for w in words] == ["one"]):
            continue
        owned = possessed_count(doc, first, last)  # "one of her 12 children": all of hers
        body = None if owned else body_people(doc, first, last, actors)  # "its 246 passengers"
        if (
            owned is None
            and body is None
            and first > 0
            and lows[first - 1] in _DEFINITE
            and not _cited_after_than(doc, first, last)
            and not is_measure(doc, first, last)
            and not _whole_of_part(doc, first)
            and not defined_by_casualty(doc, last, _CASUALTY)  # "the 12 people killed in"
        ):
            continue  # "the two countries", "our four towns": a reference, not a claim
        if owned is None and back_reference(doc, first):
            continue  # "some of that 8.69 GW", "the same 38 dBA room": the figure told before
        value = parse_number(words)
        if value is not None:
            value = value / 2 if half else value + (fraction[0] if fraction else 0.0)
        if split is not None:
            value = split[0]
        record = None if value is None else record_at(doc, first, last)
        if record is None and value is not None:
            record = record_reached(doc, first, last)  # "Kerr improved to 22-3"
        if record is not None:  # "Kerr (21-3, 14 KOs)": the named fighter's wins and knockouts
            if not in_table(doc, text, first):
                out.extend(_record_claims(doc, record, actors, quotes, year))
            i = max(i, record.end + 1)
            continue
        temp = None if value is None else temperature(doc, first, last, value)
        if temp is not None and not in_table(doc, text, temp.first):
            out.append(_temperature_claim(doc, temp, actors, quotes))
            i = max(i, temp.last + 1)
            continue
        if (
            value is None
            or signed(doc, first)
            or not_a_claim(doc, text, first, last)
            or resolution_name(doc, first, last)  # "4K output": a name, no thousands
        ):
            continue  # a signed figure that is no temperature: its quantity is unknown
        if clock_at(doc, first) is not None:
            continue  # "44 seconds into the seventh round": a moment, read by _clock_claims
        # Ranges: "between 3,000 and 4,000", "3,000 to 4,000", "3,000-4,000".
        hedge = _hedge(doc, first)
        found: tuple[int, FoundClaim | None] | None = None
        if first > 0 and lows[first - 1] == "per":
            continue  # "12 cases per 100,000 people": the base of a rate, no count
        if (end := _acceleration_end(doc, first, last)) is not None:
            i = end  # "from zero to 60 mph (97 kph) in five seconds": a benchmark, no speeds
            continue
        if _changed_from(doc, first, last):
            continue  # "rose from 10% to 25%": the figure it left, no range; the new one is read
        if hedge.endswith(" between") and last + 2 < n and lows[last + 1] == "and":
            found = _range_claim(doc, first, value, last + 2, actors, quotes, between=True)
        elif (
            last + 2 < n and lows[last + 1] in {"to", "-", "–"} and is_number_token(doc[last + 2])
        ) or alternative:
            found = _range_claim(doc, first, value, last + 2, actors, quotes, between=False)
        elif one_to is not None:  # "one-to-seven days": one to seven, not seven
            found = _range_claim(doc, first, value, one_to, actors, quotes, between=False)
            found = found or (last + 1, None)
        elif (suspended := suspended_lower(doc, first)) is not None:  # "a 24- to 30-foot dhow"
            found = _range_claim(doc, *suspended, first, actors, quotes, between=False)
            found = found or (last + 1, None)  # "a 30- to 24-foot": no range, nor an exact 24
        # "between $140 and $150 million": no number right after "and", its sign first
        if found is None and (upper := _unit_range_upper(doc, first, last, hedge)) is not None:
            between = hedge.endswith(" between")
            found = _range_claim(doc, first, value, upper, actors, quotes, between=between)
        if found is not None:
            i, claim = found
            if claim is not None:
                out.append(claim)
            continue
        if _score(doc, last, value):
            i = last + 3  # "the Wild's 4-1 win", "an 8 - 8 record": a score, neither a count
            continue
        name = model_name(doc, last)
        kin = parent_count(doc, first, last) or owned
        if kin is not None:  # "a mother of 12": her children, not what follows the figure
            what, unit, noun = kin.what, None, kin.noun
        elif metres:
            what, unit, noun = "metres", "metres", doc[last]
        elif name is not None:  # "14 AK - 47 rifles": 14 AK-47s, and no "47 rifles"
            what, unit, noun = name[0], None, _model_noun(doc, name[1])
            i = name[1] + 1
        else:
            what, unit, noun = _counted(doc, first, last)
            members = None if unit or noun is None else plural_after_name(doc, last, noun)
            if members is not None:
                what, noun = members.lower_, members  # "10,500 X Guild of Y members"
            if noun is not None and discourse_count(noun):
                continue  # "Two things were very apparent": the writer's points, no count
            if noun is not None and (manner := win_manner(noun)) is not None:
                what = manner  # "46 wins by knockout": knockouts
            if noun is not None and not unit and (base := noun_rate(doc, noun)) is not None:
                what = f"{what} per {base}"  # "3.8 yards per run": a rate, no distance
            if noun is not None and (completed := completed_word(doc, noun)) is not None:
                what, unit = completed  # "a 30 min[ute] activity": 30 minutes
            if (peoples := first_of_pair(doc, last)) is not None:  # "12 Somali and 11 Yemeni …"
                shared, unit, noun = _counted(doc, peoples[1], peoples[1])
                what = f"{peoples[0]} {shared}" if shared and not unit else None
            elif what and (people := second_of_pair(doc, first, last)) is not None:
                what = f"{people} {what}"  # "… and 11 Yemeni pirates": the Yemenis only
        valued = estimated_at(doc, first, last)
        if valued is not None and not what:
            # "estimated the crowd at 70": 70 in the crowd; "put the death toll at 12": 12 dead
            what, noun = "dead" if valued.lemma_ == "toll" else valued.lemma_.lower(), valued
        if (
            valued is not None
            and "estimate"
            in {
                valued.head.lemma_.lower(),
                *(c.lemma_.lower() for c in valued.children if c.dep_ == "acl"),
            }
            and _range(value, hedge)[3] is None  # "estimates it at more than $1 million": a floor
        ):
            hedge = " estimated"  # an estimate is hedged as "an estimated 70" is
        if not what and noun is None and (told := restated_claim(doc, first, last, out)):
            what, unit = told.what, told.unit  # "put it at 5.9, but B said it was 6.1"
        if multiplier(doc, noun):
            continue  # "10 times as many cases": a ratio, no count of times
        if not what or (not unit and first > 0 and _new_figure(doc[first - 1], doc[first])):
            continue  # "five 787 Dreamliner sales", "four 100 - catch seasons": a model or a
            # measure after the count, no count of its own (a unit keeps it: "one 15-minute call")
        if noun is not None and (scaled := scaled_unit(doc, last)) is not None:
            what, unit = scaled[0], scaled[0]  # "three decades": 30 years
            value *= scaled[1]
        if noun is not None and (height := inches_after(doc, noun.i)) is not None:
            value = round(value + height[0] / 12, 2)  # "5 - feet - 8 inches": one height
            i = max(i, height[1] + 1)
        if noun is not None and (anchor := interval_anchor(doc, noun.i)) is not None:
            what = f"{what} {anchor}"  # "days after fight": a span between two events
        low_v2, high_v2, exact, hedge_words = _range(value, hedge)
        if hedge_words is None and plus is not None:
            low_v2, high_v2, exact, hedge_words = _range(value, " at least")
        if hedge_words is None and (tail := _hedge_after(doc, last, noun)) is not None:
            low_v2, high_v2, exact, hedge_words = _range(value, " " + tail)  # "20 people or more"
        if hedge_words is None and to_a_hedged_figure(doc, last if noun is None else noun.i, noun):
            low_v2, high_v2, exact, hedge_words = _range(value, " at least")  # "230 to over 300"
        if hedge_words is None and (fronted := fronted_hedge(doc, first, last)) is not None:
            low_v2, high_v2, exact, hedge_words = _range(value, " " + fronted)
        if hedge_words is None and passed_bound(doc, last, noun):
            low_v2, high_v2, exact, hedge_words = _range(value, " more than")  # "exceeded two"
        if hedge_words == "over" and first >= 2 and lows[first - 2] in _SPANNED:
            continue  # "40 hours over four days": the period the first figure took
        if hedge_words == "over" and over_a_span(doc, first, last):
            low_v2, high_v2, exact, hedge_words = value, value, True, None  # "over three days"
        if lost is not None:  # "4� months": more than 4, fewer than 5
            low_v2, exact = value if hedge_words is None else low_v2, False
            high_v2 = None if high_v2 is None else high_v2 + 1
        if (vague := vague_multiplier(doc, first)) is not None:  # "several thousand": a range
            first, hedge_words, exact = vague[0], vague[3], False
            low_v2, high_v2 = value * vague[1], value * vague[2]
        claim = _claim(
            doc,
            first,
            last,
            what,
            unit,
            low_v2,
            high_v2,
            exact,
            actors,
            quotes,
            noun=noun,
            hedge=hedge_words,
        )
        if encounter_party(noun):  # "killed Y during a clash with 30 youths": not killed
            claim = replace(claim, event=None, subject=None, recipient=None, role=None)
        if kin is not None:  # the parent has them, whatever the sentence's verb does
            parent = _owner(kin, actors, quotes)
            claim = _standing(claim, "have", parent, standing_date(doc, claim.time_ref, year, last))
        elif body is not None:  # "X said it would fly its 246 passengers": X has them
            claim = _standing(claim, "have", body, claim.time_ref)
        elif (thing := _parts_of(doc, last, noun)) is not None:
            claim = _standing(claim, "have", thing, claim.time_ref)
        elif _whole_of_part(doc, first):
            whole = _whole_claim(claim, noun, doc[last])
            if whole is None and noun is None and whole_participle(doc, last):
                whole = replace(claim, subject=None, role=None)  # "30 of the 80 wounded"
            if whole is None:
                continue
            claim = whole
        out.append(claim)
    out = bracketed_conversions(doc, out)  # "1,150 km (700 miles)": one claim in two units
    out = knockdown_blows(doc, out, actors)  # "fell from three hooks", "dropped X with two"
    out.extend(_series_claims(doc, text, actors, quotes))
    out.extend(_clock_claims(doc, text, {c.start for c in out}, actors, quotes))
    claims = _unconditional(doc, _with_ages(doc, actors, quotes, out, year))
    return _not_refuted(doc, text, closed_bounds(text, claims))


# "tens of thousands", "tens of millions" (claims38: "tens of millions of dollars" was read as
# "millions of", 2 to 999 million)
_TENS_OF = {"thousands": (20000.0, 99999.0), "millions": (2e7, 99_999_999.0)}


def _unconditional(doc: Doc, claims: list[FoundClaim]) -> list[FoundClaim]:
    """The claims less those whose figure is inside an "if" or "unless" clause
    (:func:`~newsbeat.enrich.claim_clauses.in_condition`): a condition tells no figure."""
    words = lowers(doc)
    if not claims or ("if" not in words and "unless" not in words):
        return claims
    offsets = token_offsets(doc)
    return [c for c in claims if not in_condition(doc[bisect_right(offsets, c.start) - 1])]


# "40 hours over four days", "$3 million over two years": the figure before "over" is the
# claim, the period after it says how long it took
_SPANNED = frozenset(
    {"hours", "days", "weeks", "months", "years", "minutes", "dollars", "euros", "pounds",
     "million", "billion"}
)  # fmt: skip


def _not_refuted(doc: Doc, text: str, claims: list[FoundClaim]) -> list[FoundClaim]:
    """The claims less those a fact check examines or a rumour holds
    (:mod:`newsbeat.enrich.fact_checks`): the outlet does not say them."""
    boxed = checked_claim_spans(text)
    if not boxed and DOUBT_WORDS.isdisjoint(lowers(doc)):
        return claims
    offsets = token_offsets(doc)  # a claim starts at a token: its index, no token objects
    return [
        c
        for c in claims
        if not inside(boxed, c.start)
        and not refuted_content(doc, bisect_right(offsets, c.start) - 1)
    ]
