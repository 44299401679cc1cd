"""What a figure counts: the noun, unit or measure read after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_arrests import arrest_by_taking, taken_with
from newsbeat.enrich.claim_bare import (
    collective_of,
    figure_head,
    gathered_people,
    participle_after,
    shared_noun,
    taken_into_custody,
)
from newsbeat.enrich.claim_currencies import sign_before
from newsbeat.enrich.claim_demonyms import plural_after_demonym
from newsbeat.enrich.claim_events import attendance, participle_clause
from newsbeat.enrich.claim_hyphened_rates import hyphened_rate
from newsbeat.enrich.claim_measured_owners import measured_owner
from newsbeat.enrich.claim_modifiers import modifier_end
from newsbeat.enrich.claim_numbers import WORDS, is_magnitude, parse_number
from newsbeat.enrich.claim_units import modified_rate_base, time_after_rate, unit_abbreviation
from newsbeat.enrich.doc_arrays import lowers, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
# States a disaster leaves people in, told by an adjective after a figure or its noun ("left
# 300 dead", "left 2,000 people homeless"): the figure counts the people in that state
_LEFT_STATES = frozenset({"dead", "homeless"})
_MOSTLY = frozenset({"mostly", "mainly", "largely", "chiefly", "predominantly", "overwhelmingly"})
_NOT_COUNTED = frozenset({"of", "and", "or", "to", "in", "on", "at", "for", "by", "the", "a"})


# "50 Future Leaders Age 40": the age of those counted, never what is counted
_AGE_WORDS = frozenset({"age", "aged"})
_LOWER_CASE_UNITS = frozenset({"min", "mins", "hr", "hrs"})


def left_state(doc: Doc, i: int) -> str | None:
    """The state an adjective right after ``doc[i]`` (a bare figure or its noun) counts ("300
    dead", "2,000 homeless"), or None: not when a noun follows it ("two dead ends", "300 dead
    fish" count the noun) nor when it is predicated of another thing ("the 12 are dead")."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in _LEFT_STATES or doc[i + 1].pos_ != "ADJ":
        return None
    if i + 2 < len(doc) and doc[i + 2].pos_ in {"NOUN", "PROPN"}:
        return None
    return doc[i + 1].lower_


def _left(noun: Token) -> bool:
    """Whether a counted noun is the object of "leave" ("the quake left 31,000 people dead"):
    the adjective after it is the state the people were left in."""
    return noun.dep_ == "dobj" and noun.head.lemma_ == "leave"


def _per_hour(doc: Doc, i: int) -> bool:
    """Whether the unit at ``i`` is followed by "/h", "per hour" or "an hour"."""
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    return after in (["/", "h"], ["/", "hr"], ["per", "hour"], ["an", "hour"], ["a", "hour"])


def _counted(doc: Doc, first: int, last: int) -> tuple[str | None, str | None, Token | None]:
    """(what, unit, noun token) for the number tokens ``first..last``."""
    unit: str | None = None
    if first > 0 and doc[first - 1].text in _UNITS and not doc[first - 1].is_alpha:
        unit = _UNITS[doc[first - 1].text]  # $ € £
    else:
        unit = sign_before(doc, first)  # "US$5 million", "NZ$ 2m", "USD 5 million"
    if unit and (period := hyphened_rate(doc, last)) is not None:
        return f"{unit} per {period}", f"{unit} per {period}", None  # "$6.99-a-month" (claims39)
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
        if (low in _ABBREVIATIONS or unit_abbreviation(tok)) and i == last + 1:
            noun = tok  # "2,000ft", "176 hp" (tagged ADJ), not "414 lb-ft"
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
                        or (
                            noun.dep_ == "nmod"
                            and noun.ent_type_ in {"GPE", "NORP", "ORG", "PRODUCT"}
                        )  # "four Thunderbolt 3 ports": ports (claims35)
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
    if noun is not None and (counted := _counts_modifier(doc, first, last, noun)) is not None:
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
        if (state := left_state(doc, last)) is not None:
            return state, None, None  # "left 300 dead", "left 2,000 homeless"
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
    what = head_word or plural_after_demonym(doc, last, noun) or what  # "26 Somani brigands"
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
    elif (state := left_state(doc, noun.i)) is not None and _left(noun):
        what = f"{what} {state}"  # "left 31,000 people dead": people dead, not people left
    if unit and noun.lower_ in _UNITS:
        owner = doc[first].head
        while owner.i != owner.head.i and owner.pos_ in {"NUM", "SYM"}:
            owner = owner.head
        if (
            owner.dep_ == "pobj"
            and owner.head.lower_ == "of"
            and owner.head.head.pos_ == "NOUN"
            and owner.head.head.lower_ != "tune"  # "to the tune of 4%": an idiom, no thing
        ):
            what = measured_owner(owner.head.head)  # "a budget of 31 million crowns" -> budget
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
    doc: Doc, first: int, last: int, noun: Token
) -> tuple[str | None, str | None, Token | None] | None:
    """How the figure ``first..last`` reads when it is hyphened to a singular noun that
    modifies ``noun``, or None when it reads as any figure does: a measure ("a 20 - foot boat",
    "a five - year term") or an adjective ("a 5,000 - strong force").

    A figure counting such a modifier is no count of the noun: "a 50 - employee company" is
    one company, "the three - story building" one building, "a two - time host" one host
    (None, None, None: dropped; the glued forms, "50-employee", are read as codes and dropped
    too). A countable part of the thing counts as itself ("the 300 - seat Parliament": 300
    seats), and a unit the lists above miss as that unit ("a 10 - kilo bag": kilograms).

    After the article "a" the hyphen may be left out (fix36): "an eight round decision win",
    "a three punch combo" and "a seven count" are one win, one combo, one count, so a figure
    between "a" and a singular noun reads as the hyphened one does (see
    :func:`_unhyphened_part`)."""
    part_alone = None
    if last + 2 < len(doc) and doc[last + 1].text in {"-", "–"}:
        part = doc[last + 2]
    elif (part_alone := _unhyphened_part(doc, first, last)) is not None:
        part = part_alone
    else:
        return None
    if noun.i < part.i or (part.tag_ != "NN" and part is not part_alone) or not part.is_alpha:
        return None
    low = part.lower_
    if low in _MEASURE_WORDS or low in _UNITS or low in {"square", "cubic"}:
        return None
    if noun.i == part.i:
        if part.i == last + 1 and low not in _HYPHEN_MEASURES:
            return None, None, None  # "took a seven count": one count, none counted
        # the hyphened singular is itself taken for what is counted ("a four - time
        # champion", "the 64 - bit version"): a modifier of the words after it, no count
        return _modifier_alone(doc, part)
    if low in _HYPHEN_MEASURES:
        return _HYPHEN_MEASURES[low], None, part  # "a 10 - kilo bag": ten kilos, not ten bags
    if low == "point" and noun.lemma_.lower() in _KINDS_OF_SCORE:
        return None, None, None  # "the three - point basket": a kind of shot, no count
    if low in _COUNTED_PARTS:
        plural = _COUNTED_PARTS[low]
        return plural, _UNITS.get(plural), part
    return None, None, None


