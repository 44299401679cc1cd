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

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress
from operator import or_
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_arrests import arrest_by_taking, taken_with
from newsbeat.enrich.claim_bare import (
    collective_of,
    figure_head,
    gathered_people,
    participle_after,
    shared_noun,
    taken_into_custody,
    whole_participle,
)
from newsbeat.enrich.claim_bounds import cited_after, closed_bounds
from newsbeat.enrich.claim_claimants import (
    according_covers,
    claimant_of,
    closes_before,
    document_finds,
    named_within,
    passive_agent,
    tail_teller,
)
from newsbeat.enrich.claim_clauses import in_condition
from newsbeat.enrich.claim_clock import CLOCK, clock_at, clock_event
from newsbeat.enrich.claim_definite import defined_by_casualty
from newsbeat.enrich.claim_figures import (
    ages,
    article_year,
    estimated_at,
    fraction_after,
    is_period,
    metres_glued,
    model_name,
    over_a_span,
    split_fraction,
    stated_ages,
    word_fraction,
)
from newsbeat.enrich.claim_fronted import fronted_hedge
from newsbeat.enrich.claim_heights import inches_after
from newsbeat.enrich.claim_intervals import interval_anchor
from newsbeat.enrich.claim_kin import Kin, parent_count, possessed_count
from newsbeat.enrich.claim_measures import (
    Temperature,
    glued_temperature,
    hours_and_minutes,
    scaled_unit,
    signed,
    temperature,
    word_duration,
)
from newsbeat.enrich.claim_modifiers import modifier_end
from newsbeat.enrich.claim_moments import no_moment
from newsbeat.enrich.claim_number_nouns import number_noun
from newsbeat.enrich.claim_numbers import (
    MONEY_SIGNS,
    SCALES,
    WORDS,
    is_magnitude,
    is_measure,
    is_number_token,
    magnitude_glued,
    parse_number,
    rejoined,
    vague_multiplier,
)
from newsbeat.enrich.claim_ordinals import ORDINAL, ORDINAL_WORDS, series_at
from newsbeat.enrich.claim_pronouns import named_possessive, named_pronoun
from newsbeat.enrich.claim_records import Record, record_at
from newsbeat.enrich.claim_slots import (
    attendance,
    claim_slot,
    own_clause,
    participle_clause,
    quoted_at,
)
from newsbeat.enrich.doc_arrays import (
    alphas,
    doc_arrays,
    doc_ents,
    indices_in,
    lowers,
    span_ents,
    texts,
    token_offsets,
    with_digit,
    word_ids,
    words_text,
)
from newsbeat.enrich.doc_text import doc_text, span_text
from newsbeat.enrich.fact_checks import DOUBT_WORDS, checked_claim_spans, inside, refuted_content
from newsbeat.enrich.function_words import DETERMINERS
from newsbeat.enrich.not_claims import in_table, is_window, not_a_claim
from newsbeat.enrich.number_names import YEAR
from newsbeat.enrich.quote_attribution import CUE_LEMMAS, TO_HEARERS
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

__all__ = ["NEARLY_HEDGES", "FoundClaim", "extract_claims", "parse_number"]

