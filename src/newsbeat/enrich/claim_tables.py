"""Figures in a row of a table are no claims: a sentence of many figures and few words, or a
short line of figures next to another one (scores, results, a weather table; see
:mod:`newsbeat.enrich.not_claims`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import alphas, like_nums, sentence_of, texts, token_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["in_table"]

_TABLE_NUMBERS = 6  # a sentence with this many figures, at least half its words: a table row


def in_table(doc: Doc, text: str, first: int) -> bool:
    """Whether the figure at ``doc[first]`` is in a row of a table (a sentence or a line of
    many figures and few words): scores, results, a weather table."""
    start, end = sentence_of(doc, first)
    # each sentence counted once per doc: its figures are asked about one by one
    rows: dict[int, bool] = doc.user_data.setdefault(_ROWS_KEY, {})
    row = rows.get(start)
    if row is None:
        row = rows[start] = _table_row(doc, start, end)
    return row or _table_line_kept(doc, text, token_offsets(doc)[first])


_ROWS_KEY = "newsbeat_table_rows"
_LINES_KEY = "newsbeat_table_lines"


def _table_line_kept(doc: Doc, text: str, pos: int) -> bool:
    """:func:`_table_line`, kept with the doc per line of ``text``: its answer depends only on
    where the line holding ``pos`` starts, and a line's figures are asked about one by one."""
    kept = doc.user_data.get(_LINES_KEY)
    if kept is None or kept[0] is not text:  # another text: its own lines
        kept = doc.user_data[_LINES_KEY] = (text, {})
    lines: dict[int, bool] = kept[1]
    start = text.rfind("\n", 0, pos) + 1
    found = lines.get(start)
    if found is None:
        found = lines[start] = _table_line(text, pos)
    return found


_FIGURE = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[^\W\d_]+")
_ROW_WORDS = 10  # a line of at most this many words and two figures or more: a row


def _row_shaped(line: str) -> bool:
    return len(_FIGURE.findall(line)) >= 2 and len(_WORD.findall(line)) <= _ROW_WORDS


def _table_line(text: str, pos: int) -> bool:
    """A line of a table printed one row per line ("Anna Berg (Centre) 12,408 votes 41.2
    percent", "Arden 3 Bruck 1"): a short line of figures next to another one. Each row is
    its own sentence, so the sentence test above does not see the table; without this, two
    results tables set one candidate's or team's figure against another's."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if not _row_shaped(text[start:end]):
        return False
    before = text[:start].rstrip("\n").rsplit("\n", 1)[-1] if start else ""
    after = text[end:].lstrip("\n").split("\n", 1)[0]
    return _row_shaped(before) or _row_shaped(after)


def _table_row(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence of tokens ``start`` to ``end`` is a row of a table (scores,
    results): many figures and few words."""
    like, alpha, words_ = like_nums(doc), alphas(doc), texts(doc)  # the doc's columns
    # "120, 000" is one figure in two tokens (see ``claim_numbers.rejoined``)
    numbers = sum(
        1
        for k in range(start, end)
        if like[k] and not (k >= 2 and words_[k - 1] in {".", ","} and like[k - 2])
    )
    words = sum(1 for k in range(start, end) if alpha[k] and not like[k])
    return numbers >= _TABLE_NUMBERS and numbers * 2 >= words