def _unhyphened_part(doc: Doc, first: int, last: int) -> Token | None:
    """The singular noun right after a figure that follows the article "a" or "an" ("an
    eight round decision", "a 12 room house"), which such a figure can only modify; None for
    any other figure, and for a decimal ("a 6.1 magnitude quake" is read before) or a figure
    of one. The noun is written in lower case ("a 737 Max jet" is a model)."""
    if first < 1 or last + 1 >= len(doc) or lowers(doc)[first - 1] not in _ARTICLES:
        return None
    words = texts(doc)[first : last + 1]
    if any("." in w for w in words) or parse_number(list(words)) in {None, 1.0}:
        return None
    part = doc[last + 1]
    if not part.is_lower or part.lower_ in _UNITS:
        return None
    noun = part.tag_ == "NN" or (part.pos_ == "ADJ" and part.lower_ in _NOUNS_TAGGED_ADJ)
    return part if noun else None


# Singular nouns the tagger reads as adjectives between a figure and a noun ("an eight round
# decision": JJ), never read so when they are ("a 5,000 strong crowd" stays 5,000)
_NOUNS_TAGGED_ADJ = frozenset({"round"})


def _modifier_alone(doc: Doc, part: Token) -> tuple[None, None, None] | None:
    """A hyphened singular ``part`` the reader took for the counted noun ("four - time",
    "64 - bit") is a compound modifier, no count (None, None, None), when a noun or a name
    follows it ("All - Star", "version", "Windows") or it is coordinated with another
    hyphened figure ("a 32 - bit or 64 - bit version", "32 - and 64 - bit versions"); a
    counted part, a measure the lists above know and a plain singular ("one - bit") read as
    before (None)."""
    if part.lower_ in _HYPHEN_MEASURES or part.lower_ in _COUNTED_PARTS:
        return None
    nxt = doc[part.i + 1] if part.i + 1 < len(doc) else None
    if nxt is None:
        return None
    if nxt.pos_ in {"NOUN", "PROPN"} or (
        nxt.lower_ in {"or", "and"} and _hyphened_figure(doc, nxt.i + 1)
    ):
        return None, None, None
    return None


def _hyphened_figure(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` opens another figure hyphened to a word ("64 - bit")."""
    return i + 2 < len(doc) and doc[i].like_num and doc[i + 1].text in {"-", "–"}


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
# What "three-point" or "two-point" names a kind of ("a three-point basket", "two-point
# conversion"), not a count of points the thing has ("a 10-point lead" is one)
_KINDS_OF_SCORE = frozenset(
    {"basket", "shot", "shooter", "shooting", "line", "range", "attempt", "play", "conversion",
     "field", "goal", "try", "arc", "specialist", "percentage"}
)  # fmt: skip
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
    denominator = modified_rate_base(doc, i + 1) or doc[i + 2]  # "per diluted share": share
    if denominator.pos_ != "NOUN" or denominator.lower_ in {"cent", "hour", "hr", "h"}:
        return None
    lemma = denominator.lemma_.lower()
    if doc[i + 1].lower_ != "per" and lemma not in _RATE_BASES:
        return None  # "20 years a member" is no rate; "40 miles a day" is
    if time_after_rate(doc, denominator.i):
        return None  # "6.2 percent a year earlier": when, no rate
    return lemma


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
