"""Numbers that are not claims: dates, times, codes, calibres and serial numbers, URLs, ages,
fractions, split numbers, list titles, radio stations and rows of tables (see
:mod:`newsbeat.enrich.claims`; the rows of tables: :mod:`newsbeat.enrich.claim_tables`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_degree_idioms import degree_idiom
from newsbeat.enrich.claim_figures import WINDOW_PREPS, WINDOW_WORDS, estimated_at
from newsbeat.enrich.claim_hyphened_rates import HYPHENED_RATE
from newsbeat.enrich.claim_intervals import interval_anchor, spent_for
from newsbeat.enrich.claim_kinds import _RANGE_WORDS, names_a_kind
from newsbeat.enrich.claim_leading_points import leading_point
from newsbeat.enrich.claim_numbers import after_measure, glued_scale
from newsbeat.enrich.claim_page_stamps import page_stamp
from newsbeat.enrich.claim_slots import is_split_number
from newsbeat.enrich.claim_spaced_forms import spaced_form
from newsbeat.enrich.claim_suspended_ranges import one_to_upper
from newsbeat.enrich.claim_tables import in_table
from newsbeat.enrich.doc_arrays import (
    like_nums,
    lowers,
    texts,
)
from newsbeat.enrich.function_words import DETERMINERS
from newsbeat.enrich.military_times import military_time
from newsbeat.enrich.number_names import MONTHS, YEAR, number_in_name
from newsbeat.enrich.number_titles import number_in_title
from newsbeat.enrich.source_counts import source_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["is_window", "negated_subject", "not_a_claim"]

_URLISH = re.compile(r"(?:https?://|www\.|\S+\.\w{2,4}/|@)\S*")
_CLOCK_LEFT = re.compile(r"\d\s?:\s?$")
_CLOCK_RIGHT = re.compile(
    r"^(?:\s?:\s?\d|\s?(?:[ap]\.\s?m\b|[ap]m\b|gmt\b|utc\b|hrs\b|o'clock))", re.IGNORECASE
)
_FRACTIONS = frozenset(
    {"half", "halves", "third", "thirds", "fourth", "fourths", "quarter", "quarters", "fifth",
     "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths"}
)  # fmt: skip
_CAPS_UNITS = frozenset({"US", "USD", "EUR", "GBP", "NOK", "SEK", "DKK", "KM"})
_CONVERSION = re.compile(
    r"\d[\w.%]*(?:\s+(?:million|billion|thousand|bn|mn|m|km|miles?|kilometres?|kilometers?|"
    r"metres?|meters?|feet|foot|ft|yards?|inch(?:es)?|cm|centimet(?:re|er)s?|(?:metric\s+)?tons?|"
    r"tonnes?|pounds?|lbs?|kg|kilograms?|mph|kph|km/h|acres?|hectares?|"
    r"square\s+(?:miles?|kilomet(?:re|er)s?|km|feet|metres?|meters?)))?"
    r"\s*\(\s*(?:[A-Z]{0,3}[$€£]|[A-Z]{2,3}\s)?\s*$",
    re.IGNORECASE,
)
_CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt", "arrest", "detain", "evacuate"})
# "a .38 caliber revolver", "a 12-gauge shotgun": a calibre names a kind of gun, it counts nothing.
_CALIBRES = frozenset({"caliber", "calibre", "gauge", "magnum", "bore", "cal"})
# "Flight 370", "Route 66", "Chapter 11", "version 2", "No. 7": a number naming one thing.
# These are read in lower case too: they hardly ever end a phrase before a count ("type 2
# diabetes", not "that day 300 people").
_LOWER_DESIGNATIONS = frozenset(
    {
        "flight", "route", "highway", "interstate", "chapter", "article", "section", "version",
        "model", "type", "class", "category", "level", "phase", "page", "room", "gate", "platform",
    }
)  # fmt: skip
# The rest name one thing only when written with a capital ("Game 7", "Exit 12"); "#", "No."
# and "Nos" always do.
_DESIGNATIONS = _LOWER_DESIGNATIONS | frozenset(
    {
        "clause", "amendment", "terminal", "exit", "series", "mark", "mk", "generation", "gen",
        "edition", "number", "no", "no.", "nos", "#", "channel", "bus", "line", "track", "pier",
        "precinct", "ward", "district", "game", "week", "round", "stage", "grade", "day",
        "apartment", "apt", "suite", "unit", "lot", "row", "seat", "jersey", "car", "bay", "court",
        "hole", "lane", "block", "tier", "squad", "battalion", "division", "brigade", "regiment",
        "corps", "fleet",
    }
)  # fmt: skip
# "for five days", "2 years, with 9 months to serve", "after 30 hours of deliberation", "a four
# year spell": a duration counts; "four years ago", "32 years old", "two hours later" date
# durations read since issue 12's reading pass; after a window word ("the past five nights")
# they are the window a figure is counted in. Seasons are left out: a career told in seasons
# ("19 seasons with the 76ers", "four seasons as director of personnel") gives spans of one
# person that no slot tells apart.
_SPELLS = frozenset({"seconds", "nights"})
_DURATIONS = frozenset(
    {"days", "weeks", "months", "years", "hours", "minutes", "year", "month", "week", "day",
     "hour", "minute", "decade", "decades", "century", "centuries", "fortnight", "fortnights",
     *_SPELLS}
)  # fmt: skip
# "44 seconds into the round": a point of time, no duration
_RELATIVE = frozenset({"old", "later", "earlier", "before", "after", "-old", "from", "into"})
# "with 20 seconds left": a game's clock ("39 days left in office" is a duration)
_TIME_LEFT = frozenset({"left", "remaining"})
# "AK - 47": a model code split by a spaced hyphen; "CVE - 2013 - 3893": its later parts too
_SPACED_CODE = re.compile(r"\b[A-Z]{1,4} - (?:\d+ - )?$")
_GLUED_UNIT = re.compile(r"^(?:km|ft|kg|mph)(?![A-Za-z0-9])")
_GLUED_DURATION = re.compile(r"^-(?:year|month|week|day|hour|minute|decade)s?(?![A-Za-z])")
# "a 6,900-tonne destroyer", "a 30-foot dhow": a measure glued by its hyphen, read as the spaced
# "a 20 - foot boat" is (claims39); a letter after the hyphen is otherwise a code's ("A330-")
_GLUED_MEASURE = re.compile(
    r"^-(?:foot|feet|tonne|ton|metre|meter|mile|acre|inch|yard|kilomet(?:re|er)|hectare)"
    r"(?![A-Za-z-])"
)


_LAST_WORD = re.compile(r"\S*$")
_CODE_END = re.compile(r"[A-Za-z/#:=_-]$")
_CODE_RIGHT = re.compile(r"^(?:[A-Za-z/#_]|-?[A-Za-z]|:\d|\.\d)")


# What a score line names: "a 3-1 victory", "the 1-1 draw", "a 4-0 rout" count no victories.
_RESULTS = frozenset(
    {
        "win",
        "victory",
        "defeat",
        "loss",
        "draw",
        "tie",
        "rout",
        "triumph",
        "thrashing",
        "drubbing",
        "shutout",
        "romp",
        "scoreline",
        "result",
        "lead",
        "deficit",
        "upset",
    }
)
_SCORE_TOKEN = re.compile(r"\d{1,3}[-–]\d{1,3}")
_DASHES = frozenset({"-", "–", "—"})


def score_line(doc: Doc, first: int, last: int) -> bool:
    """Whether the number at ``first``..``last`` is one side of a game's score line before a
    singular result noun ("a 3-1 victory", "the 1 – 1 draw", "their 4-0 rout"), not a count."""
    words, numbers = texts(doc), like_nums(doc)
    if last + 1 < len(doc) and _SCORE_TOKEN.fullmatch(words[first]):
        after = last + 1  # "3-1" kept one token
    elif last + 2 < len(doc) and words[last + 1] in _DASHES and numbers[last + 2]:
        after = last + 3
    elif first >= 2 and words[first - 1] in _DASHES and numbers[first - 2]:
        after = last + 1
    else:
        return False
    # singular only: "10-12 wins" is a range of wins, "a 10-2 win" one game
    return after < len(doc) and lowers(doc)[after] in _RESULTS


def _range_end(doc: Doc, first: int, last: int) -> int:
    """The last token of the figure a range runs to from ``doc[first..last]`` ("six or seven",
    "6 to 7", "between six and seven"), else ``last``: what the range measures follows it."""
    low = lowers(doc)
    connectors = _RANGE_WORDS | ({"and"} if first > 0 and low[first - 1] == "between" else set())
    if last + 2 >= len(doc) or low[last + 1] not in connectors:
        return last
    end = last + 1
    numbers = like_nums(doc)
    while end + 1 < len(doc) and numbers[end + 1]:
        end += 1
    return end if end > last + 1 else last


def _dated(toks: Span) -> bool:
    """Whether the tagger put a figure's tokens in a date, a time or an ordinal. A thousands
    figure split at its comma ("14, 000 Americans") is none, whatever the tagger says of its
    first piece: glued, it is a cardinal, and no date is written so (a day after a month's
    name is never joined to the figure after it: ``claim_numbers.rejoined``)."""
    if _split_thousands(toks):
        return False
    return any(
        t.ent_type_ in {"DATE", "TIME"} or (t.ent_type_ == "ORDINAL" and not glued_scale(t.text))
        for t in toks
    )


def _split_thousands(toks: Span) -> bool:
    """Whether a figure's tokens are digits split at their thousands commas ("14 , 000")."""
    words = [t.text for t in toks]
    return (
        len(words) >= 3
        and len(words) % 2 == 1
        and words[0].isdigit()
        and all(w == "," for w in words[1::2])
        and all(len(w) == 3 and w.isdigit() for w in words[2::2])
    )


