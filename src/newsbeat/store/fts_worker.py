"""Tokenizing a bulk of new articles for PostgreSQL's index in worker processes.

:meth:`~newsbeat.store.fts.FtsHelper.vectors` is Python and numpy around SQLite's tokenizer:
in a thread it shares the GIL with the ingest's own work (the articles' rows, their content
hashes, the index's COPY rows), so the two ran one after the other. A bulk of new articles is
therefore tokenized in chunks by worker processes (:class:`TokenizerPool`), each with its own
:class:`~newsbeat.store.fts.FtsHelper`, while the ingesting process writes; a chunk comes back
as its COPY binary index rows and its postings (:class:`ChunkIndex`), which the ingesting
process renumbers into the batch's (:meth:`~newsbeat.store.fts_postings.Postings.absorb`): the same
rows as tokenizing in the ingesting process gives. Small batches (fewer than a store's
threshold) never start a process.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from newsbeat.exceptions import StoreError
from newsbeat.store.fts import FtsHelper
from newsbeat.store.fts_postings import Postings, PostingsPart

__all__ = ["ChunkIndex", "IndexRow", "TokenizerPool", "index_chunk", "tokenize_chunk"]

# (article id, title, standfirst, text)
IndexRow = tuple[int, str, str | None, str]


class ChunkIndex(NamedTuple):
    """A chunk of rows, tokenized.

    Attributes:
        literals: ``(id, token count, tsvector literal)`` of the rows written as literals
            (cut to size, or holding a token too long to index).
        tokens: the chunk's tokens, all rows.
        binary: the other rows as COPY binary rows (no header or trailer).
        part: the chunk's own postings and positions, when it was tokenized on its own (in a
            worker); None when they went into the caller's :class:`Postings`.
    """

    literals: list[tuple[int, int, str]]
    tokens: int
    binary: bytes
    part: PostingsPart | None = None


def index_chunk(helper: FtsHelper, chunk: Sequence[IndexRow], postings: Postings) -> ChunkIndex:
    """Tokenize a chunk with ``helper``, its postings into ``postings``."""
    vectors = helper.vectors([(t, s, x) for _, t, s, x in chunk], None, postings)
    flags = postings.literal
    literals = [(r[0], n, v) for r, (v, n), a in zip(chunk, vectors, flags, strict=True) if a]
    return ChunkIndex(literals, sum(n for _, n in vectors), postings.fts)


_helper: FtsHelper | None = None  # a worker process's own tokenizer (and its cache)


def tokenize_chunk(chunk: Sequence[IndexRow], first: int) -> ChunkIndex:
    """A worker process's job: a chunk's index rows and its own postings, offsets counted
    from ``first`` (the batch's first id)."""
    global _helper
    if _helper is None:
        _helper = FtsHelper()
    postings = Postings([r[0] - first for r in chunk], first=first)
    return index_chunk(_helper, chunk, postings)._replace(part=postings.part())


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the ingesting process rolls back and stops
    # its workers; a worker dying of it first would only muddle that with a broken pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# the function a worker runs (tests put one that fails here)
JOB = tokenize_chunk


class TokenizerPool:
    """Worker processes that tokenize chunks (:func:`tokenize_chunk`), started on first use.

    Args:
        workers: how many processes.
        where: what error messages name (the store's masked URL).
    """

    def __init__(self, workers: int, where: str) -> None:
        self.workers = workers
        self.where = where
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, chunk: Sequence[IndexRow], first: int) -> Future[ChunkIndex]:
        """Start tokenizing a chunk (its ids counted from ``first``)."""
        if self._pool is None:
            # spawn, not fork: the store holds a connection and threads
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_ignore_interrupts,
            )
        return self._pool.submit(JOB, list(chunk), first)

    def result(self, future: Future[ChunkIndex]) -> ChunkIndex:
        """A chunk's result; a failed worker is a StoreError naming what happened (a pool
        whose process died is dropped: the next bulk starts new ones)."""
        try:
            return future.result()
        except BrokenProcessPool as exc:
            self.close(wait=False)
            raise StoreError(
                f"{self.where}: a tokenizing worker process ended unexpectedly"
                f" (nothing of this batch was written): {exc}"
            ) from exc
        except Exception as exc:
            raise StoreError(
                f"{self.where}: tokenizing the new articles failed in a worker process"
                f" (nothing of this batch was written): {type(exc).__name__}: {exc}"
            ) from exc

    def close(self, *, wait: bool = True) -> None:
        """Stop the processes (started again on the next :meth:`submit`)."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None
