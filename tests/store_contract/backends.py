"""The store backends the contract suite runs against.

A backend is a name and a factory that opens an empty store under a per-test folder (a file
there, or a database named after it). Adding a backend is one entry in :data:`BACKENDS` plus
its factory here; a backend that needs a server skips in its factory when none can be had
(``tests/_postgres.py``: the throw-away cluster, or ``NEWSBEAT_TEST_POSTGRES``; under
``CI=true`` a missing server fails instead).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests._postgres import database_name, require_server

from newsbeat.store import Store, open_store

__all__ = ["BACKENDS", "Backend"]


@dataclass(frozen=True)
class Backend:
    """One store implementation under test.

    Attributes:
        name: the test id (``pytest -k sqlite-memory`` runs one backend).
        open: opens the store kept under a folder; empty the first time, and opening the same
            folder again (after ``close``) reopens what was stored.
        persistent: whether what was stored survives ``close`` (not so for ``:memory:``).
    """

    name: str
    open: Callable[[Path], Store]
    persistent: bool = True


def _sqlite_file(folder: Path) -> Store:
    return open_store(folder / "contract.db")


def _sqlite_memory(folder: Path) -> Store:
    return open_store(":memory:")


def _postgresql(folder: Path) -> Store:
    # One database per folder: opening the same folder again reopens it.
    return open_store(require_server().database(database_name(str(folder))))


BACKENDS: tuple[Backend, ...] = (
    Backend("sqlite-file", _sqlite_file),
    Backend("sqlite-memory", _sqlite_memory, persistent=False),
    Backend("postgresql", _postgresql),
)