def not_a_claim(doc: Doc, text: str, first: int, last: int) -> bool:
    """Whether the number of tokens ``first``..``last`` (inclusive) is no claim: one of the
    module docstring's kinds (a date that counts no duration, a time, a code or an address,
    an age, a fraction, a conversion in brackets, a designation, a name's number, a row of a
    table …). ``text`` is the doc's text."""
    if score_line(doc, first, last) or military_time(doc, first, last):
        return True
    if page_stamp(doc, first):
        return True  # "Posted 1 year, 160 days ago": the page's stamp (claims39)
    toks = doc[first : last + 1]
    low, written = lowers(doc), texts(doc)  # the words around, read without token objects
    # "for five days" is tagged DATE but is a counted duration; other dates are not claims.
    # "a five - year sentence", "a 5-year term": a duration as a modifier, hyphen spaced or not
    at = _range_end(doc, first, last)  # "for six or seven years": the unit is the range's
    unit_at = at + 2 if at + 2 < len(doc) and written[at + 1] == "-" else at + 1
    low_before = low[first - 1] if first > 0 else ""
    duration = (
        unit_at < len(doc)
        and low[unit_at] in _DURATIONS
        and any(t.like_num or t.text[:1].isdigit() for t in toks)
        and not any(t.is_title and not t.is_sent_start for t in toks)  # "Eight days of ..."
        and (
            unit_at + 1 >= len(doc)
            or low[unit_at + 1] not in _RELATIVE
            or interval_anchor(doc, unit_at) is not None  # "two days after the fight"
            or spent_for(doc, unit_at)  # "for 40 hours before reaching a verdict"
        )
        and not is_window(doc, first)
        and not (low[unit_at] in _SPELLS and first > 0 and low_before in WINDOW_WORDS)
        and not (low[unit_at] == "seconds" and _next_word(doc, unit_at) in _TIME_LEFT)
    )
    # "Forty or fifty protesters": a range whose other end is no date was misread as one
    dated = _dated(toks) and not (at > last and not _dated(doc[last + 2 : at + 1]))
    if dated and not (
        duration
        or _casualty_count(doc, first, last)
        or estimated_at(doc, first, last)
        or _plural_counted(doc, first, at)
    ):
        return True
    if _appraised(doc, last):
        return True
    # Inside a URL, an address, a code: look at the raw text around the tokens.
    start, end = toks.start_char, toks.end_char
    if YEAR.fullmatch(text[start:end]):  # the span's text
        return True
    left = text[max(0, start - 40) : start]
    right = text[end : end + 3]
    word_left = _LAST_WORD.search(left)
    if (
        word_left
        and word_left.group(0).lower() != "magnitude-"  # "a magnitude-5.2 quake" is no code
        and (_URLISH.search(word_left.group(0)) or _CODE_END.search(word_left.group(0)))
    ):
        return True
    glued_unit = (
        _GLUED_UNIT.match(text[end : end + 5])
        or text[end : end + 8].lower() in {"-strong ", "-strong,"}  # "a 5,000-strong crowd"
        or (  # "60km", "2,000ft": no code
            duration and _GLUED_DURATION.match(text[end : end + 12])  # "a 5-year term"
        )
        or _GLUED_MEASURE.match(text[end : end + 12])  # "a 30-foot dhow" (claims39)
        or HYPHENED_RATE.match(text[end : end + 12])  # "$6.99-a-month" (claims39)
        or (text[end : end + 4] == "-to-" and one_to_upper(doc, last) is not None)  # "one-to-seven"
    )
    if (_CODE_RIGHT.match(right) and not glued_unit) or _SPACED_CODE.search(left):
        return True
    if last + 1 < len(doc) and low[last + 1] in {"-year-old", "year-old", "years-old"}:
        return True
    following = [low[k] for k in range(last + 1, min(last + 5, len(doc))) if written[k] != "-"]
    if following[:1] in (["year"], ["years"]) and following[1:2] == ["old"]:
        return True  # "16 year-old", "32 - year - old": an age (see claim_figures.ages)
    if (
        (is_split_number(text, start, end) and not after_measure(text, start))
        or _CLOCK_LEFT.search(left)
        or _CLOCK_RIGHT.match(text[end : end + 8])
    ):
        return True  # "3. 9 percent", "20, 000"; "10: 30 a. m.", "10 a.m."
    if leading_point(doc, text, first, last):
        return True  # ". 290 average", "a career. 290 hitter": .290, no count (claims37)
    if degree_idiom(doc, first, last):
        return True  # "you're not 100 percent healthy": a manner of speaking (claims37)
    after = low[last + 1 : last + 3]
    if after and (
        after[0] in _FRACTIONS or (after[0] == "-" and after[1:2] and after[1] in _FRACTIONS)
    ):
        return True  # "three-fourths", "two thirds": a fraction, not a count
    # "$US1 million ($1.52 million)", "58km (36 miles)": a conversion of the figure before it
    if _CONVERSION.search(text[max(0, start - 30) : start]):
        return True
    before = written[first - 1] if first > 0 else None
    if before == "/" and first >= 2 and written[first - 2].isdigit():
        return True  # "the 9 / 11 tragedy", "24 / 7 coverage": a date, a ratio, no count
    if before is not None and low[first - 1] == "every":
        return True  # "plays every five days", "23 of every 24 hours": a frequency, a ratio
    if _designation(doc, first, last) or spaced_form(doc, first, last):
        return True  # "Unit 4"; "the 2002 - 03 season", "multi - million" (claim_spaced_forms)
    if (
        before is not None
        and before.replace("&", "").isalpha()
        and doc[first - 1].is_upper
        and 2 <= len(before) <= 4  # not the article "A 6.1 magnitude quake"
        and before not in _CAPS_UNITS
    ):
        return True  # "GT 650M", "RTX 4090", "S&P 500": a model code or an index's name
    if _model_number(text, start, end) or _number_in_title_name(doc, first, last):
        return True
    if _model_before_singular(doc, first, last) or _name_number_singular(doc, first, last):
        return True
    if _day_of_month(doc, first, last) or number_in_name(doc, text, first, last):
        return True
    if number_in_title(doc, first, last):  # "10 Things in Tech", "1010 WINS"
        return True
    if source_count(doc, text, last) or names_a_kind(doc, text, first, last, is_window):
        return True
    return negated_subject(doc, first, last) or in_table(doc, text, first)


