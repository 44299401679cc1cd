"""``--since`` values (issue 15): bounded parsing, never an OverflowError (exit 2, web 400)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.settings import Settings, StoreSettings
from newsbeat.since import parse_since
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HUGE = ["9999999999999999999999d", "99999999w", "999999999999m", "1" + "0" * 60 + "h"]


@pytest.mark.parametrize(
    ("value", "bound"),
    [
        ("7d", "2026-02-22T12:00:00+00:00"),
        ("12h", "2026-03-01T00:00:00+00:00"),
        (" 2w ", "2026-02-15T12:00:00+00:00"),
        ("2026-02-03", "2026-02-03"),
        ("2026-02-03T04:05:06+01:00", "2026-02-03T04:05:06+01:00"),
        ("0d", "2026-03-01T12:00:00+00:00"),
    ],
)
def test_ages_and_dates(value: str, bound: str) -> None:
    assert parse_since(value, now=NOW) == bound


@pytest.mark.parametrize("value", HUGE)
def test_huge_ages_are_too_far_back_not_an_overflow(value: str) -> None:
    with pytest.raises(ValueError, match="too far back"):
        parse_since(value, now=NOW)


@pytest.mark.parametrize("value", ["1" * 5000 + "d", "2026-02-03" + " " * 100, "x" * 10_000])
def test_long_values_are_refused_and_quoted_short(value: str) -> None:
    with pytest.raises(ValueError, match="longer than 64 characters") as caught:
        parse_since(value, now=NOW)
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize("value", ["soon", "7 days", "-3d", "2026-13-01", "99999-01-01", "d"])
def test_unreadable_values(value: str) -> None:
    with pytest.raises(ValueError, match="expected a date"):
        parse_since(value, now=NOW)


@pytest.mark.parametrize("value", HUGE)
def test_cli_huge_since_is_exit_2(cli: CliRunner, db_path: str, value: str) -> None:
    SQLiteStore(db_path).close()
    for command in (["articles"], ["stories"], ["digest"]):
        result = cli.invoke(app, [*command, "--since", value, "--db", db_path])
        assert result.exit_code == 2, (command, result.output)
        assert "too far back" in result.stderr
        assert "Traceback" not in result.output


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
@pytest.mark.parametrize("value", HUGE)
async def test_web_huge_since_is_a_400(db_path: str, value: str) -> None:
    SQLiteStore(db_path).close()
    transport = httpx.ASGITransport(
        app=create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    )
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        for path in ("/api/articles", "/api/stories", "/stories"):
            response = await client.get(path, params={"since": value})
            assert response.status_code == 400, path
            assert "too far back" in response.text
