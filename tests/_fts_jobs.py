"""Tokenizing jobs that fail, for the worker-process tests (importable by a spawned worker)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from newsbeat.store.fts_worker import ChunkIndex, IndexRow, tokenize_chunk


def failing_job(chunk: Sequence[IndexRow], first: int) -> ChunkIndex:
    """Fail on the chunk holding the article titled "Broken", tokenize the others."""
    if any(row[1] == "Broken" for row in chunk):
        raise ValueError("this chunk cannot be tokenized")
    return tokenize_chunk(chunk, first)


def dying_job(chunk: Sequence[IndexRow], first: int) -> ChunkIndex:
    """End the worker process on the chunk holding the article titled "Broken"."""
    if any(row[1] == "Broken" for row in chunk):
        os._exit(3)
    return tokenize_chunk(chunk, first)


# Each failing job with the start of the error a bulk add raises for it.
FAILURES = [
    (
        failing_job,
        "tokenizing the new articles failed in a worker process (nothing of this batch was"
        " written): ValueError: this chunk cannot be tokenized",
    ),
    (dying_job, "a tokenizing worker process ended unexpectedly"),
]
