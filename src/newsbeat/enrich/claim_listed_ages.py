"""The ages of a group of people an article lists without naming them (issue 12, conf38b).

"the bodies of two women -- 68 and 48-years-old -- were found", "the women killed, who were 61
and 48 years old", "She leaves two sons, ages 6 and 16": each figure is the age of one person
of the group, and the article does not say which. Each is read as the age of a person
described only by it (subject ``"68-year-old"``, as :mod:`newsbeat.enrich.claim_described_ages`
keeps "a 68-year-old woman"); who that is, if anyone, is for the comparison to decide
(:mod:`newsbeat.compare.listed_people`), never this article.

Read only where the group is a plural noun of people right before the list (with a count word,
the count must be the number of ages: "two women -- 68, 48 and 30" is no list of theirs) and
every figure is a whole number an age may be. Before, such ages were no claims (an age of no one
the article names).

One more way of writing the list (session 39, conf39a): the hyphen suspended before the noun
("8- and 10-year-old girls", "8 - and 10 - year - old girls": the noun right after "old"). "girls
age 6 and 8" (singular "age" right after the noun) is left unread on purpose: its ages, described
only by their values, agree across articles with another group's ("two sons, ages 6 and 16") and
with the same girls' ages told two years later ("8- and 10-year-old girls"), two false
agreements on real coverage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_ages import age_words
from newsbeat.enrich.claim_carry import personal_noun
from newsbeat.enrich.claim_figures import Age

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["LISTED", "listed_ages", "listed_in"]

_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2}
_DASHES = frozenset({"--", "-", "—", "–", ",", "("})
_RELATIVE = frozenset({"who", "were", "are", "aged"})
_AGE_WORDS = frozenset({"ages", "aged"})
_MAX_AGE = 115

# The same lists in a sentence's words, for the comparison (which sees claims, not parses):
# "two women -- 68 and 48-years-old", "the women killed, who were 61 and 48 years old",
# "two sons, ages 6 and 16".
LISTED = re.compile(
    r"\b(?P<noun>[a-z]+)(?:\s+[a-z]+ed)?\s*(?:--|—|–|-|,|\()\s*"
    r"(?P<lead>who\s+(?:were|are)\s+|ages\s+|aged\s+)?"
    r"(?P<ages>\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+and\s+\d{1,3})"
    r"(?P<tail>\s*-?\s*years?\s*-?\s*old\b)?",
    re.I,
)
# "8- and 10-year-old girls" (the hyphen suspended; the noun after the ages).
_SUSPENDED = re.compile(
    r"(?<![\d.,])(?P<ages>\d{1,3}\s*-\s*(?:,\s*\d{1,3}\s*-\s*)*,?\s*and\s+\d{1,3})"
    r"\s*-\s*years?\s*-\s*old\s+(?P<noun>[a-z]+)\b",
    re.I,
)


def listed_in(sentence: str) -> list[tuple[str, tuple[int, ...]]]:
    """Each list of ages of an unnamed group a sentence writes, as (its plural noun, its ages in
    order): the comparison's view of :func:`listed_ages` (the parse is not kept with a claim)."""
    out = []
    for found in LISTED.finditer(sentence):
        words = re.findall(r"\d{1,3}", found.group("ages"))
        lead = (found.group("lead") or "").lower()
        aged = lead.startswith(("ages", "aged")) or found.group("tail")
        if aged and 2 <= len(words) <= 4:
            out.append((found.group("noun").lower(), tuple(int(w) for w in words)))
    for found in _SUSPENDED.finditer(sentence):
        words = re.findall(r"\d{1,3}", found.group("ages"))
        if 2 <= len(words) <= 4:
            out.append((found.group("noun").lower(), tuple(int(w) for w in words)))
    return out


def listed_ages(doc: Doc) -> list[tuple[Age, str]]:
    """Each age of a listed unnamed group, with the description ``"N-year-old"`` as its subject,
    in text order."""
    out: list[tuple[Age, str]] = []
    i = 0
    while i < len(doc):
        numbers = _list_at(doc, i)
        group = _group(doc, numbers) if numbers else None
        if not numbers:
            numbers, group = _suspended_at(doc, i)
        if not numbers:
            i += 1
            continue
        if group is not None:
            for number in numbers:
                value = int(number.text.rstrip("-"))
                out.append((Age(number.i, number.i, float(value), group), age_words(value)))
        i = numbers[-1].i + 1
    return out


