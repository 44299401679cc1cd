"""Where an article writes a surname after up to three capitalised words ("Per Ekdal",
"harbour master Per Ekdal"): the search behind ``actor_full_names.full_name_in_text``.

The search is that of one regular expression per surname (:func:`name_pattern`), but a
pattern compiled per surname cost ~0.16 ms, once per article and surname (each article
brings new surnames). Its parts before the surname are the same for every surname and leave
the regular-expression engine no choice but how many words to take: a word is all of its
characters and all the whitespace after it (a shorter run would have to be followed by
whitespace, which it cannot be). So :func:`match_name` tries the same alternatives in the
engine's order with three patterns compiled once, and compiles nothing per surname.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["NameMatch", "match_name", "name_matches", "name_pattern"]

_WORD_THEN_SPACE = re.compile(r"\w+\s+")
_CAPITALISED_THEN_SPACE = re.compile(r"[A-Z][\w'’.-]*\s+")
_BOUNDARY = re.compile(r"\b")
_MAX_WORDS = 3  # capitalised words before the surname


@dataclass(frozen=True, slots=True)
class NameMatch:
    """What ``name_pattern(surname).match`` captures.

    Attributes:
        before: the word (and its spaces) before the capitalised words (group 1), or None.
        words: the capitalised words before the surname, each with its spaces (group 2).
        end: where the surname ends.
    """

    before: str | None
    words: str
    end: int


@lru_cache(maxsize=512)
def name_pattern(surname: str) -> re.Pattern[str]:
    """The regular expression whose matches :func:`match_name` gives."""
    return re.compile(r"(\w+\s+)?((?:[A-Z][\w'’.-]*\s+){1,3})" + re.escape(surname) + r"\b")


def _words_then_surname(text: str, start: int, surname: str) -> int | None:
    """Where the surname starts after one to three capitalised words from ``start`` (as many
    as the text has and still be followed by the surname), or None."""
    ends: list[int] = []
    at = start
    while len(ends) < _MAX_WORDS and (word := _CAPITALISED_THEN_SPACE.match(text, at)):
        at = word.end()
        ends.append(at)
    for at in reversed(ends):  # the engine gives words back one at a time
        if text.startswith(surname, at) and _BOUNDARY.match(text, at + len(surname)):
            return at
    return None


def match_name(text: str, start: int, surname: str) -> NameMatch | None:
    """``name_pattern(surname).match(text, start)``, without compiling a pattern for the
    surname."""
    if not surname or surname[0].isspace():  # whitespace could be given back to the surname
        found = name_pattern(surname).match(text, start)
        if found is None:
            return None
        return NameMatch(before=found.group(1), words=found.group(2), end=found.end())
    word = _WORD_THEN_SPACE.match(text, start)
    if word is not None:
        at = _words_then_surname(text, word.end(), surname)
        if at is not None:
            return NameMatch(word.group(), text[word.end() : at], at + len(surname))
    at = _words_then_surname(text, start, surname)
    if at is not None:
        return NameMatch(None, text[start:at], at + len(surname))
    return None


@lru_cache(maxsize=4)
def _word_starts(text: str) -> list[int]:
    """Offsets where each whitespace-separated run of the text starts (once per article)."""
    return [m.start() for m in re.finditer(r"\S+", text)]


_RUN_START = re.compile(r"(?<!\S)\S")
_LOOK_BACK = 100  # characters: five runs fit in them, but for very long words


def _window_start(text: str, q: int) -> int:
    """Where the fourth whitespace-separated run before the one at (or before) ``q`` starts
    (the first run when there are fewer, 0 when there is none), read from the text just
    before ``q``; the whole text's runs only when that is too short."""
    back = max(0, q - _LOOK_BACK)
    found = [m.start() for m in _RUN_START.finditer(text, back, q + 1)]
    if len(found) >= 5:
        return found[-5]
    if back == 0:
        return found[0] if found else 0
    starts = _word_starts(text)
    run = bisect_right(starts, q) - 1
    return starts[max(0, run - 4)] if run >= 0 else 0


# Where a match may start: the first character of a run of word characters (group 1 is a
# word), or a capital (group 2 without group 1).
_MAY_START = re.compile(r"\b\w|[A-Z]")


def _starts_between(text: str, lo: int, q: int) -> list[int]:
    """The offsets from ``lo`` up to ``q`` that may start a match, given that none starts
    before ``lo``: ``lo`` itself, then each first character of a word and each capital.

    Any other offset ``p`` is inside a word, after a word character, and is no capital: a
    match there needs group 1 (``\\w+\\s+``), which from ``p - 1`` takes the same word's
    rest and the same spaces, so the match from ``p - 1`` would have come first. Back along
    the word that reaches an offset tried here, which found nothing.
    """
    if lo >= q:
        return []
    return [lo, *(m.start() for m in _MAY_START.finditer(text, lo + 1, q))]


def name_matches(text: str, surname: str) -> Iterator[NameMatch]:
    """The matches ``name_pattern(surname).finditer(text)`` gives, without running the regex
    over the whole text for each name (``finditer`` cost 1.5 s of 9.8 s on 84 articles).

    A match ends at an occurrence of the surname and starts at most four whitespace-separated
    runs before it (a word, then up to three capitalised words). So only positions in those
    windows can start a match; trying them in order, as ``finditer`` tries every position,
    yields the same matches.
    """
    pos = 0  # where finditer would search from
    q = text.find(surname)
    while q >= 0:
        if q > pos:
            lo = max(pos, _window_start(text, q))
            for start in _starts_between(text, lo, q):
                match = match_name(text, start, surname)
                if match is not None:
                    yield match
                    pos = match.end
                    break
            else:
                pos = q  # nothing starts before this occurrence
        q = text.find(surname, q + 1)
