"""``article_fts`` rows in COPY's binary format, their tsvectors laid out by numpy.

A tsvector's binary form (PostgreSQL's ``tsvectorrecv``) is the number of lexemes, then per
lexeme its UTF-8 bytes and a NUL, the number of its positions (16 bits) and each position
(16 bits: weight << 14 | position). What the text form's reader does to the literal
:meth:`~newsbeat.store.fts.FtsHelper.vectors` writes is done here instead: lexemes in byte order
(the server sorts them otherwise), each lexeme's positions ascending without repeats, the first
:data:`~newsbeat.store.fts_layout.MAX_POSITIONS` only. The server then neither parses a literal nor
sorts, and the client builds no string per token.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["fts_rows"]

_MAX_POSITIONS = 256
# a row's bytes before its tsvector: field count, id (length, bigint), ntok (length,
# integer), the tsvector's length
_ROW_HEAD = 2 + 4 + 8 + 4 + 4 + 4


def _put(
    out: NDArray[np.uint8], at: NDArray[np.int64], values: NDArray[np.int64], size: int
) -> None:
    """Write ``values`` big-endian, ``size`` bytes each, at byte offsets ``at``."""
    for byte in range(size):
        out[at + byte] = (values >> (8 * (size - 1 - byte))) & 0xFF


def fts_rows(
    article_ids: NDArray[np.int64],
    ntoks: NDArray[np.int64],
    row: NDArray[np.int64],
    lexeme: NDArray[np.int64],
    position: NDArray[np.int64],
    weight: NDArray[np.int64],
    encoded: Sequence[bytes],
) -> bytes:
    """The COPY binary rows ``(article_id, ntok, tsv)`` of some rows (no header or trailer).

    Args:
        article_ids, ntoks: each row's id and token count.
        row, lexeme, position, weight: each token occurrence's row (an index into
            ``article_ids``), lexeme (an index into ``encoded``, the lexemes' UTF-8 bytes in
            byte order, each short enough to index), tsvector position and weight bits (3 for
            A, 2 for B, 0 for D); ordered by row, lexeme and position.
    """
    rows = len(article_ids)
    sizes = np.array([len(e) for e in encoded], dtype=np.int64)
    pool = np.frombuffer(b"".join(encoded), dtype=np.uint8)
    pool_start = np.cumsum(sizes) - sizes
    group = np.ones(len(row), dtype=bool)
    group[1:] = (row[1:] != row[:-1]) | (lexeme[1:] != lexeme[:-1])
    keep = group.copy()
    keep[1:] |= position[1:] != position[:-1]  # a repeated position is kept once
    if not keep.all():
        row, lexeme, position, weight, group = (
            row[keep],
            lexeme[keep],
            position[keep],
            weight[keep],
            group[keep],
        )
    first = np.flatnonzero(group)
    counts = np.diff(np.append(first, len(row)))
    within = np.arange(len(row)) - np.repeat(first, counts)
    npos = np.minimum(counts, _MAX_POSITIONS)
    group_row, group_lexeme = row[first], lexeme[first]
    length = sizes[group_lexeme]
    group_size = length + 3 + 2 * npos
    # each row's record and where its tsvector starts
    tsv_size = 4 + np.bincount(group_row, weights=group_size, minlength=rows).astype(np.int64)
    record = _ROW_HEAD + tsv_size
    record_start = np.cumsum(record) - record
    out = np.zeros(int(record.sum()), dtype=np.uint8)
    _put(out, record_start, np.full(rows, 3, dtype=np.int64), 2)
    _put(out, record_start + 2, np.full(rows, 8, dtype=np.int64), 4)
    _put(out, record_start + 6, article_ids, 8)
    _put(out, record_start + 14, np.full(rows, 4, dtype=np.int64), 4)
    _put(out, record_start + 18, ntoks, 4)
    _put(out, record_start + 22, tsv_size, 4)
    entries = np.bincount(group_row, minlength=rows).astype(np.int64)
    _put(out, record_start + _ROW_HEAD, entries, 4)
    if not len(first):
        return out.tobytes()
    # each group's offset: its row's first entry, then the groups before it in that row
    before = np.cumsum(group_size) - group_size
    row_first = np.minimum(np.searchsorted(group_row, np.arange(rows)), len(first) - 1)
    start = record_start[group_row] + _ROW_HEAD + 4 + before - before[row_first][group_row]
    # the lexemes' bytes (a NUL follows: the array is zeros)
    step = np.arange(int(length.sum())) - np.repeat(np.cumsum(length) - length, length)
    out[np.repeat(start, length) + step] = pool[np.repeat(pool_start[group_lexeme], length) + step]
    _put(out, start + length + 1, npos, 2)
    # the positions, as weight << 14 | position: a lexeme's first 256
    kept = within < _MAX_POSITIONS
    owner = (np.cumsum(group) - 1)[kept]
    at = start[owner] + length[owner] + 3 + 2 * within[kept]
    _put(out, at, (weight[kept] << 14) | position[kept], 2)
    return out.tobytes()
