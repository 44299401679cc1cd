"""The ``store`` fixture: every contract test runs once per backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbeat.store import Store
from store_contract.backends import BACKENDS, Backend


@pytest.fixture(params=BACKENDS, ids=[b.name for b in BACKENDS])
def backend(request: pytest.FixtureRequest) -> Backend:
    """The backend under test."""
    chosen: Backend = request.param
    return chosen


@pytest.fixture(
    params=[b for b in BACKENDS if b.persistent],
    ids=[b.name for b in BACKENDS if b.persistent],
)
def persistent_backend(request: pytest.FixtureRequest) -> Backend:
    """A backend under test whose store outlives ``close`` (for reopening tests)."""
    chosen: Backend = request.param
    return chosen


@pytest.fixture
def store_folder(tmp_path: Path) -> Path:
    """Where the backend keeps this test's store."""
    return tmp_path / "store"


@pytest.fixture
def store(backend: Backend, store_folder: Path) -> Iterator[Store]:
    """An empty store of the backend under test; closed after the test."""
    store_folder.mkdir(parents=True, exist_ok=True)
    opened = backend.open(store_folder)
    yield opened
    opened.close()