_MODEL_VARIANT = re.compile(r"-(\d+)(?![\d.,])")


def _model_number(text: str, start: int, end: int) -> bool:
    """ "the 787-9", "an A330-200": a model number and its variant glued by a hyphen, the
    variant smaller than the model (a range runs upwards: "100-150 people")."""
    written = text[start:end]
    variant = _MODEL_VARIANT.match(text, end)
    if variant is None or not written.isdigit() or len(written) < 3:
        return False
    return int(variant.group(1)) < int(written)


def _model_before_singular(doc: Doc, first: int, last: int) -> bool:
    """ "its popular 737 Max jet": a number of three digits or more, a capitalised name word
    and a singular noun is a model ("400 Boeing jets" is a count: its noun is plural)."""
    tok = doc[first]
    if first != last or not tok.text.isdigit() or len(tok.text) < 3 or last + 2 >= len(doc):
        return False
    name, noun = doc[last + 1], doc[last + 2]
    if name.ent_type_ in {"GPE", "NORP"} or "." in name.text:
        return False  # "some 200 U.S. military personnel": a place, no maker
    return name.is_title and name.pos_ == "PROPN" and noun.tag_ == "NN"


def _name_number_singular(doc: Doc, first: int, last: int) -> bool:
    """ "the Velora Sportback 50 quattro", "a Tavor 40 hatchback": a number after a
    capitalised name word and before a singular noun is part of a model's name (a count of
    more than one takes a plural noun: "told Reuters 12 people" counts people; a unit is
    singular and is left alone: "told Reuters 6 percent")."""
    tok = doc[first]
    if first != last or first < 2 or last + 1 >= len(doc) or not tok.text.isdigit():
        return False
    name, noun = doc[first - 1], doc[last + 1]
    if not (name.pos_ == "PROPN" and name.is_title and name.is_alpha) or name.lower_ in MONTHS:
        return False
    if int(tok.text) <= 1 or noun.tag_ not in {"NN", "NNP"} or not noun.is_alpha:
        return False
    return noun.is_lower and len(noun.text) > 3 and noun.lower_ not in _SINGULAR_UNITS


