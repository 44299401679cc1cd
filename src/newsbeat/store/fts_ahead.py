"""Tokenizing a batch of articles before it is stored: the next batch while this one is written.

A bulk ingest stores batch after batch, each in one transaction. With the tokenizing in worker
processes (:mod:`~newsbeat.store.fts_worker`), the workers only had work while a batch's
index was built: the batch's other work (the reader's hand-over, the content hashes and the
dedupe, provenance, beat membership, ``ANALYZE``, the commit) and its last statements (the
postings, positions and word counts) left them idle. So the ingester hands the store its next
batch early (:meth:`~newsbeat.store.postgres.PostgresStore.prepare_articles`), and the workers
tokenize it (:class:`Ahead`) while the current one is written.

The ids of a batch's new articles are known only once its dedupe has run (inside its
transaction), so a batch is tokenized ahead with provisional numbers, each article's index in
the batch, and renumbered then (:func:`renumber`): the ids in the index rows, the row offsets
in the postings and positions; the articles that turned out to be known are dropped, with the
lexemes only they held. Every row is tokenized on its own, so the kept rows are what
tokenizing only the new articles gives.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from newsbeat.models import Article
from newsbeat.store.fts_postings import PostingsPart
from newsbeat.store.fts_worker import ChunkIndex, IndexRow

__all__ = ["Ahead", "renumber", "renumber_part"]

# An index row in COPY's binary format starts with its field count (2 bytes), the id's length
# (4) and the id (8), the count's length (4) and the count (4), the tsvector's length (4).
_ID_AT, _NTOK_AT, _HEAD = 6, 18, 26
_ID = struct.Struct("!q")
_NTOK = struct.Struct("!i")
_LENGTH = struct.Struct("!i")
# the low bits of a posting's code (its length and count) and of a position's (the position)
_POSTING_BITS, _PLACE_BITS = 32, 14


@dataclass
class Ahead:
    """A batch handed over early: its articles, their index rows as submitted (numbered by
    their index in the batch) and each chunk's tokenizing.

    Attributes:
        articles: the batch, as handed over (matched by identity).
        rows: ``(index, title, standfirst, text)`` of every article, the values the store
            writes.
        futures: one per chunk, in order.
    """

    articles: list[Article]
    rows: list[IndexRow]
    futures: list[Future[ChunkIndex]] = field(default_factory=list)

    def matches(self, articles: Sequence[Article]) -> bool:
        """Whether ``articles`` is this batch (the same objects, in order)."""
        return len(articles) == len(self.articles) and all(
            a is b for a, b in zip(articles, self.articles, strict=True)
        )

    def same_rows(self, wanted: Sequence[int], rows: Sequence[IndexRow]) -> bool:
        """Whether the rows tokenized for the articles at indexes ``wanted`` are still
        ``rows`` (the articles were not edited since)."""
        mine = self.rows
        return all(mine[i][1:] == r[1:] for i, r in zip(wanted, rows, strict=True))

    def cancel(self) -> None:
        """Stop whatever has not started (a chunk being tokenized runs to its end)."""
        for future in self.futures:
            future.cancel()


def renumber(found: ChunkIndex, mapping: NDArray[np.int64], first: int) -> ChunkIndex:
    """A chunk tokenized ahead, as the batch's new articles: the row at index ``i`` of the
    batch is the new article ``first + mapping[i]``, or left out when ``mapping[i]`` is
    negative (the article was known)."""
    assert found.part is not None
    literals = [(first + int(mapping[i]), n, v) for i, n, v in found.literals if mapping[i] >= 0]
    tokens = sum(n for _, n, _ in literals)
    blob = found.binary
    kept: list[bytes] = []
    at = 0
    while at < len(blob):
        end = at + _HEAD + _LENGTH.unpack_from(blob, at + _HEAD - 4)[0]
        index = _ID.unpack_from(blob, at + _ID_AT)[0]
        if mapping[index] >= 0:
            row = bytearray(blob[at:end])
            _ID.pack_into(row, _ID_AT, first + int(mapping[index]))
            kept.append(bytes(row))
            tokens += _NTOK.unpack_from(blob, at + _NTOK_AT)[0]
        at = end
    return ChunkIndex(literals, tokens, b"".join(kept), renumber_part(found.part, mapping))


def renumber_part(part: PostingsPart, mapping: NDArray[np.int64]) -> PostingsPart:
    """``part``'s postings and positions with each row offset ``o`` replaced by
    ``mapping[o]``, those of rows mapped to a negative number left out, and the lexemes that
    lost every posting so dropped (the others renumbered in their order).

    Lexemes that had no posting at all stay, as tokenizing the new rows alone keeps them: the
    entries a literal cut to size leaves out (the index then counts such a word in no row).
    Only when that row is itself a known article do they stay where the serial path would
    not have tokenized it (words counted in no row, as for a new one)."""
    postings = [_recode(n, c, mapping, _POSTING_BITS) for n, c in part.postings]
    places = [_recode(n, c, mapping, _PLACE_BITS) for n, c in part.places]
    had = np.zeros(len(part.names), dtype=bool)
    for numbers, _ in part.postings:
        had[numbers] = True
    used = ~had
    for numbers, _ in postings:
        used[numbers] = True
    if used.all():
        return PostingsPart(list(part.names), postings, places)
    number = np.cumsum(used) - 1
    names = [name for name, keep in zip(part.names, used.tolist(), strict=True) if keep]
    return PostingsPart(
        names,
        [(number[n], c) for n, c in postings],
        [(number[n], c) for n, c in places],
    )


def _recode(
    numbers: NDArray[np.int64], codes: NDArray[np.int64], mapping: NDArray[np.int64], bits: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    target = mapping[codes >> bits]
    keep = target >= 0
    low = codes & ((1 << bits) - 1)
    if not keep.all():
        numbers, target, low = numbers[keep], target[keep], low[keep]
    return numbers, (target << bits) | low
