"""Figures that real disputes are made of, in the shapes a plain number reader misses.

Used by :mod:`newsbeat.enrich.claims`:

* ages, as claims about a person: "Ann Kerr, 32,", "the 32-year-old Ann Kerr", "Ann Kerr and
  Bea Toll, who were 61 and 48 years old" (an age with no named person is no claim);
* model names after a count: "14 AK - 47 rifles", "12 AK 47 guns", "seven AK-47s" count AK-47s
  (the 47 names the gun, it counts nothing);
* metres written "60m" (not 60 million: no currency before it, nothing counted after it);
* fractions and words: "half a mile", "a mile and a half", "2 1/2", "2-1/2";
* durations, which are claims of their own and never the time of another claim.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress
from operator import or_
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_numbers import WORDS
from newsbeat.enrich.doc_arrays import (
    dep_id,
    doc_arrays,
    heads,
    indices_in,
    lowers,
    sentence_bounds,
    texts,
    with_digit,
    word_flags,
    word_ids,
)
from newsbeat.enrich.number_names import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "WINDOW_PREPS",
    "WINDOW_WORDS",
    "Age",
    "ages",
    "article_year",
    "estimated_at",
    "fraction_after",
    "is_period",
    "metres_glued",
    "model_name",
    "name_cased",
    "over_a_span",
    "split_fraction",
    "stated_ages",
    "word_fraction",
]

_MODEL = re.compile(r"^([A-Z]{1,4})-(\d{1,4})s?$")
_CODE = re.compile(r"^[A-Z]{1,4}$")
_FRACTION = re.compile(r"^(\d)/(\d{1,2})$")
# a figure that ends in "m" glued to it is metres when nothing after it is what it counts
_COUNTED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_MONEY_MARKS = frozenset({"$", "€", "£", "us$", "usd", "eur", "gbp", "¥"})
_MONEY_WORDS = frozenset(
    {"dollars", "euros", "pounds", "sterling", "crowns", "yen", "yuan", "rupees", "francs",
     "budget", "revenue", "profit", "profits", "loss", "losses", "sales", "fund", "funding",
     "price", "cost", "costs", "deal", "debt", "worth", "paid", "pay", "raised", "invested"}
)  # fmt: skip
_OLD = frozenset({"old", "-old", "year-old", "years-old"})
_YEAR_OLD_PARTS = _OLD | {"-", "year", "years", "-year", "-years"}
_AGE_MAX = 120
# "a mile and a half", "half an hour": the units a fraction in words may measure
FRACTION_UNITS = frozenset(
    {"mile", "miles", "kilometre", "kilometer", "km", "hour", "hours", "day", "days", "week",
     "weeks", "month", "months", "year", "years", "metre", "meter", "tonne", "ton", "kilogram"}
)  # fmt: skip
# "in the past 24 hours", "within 48 hours": the window a figure is counted in (not_claims too)
WINDOW_WORDS = frozenset({"past", "last", "next", "previous", "coming", "first", "final"})
WINDOW_PREPS = frozenset({"in", "over", "during", "within", "throughout"})
_DURATION_WORDS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
     "minute", "minutes"}
)  # fmt: skip


def model_name(doc: Doc, last: int) -> tuple[str, int] | None:
    """The model name right after a count ending at ``last`` and its last token: "AK - 47",
    "AK 47", "AK-47s" -> ("ak-47", index). None when no model name follows."""
    n = len(doc)
    if last + 1 >= n:
        return None
    tok = doc[last + 1]
    glued = _MODEL.match(tok.text)
    if glued:
        return f"{glued.group(1).lower()}-{glued.group(2)}", last + 1
    if not _CODE.match(tok.text):
        return None
    k = last + 2
    if k < n and doc[k].text == "-":
        k += 1
    number = doc[k].text if k < n else ""
    # "3 GOP 2008 hopefuls": a year after the code makes no model name
    if number.isdigit() and len(number) <= 4 and not YEAR.fullmatch(number):
        return f"{tok.lower_}-{number}", k
    if k < n and (plural := re.fullmatch(r"(\d{1,4})s", doc[k].text)):
        return f"{tok.lower_}-{plural.group(1)}", k
    return None


def metres_glued(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure ``doc[first..last]``, ending in an "m" glued to its digits ("60m"),
    is a length: no money mark before it and no counted word after it ("£60m", "60m
    barrels" are millions)."""
    m = doc[last]
    if m.text != "m" or last == first or doc[last - 1].idx + len(doc[last - 1].text) != m.idx:
        return False
    if first > 0 and doc[first - 1].lower_ in _MONEY_MARKS:
        return False
    if any(t.lower_ in _MONEY_MARKS or t.lower_ in _MONEY_WORDS for t in m.sent):
        return False  # "the firm lost 60m": in a sentence about money, millions
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in _COUNTED_POS or nxt.text == "("