_SINGULAR_UNITS = frozenset({"percent", "cent", "pct", "dollar", "euro", "pound", "degree"})


def _day_of_month(doc: Doc, first: int, last: int) -> bool:
    """ "Garrick's July 14 call": a day of the month after the month's name is a date, however
    the tagger labelled it (here as part of a person's name). A count after a month takes a
    plural noun ("In July 25 people were hurt") and is the tagger's business (a DATE), unless a
    determiner or a possessive stands before the month: "the September 11 attacks" are named
    by their date."""
    tok = doc[first]
    if first != last or first == 0 or not tok.text.isdigit() or not 1 <= int(tok.text) <= 31:
        return False
    month = doc[first - 1]
    if not (month.is_title and month.lower_ in MONTHS):
        return False
    noun = doc[last + 1] if last + 1 < len(doc) else None
    plural = noun is not None and noun.tag_ in {"NNS", "NNPS"}
    # "the September 11 attacks", "their March 3 talks": a determiner names the date's event
    named = first >= 2 and (doc[first - 2].lower_ in DETERMINERS or doc[first - 2].tag_ == "POS")
    return named or not plural


def _number_in_title_name(doc: Doc, first: int, last: int) -> bool:
    """ "Zero Gravity Seats", "the Four Seasons Hotel": a number word written capitalised
    inside a run of capitalised words, not at a sentence's start, is part of a name."""
    tok = doc[first]
    if first != last or not tok.is_alpha or not tok.is_title or tok.is_sent_start:
        return False
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    return nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"


