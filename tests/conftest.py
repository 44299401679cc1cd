"""Shared fixtures: an in-memory store, a temporary database path, the CLI runner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path

import pytest
from tests import _postgres
from tests.webserver import web_server  # noqa: F401  (the collect tests' HTTP server fixture)
from typer.testing import CliRunner

from newsbeat import models
from newsbeat.store import SQLiteStore

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def fresh_store() -> Iterator[SQLiteStore]:
    """An empty in-memory store."""
    store = SQLiteStore(":memory:")
    yield store
    store.close()


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    """A database file path in a temporary folder (created on first use)."""
    return str(tmp_path / "newsbeat.db")


@pytest.fixture
def cli() -> CliRunner:
    """Runs the real ``newsbeat`` typer app in-process."""
    return CliRunner()


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's own settings file or default database."""
    monkeypatch.delenv("NEWSBEAT_CONFIG", raising=False)
    monkeypatch.delenv("NEWSBEAT_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(scope="session", autouse=True)
def _stop_postgres() -> Iterator[None]:
    """Stop the throw-away PostgreSQL cluster at the end of the session (if one was started),
    also when tests failed."""
    yield
    _postgres.shutdown()


@pytest.fixture(scope="session")
def postgres_server() -> _postgres.PostgresServer:
    """The session's PostgreSQL server (skips, or fails under CI=true, when there is none)."""
    return _postgres.require_server()


@pytest.fixture
def postgres_url(postgres_server: _postgres.PostgresServer, request: pytest.FixtureRequest) -> str:
    """The URL of an empty database of its own for this test."""
    return postgres_server.database(_postgres.database_name(request.node.nodeid))


class _FrozenDatetime(datetime):
    """``datetime`` whose ``now`` is always the same moment."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _FrozenDatetime:  # type: ignore[override]
        return cls(2026, 3, 9, 12, 0, 0, tzinfo=tz)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every timestamp newsbeat stores in this process (``models.utc_now``) is the same moment,
    so two databases filled one after the other hold the same values."""
    monkeypatch.setattr(models, "datetime", _FrozenDatetime)