def fraction_after(doc: Doc, last: int) -> tuple[float, int] | None:
    """A fraction that continues a figure ending at ``last``: "2 1/2", "2-1/2", "two and a
    half", and as copies space it, "4 - 1 / 2 - month", "4 1 / 2 months" -> (0.5, index of its
    last token)."""
    n = len(doc)
    k = last + 1
    if k < n and texts(doc)[k] == "-" and k + 1 < n and _fraction_at(doc, k + 1):
        k += 1
    if k < n and (found := _fraction_at(doc, k)):
        return found
    words = lowers(doc)[last + 1 : last + 4]
    if words[:1] == ["and"] and words[1:] in (["a", "half"], ["one", "half"]):
        return 0.5, last + 3
    return None


def _fraction_at(doc: Doc, k: int) -> tuple[float, int] | None:
    """A proper fraction starting at ``doc[k]``, glued ("1/2") or spaced ("1 / 2"): (value,
    index of its last token)."""
    words = texts(doc)  # no token object per look
    if found := _FRACTION.match(words[k]):
        top, bottom, end = int(found.group(1)), int(found.group(2)), k
    elif (
        k + 2 < len(doc)
        and words[k].isdigit()
        and len(words[k]) == 1
        and words[k + 1] == "/"
        and words[k + 2].isdigit()
        and len(words[k + 2]) <= 2
    ):
        top, bottom, end = int(words[k]), int(words[k + 2]), k + 2
    else:
        return None
    return (top / bottom, end) if 0 < top < bottom else None


def split_fraction(doc: Doc, first: int, last: int) -> tuple[float, int] | None:
    """A whole number and a fraction whose space was lost and whose slash was spaced, before
    a unit: "41 / 2 months" is 4 1/2 months (a typeset "4½" flattened), not 41 halves.

    The last digit must be a proper numerator of the denominator (1/2, 1/4, 3/4, 1/3, 2/3)
    and a unit a fraction may measure must follow ("41 / 2 votes" is left alone): (value,
    index of the denominator), or None.
    """
    n = len(doc)
    digits = doc[last].text
    if first != last or not digits.isdigit() or len(digits) < 2 or last + 3 >= n:
        return None
    if doc[last + 1].text != "/" or doc[last + 2].text not in {"2", "3", "4"}:
        return None
    unit = doc[last + 3] if doc[last + 3].text != "-" else doc[min(last + 4, n - 1)]
    if unit.lower_ not in FRACTION_UNITS:
        return None
    top, bottom = int(digits[-1]), int(doc[last + 2].text)
    if not 0 < top < bottom:
        return None
    return int(digits[:-1]) + top / bottom, last + 2