_UNITS = {
    "%": "percent",
    "percent": "percent",
    "per": "percent",
    "pct": "percent",
    "$": "dollars",
    "dollar": "dollars",
    "dollars": "dollars",
    "usd": "dollars",
    "€": "euros",
    "euro": "euros",
    "euros": "euros",
    "eur": "euros",
    "£": "pounds",
    "pound": "pounds",
    "pounds": "pounds",
    "gbp": "pounds",
    "crown": "crowns",
    "crowns": "crowns",
    "kroner": "crowns",
    "kronor": "crowns",
    "krone": "crowns",
    "krona": "crowns",
    "nok": "crowns",
    "sek": "crowns",
    "dkk": "crowns",
    "kr": "crowns",
    "yen": "yen",
    "yuan": "yuan",
    "rubles": "rubles",
    "roubles": "rubles",
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
    "hour": "hours",
    "hours": "hours",
    "minute": "minutes",
    "minutes": "minutes",
    "min": "minutes",  # "30 min activity": the abbreviation, not a count of "activity"
    "mins": "minutes",
    "hr": "hours",  # written in lower case only: "203 HR" are home runs, "MIN" a team
    "hrs": "hours",
    "km": "kilometres",
    "kilometres": "kilometres",
    "kilometers": "kilometres",
    "miles": "miles",
    "mile": "miles",
    "tonnes": "tonnes",
    # "tons" are short tons in US copy and long tons in British (907 or 1,016 kg): never one
    # quantity with tonnes ("about 2,300 tons (2,095 metric tons)"); "metric tons" are tonnes
    "tons": "tons",
    "ton": "tons",
    "kg": "kilograms",
    "metres": "metres",
    "meters": "metres",
    "points": "points",
}
# "2,000ft": an abbreviation glued to the figure, counted as the word it stands for (not a
# unit: "2,000 feet" counts feet with no unit, and both must be one quantity)
_ABBREVIATIONS = {"ft": "feet"}
# Words of measure a figure may stand before in a compound ("a 275 horsepower electric motor",
# "a 20.7 cubic foot trunk", "an 82 kWh battery"): what is counted is the measure, not the
# thing it measures.
_MEASURE_WORDS = frozenset(
    {"horsepower", "hp", "kwh", "kilowatt", "kilowatts", "kw", "mw", "gw", "megawatt",
     "megawatts", "gigawatt", "gigawatts", "watt", "watts", "volt", "volts", "foot", "feet",
     "inch", "inches", "liter", "liters", "litre", "litres", "gallon", "gallons", "pound",
     "pounds", "ton", "tons", "tonne", "tonnes", "mph", "kph", "rpm", "cc", "lb", "lbs",
     "metre", "meter", "kilometre", "kilometer", "yard", "acre", "hectare"}
)  # fmt: skip
_CASUALTY = {
    "kill": "killed",
    "injure": "injured",
    "wound": "wounded",
    "arrest": "arrested",
    "die": "dead",
    "detain": "detained",
    "displace": "displaced",
    "evacuate": "evacuated",
    "hurt": "injured",
    "lay": "laid off",
    "strike": "striking",
    "flee": "fled",
}
_CASUALTY_EVENTS = {
    "killed": "kill", "dead": "kill", "injured": "injure", "wounded": "injure", "hurt": "injure",
    "arrested": "arrest", "detained": "arrest", "displaced": "displace", "evacuated": "evacuate",
    "fled": "displace",
}  # fmt: skip
_VAGUE = {
    "dozens": (24.0, 144.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "millions": (2e6, 999e6),
    "scores": (40.0, 200.0),
}
_VAGUE_SCALE = {"hundreds": 100.0, "thousands": 1000.0, "millions": 1e6}
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
NEARLY_HEDGES = ("nearly", "almost", "close to", "just under", "just shy of", "not quite")
# every hedge as ``_range`` looks for it at the end of the words before a figure: most figures
# have none, which one ``str.endswith`` of them all tells at once
_HEDGE_ENDS = tuple(" " + option for option in (*_AT_LEAST, *_AT_MOST, *NEARLY_HEDGES, *_ABOUT))
# "that" and "this" are left out: "said that 40 died" opens a clause, no reference
_DEFINITE = (DETERMINERS - {"this", "that"}) | {"our", "both", "my", "your", "all"}
_MOSTLY = frozenset({"mostly", "mainly", "largely", "chiefly", "predominantly", "overwhelmingly"})
_NOT_COUNTED = frozenset({"of", "and", "or", "to", "in", "on", "at", "for", "by", "the", "a"})


@dataclass(frozen=True, kw_only=True)
class FoundClaim:
    """A claim with the character span of its number."""

    what: str
    low: float | None
    high: float | None
    exact: bool
    unit: str | None
    claimant: str | None
    sentence: str
    time_ref: str | None
    start: int
    end: int
    hedge: str | None = None
    role: str | None = None
    event: str | None = None
    subject: str | None = None
    place: str | None = None
    voice: str | None = None
    occasion: str | None = None
    carried: str | None = None  # "subject": read from the sentence before (claim_carry)
    recipient: str | None = None  # the named party the act is done to (claim_recipients)


def _hedge(doc: Doc, first: int) -> str:
    """The words before a figure, where its hedge is; a currency mark before the digits is
    part of the figure ("more than $5 million" is hedged like "more than 5 million")."""
    if first > 0 and texts(doc)[first - 1] in _UNITS and not alphas(doc)[first - 1]:
        first -= 1
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


# "About" a one-digit figure, give or take a fifth: two neighbouring estimates still meet
# ("about two weeks" and "about three weeks" at 2.4, "about 200" and "about 300" at 240), but
# an exact figure a quarter away is no longer "about" it ("150 meters" against "about 200m":
# a writer who had 150 would have written it). A quarter let 150 and 250 in.
ABOUT_ROUND = 0.2


def _range(value: float, hedge: str) -> tuple[float | None, float | None, bool, str | None]:
    """(low, high, exact, the hedge words as written) of a figure after ``hedge``.

    "About" a figure of one significant digit is a rounder estimate ("about 100,000": give or
    take a fifth, :data:`ABOUT_ROUND`) than about one of two ("about 4,200": give or take a
    tenth), and one of three or more is finer still ("an estimated $102 million": give or take
    a twentieth; a writer who meant a tenth would have said "about $100 million").
    """
    if not hedge.endswith(_HEDGE_ENDS):
        return value, value, True, None
    digits = len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")) or 1
    about = ABOUT_ROUND if digits == 1 else 0.1 if digits == 2 else 0.05
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


# "50 Future Leaders Age 40": the age of those counted, never what is counted
_AGE_WORDS = frozenset({"age", "aged"})
_LOWER_CASE_UNITS = frozenset({"min", "mins", "hr", "hrs"})


def _per_hour(doc: Doc, i: int) -> bool:
    """Whether the unit at ``i`` is followed by "/h", "per hour" or "an hour"."""
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    return after in (["/", "h"], ["/", "hr"], ["per", "hour"], ["an", "hour"], ["a", "hour"])


def _counted(doc: Doc, first: int, last: int) -> tuple[str | None, str | None, Token | None]:
    """(what, unit, noun token) for the number tokens ``first..last``."""
    unit: str | None = None
    if first > 0 and doc[first - 1].text in _UNITS and not doc[first - 1].is_alpha:
        unit = _UNITS[doc[first - 1].text]  # $ € £
    noun: Token | None = None
    head_word: str | None = None  # the counted word when the tagger made it a verb
    i = last + 1
    # "4,200 of its members", "60 of the boats": the noun after a partitive "of".
    partitive = (
        i + 2 < len(doc)
        and doc[i].lower_ == "of"
        and doc[i + 1].lower_ in {"its", "their", "the", "our", "his", "her"}
    )
    if partitive:
        i += 2
    limit = i + 6  # the words a counted noun may be after the figure (or its partitive)
    while i < min(len(doc), limit):
        tok = doc[i]
        low = tok.lower_
        if i > last and _hyphen_part(doc, i):
            i += 2  # "his season-high 31 points", "five triple-doubles": read on after "-"
            continue
        per_cent = low == "per" and i + 1 < len(doc) and doc[i + 1].lower_ == "cent"
        # "per cent" in two words, whatever the tagger calls "per" ("70 per cent" tags it ADP)
        if i - 2 > last and _hyphen_part(doc, i - 2):  # "light-years", "lb-ft": the compound
            if i + 1 < len(doc) and doc[i + 1].pos_ in {"NUM", "NOUN", "PROPN"}:
                i += 1  # "season-high 31 points": a modifier of what follows
                continue
            noun = tok
            break
        if (
            low in _UNITS
            and (tok.pos_ in {"NOUN", "PROPN", "SYM", "NUM"} or low == "%" or per_cent)
            and (low not in _LOWER_CASE_UNITS or tok.text.islower())
        ):
            unit = unit or _UNITS[low]
            if unit == "tons" and i > 0 and doc[i - 1].lower_ == "metric":
                unit = "tonnes"
            if unit in {"kilometres", "miles"} and _per_hour(doc, i):
                unit = f"{unit} per hour"  # "50 km/h", "40 miles an hour": a speed
            elif (per := _per_unit(doc, i)) is not None:
                unit = f"{unit} per {per}"  # "90 miles per gallon": a rate, no distance
            noun = tok
            break
        if low == "worth" and unit:
            break  # "$108 million worth of rings" counts dollars
        if low in _ABBREVIATIONS and i == last + 1:  # "2,000ft", not "414 lb-ft"
            noun = tok
            break
        if tok.pos_ in {"NOUN", "PROPN"} and _time_after(doc, last, tok):
            break  # "$80 million last summer": when, not what
        if (
            low not in _MEASURE_WORDS
            and (past := modifier_end(doc, i)) is not None
            and past < limit
        ):
            i = past  # "sheriff's deputies", "court - appointed attorneys": the second noun
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and low not in _NOT_COUNTED:
            noun = tok
            # "4,200 troops" but also "4,200 army troops": take the head of a compound, and
            # of a noun the tagger made a modifier ("two undersea cables": cables, not undersea)
            # "200 U.S. military personnel", "50 Airbus A350 jets": a name the parser hung on
            # as nmod (a unit's symbol it calls PROPN, "2.1 GW", stays what is counted)
            while noun.lower_ not in _MEASURE_WORDS and (
                (
                    (
                        noun.dep_ == "compound"
                        or (noun.dep_ == "nmod" and noun.ent_type_ in {"GPE", "NORP", "ORG"})
                    )
                    and noun.i < noun.head.i < last + 6
                )
                or (noun.dep_ == "amod" and noun.head.i == noun.i + 1 and noun.head.pos_ == "NOUN")
                # "five of her daughter's orphaned kids": the kids, not the daughter
                or (partitive and noun.dep_ == "poss" and noun.i < noun.head.i < last + 8)
            ):
                if noun.head.lower_ in _AGE_WORDS:
                    break  # "50 Future Leaders Age 40": the age of those counted
                noun = noun.head
            noun = _shared_head(doc, first, last, noun)
            if partitive:
                head_word = _noun_tagged_verb(doc, noun)
            break
        if i == last + 1 and _new_figure(doc[last], tok):
            break  # "three 10-year sentences": the 10 measures, the three counts; not read
        if tok.pos_ in {"ADJ", "NUM"} or tok.text == "-" or low in {"more", "new", "extra"}:
            i += 1
            continue
        if low in _MOSTLY and i + 1 < len(doc) and doc[i + 1].pos_ in {"ADJ", "VERB"}:
            i += 1  # "three dozen mostly young people": an adverb of the adjective
            continue
        if i == last + 1 and tok.dep_ == "amod" and tok.tag_ in {"VBN", "VBG"} and tok.head.i > i:
            i += 1  # "250,000 written comments": a participle before the noun
            continue
        if tok.dep_ == "amod" and tok.pos_ == "ADV" and tok.head.i > i and tok.head.pos_ == "NOUN":
            i += 1  # '140 million monthly active "businesses"': an adverb-tagged modifier
            continue
        if (aside := _aside_end(doc, i, limit)) is not None:
            if (quoted := _quoted_noun(doc, i, aside)) is not None:
                noun = quoted  # '140 million "businesses" across': the noun in quotes
                break
            i = aside + 1  # '200 "made" soldiers', "300 (mostly young) recruits"
            continue
        if i > last + 1 and low in {"or", "and"} and _modifier(doc, i + 1):
            i += 2  # '200 "made" or inducted soldiers': a second modifier, not a second figure
            continue
        break
    if is_magnitude(doc, first, last, noun):
        return "magnitude", None, noun
    if noun is not None and (counted := _counts_modifier(doc, last, noun)) is not None:
        return counted  # "a 40- to 50-employee company": none; "the 300 - seat Parliament"
    if noun is None:
        if unit:
            if (per := _per_unit(doc, last)) is not None:
                unit = f"{unit} per {per}"  # "$5,000 a month": a rate, no sum
            return unit, unit, None
        # "18 were injured and 12 arrested": the participle right after a bare figure is what
        # it counts, wherever the parser hung the figure (here on "injured", as a conjunct)
        after = doc[last + 1] if last + 1 < len(doc) else None
        if after is not None and after.tag_ == "VBN" and after.lemma_ in _CASUALTY:
            return _CASUALTY[after.lemma_], None, None
        participle = participle_after(doc, last)  # "40 badly hurt", "three seriously injured"
        if participle is not None and participle.lemma_ in _CASUALTY:
            return _CASUALTY[participle.lemma_], None, None
        # "killing 12", "12 were killed"; "wounding around 1, 400": the figure's own head
        head = figure_head(doc, first, last).head
        if head.lemma_ in _CASUALTY and head.pos_ == "VERB":
            return _CASUALTY[head.lemma_], None, None
        tally = _tally_of(doc[last])
        if tally is not None:
            return tally, None, None
        if attendance(doc, first, last) is not None:
            return "people", None, None  # "was attended by some 5,000": people attended
        if gathered_people(doc, first, last) is not None:
            return "people", None, None  # "where 10,000 gathered", "some 5,000 marched"
        if (collective := collective_of(doc, first, last)) is not None:
            return collective.lemma_.lower(), None, None  # "a population of 120,000"
        if taken_into_custody(doc, first, last):
            return _CASUALTY["arrest"], None, None  # "took 23 into custody"
        if (shared := shared_noun(doc, first, last)) is not None:
            return shared.lower_, None, None  # "attacked 100 vessels and hijacked 40"
        return None, None, None
    what = noun.text.lower() if noun.lower_ not in _UNITS else unit or noun.lower_
    what = head_word or what
    if (compound := _hyphen_compound(doc, last, noun)) is not None:
        return compound, None, noun  # "86 triple-doubles", "230 million light-years"
    if noun.i == last + 1:
        what = _ABBREVIATIONS.get(what, what)
    if (measured := _hyphen_measured(doc, last, noun)) is not None:
        return measured, unit, noun  # "a five - year sentence" measures a sentence
    verb = noun.head
    if noun.dep_ in {"nsubjpass", "nsubj", "dobj"} and verb.lemma_ in _CASUALTY:
        what = f"{what} {_CASUALTY[verb.lemma_]}"
    elif noun.dep_ == "dobj" and arrest_by_taking(verb):
        what = f"{what} {_CASUALTY['arrest']}"  # "nabbed 14 pirates": 14 pirates arrested
    elif taken_with(noun):
        pass  # "arrested three men with 4 kilograms of heroin": the heroin was not arrested
    elif noun.dep_ == "pobj" and noun.head.head.lemma_ in _CASUALTY:
        what = f"{what} {_CASUALTY[noun.head.head.lemma_]}"
    elif (own := participle_clause(noun, doc[last])) is not None and own.lemma_ in _CASUALTY:
        what = f"{what} {_CASUALTY[own.lemma_]}"  # "one of 40 members arrested on Monday"
    if unit and noun.lower_ in _UNITS:
        owner = doc[first].head
        while owner.i != owner.head.i and owner.pos_ in {"NUM", "SYM"}:
            owner = owner.head
        if owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.pos_ == "NOUN":
            what = owner.head.head.lemma_  # "a budget of 31 million crowns" -> budget
    return what, unit, noun


def _noun_tagged_verb(doc: Doc, noun: Token) -> str | None:
    """The head noun of a partitive's phrase whose last word the tagger made a verb: in "four
    of its security updates just days after", "updates" is tagged a verb of "security"; after
    "of its" a noun phrase stands, so a plural in -s right after the noun is what is counted
    (the figure's slot is still read from the noun the parse gives: its verb is the
    sentence's)."""
    if noun.i + 1 >= len(doc) or noun.tag_ != "NN":
        return None
    nxt = doc[noun.i + 1]
    if nxt.tag_ == "VBZ" and nxt.is_alpha and nxt.lower_.endswith("s") and nxt.is_lower:
        return nxt.lower_
    return None


def _time_after(doc: Doc, last: int, tok: Token) -> bool:
    """Whether a noun after a figure belongs to a date or time that does not hold the figure
    ("worth $80 million last summer", "sold 200 copies Monday"): it says when, not what is
    counted ("three days" is one DATE with its number, and counts days)."""
    if tok.ent_type_ not in {"DATE", "TIME"}:
        return False
    start = tok.i  # the first token of its entity; the figure is before the noun
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start > last


_OPENING = {'"': '"', "“": "”", "'": "'", "‘": "’", "(": ")"}
_ASIDE_WORDS = 3  # a quoted or bracketed modifier is at most this many words


def _aside_end(doc: Doc, i: int, limit: int) -> int | None:
    """The closing mark of a short quoted or bracketed modifier opening at ``doc[i]``
    ('"made"', "(mostly young)"), when words follow it before ``limit``; else None."""
    closing = _OPENING.get(doc[i].text)
    if closing is None:
        return None
    for k in range(i + 1, min(len(doc), i + _ASIDE_WORDS + 2, limit)):
        if doc[k].text == closing or (closing == '"' and doc[k].text in {'"', "”"}):
            return k if k > i + 1 else None
        if not doc[k].is_alpha:
            return None
    return None


def _shared_head(doc: Doc, first: int, last: int, noun: Token) -> Token:
    """The plural noun that a singular first noun shares its modifiers with ("four national
    security and diplomatic officials", "12 union and party activists": the parser makes the
    first noun the head and the plural its conjunct). A figure above one counts a plural
    noun; plain coordination ("30 nurses and doctors") is left as it is."""
    if noun.tag_ != "NN" or parse_number([t.text for t in doc[first : last + 1]]) == 1:
        return noun
    plural = next(
        (c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.i <= noun.i + 4),
        None,
    )
    # the plural has a modifier of its own, as the singular is one ("40 staff and volunteers":
    # a collective noun and a plural, both counted)
    if plural is None or not any(c.dep_ in {"amod", "compound"} for c in plural.children):
        return noun
    return plural


def _hyphen_part(doc: Doc, k: int) -> bool:
    """Whether ``doc[k]`` is a word glued by a hyphen to the word after it ("season" of
    "season-high", "light" of "light-years"): the first part of one hyphenated word."""
    if k < 0 or k + 2 >= len(doc) or doc[k + 1].text != "-" or not doc[k].is_alpha:
        return False
    a, dash, b = doc[k], doc[k + 1], doc[k + 2]
    return a.idx + len(a.text) == dash.idx and dash.idx + 1 == b.idx and b.is_alpha


def _hyphen_compound(doc: Doc, last: int, noun: Token) -> str | None:
    """The hyphenated word a counted noun ends ("triple-doubles", "light-years", "lb-ft"), when
    its first part is a word after the figure (not the figure: "a 5-year term" is a
    duration), or None."""
    start = noun.i
    while start - 2 > last and _hyphen_part(doc, start - 2):
        start -= 2
    if start == noun.i:
        return None
    return doc[start : noun.i + 1].text.lower()


def _quoted_noun(doc: Doc, opening: int, closing: int) -> Token | None:
    """The noun inside a short quote that closes a figure's noun phrase ('140 million
    "businesses" across the platforms'): nothing the quote could modify follows it."""
    inner = doc[closing - 1]
    after = doc[closing + 1] if closing + 1 < len(doc) else None
    if inner.pos_ not in {"NOUN", "PROPN"} or closing - opening > 2:
        return None
    return inner if after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"} else None


def _modifier(doc: Doc, k: int) -> bool:
    """An adjective or participle at ``doc[k]`` ("or inducted soldiers"; the tagger may call
    the participle a past tense when a noun follows it)."""
    if k >= len(doc):
        return False
    tok = doc[k]
    noun_next = k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN"
    return tok.pos_ == "ADJ" or tok.tag_ in {"VBN", "VBG"} or (tok.tag_ == "VBD" and noun_next)


def _counts_modifier(
    doc: Doc, last: int, noun: Token
) -> tuple[str | None, str | None, Token | None] | None:
    """How the figure ending at ``last`` reads when it is hyphened to a singular noun that
    modifies ``noun``, or None when it reads as any figure does: a measure ("a 20 - foot boat",
    "a five - year term") or an adjective ("a 5,000 - strong force").

    A figure counting such a modifier is no count of the noun: "a 50 - employee company" is
    one company, "the three - story building" one building, "a two - time host" one host
    (None, None, None: dropped; the glued forms, "50-employee", are read as codes and dropped
    too). A countable part of the thing counts as itself ("the 300 - seat Parliament": 300
    seats), and a unit the lists above miss as that unit ("a 10 - kilo bag": kilograms)."""
    if last + 2 >= len(doc) or doc[last + 1].text not in {"-", "–"}:
        return None
    part = doc[last + 2]
    if noun.i <= part.i or part.tag_ != "NN" or not part.is_alpha:
        return None
    low = part.lower_
    if low in _MEASURE_WORDS or low in _UNITS or low in {"square", "cubic"}:
        return None
    if low in _HYPHEN_MEASURES:
        return _HYPHEN_MEASURES[low], None, part  # "a 10 - kilo bag": ten kilos, not ten bags
    if low in _COUNTED_PARTS:
        plural = _COUNTED_PARTS[low]
        return plural, _UNITS.get(plural), part
    return None, None, None


def _parts_of(doc: Doc, last: int, noun: Token | None) -> str | None:
    """The thing whose parts the figure ending at ``last`` counts when it is hyphened to a
    counted part ("the 300 - seat Parliament": Parliament), else None: the seats are what the
    Parliament has, not what the sentence's verb does ("Socialists hold 160 in the 300 -
    seat Parliament" is no 300 seats the Socialists hold)."""
    if noun is None or noun.i != last + 2 or noun.lower_ not in _COUNTED_PARTS:
        return None
    if doc[last + 1].text not in {"-", "–"} or noun.head.i <= noun.i:
        return None
    return noun.head.text


# Units a figure hyphened to them measures, beside the measure words and units above, and
# what the figure then counts: "a 10 - kilo bag" is ten kilos, not ten bags (as "a 20 - foot
# boat" is twenty feet), "a 0.5 - percentage - point cut" half a percentage point.
_HYPHEN_MEASURES = {
    "degree": "degrees",
    "gram": "grams",
    "kilogram": "kilograms",
    "kilo": "kilograms",
    "ounce": "ounces",
    "knot": "knots",
    "percentage": "percentage points",
    "millimetre": "millimetres",
    "millimeter": "millimetres",
    "centimetre": "centimetres",
    "centimeter": "centimetres",
}
# Parts a thing is counted in, so the figure hyphened to one counts them: "the 300 - seat
# Parliament" has 300 seats, "a 12 - count indictment" 12 counts.
_COUNTED_PARTS = {
    "seat": "seats",
    "member": "members",
    "game": "games",
    "count": "counts",
    "point": "points",
}


def _hyphen_measured(doc: Doc, last: int, unit: Token) -> str | None:
    """The noun a hyphenated duration measures ("a five - year sentence", "a 5-year term", "a
    4 - 1 / 2 - month prison term" -> sentence, term), or None: the duration is that thing's
    length, as in "a sentence of five years"."""
    if unit.i != last + 2 or doc[last + 1].text != "-" or unit.lower_ not in _DURATION_UNITS:
        return None
    head = unit.head
    if unit.dep_ not in {"compound", "amod", "nmod", "npadvmod"} or head.i <= unit.i:
        return None
    return head.lemma_.lower() if head.pos_ == "NOUN" and head.i <= unit.i + 3 else None


_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})