_NOBODY = frozenset({"none", "nobody", "nothing", "neither", "noone"})
_NO = frozenset({"no", "neither"})
# the figure is what the negated subject is, has or does: not an adverbial of its clause
_ARGUMENTS = frozenset({"dobj", "attr", "acomp", "oprd", "dative", "nsubjpass", "nsubj"})
_RAISING = frozenset({"xcomp", "auxpass", "aux"})  # "was thought to be", "is reported to have"


def negated_subject(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure ``doc[first..last]`` is said of a negated subject: "No other offer
    was thought to be more than seven years", "None of the teams has offered more than eight
    years", "no one was paid $5,000". The sentence denies the figure of anyone: there is no
    claim ("more than seven years" of no offer is not "more than seven" of some offer).

    The subject is that of the verb governing the figure, climbing only through raising and
    control ("was thought to be", "has been reported to have offered"), not into another
    clause ("no one knew that 12 had died" still says 12 died). A figure inside the subject
    itself ("no more than 12 people were hurt") is the subject's own hedge, not a negation.
    """
    below, verb = doc[last], doc[last].head
    for _ in range(4):  # "years" -> "be" -> "thought": a short chain
        if verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.head.i == verb.i:
            return False
        below, verb = verb, verb.head
    if below.dep_ not in _ARGUMENTS:
        return False  # "no checks were made for at least eight hours": when, not what is denied
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            if subject.left_edge.i <= first <= subject.right_edge.i:
                return False
            return (
                subject.lower_ in _NOBODY
                or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children))
                or any(c.dep_ == "det" and c.lower_ in _NO for c in subject.children)
            )
        if verb.dep_ not in _RAISING or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def is_window(doc: Doc, first: int) -> bool:
    """ "in the past 24 hours", "over the last three days", "within 48 hours": the window a
    figure is counted in, not a duration claimed ("for the past three years" is one)."""
    k = first - 1
    seen = False
    while k >= 0 and doc[k].lower_ in WINDOW_WORDS | {"the", "a"}:
        seen = seen or doc[k].lower_ in WINDOW_WORDS
        k -= 1
    if k < 0:
        return False
    prep = doc[k].lower_
    return prep == "within" or (seen and prep in WINDOW_PREPS)


def _designation(doc: Doc, first: int, last: int) -> bool:
    """A calibre, a model or a serial number, not a count: "a .357 caliber revolver" against
    "a .38 caliber revolver" is two guns, not a disagreement about how many; "Flight 370",
    "Chapter 11", "version 2" name one thing.

    """
    lows, written = lowers(doc), texts(doc)  # the next two tokens' lower_ and text, no span
    words = [lows[i] for i in range(last + 1, min(last + 3, len(lows))) if written[i] != "-"]
    if words and words[0] in _CALIBRES:
        return True
    if first == 0:
        return False
    if _rank(doc, first):
        return True
    prev = doc[first - 1]
    if prev.lower_ not in _DESIGNATIONS or prev.like_num:
        return False
    if prev.lower_ in {"#", "no.", "nos"}:
        return True
    # Capitalised, any of them ("A Category 4 hurricane", "Game 7"); in lower case only those
    # that hardly ever end a phrase before a count ("type 2 diabetes", not "that day 300 people").
    if prev.is_title or prev.lower_ in _LOWER_DESIGNATIONS:
        return True
    # a bout's or a game's part in lower case, with no noun after the figure for it to count:
    # "in round three Klitschko", "in game 7 the Hawks" (claims37; "that round 12 judges" counts)
    after = doc[last + 1] if last + 1 < len(doc) else None
    return prev.lower_ in _PLAY_PARTS and (after is None or after.pos_ not in _COUNTED_POS)


# parts of a bout or a game a lower-case designation names ("in round three"), and what a
# figure after one could still count ("that round 12 judges scored it")
_PLAY_PARTS = frozenset({"round", "game", "lap", "hole", "inning", "innings"})
_COUNTED_POS = frozenset({"NOUN", "ADJ", "NUM"})


# "the No. 2 official", "the number two man": a rank, written with the abbreviation split
# from its full stop by the tokenizer, or with "number" after an article
_RANK_SIGNS = frozenset({"No", "NO", "Nos"})
_RANK_ARTICLES = frozenset({"the", "a", "his", "her", "its", "their"})


def _rank(doc: Doc, first: int) -> bool:
    """A rank, not a count: "No" and its full stop as two tokens before the figure ("the No. 2
    official"), or "number" after an article or a possessive ("the number 2 man", "his
    number two")."""
    if first < 2:
        return False
    prev, before = doc[first - 1], doc[first - 2]
    if prev.text == "." and before.text in _RANK_SIGNS:
        return not doc[first].is_sent_start  # "… said no. 2 people …" ends a sentence
    return prev.lower_ == "number" and before.lower_ in _RANK_ARTICLES


# plural nouns of time that are not in _DURATIONS: a figure before them is no count of things
_TIME_PLURALS = frozenset(
    {"weekends", "quarters", "periods", "semesters", "terms", "mornings", "evenings",
     "afternoons", "times", "innings", "halves"}
)  # fmt: skip


def _next_word(doc: Doc, k: int) -> str:
    """The lower-cased word after token ``k``, or "" at the end."""
    return doc[k + 1].lower_ if k + 1 < len(doc) else ""


def _plural_counted(doc: Doc, first: int, end: int) -> bool:
    """ "Between 60 and 100 rioters gathered": a figure (or range, ending at ``end``) right
    before a plural noun of things it counts is a count, even when the tagger calls it a date;
    not a window ("the last 10 games") nor a span of time ("three weekends")."""
    before = doc[first - 1].lower_.rstrip(".") if first > 0 else ""
    if end + 1 >= len(doc) or before in WINDOW_WORDS or before in MONTHS:
        return False  # "the last 10 games", "December 5 fans said" (a comma lost)
    noun = doc[end + 1]
    return (
        noun.tag_ == "NNS"
        and not noun.ent_type_
        and noun.lower_ not in _DURATIONS
        and noun.lower_ not in _TIME_PLURALS
    )


# Verbs of an appraisal: "Eight years seems like a reasonable contract", "$20 million sounds
# like a lot": the writer weighs a figure, no one reports it.
_APPRAISALS = frozenset({"seem", "sound"})


def _appraised(doc: Doc, last: int) -> bool:
    """Whether a figure is the subject of an appraisal ("Eight years seems like a reasonable
    length"); not when the verb raises another ("Ten people seem to have died": a hedged
    report)."""
    tok = doc[last]
    while tok.dep_ in {"nummod", "compound", "quantmod"} and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.lemma_.lower() in _APPRAISALS
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


def _casualty_count(doc: Doc, first: int, last: int) -> bool:
    """ "injuring 80", "killed 40": a bare small number that a casualty verb takes as its
    object is a count, even when the tagger calls it a date."""
    toks = doc[first : last + 1]
    if not all(t.like_num for t in toks) or len(toks.text) > 3:
        return False
    head = doc[last].head
    return doc[last].dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in _CASUALTY_VERBS