def word_fraction(doc: Doc, i: int) -> tuple[int, int, float, int] | None:
    """A distance or time written in words from ``doc[i]``: "half a mile" (0.5), "a mile and
    a half" (1.5): (first, last token of the figure, value, index of its unit)."""
    n = len(doc)
    lows = lowers(doc)
    low = lows[i]
    if low == "half" and i + 2 < n and lows[i + 1] in {"a", "an"} and lows[i + 2] in FRACTION_UNITS:
        return i, i + 1, 0.5, i + 2
    if (
        low in {"a", "an", "one"}
        and i + 4 < n
        and lows[i + 1] in FRACTION_UNITS
        and lows[i + 2 : i + 4] == ["and", "a"]
        and lows[i + 4] in _PARTS
    ):
        return i, i + 4, 1 + _PARTS[lows[i + 4]], i + 1
    return _quarters(lows, i)


# "a mile and a half", "an hour and a quarter": the part of one unit after "and a"
_PARTS = {"half": 0.5, "quarter": 0.25}


def _quarters(lows: list[str], i: int) -> tuple[int, int, float, int] | None:
    """ "a quarter of a mile", "a quarter mile" (0.25), "three quarters of a mile", "three -
    quarters of an hour" (0.75) from ``lows[i]``: (first, last token of the figure, value,
    index of its unit). Only a unit of :data:`FRACTION_UNITS` makes it a measure ("a quarter of
    the residents" is a share, "the third quarter" a period)."""
    k = i
    if lows[k] in {"a", "one"} and k + 1 < len(lows) and lows[k + 1] == "quarter":
        value, k = 0.25, k + 1
    elif lows[k] == "three" and lows[k + 1 : k + 2] == ["quarters"]:
        value, k = 0.75, k + 1
    elif lows[k] == "three" and lows[k + 1 : k + 3] == ["-", "quarters"]:
        value, k = 0.75, k + 2
    else:
        return None
    last = k
    if lows[k + 1 : k + 3] in (["of", "a"], ["of", "an"]):
        k += 2
    elif value != 0.25:
        return None  # "three quarters mile" is no way to write it
    if k + 1 < len(lows) and lows[k + 1] in FRACTION_UNITS and not lows[k + 1].endswith("s"):
        return i, last, value, k + 1
    return None


def is_period(ent: Span) -> bool:
    """A duration or an age tagged as a date ("2 years", "the past three years", "32",
    "36 - year - old"): not the time another figure is dated to. A year ("2005") and a date
    relative to now ("four years ago") still date it."""
    words = [t.lower_ for t in ent]
    if not any(t.like_num for t in ent) or "ago" in words:
        return False
    if re.fullmatch(r"\d{1,3}", ent.text.strip()):
        return True  # "Ann Kerr, 32, fell ...": an age
    last = words[-1]
    if last in _OLD or last.endswith("-old"):
        return True
    if last not in _DURATION_WORDS or WINDOW_WORDS.intersection(words):
        return False
    # "in the past 24 hours", "over three days": a window that dates the figure, kept
    return not (ent.root.head.pos_ == "ADP" and ent.root.head.lower_ in WINDOW_PREPS)


_DATE_LINE_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_DATE_LINE_DAY = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,2}\s?/\s?\d{1,2}\s?/"
)
_DATE_LINE_WORDS = 12
# Lower-case words a date line may carry ("Last updated on", "Posted 1 year, 7 days ago"); more
# than two others make it a sentence ("On Tuesday, Oct. 10, 1972, Washington awoke to this
# startling news:"), whose year is the year of its story, not of the article.
_DATE_LINE_FURNITURE = frozenset(
    {"updated", "published", "posted", "created", "last", "first", "on", "at", "the", "am",
     "pm", "downloaded", "day", "days", "ago", "year", "years", "hrs", "for", "immediate",
     "release", "of", "end", "watch", "time", "story"}
)  # fmt: skip
_DATE_LINE_OTHERS = 2


def article_year(text: str) -> str | None:
    """The year of the article's own date line ("April 04, 2007", "Last updated 13: 26
    14 / 09 / 2013") among its first lines: the year its ages are told in ("Orozco, 27," in
    2005 and "Orozco, 29," in 2007 are both right). None when no such line."""
    for line in text.strip().split("\n")[:5]:
        found = _DATE_LINE_YEAR.search(line)
        if found and len(line.split()) <= _DATE_LINE_WORDS and _DATE_LINE_DAY.search(line):
            if _sentence_line(line):
                continue
            return found.group(1)
    return None