def _tally_of(num: Token) -> str | None:
    """What a number counts when it is the new level of a tally: "the number of workers
    injured has risen to nine" -> "workers injured", "the death toll rose to 12" -> "dead".

    The number must be the object of a change verb ("rose to", "reached", "stands at") whose
    subject is a tally noun; anything else ("rose to power", "fell to nine places") is not.
    """
    verb = num.head
    if verb.dep_ == "prep" and verb.lower_ in {"to", "at"}:
        verb = verb.head
    elif num.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TALLY_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lemma_.lower() not in _TALLY_NOUNS:
        return None
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            what = obj.lower_
            for acl in (c for c in obj.children if c.dep_ in {"acl", "amod", "relcl"}):
                if acl.lemma_ in _CASUALTY:
                    return f"{what} {_CASUALTY[acl.lemma_]}"
            return what
    if subj.lemma_.lower() == "toll":
        return "dead"
    return None


_TALLY_VERBS = frozenset(
    {"rise", "climb", "increase", "grow", "jump", "reach", "fall", "drop", "stand", "swell"}
)
_TALLY_NOUNS = frozenset({"number", "toll", "count", "total", "tally", "figure"})


# a forecast or a disclosure is its subject's figure: "Edmunds expects 16.6 million vehicles
# will be sold", "Clark revealed plans to expand the fleet by 30%"
_FORECASTS = frozenset({"expect", "forecast", "project", "reveal", "disclose"})
# a claimant's verbs; "find" and "show" only with a document as subject (document_finds)
_FINDINGS = frozenset({"find", "show"})
_CLAIM_CUES = CUE_LEMMAS | {"estimate", "report", "put", "count"} | _FORECASTS | _FINDINGS
# verbs whose passive "by" phrase tells the figure: "is projected by the Budget Office to …"
_AGENT_CUES = _FORECASTS | {"estimate", "report", "put", "count"}


