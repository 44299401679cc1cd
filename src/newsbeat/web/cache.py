"""What the web UI computes from the whole database, kept between requests while it is current.

The filter forms' choices (outlets, languages), the story list of each beat and the stories'
conflict counts take tens to hundreds of milliseconds at 20,000 articles, and every list page
needs them; the story, actor and search pages, once rendered, are the same until the data
changes (an actor page reads every enrichment: seconds at 20,000 articles). They are kept
(up to :data:`MAX_ENTRIES`, least recently used out first) until the database changes: a
SQLite database in WAL mode changes its ``-wal`` file (size, modification time) on every
commit, and its main file on every checkpoint, so their ``stat`` is the key. Because a
file's modification time can be coarser than two quick commits (which, after a checkpoint,
may leave the ``-wal`` file the same size), a kept value is also never older than
:data:`MAX_AGE` seconds. A database that is not a local file (a PostgreSQL URL) is not
cached.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

__all__ = ["MAX_AGE", "MAX_ENTRIES", "ReadCache"]

MAX_AGE = 30.0  # seconds
MAX_ENTRIES = 500  # the least recently used value goes first (a story page is ~40 kB)
_T = TypeVar("_T")


def _fingerprint(path: str) -> tuple[tuple[int, int, int], ...] | None:
    """The state of the database's files, or None when it is not a local file."""
    try:
        main = os.stat(path)
    except (OSError, ValueError):
        return None
    found = [(main.st_ino, main.st_size, main.st_mtime_ns)]
    # Not the -shm file: readers write their read marks there. An empty -wal file holds
    # nothing: each connection to an idle database creates it anew (a new inode and time).
    try:
        wal = os.stat(path + "-wal")
    except OSError:
        found.append((0, 0, 0))
    else:
        found.append((0, wal.st_size, wal.st_mtime_ns) if wal.st_size else (0, 0, 0))
    return tuple(found)


class ReadCache:
    """Values derived from the database at ``path``, recomputed when it changes.

    Callers must not change a value they get (it is shared between requests).
    """

    def __init__(self, path: str, max_age: float = MAX_AGE, max_entries: int = MAX_ENTRIES) -> None:
        self.path = path
        self.max_age = max_age
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, tuple[Any, float, Any]] = OrderedDict()

    def peek(self, key: Hashable) -> Any | None:
        """The kept value of ``key`` if it is still current, else None (nothing computed)."""
        state = _fingerprint(self.path)
        with self._lock:
            kept = self._values.get(key)
            if kept is None or state is None or kept[0] != state:
                return None
            if time.monotonic() - kept[1] >= self.max_age:
                return None
            self._values.move_to_end(key)
            return kept[2]

    def get(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """The value of ``key``: kept, when the database has not changed since it was
        computed (and it is younger than ``max_age``), else ``compute()`` now."""
        state = _fingerprint(self.path)
        now = time.monotonic()
        with self._lock:
            kept = self._values.get(key)
            if kept is not None:
                self._values.move_to_end(key)
        fresh = kept is not None and now - kept[1] < self.max_age
        if fresh and state is not None and kept is not None and kept[0] == state:
            value: _T = kept[2]
            return value
        value = compute()
        if state is not None:
            with self._lock:
                self._values[key] = (state, now, value)
                self._values.move_to_end(key)
                while len(self._values) > self.max_entries:
                    self._values.popitem(last=False)
        return value
