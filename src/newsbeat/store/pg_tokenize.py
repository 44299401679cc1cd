"""Tokenizing a large batch for the PostgreSQL index in a process of its own.

The store tokenizes each chunk of a batch (:meth:`FtsHelper.vectors`) while the server stores
the previous one. In a thread, that work and the store's own (building rows, writing COPY
data) share the interpreter lock: on a 2-core machine the client's Python was the slowest
part of a large ingest. A large batch is therefore tokenized in one child process per store
(started with ``spawn``: the parent holds threads and a connection), which keeps its own
tokenizer and caches; small batches, and stores in daemonic processes (which may not start
children, e.g. Dask workers), keep the thread.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor

from newsbeat.store.fts import FtsHelper, Postings

__all__ = ["PROCESS_MIN_ROWS", "can_use_process", "start_process", "tokenize_chunk"]

# Batches of at least this many rows are tokenized in the child: below it the process's start
# (about a second) costs more than it saves.
PROCESS_MIN_ROWS = 1000

_HELPER: FtsHelper | None = None


def tokenize_chunk(
    rows: Sequence[tuple[str, str | None, str]], offsets: Sequence[int]
) -> tuple[list[tuple[str, int]], dict[str, list[int]]]:
    """In the child: each row's ``(tsvector literal, token count)`` and the chunk's postings
    by word (rows numbered by ``offsets``), as :meth:`FtsHelper.vectors` gives them."""
    global _HELPER
    if _HELPER is None:
        _HELPER = FtsHelper()
    postings = Postings(offsets)
    vectors = _HELPER.vectors(rows, None, postings)
    return vectors, postings.words


def can_use_process() -> bool:
    """Whether this process may start a child (a daemonic one may not)."""
    return not multiprocessing.current_process().daemon


def start_process() -> Executor:
    """A pool of one tokenizing process."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