def _claimant(sent: Span, pos: int, actors: ArticleActors, quotes: list[FoundQuote]) -> str | None:
    for q in quotes:
        if q.kind == "direct" and q.start <= pos < q.end:
            return q.speaker
    doc = sent.doc
    arrays = doc_arrays(doc)
    quoted = quoted_at(quotes)

    # the tokens each test below can fire on, found in the arrays (no token object for others)
    according = word_ids(("according",))
    for i in range(sent.start, sent.end):
        if arrays.lower[i] not in according:
            continue
        tok = doc[i]
        if tok.i + 1 < len(doc) and tok.nbor(1).lower_ == "to":
            obj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if obj is not None and according_covers(tok, pos) and not closes_before(obj, pos):
                return claimant_of(obj, actors, quoted)
    cues = word_ids(_CLAIM_CUES)
    for i in range(sent.start, sent.end):
        if arrays.lemma[i] not in cues:
            continue
        tok = doc[i]
        if closes_before(tok, pos):
            continue  # "…, the IMF says, and growth will slow to 2 percent, the Bank projects."
        if tok.pos_ == "VERB" and _tells(tok) and _tells_at(tok, pos):
            # "…; which Nissan claims is a 20% improvement": the parse may give the verb both
            # the relative pronoun and the teller as subjects; the teller tells what follows
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            relative = next((c for c in subjects if c.lower_ in _RELATIVES), None)
            subj = next((c for c in subjects if c.lower_ not in _RELATIVES), None)
            if relative is None or subj is None:
                subj = next(iter(subjects), None)
            elif pos < relative.idx:
                continue
            if subj is None and tok.lemma_ in _AGENT_CUES:
                subj = passive_agent(tok)
            if subj is not None and not subj.like_num and not any(t.like_num for t in subj.subtree):
                name = claimant_of(subj, actors, quoted)
                if name and (document_finds(tok) is None or named_within(subj, name, actors)):
                    return name
    told = tail_teller(sent, pos, actors)  # "…, the Budget Office projects."
    if told is not None:
        return told
    for q in quotes:  # indirect speech covering the number
        if q.kind == "indirect" and q.start <= pos < q.end:
            return q.speaker
    return None


