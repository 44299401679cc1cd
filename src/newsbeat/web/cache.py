"""What the web UI computes from the whole database, kept between requests while it is current.

The filter forms' choices (outlets, languages), the story list of each beat and the stories'
conflict counts take tens to hundreds of milliseconds at 20,000 articles, and every list page
needs them; the story, actor and search pages, once rendered, are the same until the data
changes (an actor page reads every enrichment: seconds at 20,000 articles). They are kept
(up to :data:`MAX_ENTRIES` values and :data:`MAX_BYTES` of kept pages, least recently used
out first) until the database changes. A change is seen two ways: SQLite's ``PRAGMA
data_version`` on a read-only connection the cache keeps open (it moves on every commit by
any other connection, any process: exact, and a few microseconds), and the ``stat`` of the
database's files (a file replaced or restored: a new inode, size or modification time; a
SQLite database in WAL mode changes its ``-wal`` file on every commit, its main file on
every checkpoint). With the exact version a kept value lives at most :data:`MAX_AGE`
seconds (pages whose filters name an age, such as ``from=7d``, move with the clock); when
that connection cannot be opened, a file's modification time can be coarser than two quick
commits (which, after a checkpoint, may leave the ``-wal`` file the same size), so a kept
value lives at most :data:`MAX_AGE_UNVERSIONED` seconds. A database that is not a local
file (a PostgreSQL URL) is not cached.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["MAX_AGE", "MAX_AGE_UNVERSIONED", "MAX_BYTES", "MAX_ENTRIES", "ReadCache"]

MAX_AGE = 300.0  # seconds, when the database's data_version is watched
MAX_AGE_UNVERSIONED = 30.0  # seconds, when only the files' stat is
MAX_ENTRIES = 5000  # the least recently used value goes first
MAX_BYTES = 128 * 1024 * 1024  # of kept pages (bytes values; a story page is ~40 kB)
_T = TypeVar("_T")
_Fingerprint = tuple[tuple[int, int, int], ...]


def _fingerprint(path: str, version: int = 0) -> _Fingerprint | None:
    """The state of the database's files (and its data version), or None when it is not a
    local file."""
    try:
        main = os.stat(path)
    except (OSError, ValueError):
        return None
    found = [(main.st_ino, main.st_size, main.st_mtime_ns), (version, 0, 0)]
    # Not the -shm file: readers write their read marks there. An empty -wal file holds
    # nothing: each connection to an idle database creates it anew (a new inode and time).
    try:
        wal = os.stat(path + "-wal")
    except OSError:
        found.append((0, 0, 0))
    else:
        found.append((0, wal.st_size, wal.st_mtime_ns) if wal.st_size else (0, 0, 0))
    return tuple(found)


class _DataVersion:
    """``PRAGMA data_version`` of a SQLite database, on a read-only connection kept open
    (never creating the file, and opened again on a file replaced under the same name); None
    when it cannot be read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._inode = 0
        self._failed = False

    def read(self) -> int | None:
        with self._lock:
            if self._failed:
                return None
            try:
                inode = os.stat(self.path).st_ino
            except (OSError, ValueError):
                self.close_locked()
                return None  # not a local file (now): no connection, no file made
            if self._conn is not None and inode != self._inode:
                self.close_locked()  # a new file: the old connection would watch the old one
            try:
                if self._conn is None:
                    self._inode = inode
                    self._conn = sqlite3.connect(
                        Path(self.path).absolute().as_uri() + "?mode=ro",
                        uri=True,
                        check_same_thread=False,
                        isolation_level=None,
                    )
                    # Closed with the cache at the latest (an app has no shutdown hook here).
                    weakref.finalize(self, self._conn.close)
                row = self._conn.execute("PRAGMA data_version").fetchone()
                return int(row[0])
            except sqlite3.Error:
                self._failed = True  # the files' stat and the shorter age limit then
                self.close_locked()
                return None

    def close_locked(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        with self._lock:
            self.close_locked()


class ReadCache:
    """Values derived from the database at ``path``, recomputed when it changes.

    Callers must not change a value they get (it is shared between requests).

    Args:
        path: the database file (anything else, such as a PostgreSQL URL, is never cached).
        max_age: seconds a value is kept at most while the data version is watched
            (:data:`MAX_AGE_UNVERSIONED` applies when it cannot be, if shorter).
        max_entries: values kept at most.
        max_bytes: bytes of kept ``bytes`` values (rendered pages) at most.
    """

    def __init__(
        self,
        path: str,
        max_age: float = MAX_AGE,
        max_entries: int = MAX_ENTRIES,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.path = path
        self.max_age = max_age
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, tuple[Any, float, Any]] = OrderedDict()
        self._bytes = 0
        self._version = _DataVersion(path)

    def _state(self) -> tuple[_Fingerprint | None, float]:
        """The database's current fingerprint and how old a kept value may be."""
        version = self._version.read()
        if version is None:
            return _fingerprint(self.path), min(self.max_age, MAX_AGE_UNVERSIONED)
        return _fingerprint(self.path, version), self.max_age

    def close(self) -> None:
        """Close the connection that watches the database (reopened when used again)."""
        self._version.close()

    def peek(self, key: Hashable) -> Any | None:
        """The kept value of ``key`` if it is still current, else None (nothing computed)."""
        if key not in self._values:
            return None  # nothing kept: no need to look at the database
        state, max_age = self._state()
        with self._lock:
            kept = self._values.get(key)
            if kept is None or state is None or kept[0] != state:
                return None
            if time.monotonic() - kept[1] >= max_age:
                return None
            self._values.move_to_end(key)
            return kept[2]

    def get(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """The value of ``key``: kept, when the database has not changed since it was
        computed (and it is younger than ``max_age``), else ``compute()`` now."""
        state, max_age = self._state()
        now = time.monotonic()
        with self._lock:
            kept = self._values.get(key)
            if kept is not None:
                self._values.move_to_end(key)
        fresh = kept is not None and now - kept[1] < max_age
        if fresh and state is not None and kept is not None and kept[0] == state:
            value: _T = kept[2]
            return value
        value = compute()
        if state is not None:
            with self._lock:
                self._drop(key)
                self._values[key] = (state, now, value)
                self._bytes += _size(value)
                while len(self._values) > self.max_entries or (
                    self._bytes > self.max_bytes and len(self._values) > 1
                ):
                    self._drop(next(iter(self._values)))
        return value

    def _drop(self, key: Hashable) -> None:
        kept = self._values.pop(key, None)
        if kept is not None:
            self._bytes -= _size(kept[2])


def _size(value: object) -> int:
    return len(value) if isinstance(value, bytes) else 0
