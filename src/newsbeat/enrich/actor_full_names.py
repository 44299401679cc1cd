"""A person's full name: one NER missed (`full_name_in_text`), cut short or glued to a country."""

from __future__ import annotations

import re
from functools import lru_cache

from newsbeat.enrich.actor_table import (
    HONORIFICS,
    ORG_HEADS,
    TITLE_HEADS,
    Country,
    lookup_country,
    split_title,
)
from newsbeat.enrich.function_words import DETERMINERS, FUNCTION_WORDS
from newsbeat.enrich.name_search import name_matches
from newsbeat.enrich.names import is_first_name


def _person_inside(raw: str, full_names: set[str]) -> str | None:
    """The full name of a person of the article that a longer place or organisation span ends
    with ("Interior Dirk Kempthorne")."""
    for name in full_names:
        if raw != name and raw.endswith(" " + name):
            return name
    return None


@lru_cache(maxsize=64)  # asked again for each mention of a bare name, by actors and quotes
def full_name_in_text(text: str, surname: str, *, titled: bool = False) -> str | None:
    """The first "Firstname Surname" in the text (titles stripped) when NER missed it.

    Args:
        text: the article.
        surname: the bare name.
        titled: only accept a name right after a title ("harbour master Per Ekdal").
    """
    if surname not in text:
        return None
    for match in name_matches(text, surname):
        if "\n" in match.words or any(
            len(w) > 2 and w.endswith(".") and w.lower() not in HONORIFICS
            for w in match.words.split()
        ):
            continue  # "… Kaldrian.\n\nHaldis": a sentence ends before the name
        title, words = split_title([*match.words.split(), surname])
        before = (match.before or "").strip().lower()
        if titled and not (title or before in TITLE_HEADS or before in HONORIFICS):
            continue
        words = [w for w in words if w.lower() not in HONORIFICS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            if lookup_country(words[0]) is not None or _capitals(words[0]):
                continue
            if words[0].lower() in _DETERMINERS:
                continue  # "The Bush administration": no one is called "The Bush"
            words = words[-3:]
            glued = _INITIAL.fullmatch(words[0]) is None and _glued_word(words[0], words[1])
            if len(words) == 3 and glued:
                words = words[1:]  # "of Public Prosecution Eva-Marie Persson": her name
            return " ".join(words)
    return None


def _capitals(word: str) -> bool:
    """A word in capitals ("NASA Hoover": a shout or a body), not an initial ("J. Edgar
    Vell")."""
    return word.isupper() and _INITIAL.fullmatch(word) is None


_INITIAL = re.compile(r"[A-Z]\.")
_GIVEN_NAME_TAIL = re.compile(r"-[a-z]{1,4}\b")


def _whole_person_name(raw: str, text: str, end: int) -> str:
    """A person's name as NER should have cut it: the part before a colon ("Lena Holm:
    Theft", a charge list's label) and a given name's hyphenated end NER left off ("Moon
    Jae" of "Moon Jae-in")."""
    if ": " in raw:
        raw = raw.split(": ")[0]
    tail = _GIVEN_NAME_TAIL.match(text, end)
    if tail is not None and text[end - len(raw) : end] == raw:
        raw += tail.group()
    return raw


def _glued_word(lead: str, first: str) -> bool:
    """A word before a first name that is no first name itself: the end of a title or a place
    written before the name ("ambassador to Ukraine Marie Ekdal", "Director of Public
    Prosecution Eva Lund")."""
    return not is_first_name(lead) and is_first_name(first.split("-")[0])


def _glued_country(raw: str) -> tuple[Country, str] | None:
    """ "Ukraine Marie Ekdal" tagged as one name: a country (no first name itself) and a
    person's full name after it."""
    words = raw.split()
    if len(words) < 3 or not _glued_word(words[0], words[1]) or words[-1].lower() in ORG_HEADS:
        return None
    country = lookup_country(words[0])
    if country is None or country.name != words[0]:
        return None  # "British Royal Navy", "U.S. Forest Service": a body of the country
    return country, " ".join(words[1:])


# Words that never start a person's name ("The Bush administration", "After Kaldria signed").
_DETERMINERS = frozenset(
    DETERMINERS
    | {"a", "an", "our"}
    | {"after", "before", "when", "while", "although", "though", "because", "since", "unless"}
    | {"until", "once", "if", "but", "and", "or", "in", "on", "at", "for", "with", "by", "from"}
    | FUNCTION_WORDS
)
