"""Where a name stands in a text, without compiling a regular expression per name.

The rules ask questions like "does the text say *in X* or *X, a town ...*?" for each of an
article's names. Written as one regular expression with the name inside, each question
compiled a new pattern per name (a tenth of the analysis's CPU, more than the matching), and
the names pushed the rules' fixed patterns out of :mod:`re`'s cache. Here the fixed parts are
compiled once and tried at each occurrence of the name, with the same meaning: a pattern
``PREFIX NAME SUFFIX`` matches somewhere exactly when, at some occurrence of the name, the
prefix ends where it starts and the suffix matches where it ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

__all__ = [
    "after_space_run",
    "at_boundary",
    "by_first_letter",
    "folds_like_ascii",
    "found_case_blind",
    "holds_any",
    "letter_runs",
    "occurrences",
    "standalone_occurrences",
    "word_ends_at",
    "written_as_word",
    "written_lower",
]

_BOUNDARY = re.compile(r"\b")


def occurrences(text: str, name: str) -> Iterator[int]:
    """Every offset where ``name`` occurs in ``text``, overlapping ones included."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")
_NOT_BEFORE_WORD = re.compile(r"(?![\w-])")


def standalone_occurrences(text: str, name: str) -> list[int]:
    """Where ``(?<![\\w-])NAME(?![\\w-])`` matches, as ``finditer`` finds it (without
    compiling a pattern per name): each occurrence with no word on either side, from the end
    of the previous one on."""
    if not name:
        return [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", text)]
    found: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _NOT_AFTER_WORD.match(text, at) and _NOT_BEFORE_WORD.match(text, end):
            found.append(at)
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return found


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether one of the words occurs anywhere in the text: what a search for the
    alternation of literal words ``w1|w2|...`` answers, with one fast substring search per
    word (the engine tries the alternation at every offset whose character starts a word of
    it). A pattern every match of which holds one of the words finds nothing in a text for
    which this is False."""
    return any(word in text for word in words)


_LETTER_RUN = re.compile("[a-z]+")


@lru_cache(maxsize=4)
def letter_runs(text: str) -> frozenset[str]:
    """The runs of letters a-z of the lower-cased text, each whole (from a character that is
    no letter a-z, or the start, to the next). A word of a-z letters that a pattern finds in
    the text, or in the lower-cased text, between ``\\b`` or a space and a character that is
    no word character (``\\bvillages[ \\t]``, ``[ \\t]dog,``, ``\\bfilms\\b``) is one of them:
    lower-casing leaves such a word as it is, and turns no character that is no word
    character into a letter a-z. Kept for the last few texts: several rules of an article
    ask."""
    return frozenset(_LETTER_RUN.findall(text.lower()))


def at_boundary(text: str, at: int) -> bool:
    """Whether ``\\b`` matches at offset ``at`` of the text (its characters either side)."""
    return _BOUNDARY.match(text, at) is not None


def written_as_word(text: str, word: str) -> bool:
    """Whether ``\\bWORD\\b`` matches in the text (tried at each occurrence of the word, not
    compiled per word)."""
    return any(
        at_boundary(text, at) and at_boundary(text, at + len(word))
        for at in occurrences(text, word)
    )


def written_lower(text: str, word: str) -> bool:
    """Whether the text writes ``word`` lower-cased as a word somewhere ("creamery", "news"):
    :func:`written_as_word` of its lower case."""
    return written_as_word(text, word.lower())  # no pattern compiled per word


def after_space_run(text: str, end: int) -> int:
    """The start of the run of whitespace (``\\s``) that ends at ``end`` (``end`` if none)."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def lower_word_before(text: str, at: int) -> int | None:
    """The start of the run of ASCII lower-case letters that the whitespace before ``at``
    follows: the only place ``\\b[a-z]+\\s+`` ending at ``at`` can start (None when no
    whitespace or no such letter precedes ``at``)."""
    end = after_space_run(text, at)
    start = end
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    return start if start < end < at else None


def gated_finditer(
    pattern: re.Pattern[str],
    gate: re.Pattern[str],
    text: str,
    starts: Callable[[str, int], Iterable[int | None]],
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, when every match holds a match of
    ``gate`` (a pattern led by literal words, which :mod:`re` scans for fast) and starts at
    one of ``starts(text, at)`` for that gate's offset ``at``: the pattern is tried only at
    those offsets, in order, not at every offset of the text. The pattern never matches
    empty."""
    found: set[int] = set()
    hit = gate.search(text)
    while hit is not None:  # every offset where the gate matches, overlapping ones too
        found.update(at for at in starts(text, hit.start()) if at is not None)
        hit = gate.search(text, hit.start() + 1)
    end = 0
    for at in sorted(found):
        if at >= end and (match := pattern.match(text, at)) is not None:
            yield match
            end = match.end()


def word_ends_at(text: str, end: int, words: Iterable[str]) -> bool:
    """Whether one of ``words`` ends at ``end`` with a word boundary where it starts: what
    ``\\b(?:w1|w2|...)`` matching up to ``end`` means."""
    for word in words:
        start = end - len(word)
        if start >= 0 and text.startswith(word, start) and at_boundary(text, start):
            return True
    return False


# Besides ASCII letters, the only characters that a case-blind pattern matches to an ASCII
# letter or that lower() turns into one (İ also into two characters).
_FOLDING_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def folds_like_ascii(text: str) -> bool:
    """Whether ``text.lower()`` searched case-sensitively for lower-case ASCII words finds
    them at the same offsets as a case-blind search of the text: no character of the text
    but an ASCII letter matches one case-blind or lowers to one."""
    return not any(c in text for c in _FOLDING_TO_ASCII)


def found_case_blind(
    text: str, lower: re.Pattern[str], blind: re.Pattern[str], words: frozenset[str] = frozenset()
) -> bool:
    """Whether ``blind`` (a case-blind pattern of lower-case ASCII words) finds anything in
    the text: ``lower`` (the same pattern, case-sensitive) searched in ``text.lower()`` where
    that finds the same (:func:`folds_like_ascii`; a case-blind search tries every case of
    each word at each offset, a lower-case one a literal scan). ``words``, if given: words of
    letters a-z, one of which every match of ``lower`` holds between ``\\b`` and a space or a
    ``\\b``; a text none of whose :func:`letter_runs` is one of them is not scanned."""
    if folds_like_ascii(text):
        if words and words.isdisjoint(letter_runs(text)):
            return False
        return lower.search(text.lower()) is not None
    return blind.search(text) is not None


def by_first_letter(words: frozenset[str]) -> str:
    """The words as one alternation, grouped by first letter ("s(?:enator|ecretary)|m(?:…)"),
    longest first in each group: the engine tries one group at a position, not every word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        re.escape(first)
        + "(?:"
        + "|".join(re.escape(r) for r in sorted(rest, key=lambda r: (-len(r), r)))
        + ")"
        for first, rest in sorted(groups.items())
    )
