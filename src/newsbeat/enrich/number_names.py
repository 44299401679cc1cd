"""Numbers that are part of a name or an idiom, not counts (read on real ECB+ coverage of a
browser flaw: "Internet Explorer 8", "Web 2.0 Summit", "a zero-day vulnerability", a blood
alcohol content "of. 09 percent").

- A version or a designation: a figure right after a capitalised name word and before another
  capitalised word, a punctuation mark or the end ("Internet Explorer 6, and", "Web 2.0
  Summit host", "Explorer 8 Beta"), or a decimal there before a singular noun ("a Web 2.0
  way"). A count after a name is followed by its noun ("told Reuters 12 people"), which keeps
  it; so does a person's age ("Ryan Holm 31, of Kittby").
- "zero" joined by a hyphen to the word after it ("zero-day", "zero-sum", "zero-tolerance"): an
  idiom, never a figure of nothing.
- A decimal whose point came loose: digits with a leading zero right after a full stop (". 09
  percent" is 0.09 percent, not 9).
- A street number: digits before capitalised words, or a numbered street's ordinal, that end
  in a street word ("200 West American Blvd.", "325 E. Dahlia Ave.", "12 Main Street", "40
  East 5th Ave.").
- An emergency number before its calls ("hundreds of 911 calls", "a 999 call").
- A number that names a group or a place: digits before a capitalised singular word, the
  counted noun singular too ("an alleged 8 Block gang member", "a gang called 8 Block"): a
  count above one is never told with a singular noun. A plural, a nationality or a person
  after the figure keeps it ("12 Magazines", "12 Somali", "mother of 13 Zurana Horton").
- A version the name before it governs ("the Internet Explorer 8 and Internet Explorer 9
  releases": "9" hangs on "Explorer", not on "releases" as "12" on "people" does in "told
  Reuters 12 people").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "MONTH_WORD",
    "WEEKDAYS",
    "WEEKDAY_WORD",
    "YEAR",
    "YEAR_DIGITS",
    "number_in_name",
]

# Month names as a token is written, dotted abbreviations too: a figure after one is a date.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
MONTHS = frozenset(
    {*MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
     "nov.", "dec."}
)  # fmt: skip
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = frozenset(_WEEKDAY_NAMES)
# A month's or a weekday's full name, capitalised ("January", "Monday"), for patterns that add
# their own context (a regex fragment, one group; "May" only capitalised: "may" is a modal).
MONTH_WORD = "(?:" + "|".join(name.capitalize() for name in MONTH_NAMES) + ")"
WEEKDAY_WORD = "(?:" + "|".join(name.capitalize() for name in _WEEKDAY_NAMES) + ")"
# A year as the analysis reads one (1800-2099), for patterns that add their own context.
YEAR_DIGITS = r"(?:1[89]|20)\d\d"
# A year written as a word of its own ("in 2005", "the 1998 law").
YEAR = re.compile(rf"\b{YEAR_DIGITS}\b")
_VERSION = re.compile(r"\d+(?:\.\d+)?")
# Words a decimal after a name may measure ("Apple 4.5 percent"): the figure is then a count.
_MEASURES = frozenset(
    {"percent", "per", "pct", "point", "points", "million", "billion", "trillion", "times"}
)
_LOOSE_POINT = re.compile(r"\.\s$")


def number_in_name(doc: Doc, text: str, first: int, last: int) -> bool:
    """Whether the figure ``doc[first..last]`` is part of a name or an idiom (see the module)."""
    written = texts(doc)
    hyphen_after = last + 1 < len(doc) and written[last + 1] == "-"
    if first == last and written[first].lower() == "zero" and hyphen_after:
        return True  # "zero-day", "zero - sum"
    start = doc[first].idx
    leading_zero = written[first][:1] == "0" and len(written[first]) > 1
    if leading_zero and written[first].isdigit() and _LOOSE_POINT.search(text[start - 2 : start]):
        return True  # "of. 09 percent"
    calls = last + 1 < len(doc) and doc[last + 1].lower_ in _CALLS
    if first == last and written[first] in _EMERGENCY_NUMBERS and calls:
        return True  # "911 calls"
    if first == last and (_version(doc, written, first) or _street_number(written, last)):
        return True
    return first == last and (_named_group(doc, first) or _version_of_name(doc, first))


def _named_group(doc: Doc, i: int) -> bool:
    """Digits (not one) before a capitalised singular proper noun, the figure's noun
    singular: "8 Block" (see the module)."""
    num, n = doc[i], len(doc)
    if not num.text.isdigit() or num.text == "1" or i + 1 >= n:
        return False
    name = doc[i + 1]
    if not (name.is_title and name.is_alpha and name.tag_ == "NNP") or _plural(name.lower_):
        return False
    if name.ent_type_ in _NOT_GROUPS or name.lower_ in MONTHS or name.lower_ in WEEKDAYS:
        return False
    counted = num.head if num.dep_ == "nummod" else name
    if counted.tag_ not in {"NN", "NNP"} or counted.ent_type_ in _NOT_GROUPS:
        return False
    k = i + 1
    while k < n and (doc[k].pos_ == "PROPN" or doc[k].dep_ == "compound"):
        k += 1  # "40 Tolna Inc. jets", "3 Velmar unit employees": the plural after counts
    if k < n and (doc[k].tag_ == "NNS" or doc[k].lower_ == "of"):
        return False  # "250 Nm of torque": a unit's abbreviation, a measure of a noun
    sent = num.sent
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) * 2 < len(words)  # not a headline in title case


_NOT_GROUPS = frozenset({"NORP", "PERSON", "DATE", "TIME"})


def _version_of_name(doc: Doc, i: int) -> bool:
    """Digits that go with the capitalised name right before them: the name governs them
    ("Explorer 9", a person's name aside: "Ryan Holm 31" is an age), or both modify one noun
    ("Explorer 9 releases": the name and its number tell which releases)."""
    num = doc[i]
    if i == 0 or num.dep_ != "nummod" or not num.text.isdigit():
        return False
    name = doc[i - 1]
    if not (name.pos_ == "PROPN" and name.is_title and not name.is_sent_start):
        return False
    if name.ent_type_ in {"GPE", "NORP", "DATE", "TIME"} or name.lower_ in MONTHS:
        return False
    if name.lower_ in WEEKDAYS:
        return False
    if num.head.i == name.i:
        return name.ent_type_ != "PERSON"
    return name.dep_ in {"compound", "nmod"} and name.head.i == num.head.i


_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
_CALLS = frozenset({"call", "calls", "caller", "callers", "dispatcher"})


_STREET_WORDS = frozenset(
    {"street", "st", "avenue", "ave", "boulevard", "blvd", "road", "rd", "drive", "dr", "lane",
     "ln", "place", "pl", "court", "ct", "parkway", "pkwy", "terrace", "highway", "hwy", "way"}
)  # fmt: skip
_STREET_NAME_WORDS = 3
_ORDINAL_NAME = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _street_number(written: list[str], last: int) -> bool:
    """Digits, then one to three capitalised words (a direction "E." among them), then a street
    word: an address."""
    if not written[last].isdigit():
        return False
    for k in range(last + 1, min(len(written), last + 2 + _STREET_NAME_WORDS)):
        bare = written[k].rstrip(".")
        if bare.lower() in _STREET_WORDS and k > last + 1:
            after = written[k + 1] if k + 1 < len(written) else ""
            # not "12 Wall Street banks": a plural noun after the street word counts
            return not (after.isalpha() and after.islower() and _plural(after))
        if _ORDINAL_NAME.fullmatch(bare):
            continue  # "40 East 5th Ave.": a numbered street's name
        if not bare[:1].isupper() or not bare.replace("-", "").isalpha():
            return False
    return False


def _version(doc: Doc, written: list[str], i: int) -> bool:
    if not _VERSION.fullmatch(written[i]) or i == 0:
        return False
    name = doc[i - 1]
    if not (name.is_title and name.is_alpha):
        return False  # a capitalised word past a sentence's start: a name ("Web", "Explorer")
    if name.lower_ in MONTHS or name.lower_ in WEEKDAYS:
        return False  # "June 9", "Monday 40 ..."
    if name.ent_type_ in {"GPE", "NORP", "PERSON"}:
        return False  # "in Kittby 40 ...", "Ryan Holm 31, of Kittby" (an age)
    if name.is_sent_start:
        return False  # "Police 12 ..." at a sentence's start: too little to go on
    if i + 1 >= len(doc):
        return True
    after = doc[i + 1]
    if after.is_punct and written[i + 1] not in {"-", "–", "%"}:
        return True  # "Internet Explorer 6, and", "Windows 7."
    if after.is_title and after.is_alpha and after.lower_ not in MONTHS:
        return True  # "Web 2.0 Summit", "Explorer 8 Beta"
    # "a very Web 2.0 way": a decimal after a name, before a singular noun that is no measure
    return "." in written[i] and after.tag_ == "NN" and after.lower_ not in _MEASURES


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