def _tells(verb: Token) -> bool:
    """Whether a cue verb tells a figure here: "add" with an object adds it ("the index added
    20 points": its subject is no source of the sentence's figures), a phrasal "put" tells
    none ("the engine puts out 151 horsepower", "he put on a uniform"; "put X at N" does), and
    "continue" or "agree" with an infinitive is an act ("continues to give mixed signals about
    his tariffs on $360 billion", "could agree to end a 1-1/2 year war")."""
    finds = document_finds(verb)
    if finds is not None:
        return finds  # "the report found that …", not "police found 12 bodies"
    if verb.lemma_ == "add":
        return not any(c.dep_ in {"dobj", "npadvmod"} for c in verb.children)
    if verb.lemma_ in {"continue", "agree"}:  # "continues to give signals", "agree to end"
        return not any(c.dep_ == "xcomp" for c in verb.children)
    if verb.lemma_ == "put":  # "put the Hawks up 101-95", "put Brenford ahead": a placing
        return not any(
            c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PLACINGS) for c in verb.children
        )
    return True


_RELATIVES = frozenset({"which", "that", "who"})
_PLACINGS = frozenset({"up", "down", "ahead", "behind", "back", "away", "forward", "level"})
# verbs whose object is the hearer: "told a few thousand teachers that ..."
# a cue verb in such a clause tells only what is in it: "with Audi suggesting that ...", "a
# career Army officer who described ..."
_OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "pcomp"})


def _covers(tok: Token, pos: int) -> bool:
    """Whether the character ``pos`` is inside the words ``tok`` heads."""
    return tok.left_edge.idx <= pos < tok.right_edge.idx + len(tok.right_edge.text)


def _tells_at(verb: Token, pos: int) -> bool:
    """Whether a cue verb tells the figure at character ``pos``: not when the figure is in
    its hearer ("Gambill told a few thousand teachers that ...": the crowd is the reporter's
    count), nor when the verb is in a clause of its own that does not hold the figure
    ("150 kW charging, with Audi suggesting that the car charges in 30 minutes": Audi tells
    the 30 minutes only)."""
    if verb.lemma_ in TO_HEARERS and any(
        c.dep_ in {"dobj", "dative"} and c.left_edge.idx <= pos < c.idx for c in verb.children
    ):
        return False  # a figure before the hearer's noun: what follows it may be what is told
    if verb.lemma_ in _FORECASTS | _FINDINGS and (
        any(c.dep_ == "neg" for c in verb.children)
        or not any(c.dep_ in _FORECAST_PARTS and _covers(c, pos) for c in verb.children)
    ):
        # "Regains didn't reveal the amounts"; "is expecting a raise (he was given $3
        # million …)": a forecast tells only what it forecasts, in its object or clause
        return False
    if any(c.dep_ in _FRONTED and _covers(c, pos) for c in verb.lefts) and any(
        c.dep_ in _TOLD for c in verb.rights
    ):
        return False  # "After a quarter - century of ..., he finally admitted his ruse": the
        # phrase before a teller who tells what follows him is the writer's ("..., until two
        # weeks ago, Marinaccio said in an interview" tells what is before him)
    return verb.dep_ not in _OWN_CLAUSES or _covers(verb, pos)


_FRONTED = frozenset({"prep", "advcl"})
_TOLD = frozenset({"dobj", "ccomp", "xcomp"})
_FORECAST_PARTS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd"})


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


# Scales written out that "a" may open ("a million", "half a billion").
_SPELT_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


# Words of a change told "from X to Y": the figure after "to" is the new state, and "X to Y" no
# range of one quantity.
_CHANGES = frozenset(
    {"rise", "increase", "grow", "climb", "jump", "soar", "surge", "fall", "drop", "decline",
     "decrease", "plunge", "slip", "sink", "cut", "reduce", "raise", "lift", "lower", "boost",
     "swell", "shrink", "expand", "narrow", "widen", "change", "shift", "move", "go", "slash",
     "hike", "trim", "revise", "up", "down", "upgrade", "downgrade"}
)  # fmt: skip


_FROM_HEDGES = frozenset(
    {"about", "around", "roughly", "some", "nearly", "almost", "just", "a", "an", "mere"}
)