def _age_number(tok: Token) -> bool:
    return tok.text.isdigit() and 0 < int(tok.text) <= _MAX_AGE


def _list_at(doc: Doc, i: int) -> list[Token]:
    """The numbers of a list "68 and 48" (or "6, 9 and 16") starting at token ``i`` and told as
    ages: "years old" after the last, or "ages"/"aged" before the first."""
    if not _age_number(doc[i]) or (i > 0 and doc[i - 1].text.isdigit()):
        return []
    numbers = [doc[i]]
    j = i + 1
    while j + 1 < len(doc):
        if doc[j].text == "," and _age_number(doc[j + 1]):
            numbers.append(doc[j + 1])
            j += 2
        elif doc[j].lower_ == "and" and _age_number(doc[j + 1]):
            numbers.append(doc[j + 1])
            j += 2
            break
        elif doc[j].text == "," and doc[j + 1].lower_ == "and":
            j += 1  # the serial comma
        else:
            return []
    if len(numbers) < 2 or doc[j - 2].lower_ != "and":
        return []
    if not (_years_old_after(doc, j) or (i > 0 and doc[i - 1].lower_ in _AGE_WORDS)):
        return []
    return numbers


def _years_old_after(doc: Doc, j: int) -> bool:
    """Whether "years old" (spaced or hyphened) follows token ``j``."""
    words = [t.lower_ for t in doc[j : j + 5] if t.text not in {"-", "--"}]
    return len(words) >= 2 and words[0] in {"years", "year"} and words[1] == "old"


def _group(doc: Doc, numbers: list[Token]) -> Token | None:
    """The plural noun of people the list gives the ages of, right before it ("two women --",
    "the women killed, who were", "two sons, ages"), else None."""
    k = numbers[0].i - 1
    while k >= 0 and doc[k].lower_ in _RELATIVE | {"ages"}:
        k -= 1
    if k < 0 or doc[k].text not in _DASHES:
        return None
    k -= 1
    for noun in (doc[k], doc[k - 1] if k > 0 and doc[k].tag_ == "VBN" else None):
        if noun is None or not _people(noun):
            continue
        return _counted(noun, numbers)
    return None


def _people(noun: Token) -> bool:
    return noun.tag_ == "NNS" and personal_noun(noun)


def _counted(noun: Token, numbers: list[Token]) -> Token | None:
    """The noun, unless a count word before it is not the number of ages."""
    count = _count(noun)
    return None if count is not None and count != len(numbers) else noun


def _suspended_at(doc: Doc, i: int) -> tuple[list[Token], Token | None]:
    """The numbers and the plural noun of people of a list whose hyphen is suspended, starting
    at token ``i``: "8- and 10-year-old girls", "8 - and 10 - year - old girls" (and "6-, 8- and
    10-year-old ..."); with a count word before the first number, it must be the list's size."""
    numbers: list[Token] = []
    j = i
    while j < len(doc) and _suspended(doc, j):
        numbers.append(doc[j])
        j += 1 if doc[j].text.endswith("-") else 2
        if j < len(doc) and doc[j].text == ",":
            j += 1
    if not numbers or j + 1 >= len(doc) or doc[j].lower_ != "and":
        return [], None
    if i > 0 and doc[i - 1].text.isdigit():
        return [], None  # "12 9- and ...": the list does not start here
    last = doc[j + 1]
    if not _age_number(last):
        return [], None
    numbers.append(last)
    words = [t for t in doc[j + 2 : j + 8] if t.text not in {"-", "--"}]
    if len(words) < 3 or words[0].lower_ not in {"year", "years"} or words[1].lower_ != "old":
        return [], None
    noun = words[2]
    if not _people(noun) or not 2 <= len(numbers) <= 4:
        return [], None
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in _WORDS and _WORDS[before] != len(numbers):
        return [], None
    return numbers, noun


def _suspended(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is a number whose hyphen hangs ("8-", or "8" then "-" then "and" or
    a comma)."""
    tok = doc[j]
    if tok.text.endswith("-") and tok.text[:-1].isdigit():
        return 0 < int(tok.text[:-1]) <= _MAX_AGE
    return (
        _age_number(tok)
        and j + 2 < len(doc)
        and doc[j + 1].text == "-"
        and doc[j + 2].lower_ in {"and", ","}
    )


def _count(noun: Token) -> int | None:
    """The count word before a plural noun ("two women" -> 2), else None."""
    if noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if before.lower_ in _WORDS:
        return _WORDS[before.lower_]
    return int(before.text) if before.text.isdigit() else None