def _sentence_line(line: str) -> bool:
    """Whether a line with a date in it reads as a sentence: more than two lower-case words a
    date line does not carry ("awoke to this startling news", "denied the accusations")."""
    words = re.findall(r"[A-Za-z]+", line)
    others = [w for w in words if w.islower() and len(w) > 1 and w not in _DATE_LINE_FURNITURE]
    return len(others) > _DATE_LINE_OTHERS


class Age:
    """An age read as a claim: its number's tokens, its value and the person."""

    __slots__ = ("first", "last", "person", "value")

    def __init__(self, first: int, last: int, value: float, person: Token) -> None:
        self.first, self.last, self.value, self.person = first, last, value, person


def ages(doc: Doc) -> list[Age]:
    """Every age of a named person in the article (see the module doc), in text order."""
    out: dict[int, Age] = {}
    for i in _age_starts(doc):
        tok = doc[i]
        if _age_number(tok):
            person = _apposed(doc, tok) or _year_old(doc, tok) or _died_at(doc, tok)
            person = person or _who_was(doc, tok)
            if person is not None:
                out[tok.i] = Age(tok.i, tok.i, float(tok.text), person)
        elif (spelt := _spelt_age(doc, tok)) is not None and not _after_tens(doc, tok):
            last, value = spelt
            person = _year_old(doc, doc[last])
            if person is not None:
                out[tok.i] = Age(tok.i, last, value, person)
    for age in _relative_ages(doc):
        out.setdefault(age.first, age)
    return [out[k] for k in sorted(out)]


def _age_starts(doc: Doc) -> list[int]:
    """The tokens an age in digits or in words can start at: a word whose shape has a digit
    or a number word of :data:`_SPELT` (the tests run in C, not a Python test per token)."""
    lower = doc_arrays(doc).lower
    may_start = map(or_, with_digit(doc), map(word_ids(_SPELT).__contains__, lower))
    return list(compress(range(len(lower)), may_start))


def _age_number(tok: Token) -> bool:
    return tok.text.isdigit() and 0 < int(tok.text) <= _AGE_MAX and len(tok.text) <= 3


# the number words an age can be spelt with ("a", "an" and "zero" are none)
_TENS = frozenset(w for w, v in WORDS.items() if v >= 20)
_SPELT = frozenset(w for w, v in WORDS.items() if v >= 1 and w not in {"a", "an"})


def _after_tens(doc: Doc, tok: Token) -> bool:
    """ "one" of "sixty - one": the units of a number in words begun before it."""
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _TENS


def _spelt_age(doc: Doc, tok: Token) -> tuple[int, float] | None:
    """An age in words starting at ``tok`` ("Sixty", "sixty - one", "Sixteen" of
    "Sixteen-year-old"): (index of its last word, value), or None. A number in words is the
    same whole number as in digits; only the "N-year-old" shape reads it as an age."""
    low = tok.lower_
    if low not in _SPELT:
        return None
    k = tok.i
    if low in _TENS and k + 2 < len(doc) and doc[k + 1].text == "-":
        units = doc[k + 2].lower_
        if units in _SPELT and WORDS[units] <= 9:
            return k + 2, float(WORDS[low] + WORDS[units])  # "sixty-one"
    return k, float(WORDS[low])


