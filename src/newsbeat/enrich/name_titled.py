"""A title and the name after it ("harbour master Per Ekdal", "Gov. Lena Holm"), found where
a title stands instead of at every word of the text.

:data:`TITLED_NAME` is tried by ``finditer`` at every word boundary; the titles are few in a
text, so :func:`titled_names` finds them first (in the lower-case text, searched
case-sensitively, which finds the same places as the case-blind pattern unless the text holds
a character that folds to an ASCII letter) and tries the pattern only where a match can
start: at a title, or at the word right before it.
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from newsbeat.enrich.actor_table import TITLE_HEADS
from newsbeat.enrich.name_context import at_boundary, by_first_letter, folds_like_ascii, letter_runs

__all__ = ["TITLED_NAME", "titled_names"]

# A title and a name on one line ("Rehires Lawyer\nDaring Harbour Heist" is two lines). The
# lookahead skips words not followed by a capital on the same line before the 80 case-blind
# titles are tried: the same matches, as long as every title head is one word
# (tests/test_enrich_fast_paths.py). The runs before the title are possessive (``++``): a
# shorter run of letters, spaces or non-spaces would be followed by one more of the same,
# never by what must come next, so giving characters back never helps. The titles are grouped
# by first letter; their order does not matter, since at most one of them can be followed by
# a space at a given place (no title has a space in it).
TITLED_NAME = re.compile(
    r"\b(?:[A-Za-z]++[ \t]++)?(?=\S++[ \t]++[A-Z])((?i:"
    + by_first_letter(TITLE_HEADS)
    + r"))[ \t]++([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})\b"
)
# Every place of the lower-case text where a title (lower case, one word) is followed by a
# space or tab: where the pattern's title group can match (zero width: none hides another).
_TITLE_AT = re.compile(r"\b(?=(?:" + by_first_letter(TITLE_HEADS) + r")[ \t])")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Each title with its leading run of letters a-z ("capt" of "capt.", "vice" of
# "vice-president"): where _TITLE_AT matches, that run stands between \b and a character
# that is no letter a-z, so it is one of the text's letter runs (name_context.letter_runs),
# and a title whose run is none is not looked for.
_TITLE_RUNS = tuple(
    (title, title[: len(title) - len(title.lstrip(ascii_lowercase))])
    for title in sorted(TITLE_HEADS)
)


def _title_starts(text: str, lower: str) -> list[int]:
    """Where ``_TITLE_AT`` matches in ``lower`` (``text.lower()``, of the same length): each
    occurrence of a title the text's letter runs allow, at a word boundary and before a space
    or tab, in order (a substring search per title in place of the alternation of every title
    tried at every word boundary)."""
    runs = letter_runs(text)
    found: set[int] = set()
    for title, run in _TITLE_RUNS:
        if run not in runs:
            continue
        at = lower.find(title)
        while at >= 0:
            end = at + len(title)
            if end < len(lower) and lower[end] in " \t" and at_boundary(lower, at):
                found.add(at)
            at = lower.find(title, at + 1)
    return sorted(found)


def _word_before(text: str, at: int) -> int | None:
    """Where the pattern's optional run (letters, then spaces or tabs) ending at ``at``
    starts, if one does: the only other place a match using the title at ``at`` can start."""
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and text[start - 1] in _LETTERS:
        start -= 1
    return start if start < end < at else None


def titled_names(text: str) -> list[re.Match[str]]:
    """The matches of ``TITLED_NAME.finditer(text)``, tried only at a title or at the word
    before it."""
    if not folds_like_ascii(text):
        return list(TITLED_NAME.finditer(text))
    found: list[re.Match[str]] = []
    after = 0  # where the last match ended: the next starts here or later
    for at in _title_starts(text, text.lower()):
        if at < after:
            continue
        for start in (_word_before(text, at), at):
            if start is None or start < after:
                continue
            match = TITLED_NAME.match(text, start)
            if match is not None:
                found.append(match)
                after = match.end()
                break
    return found
