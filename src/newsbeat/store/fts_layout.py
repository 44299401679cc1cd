"""Where a row's tokens sit in a ``tsvector``, and the ``tsvector``'s limits.

Each column has its own range of positions (title from 1, standfirst from 1001, text from
2001: :data:`BASES`, :data:`LIMITS`) and weight letter (:data:`WEIGHTS`), so no phrase spans two
columns and a lexeme's column is read off its position (:func:`column_of`);
:func:`weighted_count` is a lexeme's column-weighted count as PostgreSQL keeps its positions.
Shared by the tokenizer (:mod:`~newsbeat.store.fts`), the postings
(:mod:`~newsbeat.store.fts_postings`) and the search (:mod:`~newsbeat.store.pg_search`).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "BASES",
    "LIMITS",
    "MAX_LENGTH",
    "MAX_LEXEME_BYTES",
    "MAX_POSITIONS",
    "MAX_VECTOR_CHARS",
    "WEIGHTS",
    "column_of",
    "weighted_count",
]

# Where each column's positions start and end in a tsvector, and its weight letter.
BASES = (1, 1001, 2001)
LIMITS = (1000, 2000, 16383)
WEIGHTS = ("A", "B", "D")
MAX_LEXEME_BYTES = 2046
# A lexeme keeps at most this many positions in a tsvector.
MAX_POSITIONS = 256
# Token counts of a row up to this fit in a posting (a longer row's is read from its row).
MAX_LENGTH = (1 << 21) - 1
# A tsvector holds at most 1 MB of lexemes and positions; stay well below.
MAX_VECTOR_CHARS = 700_000


def column_of(weight: str, pos: int) -> tuple[int, int]:
    """The (column, offset) of a tsvector position with its weight letter."""
    column = WEIGHTS.index(weight) if weight in WEIGHTS else 2
    return column, pos - BASES[column]


def weighted_count(positions: Iterable[int]) -> int:
    """A lexeme's column-weighted instance count (title 5, standfirst 2, text 1) from its
    tsvector positions as PostgreSQL keeps them: distinct positions, the first
    :data:`MAX_POSITIONS` only. What ``ts_rank_cd`` adds up for it alone, times 5."""
    kept = sorted(set(positions))[:MAX_POSITIONS]
    return sum(5 if p < BASES[1] else 2 if p < BASES[2] else 1 for p in kept)