def _name_token(tok: Token) -> bool:
    """A person's name (the last word of it), not a date or a number. A word NER typed as a
    group is kept: it types some surnames so ("Klitschko, 36,"); the caller's actor decides."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL"}
        and name_cased(tok.text)
    )


_GROUP_LABELS = frozenset({"ORG", "NORP"})


def name_cased(word: str) -> bool:
    """Whether a word is written as a name is: a capital first and not all capitals. A capital
    inside counts too ("LaCalamita", "McMeekin", "DiLeo"), which ``str.istitle`` refuses."""
    return word[:1].isupper() and not word.isupper() and any(c.islower() for c in word)


_AFTER_AGE = frozenset({",", ")", ".", ";"})


def _apposed(doc: Doc, num: Token) -> Token | None:
    """ "Ann Kerr, 32, fell ...": the name before ", N," (or ", N)" at a clause's end);
    "Ann Kerr, age 32," and "Ann Kerr, aged 32 and from Dover": the word says it is an age."""
    i = num.i
    if i >= 3 and doc[i - 1].lower_ in {"age", "aged"} and doc[i - 2].text == ",":
        name = doc[i - 3]
        return name if _name_token(name) else None
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "," or doc[i + 1].text not in _AFTER_AGE:
        return None
    if doc[i + 1].text == "," and i + 2 < len(doc) and doc[i + 2].text.isdigit():
        return None  # "In Heraklion, 10, 000 people": a number written with a spaced comma
    name = doc[i - 2]
    return name if _name_token(name) else None


_DYING = frozenset({"die", "pass"})
_CLOCK = frozenset({"a.m.", "p.m.", "am", "pm", ":", "o'clock"})


def _bare_after(doc: Doc, num: Token) -> bool:
    """Whether nothing after the number makes it another quantity ("at 3 a.m.", "at 91 Main
    Street", "91 days")."""
    if num.i + 1 >= len(doc):
        return True
    after = doc[num.i + 1]
    return after.lower_ not in _CLOCK and after.pos_ not in {"NOUN", "PROPN", "NUM"}


def _died_at(doc: Doc, num: Token) -> Token | None:
    """ "Ann Kerr died at 91", "dies at the age of 91", "died at age 91", "died on Monday aged
    91", "passed away at 91": the named subject of the dying verb."""
    if not _bare_after(doc, num):
        return None
    link = num.head
    if link.lower_ == "of" and link.head.lower_ == "age" and link.head.head.lower_ == "at":
        link = link.head.head  # "at the age of 91"
    elif link.lower_ == "age" and link.head.lower_ == "at":
        link = link.head  # "at age 91"
    if link.lower_ not in {"at", "aged"}:
        return None
    verb = link.head
    if verb.lemma_.lower() not in _DYING:
        return None
    if verb.lemma_.lower() == "pass" and not any(c.lower_ == "away" for c in verb.children):
        return None  # "passed at 91" is no death; "passed away" is
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and _name_token(subject) else None


def _who_was(doc: Doc, num: Token) -> Token | None:
    """ "Ann Kerr, who was 91, died": the name a relative clause "who was N" describes."""
    verb = num.head
    if (
        num.dep_ != "attr"
        or verb.lemma_ != "be"
        or verb.dep_ != "relcl"
        or not _bare_after(doc, num)
    ):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    return verb.head if _name_token(verb.head) else None


def _year_old(doc: Doc, num: Token) -> Token | None:
    """ "the 32-year-old Ann Kerr", "32 - year - old Englishman Ann Kerr", "Ann Kerr, a
    32-year-old nurse": the person a "N-year-old" describes, when the text names them."""
    k = num.i + 1
    words: list[str] = []
    while k < len(doc) and len(words) < 5 and doc[k].lower_ in _YEAR_OLD_PARTS:
        if doc[k].text != "-":
            words.append(doc[k].lower_)
        k += 1
    if not words or words[-1] not in _OLD or not any("year" in w for w in words):
        return None
    # the name within the next few words ("the 32-year-old British climber Ann Kerr")
    for j in range(k, min(len(doc), k + 4)):
        tok = doc[j]
        if _name_token(tok):  # a person's name: checked against the actors by the caller
            if tok.ent_type_ in _GROUP_LABELS and _modifies_later(tok):
                continue  # "the 40-year-old American Tony Thompson", "Acme driver Dana Welk"
            while tok.dep_ == "compound" and tok.head.i > tok.i and _name_token(tok.head):
                tok = tok.head
            if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
                return None  # "a 57-year-old Kelby woman": a name of where she is from
            return tok
        if tok.pos_ not in {"ADJ", "NOUN", "PROPN"}:
            break
    # "Ann Kerr, a 32-year-old nurse": the noun it modifies is in apposition to the name
    noun = doc[k - 1].head
    if noun.dep_ == "appos" and _name_token(noun.head) and noun.head.ent_type_ == "PERSON":
        return noun.head
    return None


def _modifies_later(tok: Token) -> bool:
    """Whether a word modifies a word after it ("American" of "American Tony Thompson")."""
    return tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i


def _relative_ages(doc: Doc) -> list[Age]:
    """ "Ann Kerr and Bea Toll, who were 61 and 48 years old": one age for each person of
    the clause's antecedent, in order (only when there are as many ages as people)."""
    out: list[Age] = []
    for i in indices_in(doc_arrays(doc).lower, word_ids(["old"])):
        old = doc[i]
        if old.lower_ != "old" or old.dep_ != "acomp":
            continue
        verb = old.head
        if verb.dep_ != "relcl" or not any(c.lower_ == "who" for c in verb.children):
            continue
        years = next((c for c in old.children if c.lower_ in {"years", "year"}), None)
        if years is None:
            continue
        numbers = [c for c in years.children if c.dep_ == "nummod" and _age_number(c)]
        if numbers:
            numbers += [c for c in numbers[0].children if c.dep_ == "conj" and _age_number(c)]
        people = [verb.head, *(c for c in verb.head.conjuncts)]
        people = sorted({p.i: p for p in people}.values(), key=lambda p: p.i)
        if not numbers or len(numbers) != len(people) or not all(map(_name_token, people)):
            continue
        for number, person in zip(sorted(numbers, key=lambda t: t.i), people, strict=True):
            out.append(Age(number.i, number.i, float(number.text), person))
    return out


_AGE_SUBJECTS = frozenset({"he", "she"})
_AGE_LINKS = frozenset({"was", "is"})


def stated_ages(doc: Doc) -> list[Age]:
    """Ages told as a sentence of their own: "He was 95.", "She is 61 years old.", "Kerr was
    32." (an obituary's line after "Ann Kerr has died."), the name maybe in full ("Ann Kerr
    was 95.") and the sentence maybe going on with a second verb of the same subject ("He was
    95 and lived in Orsk.", claims37). The sentence holds nothing else about the subject, so
    the number can be nothing but its age; the subject is the pronoun or the name as written,
    for the caller to resolve (a pronoun only through a sure path)."""
    out: list[Age] = []
    # words (neither punctuation nor space) before each token: a sentence's count without
    # reading its tokens, which most sentences (too short or too long) never need
    before = list(accumulate(word_flags(doc), initial=0))
    for start, end in sentence_bounds(doc):
        if not 3 <= before[end] - before[start] <= _STATED_WORDS:
            continue
        sent = doc[start:end]
        tokens = [t for t in sent if not t.is_space]
        words = [t for t in tokens if not t.is_punct]
        if tokens[-1].text not in {".", "!"}:
            continue
        link = next((k for k, t in enumerate(words[:4]) if t.lower_ in _AGE_LINKS), None)
        if link is None or link == 0 or link + 1 >= len(words):
            continue
        subject, number, rest = words[link - 1], words[link + 1], words[link + 2 :]
        if not _age_number(number) or not _age_tail(rest):
            continue
        if link == 1 and (subject.lower_ in _AGE_SUBJECTS or _name_token(subject)):
            out.append(Age(number.i, number.i, float(number.text), subject))
        elif link > 1 and all(_name_token(t) for t in words[:link]):
            out.append(Age(number.i, number.i, float(number.text), subject))  # "Ann Kerr was 95."
    return out


_STATED_WORDS = 12  # the longest sentence an age is read from as its own


def _age_tail(rest: list[Token]) -> bool:
    """Whether the words after "<subject> was <N>" leave the number an age: none, "years old",
    or "and" and a second verb of the same subject ("and lived in Orsk"); not another figure
    or subject ("and his wife 90")."""
    if not rest or [t.lower_ for t in rest] == ["years", "old"]:
        return True
    return (
        len(rest) >= 2
        and rest[0].lower_ == "and"
        and rest[1].tag_ in {"VBD", "VBZ"}
        and not any(t.like_num for t in rest)
    )


# the ids of dependency labels as DocArrays's dep holds them: a figure's noun climbs these
_CLIMBING = word_ids(("nummod", "compound", "quantmod"))
_POBJ, _PREP = dep_id("pobj"), dep_id("prep")
# "estimated the crowd at 70", "put the toll at 12": the verbs that value their object "at" a figure
_VALUING = frozenset({"estimate", "put", "place", "peg", "number"})


def estimated_at(doc: Doc, first: int, last: int) -> Token | None:
    """The thing a figure values in "NBC estimated the crowd at 70", "officials put the toll
    at 12": the object of a valuing verb whose "at" takes the figure ``doc[first..last]``
    (the tagger often calls such a bare figure a date). None for any other figure, and when
    the object is no count or sum ("put the meeting at 7")."""
    deps, up = doc_arrays(doc).dep, heads(doc)
    num = last
    while deps[num] in _CLIMBING and up[num] > num:
        num = up[num]  # "at 5,000 people": the figure's noun takes the "at"
    if deps[num] != _POBJ and last == first + 2 and texts(doc)[first + 1] in {".", ","}:
        num = first  # "at 5. 9": a decimal split at a space, its first piece takes the "at"
    at = up[num]
    if deps[num] != _POBJ or lowers(doc)[at] != "at" or at >= first or deps[at] != _PREP:
        return None
    verb = doc[at].head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # the parser may hang "at" on the object: "estimated the damage at"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VALUING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < at), None)
    if obj is None:
        obj = _valued_passive(verb)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _VALUED:
        return None
    return obj


def _valued_passive(verb: Token) -> Token | None:
    """What a valuing verb in the passive values: its subject ("the crowd was estimated at
    5,000", "the toll was put at 12") or the noun its participle describes ("a crowd estimated
    at 5,000", "a crowd, estimated by police at 5,000"); None for an active verb."""
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


# what such a verb values at a figure: a count, a sum or a quake's magnitude ("put the quake's
# magnitude at 5. 9", claims37), never a time ("put the meeting at 7")
_VALUED = frozenset(
    {"crowd", "toll", "number", "figure", "total", "count", "turnout", "attendance", "audience",
     "damage", "cost", "loss", "bill", "size", "magnitude"}
)  # fmt: skip


# what a verb or a tally can happen across: spans of time and the spells they are told in
_SPANS = frozenset(
    {"hour", "hours", "night", "nights", "day", "days", "weekend", "weekends", "week", "weeks",
     "month", "months", "year", "years", "decade", "decades", "season", "seasons", "spell",
     "spells", "stint", "stints", "term", "terms", "session", "sessions", "period", "periods",
     "tenure", "tenures"}
)  # fmt: skip


def over_a_span(doc: Doc, first: int, last: int) -> bool:
    """Whether the "over" before a figure ``doc[first..last]`` is the preposition of a span
    that something happens across ("testified over three days", "won four titles over two
    spells"), not the hedge "more than" ("worked there for over 30 years": the parser makes
    that "over" a modifier of the number). The span is then a duration, exact as written."""
    k = first - 1
    if k < 0 or doc[k].lower_ != "over" or doc[k].dep_ != "prep":
        return False
    noun = doc[last]
    while noun.dep_ in {"nummod", "compound", "quantmod"} and noun.head.i > noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.i == k and noun.lower_ in _SPANS