def _changed_from(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure at ``doc[first:last + 1]`` is where a change started: "rose from 10%
    to 25%", "an increase from about 3,000 to 4,200"."""
    # "to" next, or after the figure's unit ("10% to", "10 percent to", "12 people to")
    after = list(doc[last + 1 : last + 4])
    to = next((k for k, t in enumerate(after) if t.lower_ == "to"), None)
    if to is None or any(t.pos_ in {"VERB", "AUX", "PUNCT"} and t.text != "%" for t in after[:to]):
        return False
    k = first - 1
    while k >= 0 and first - k <= 3 and (doc[k].is_currency or doc[k].lower_ in _FROM_HEDGES):
        k -= 1  # "from about $40 to", "from a mere 12 to"
    return k >= 0 and doc[k].lower_ == "from" and doc[k].head.lemma_.lower() in _CHANGES


_SPEEDS = frozenset(
    {"mph", "kph", "km/h", "kmh", "kmph", "milesperhour", "kilometresperhour", "kilometersperhour"}
)


def _acceleration_end(doc: Doc, first: int, last: int) -> int | None:
    """Where an acceleration benchmark opened by the figure ends: "0 to 60 mph", "zero to 100
    km/h (62 mph)" (the token after it, past a converted speed in brackets), or None."""
    n = len(doc)
    if doc[first].lower_ not in {"zero", "0"} or first != last or last + 3 >= n:
        return None
    if doc[last + 1].lower_ != "to" or not doc[last + 2].like_num:
        return None
    end = last + 3
    while (
        end < n
        and end - last <= 6
        and "".join(t.lower_ for t in doc[last + 3 : end]) not in _SPEEDS
    ):
        end += 1  # "km / h", "miles per hour": a speed written in several tokens
    if "".join(t.lower_ for t in doc[last + 3 : end]) not in _SPEEDS:
        return None
    if (
        end + 3 < n
        and doc[end].text == "("
        and doc[end + 1].like_num
        and doc[end + 2].lower_ in _SPEEDS
        and doc[end + 3].text == ")"
    ):
        end += 4  # "(97 kph)"
    if (
        end + 2 < n
        and doc[end].lower_ == "in"
        and doc[end + 1].like_num
        and doc[end + 2].lower_ in {"seconds", "second", "secs", "sec"}
    ):
        end += 3  # "in five seconds": the benchmark's time, no duration of its own
    return end


# What "a" or "an" makes the base of a rate ("$5 a share", "40 miles a day").
_RATE_BASES = frozenset(
    {"day", "week", "month", "year", "night", "game", "season", "share", "head", "person", "gallon",
     "litre", "liter"}
)  # fmt: skip


def _per_unit(doc: Doc, i: int) -> str | None:
    """The denominator of a rate after the unit at ``doc[i]``: "miles per gallon" -> "gallon",
    "kilometres per litre" -> "litre"; None for no rate (and for "per cent", "per hour")."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in {"per", "a", "an"}:
        return None
    denominator = doc[i + 2]
    if denominator.pos_ != "NOUN" or denominator.lower_ in {"cent", "hour", "hr", "h"}:
        return None
    lemma = denominator.lemma_.lower()
    if doc[i + 1].lower_ != "per" and lemma not in _RATE_BASES:
        return None  # "20 years a member" is no rate; "40 miles a day" is
    if i + 3 < len(doc) and doc[i + 3].lower_ in {"earlier", "later", "ago", "before", "after"}:
        return None  # "6.2 percent a year earlier": when, no rate
    return lemma


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[int]:
    """Ids of the words that may start a figure without a digit (see :func:`_may_start`)."""
    # "a", "one" and the abbreviated scales ("m", "bn") are in WORDS and SCALES already
    words = {*_VAGUE, "tens", "half", *SCALES, *WORDS}
    return word_ids(words)


def _may_start(doc: Doc) -> list[bool]:
    """Per token, whether a figure may start there: a vague count ("dozens", "tens"), a word
    of a spelt figure or measure ("half", "a", "one"), a number or scale word, an abbreviated
    scale ("m", "bn"), or a word with a digit (digits, "4½", "-20C", "magnitude-5.2"). At
    any other token :func:`extract_claims` finds nothing and moves on, so it need not read
    it (read off the doc's arrays: no token objects)."""
    words = _figure_words()
    # a flag per token, in C: the digit flag or'ed with the word's membership
    return list(map(or_, with_digit(doc), map(words.__contains__, doc_arrays(doc).lower)))


def _digit_or_word(doc: Doc, words: Collection[str]) -> list[int]:
    """The indices of the tokens whose lower-case text starts with a digit or is one of
    ``words``, in order: ``[i for i, low in enumerate(lowers(doc)) if low[:1].isdigit() or
    low in words]``, with the tests run in C. Only a word whose shape has a digit
    (:func:`with_digit`) is read for its first character."""
    lows = lowers(doc)
    found = set(indices_in(lows, words))
    found.update(i for i in compress(range(len(lows)), with_digit(doc)) if lows[i][:1].isdigit())
    return sorted(found)


def _or_pair(doc: Doc, last: int) -> bool:
    """Whether the figure ending at ``last`` is the first of "N or M" ("40 or 50 protesters")."""
    return last + 2 < len(doc) and lowers(doc)[last + 1] == "or" and is_number_token(doc[last + 2])


def _range_second(doc: Doc, first: int, words: list[str]) -> bool:
    """Whether the figure ``words`` at ``first`` closes a rising "N or M" ("four or five", "1.5
    million or 2 million"); a falling pair is no range ("3 or 2 goals", "2 million or 1.5
    million people": the second stands alone)."""
    if first < 2 or not _or_pair(doc, first - 2):
        return False
    start = first - 2
    while start > 0 and is_number_token(doc[start - 1]):
        start -= 1  # the whole first figure with its scale word, not "million" alone
    before = parse_number([t.text for t in doc[start : first - 1]])
    value = parse_number(words)
    return before is not None and value is not None and before < value


def _half_before(doc: Doc, first: int) -> int | None:
    """Where "half" and its article start before a "dozen" at ``first`` ("a half-dozen", "a
    half - dozen", "a half dozen": six), or None. "half a dozen" is read with its "a"."""
    k = first - 1
    if k > 0 and doc[k].text in {"-", "–"}:
        k -= 1
    if k < 0 or doc[k].lower_ != "half":
        return None
    return k - 1 if k > 0 and doc[k - 1].lower_ in {"a", "an"} else k


def _lost_figure(doc: Doc, first: int) -> bool:
    """Whether the word before a bare scale word holds its figure glued to a letter ("e85
    million", "p74 million": a euro or pound sign some copies turn into a letter), so that the
    scale alone is no figure ("several dozen", "the first hundred days" are)."""
    if first == 0:
        return False
    before = doc[first - 1].text
    return any(c.isdigit() for c in before) and any(c.isalpha() for c in before)


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
        if low in _VAGUE or (low == "tens" and i + 2 < n and lows[i + 2] == "thousands"):
            first = last = i
            low_v, high_v = _VAGUE.get(low, (20000.0, 99999.0))
            if low == "tens":
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
                            hedge="tens of thousands" if low == "tens" else low,
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
        # "40 or 50 protesters", "one or two people": a range from the first to the second
        alternative = _or_pair(doc, last)
        if _range_second(doc, first, words):
            continue  # "the last four or five weeks": the range's first figure was none (a
            # range that is a claim is read from its first figure), nor is its second alone
        lone = all(w.lower() in {"one", "a", "an"} for w in words)
        if lone and not (alternative and [w.lower() for w in words] == ["one"]):
            continue
        owned = possessed_count(doc, first, last)  # "one of her 12 children": all of hers
        if (
            owned is None
            and first > 0
            and lows[first - 1] in _DEFINITE
            and not _cited_after_than(doc, first, last)
            and not is_measure(doc, first, last)
            and not _whole_of_part(doc, first)
            and not defined_by_casualty(doc, last, _CASUALTY)  # "the 12 people killed in"
        ):
            continue  # "the two countries", "our four towns": a reference, not a claim
        value = parse_number(words)
        if value is not None:
            value = value / 2 if half else value + (fraction[0] if fraction else 0.0)
        if split is not None:
            value = split[0]
        record = None if value is None else record_at(doc, first, last)
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
        if value is None or signed(doc, first) or not_a_claim(doc, text, first, last):
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
        valued = estimated_at(doc, first, last)
        if valued is not None and not what:
            # "estimated the crowd at 70": 70 in the crowd; "put the death toll at 12": 12 dead
            what, noun = "dead" if valued.lemma_ == "toll" else valued.lemma_.lower(), valued
        if (
            valued is not None
            and valued.head.lemma_.lower() == "estimate"
            and _range(value, hedge)[3] is None  # "estimates it at more than $1 million": a floor
        ):
            hedge = " estimated"  # an estimate is hedged as "an estimated 70" is
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
        if hedge_words is None and (fronted := fronted_hedge(doc, first, last)) is not None:
            low_v2, high_v2, exact, hedge_words = _range(value, " " + fronted)
        if hedge_words == "over" and first >= 2 and lows[first - 2] in _SPANNED:
            continue  # "40 hours over four days": the period the first figure took
        if hedge_words == "over" and over_a_span(doc, first, last):
            low_v2, high_v2, exact, hedge_words = value, value, True, None  # "over three days"
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
        if kin is not None:  # the parent has them, whatever the sentence's verb does
            parent = _owner(kin, actors, quotes)
            claim = _standing(claim, "have", parent, year or claim.time_ref)
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
    out.extend(_series_claims(doc, text, actors, quotes))
    out.extend(_clock_claims(doc, text, {c.start for c in out}, actors, quotes))
    claims = _unconditional(doc, _with_ages(doc, actors, quotes, out, year))
    return _not_refuted(doc, text, closed_bounds(text, claims))


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


def _cited_after_than(doc: Doc, first: int, last: int) -> bool:
    """Whether "the" before a figure names another report's figure that the sentence bounds:
    "fewer than the 3,000 reported by police" (a ceiling), unlike "more than the two others"
    (a reference, no figure)."""
    lows = lowers(doc)
    if first < 2 or lows[first - 1] != "the" or lows[first - 2] != "than":
        return False
    return cited_after(doc_text(doc), doc[last].idx + len(doc[last].text))


def _whole_of_part(doc: Doc, first: int) -> bool:
    """Whether the figure at ``first`` is the whole a count before it is picked from: "three of
    the seven bullets fired": the seven bullets are all there were, a count of their own (the
    definite article names the set, not a set told before)."""
    if first < 3 or doc[first - 1].lower_ != "the" or doc[first - 2].lower_ != "of":
        return False
    return is_number_token(doc[first - 3]) and doc[first - 3].lower_ not in {"one", "a", "an"}


def _whole_claim(claim: FoundClaim, noun: Token | None, number: Token) -> FoundClaim | None:
    """The whole's claim with the event of its own participle clause ("the seven bullets
    *fired* by the officers"), else None: the sentence's verb tells what the part did ("two of
    the five suspects were released": the five were not), and a bare whole is often a ranking's
    size, no count of the story ("two of the 100 richest people", "three of the 50 states")."""
    own = participle_clause(noun, number)
    if own is None:
        return None
    return replace(claim, event=own.lemma_.lower(), subject=None, role=None)


def _series_claims(
    doc: Doc, text: str, actors: ArticleActors, quotes: list[FoundQuote]
) -> list[FoundClaim]:
    """The claims of the ordinals that count a series so far ("the eighth day of protests",
    "his sixth title defence": :mod:`newsbeat.enrich.claim_ordinals`), in the unit
    ``ORDINAL``, with the series' event and holder."""
    out: list[FoundClaim] = []
    for i in _digit_or_word(doc, ORDINAL_WORDS):
        if in_table(doc, text, i):
            continue
        series = series_at(doc, i)
        if series is None:
            continue
        value = float(series.value)
        claim = _claim(doc, i, i, series.what, ORDINAL, value, value, True, actors, quotes)
        # a title's holder is whoever holds it, whatever type the name was given ("Wladimir
        # Klitschko" read as a place)
        holder = None if series.holder is None else _person(series.holder, actors, any_type=True)
        out.append(replace(claim, event=series.event, subject=holder, role=None, occasion=None))
    return out


def _clock_claims(
    doc: Doc, text: str, taken: set[int], actors: ArticleActors, quotes: list[FoundQuote]
) -> list[FoundClaim]:
    """The claims of the moments within a round a figure tells ("44 seconds into the seventh
    round", "at the 2:15 mark": :mod:`newsbeat.enrich.claim_clock`), in seconds, with the role
    ``CLOCK`` and the round as the occasion."""
    out: list[FoundClaim] = []
    offsets = token_offsets(doc)
    for i in _digit_or_word(doc, WORDS):
        if offsets[i] in taken:
            continue
        clock = clock_at(doc, i)
        if clock is None or in_table(doc, text, i):
            continue
        value = clock.seconds
        claim = _claim(doc, clock.first, clock.last, "seconds", "seconds", value, value, True,
                       actors, quotes)  # fmt: skip
        event, occasion = clock_event(clock.verb), f"round {clock.round_no}"
        # no doer: the winner "stopped" the fight, so did the referee; a fight stops once
        out.append(replace(claim, role=CLOCK, event=event, occasion=occasion, subject=None))
    return out


def _new_figure(tok: Token, nxt: Token) -> bool:
    """ "three 10-year sentences", "one 15-minute call", "February 2008 three-hour": digits
    after a number word, or a number word after digits, start another figure (a number is
    written in digits or in words, and only scale words such as "million" join the two)."""
    word = tok.lower_ in WORDS and tok.lower_ not in _ARTICLES  # "a 5.6 magnitude quake"
    digit = tok.text[:1].isdigit()
    return (word and nxt.text[:1].isdigit()) or (
        digit and nxt.lower_ in WORDS and nxt.lower_ not in _ARTICLES
    )


_ARTICLES = frozenset({"a", "an"})


def _numerator(doc: Doc, k: int) -> bool:
    """ "4 1 / 2": the digit at ``doc[k]`` is a spaced fraction's numerator, not more of the
    number before it."""
    return doc[k].text.isdigit() and k + 1 < len(doc) and doc[k + 1].text == "/"


def _record_claims(
    doc: Doc,
    record: Record,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    year: str | None,
) -> list[FoundClaim]:
    """The claims of a record apposed to a name: the wins and, when given, the knockouts, both
    the named person's standing whatever the sentence's verb, occasion and date (none when the
    name is no person the article names: a record of no one is no claim)."""
    fighter = record.knockouts is not None  # a knockout count: a fighter, whatever NER typed
    person = _person(record.name, actors, any_type=fighter)
    if person is None:
        return []
    figures: list[tuple[int, str, Token | None]] = [(record.wins, "wins", None)]
    if record.knockouts is not None and record.knockout_noun is not None:
        figures.append((record.knockouts, "knockouts", doc[record.knockout_noun]))
    out = []
    for at, what, noun in figures:
        value = float(doc[at].text)
        claim = _claim(doc, at, at, what, None, value, value, True, actors, quotes, noun=noun)
        # a standing, not counted in "the seventh round": no occasion either
        dated = year or _standing_date(doc, record, claim.time_ref)
        out.append(replace(_standing(claim, "record", person, dated), occasion=None))
    return out


def _owner(kin: Kin, actors: ArticleActors, quotes: list[FoundQuote]) -> str | None:
    """Whose children a kin figure counts: the parent named next to "mother of"; for "her 12
    children" the person "her" surely stands for, else the pronoun ("she", "he", "they"),
    which no other outlet's name is matched with."""
    if kin.name is None:
        return None
    if kin.name.dep_ != "poss" or kin.name.lower_ not in _PERSONAL:
        return _person(kin.name, actors)
    return named_possessive(kin.name, actors, quoted_at(quotes)) or _PERSONAL[kin.name.lower_]


_PERSONAL = {"his": "he", "her": "she", "their": "they"}


def _standing(claim: FoundClaim, event: str, holder: str | None, dated: str | None) -> FoundClaim:
    """A figure that is what a person has or is (children, a record, an age): the holder's,
    whatever the sentence's verb does, with no role or place of its own, and dated ``dated``
    (the caller's choice: the date line's year, else the sentence's date)."""
    return replace(claim, event=event, subject=holder, role=None, place=None, time_ref=dated)


def _standing_date(doc: Doc, record: Record, time_ref: str | None) -> str | None:
    """The date of its sentence a record keeps: not one read inside the record itself (the
    tagger may call "45-1" a date), nor the start of a period that runs to the time of writing
    ("Kerr (45-1) has trained in Spain since September": the record is today's, not
    September's). A past date of the sentence's own event still dates it ("In 2005, Kerr
    (40-1) beat Ruiz")."""
    if time_ref is None:
        return None
    for ent in span_ents(doc[record.wins].sent):
        if ent.label_ != "DATE" or ent.text != time_ref:
            continue
        inside = ent.start <= record.end and ent.end > record.wins
        since = ent.start > 0 and doc[ent.start - 1].lower_ == "since"
        if inside or since:
            return None
    return time_ref


def _temperature_claim(
    doc: Doc, temp: Temperature, actors: ArticleActors, quotes: list[FoundQuote]
) -> FoundClaim:
    """The claim of a temperature: the weather's state where and when the story happens, not
    something its sentence's verb does ("fought the blaze in temperatures of minus 17"), so its
    event is "temperature" and it has no subject."""
    low, high, exact, hedge = _range(temp.value, _hedge(doc, temp.first))
    claim = _claim(
        doc, temp.first, temp.last, "temperature", temp.unit, low, high, exact, actors, quotes,
        hedge=hedge,
    )  # fmt: skip
    return replace(claim, event="temperature", subject=None, role=None, place=None)


def _model_noun(doc: Doc, end: int) -> Token:
    """The noun a model name ending at ``end`` modifies ("AK - 47 rifles"), else its last
    token (the slot's event and subject are read from it)."""
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN":
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
            nxt = nxt.head
        return nxt
    return doc[end]


def _add_word_fraction(
    doc: Doc,
    spelt: tuple[int, int, float, int],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of "half a mile", "a mile and a half" (when it is not a date or a time
    relative to another: "half an hour later"); the index after it."""
    first, last, value, at = spelt
    unit = _UNITS.get(doc[at].lower_)
    end = max(last, at)
    after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    if unit is not None and after not in _RELATIVE_TIME:
        _add_measure(doc, first, last, value, unit, doc[at], actors, quotes, out)
    return end + 1


def _add_pair(
    doc: Doc,
    first: int,
    pair: tuple[int, float],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of "a pair of left hooks" (:func:`number_noun`): the count of the noun
    after "of"; the index after "of"."""
    of, value = pair
    what, unit, noun = _counted(doc, first, of)
    if what and unit is None:
        claim = _claim(doc, first, of, what, None, value, value, True, actors, quotes, noun=noun)
        out.append(claim)
    return of + 1


def _add_word_duration(
    doc: Doc,
    text: str,
    period: tuple[int, int, float, str],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of "a quarter-century", "half a century", "a fortnight" (not "a decade
    ago", "the past decade", "within a fortnight"); the index after it."""
    first, last, value, unit = period
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    if not (after in _RELATIVE_TIME or is_window(doc, first) or in_table(doc, text, first)):
        _add_measure(doc, first, last, value, unit, doc[last], actors, quotes, out)
    return last + 1


def _add_duration(
    doc: Doc,
    text: str,
    span: tuple[int, int, float],
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> int:
    """Add the claim of an hours-and-minutes duration, in minutes (not "2 hours 10 minutes
    later", nor one in a table); the index after it."""
    first, last, minutes = span
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    if not (after in _RELATIVE_TIME or in_table(doc, text, first)):
        _add_measure(doc, first, last, minutes, "minutes", doc[last], actors, quotes, out)
    return last + 1


def _add_measure(
    doc: Doc,
    first: int,
    last: int,
    value: float,
    unit: str,
    noun: Token,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
) -> None:
    """Add the claim of a measure spelt in words (``doc[first..last]``, counted in ``unit``)
    unless a definite word before it makes it a reference ("the half mile")."""
    if first > 0 and doc[first - 1].lower_ in _DEFINITE:
        return
    low, high, exact, hedge = _range(value, _hedge(doc, first))
    out.append(
        _claim(doc, first, last, unit, unit, low, high, exact, actors, quotes,
               noun=noun, hedge=hedge)
    )  # fmt: skip


_RELATIVE_TIME = frozenset({"ago", "later", "earlier", "before", "after", "old"})


def _with_ages(
    doc: Doc,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
    year: str | None,
) -> list[FoundClaim]:
    """The claims and every named person's age ("Ann Kerr, 32,"), in text order. An age is
    dated to the year of the article's date line, if it has one: ages told in two years are
    not one quantity."""
    taken = {c.start for c in out}
    inside = quoted_at(quotes)
    for age in sorted([*ages(doc), *stated_ages(doc)], key=lambda a: a.first):
        if doc[age.first].idx in taken:
            continue
        taken.add(doc[age.first].idx)
        if age.person.pos_ == "PRON":
            person = named_pronoun(age.person, actors, inside)
        else:
            person = _person(age.person, actors)
        if person is None or _then(doc, age.first):
            continue  # an age of no one the article names is no claim
        low, high, exact, hedge = _range(age.value, _hedge(doc, age.first))
        claim = _claim(
            doc, age.first, age.last, "age", None, low, high, exact, actors, quotes, hedge=hedge
        )
        out.append(_standing(claim, "age", person, _age_date(claim.time_ref, year)))
    return sorted(out, key=lambda c: c.start)


def _age_date(time_ref: str | None, year: str | None) -> str | None:
    """The time an age is told in: another year than the date line's that its own sentence
    names ("Kerr, 92, told a reporter in 2006": 2006), else the year of the date line, else
    the sentence's time."""
    named = YEAR.search(time_ref or "")
    if named is not None and named.group(0) != year:
        return time_ref
    return year or time_ref


def _person(name: Token, actors: ArticleActors, *, any_type: bool = False) -> str | None:
    """The person actor a name stands for, when every word of the name as written is in it
    ("Orozco" is Jose Luis Orozco; "Kathryn Gomes" is not the Gary Gomes her surname may
    resolve to when NER took only "Gomes"). ``any_type``: the context says the name is a
    person's, whatever type the actor was given."""
    person = resolve_speaker_token(name, actors, [])[0]
    if not person or (actors.type_of(person) != "PERSON" and not any_type):
        return None
    doc = name.doc
    span = next((e for e in doc_ents(doc) if e.start <= name.i < e.end), doc[name.i : name.i + 1])
    start = span.start
    before = doc[start - 1] if start > 0 else None
    if (
        span.start == name.i
        and before is not None
        and before.pos_ == "PROPN"
        and before.is_title
        and not before.ent_type_
    ):
        start -= 1  # a first name NER left out of the entity
    written = {t.lower_ for t in doc[start : span.end] if t.is_alpha}
    return person if written <= set(person.lower().replace(".", " ").split()) else None


def _then(doc: Doc, first: int) -> bool:
    """ "the then-15-year-old": an age at another time than the article's."""
    return any(t.lower_ in {"then", "then-"} for t in doc[max(0, first - 2) : first])


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


def _score(doc: Doc, last: int, value: float) -> bool:
    """Whether the figure ending at ``last`` opens a score or a tally: a dash and a figure no
    larger ("4-1", "3 - 3"). A rising pair is a range ("3,000-4,000"), read before this."""
    if last + 2 >= len(doc) or doc[last + 1].text not in {"-", "–"}:
        return False
    if not is_number_token(doc[last + 2]):
        return False
    second = parse_number([doc[last + 2].text])
    return second is not None and second <= value


def _range_claim(
    doc: Doc,
    first: int,
    low: float,
    upper_at: int,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    *,
    between: bool,
) -> tuple[int, FoundClaim | None] | None:
    """The range from ``low`` (the number at ``first``) to the number starting at
    ``upper_at``: (the token after it, its claim or None when it counts nothing), or None
    when there is no upper number and the first number stands alone.

    "Between 3,000 and 4,000" is a range whatever the numbers; "3,000 to 4,000" and
    "3,000-4,000" only when the second is larger and a claim itself ("3-2" is a score).
    """
    n = len(doc)
    k = upper_at
    while k + 1 < n and is_number_token(doc[k + 1]):
        k += 1
    upper = parse_number([t.text for t in doc[upper_at : k + 1]])
    if upper is None:
        return None
    scaled = _shared_scale(doc, first, upper_at, k, low, upper)
    if not between and upper <= scaled:
        return None
    what, unit, noun = _counted(doc, upper_at, k)
    sign = doc[first - 1].text if first > 0 else ""
    if not what and noun is None and sign in _UNITS and not doc[first - 1].is_alpha:
        what = unit = _UNITS[sign]  # "$140-150 million": the lower end's sign is both ends'
    # "140-150 million" is a range of millions, no code such as "F-16" or "747-400"
    code = scaled == low and not_a_claim(doc, doc_text(doc), upper_at, k)
    if not what or (not between and code):
        return k + 1, None
    low = scaled
    hedge = "between" if between else None
    claim = _claim(
        doc, first, k, what, unit, low, upper, False, actors, quotes, noun=noun, hedge=hedge
    )
    return k + 1, claim


def _shared_scale(doc: Doc, first: int, upper_at: int, k: int, low: float, upper: float) -> float:
    """The lower end of a range scaled by the upper end's scale word when only the upper end
    writes one: "between $140 and $150 million" runs from 140 million, "between 500 and 1
    million" from 500 (scaled, the lower end would pass the upper one)."""
    lows = lowers(doc)
    scales = [SCALES[w] for w in lows[upper_at : k + 1] if w in SCALES and w != "dozen"]
    if not scales or any(w in SCALES for w in lows[first:upper_at]):
        return low
    scaled = low * scales[-1]
    return scaled if 0 < low < scales[-1] and scaled < upper else low


def _claim(
    doc: Doc,
    first: int,
    last: int,
    what: str,
    unit: str | None,
    low: float | None,
    high: float | None,
    exact: bool,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    *,
    noun: Token | None = None,
    hedge: str | None = None,
) -> FoundClaim:
    sent = doc[first].sent
    slot = claim_slot(doc, first, last, noun, unit, actors, quotes)
    casualty = what.rsplit(" ", 1)[-1]
    if casualty in _CASUALTY_EVENTS:  # "about 50 hurt" hangs on "hurt", not on "killed"
        slot["event"] = _CASUALTY_EVENTS[casualty]
    return FoundClaim(
        what=what,
        low=low,
        high=high,
        exact=exact,
        unit=unit,
        claimant=_claimant(sent, doc[first].idx, actors, quotes),
        sentence=span_text(sent).strip(),
        time_ref=_time_ref(sent, first, last, noun),
        start=doc[first].idx,
        end=doc[last].idx + len(doc[last].text),
        hedge=hedge,
        role=slot["role"],
        event=slot["event"],
        subject=slot["subject"],
        place=slot["place"],
        voice=slot["voice"],
        occasion=slot["occasion"],
        carried=slot["carried"],
        recipient=slot["recipient"],
    )
