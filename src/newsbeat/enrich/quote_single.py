"""Direct quotes in single quote marks set apart from the words (issue 12, read31 M-h).

British style quotes in single marks (``'The pier stays shut,' Judge Ada Holm said``). In
tokenised text the closing mark stands apart from the words it closes (``'The pier stays shut,
' Judge Ada Holm said``), which the glued pattern of :mod:`newsbeat.enrich.quote_marks` does
not read; such a quote was lost, or kept with its marks as the words of an indirect quote. A
single mark is also an apostrophe (``'90s``, ``rock 'n' roll``, ``the Smiths' drummer``,
``don't``), so a careful reader pairs one only where both ends have a quote's shape:

- it opens at a word's start (a letter, not a digit: ``'90s``) after a space or at a line's
  start;
- it closes after a sentence's punctuation and a space (``shut, '``, ``shut. '``), before a
  space, punctuation or the line's end: an apostrophe after a plural (``the Smiths '``) never
  follows punctuation;
- between the two stands no other mark shaped as an opener or as a spaced closer (``rock 'n'
  roll`` inside a quote, a second quote, a plural's apostrophe before punctuation): the whole
  quote must pair, else nothing is read;
- a quote left open at its line's end (one sentence a line) is closed by one of the next few
  lines only when that line holds no mark but the spaced closer and the lines between hold
  none.
"""

from __future__ import annotations

import re

__all__ = ["spaced_single_spans"]

# an opener: a single mark at the line's start or after a space, before a letter
_OPENER = re.compile(r"(?:(?<=\s)|^)['‘](?=[A-Za-z])")
# a closer set apart: sentence punctuation, a space, the mark, then a space, punctuation or end
_CLOSER = re.compile(r"(?<=[,.!?] )['’](?=[\s,.;:)]|$)")
# any other single mark that could stand for an opener or a closer (not an apostrophe inside a
# word: "don't", "harm's")
_LOOSE = re.compile(r"(?:(?<=\s)|^)['‘’]|['’](?=\s|$)")
_CARRY_LINES = 3
_MAX_CHARS = 1200


def _closers(line: str) -> list[int]:
    return [m.start() for m in _CLOSER.finditer(line)]


def _openers(line: str) -> list[int]:
    return [m.start() for m in _OPENER.finditer(line)]


def _loose(line: str, lo: int, hi: int) -> bool:
    """Whether ``line[lo:hi]`` holds a single mark that is no apostrophe inside a word."""
    return _LOOSE.search(line, lo, hi) is not None


def spaced_single_spans(
    text: str, paragraphs: list[tuple[int, int]], index: int
) -> list[tuple[int, int]]:
    """The single-mark quotes with a spaced closer that start on line ``index``.

    Args:
        text: the article's text.
        paragraphs: (start, end) of each line.
        index: the line to read.

    Returns:
        The (start, end) content spans found (the last may close on a later line).
    """
    p_start, p_end = paragraphs[index]
    line = text[p_start:p_end]
    spans: list[tuple[int, int]] = []
    openers = _openers(line)
    if not openers:
        return spans
    closers = _closers(line)
    pos = 0
    for at in openers:
        if at < pos:
            continue
        end = next((c for c in closers if c > at), None)
        if end is not None:
            if not _loose(line, at + 1, end) and _paired_after(line, end):
                spans.append((p_start + at + 1, p_start + end - 1))
            pos = end + 1
            continue
        # left open at the line's end: only the line's last mark may run on
        if _loose(line, at + 1, len(line)):
            return spans
        carried = _carried(text, paragraphs, index, p_start + at + 1)
        if carried is not None:
            spans.append(carried)
        return spans
    return spans


def _paired_after(line: str, end: int) -> bool:
    """Whether nothing after the closer at ``end`` on its line is a single mark left unpaired
    in a way that makes the closer doubtful: the next loose mark, if any, opens a new quote."""
    first = _LOOSE.search(line, end + 1)
    return first is None or _OPENER.match(line, first.start()) is not None


def _carried(
    text: str, paragraphs: list[tuple[int, int]], index: int, start: int
) -> tuple[int, int] | None:
    """Where a single-mark quote left open at line ``index``'s end closes: the first of the
    next few lines that holds a single mark, when its only mark is a spaced closer and the
    quote stays short. The (start, end) span or None."""
    for line_no in range(index + 1, min(index + 1 + _CARRY_LINES, len(paragraphs))):
        l_start, l_end = paragraphs[line_no]
        line = text[l_start:l_end]
        if '"' in line or "“" in line or "”" in line:
            return None
        if not _loose(line, 0, len(line)):
            continue
        closers = _closers(line)
        if len(closers) != 1 or _loose(line, 0, closers[0]) or _openers(line):
            return None
        end = l_start + closers[0] - 1
        if end - start > _MAX_CHARS or not _paired_after(line, closers[0]):
            return None
        return start, end
    return None
