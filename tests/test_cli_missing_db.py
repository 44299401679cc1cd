"""Read-only commands refuse a database that does not exist instead of creating an empty one."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.store import SQLiteStore

READ_ONLY = [
    ["stories"],
    ["stories", "--json"],
    ["story", "s-1"],
    ["articles", "--json"],
    ["search", "alliance"],
    ["digest"],
    ["actors"],
    ["actor", "Lena Holm"],
    ["report", "--beat", "alliance"],
    ["beat", "list"],
    ["source", "list"],
    ["alert", "list"],
]


@pytest.mark.parametrize("args", READ_ONLY, ids=" ".join)
def test_a_read_only_command_refuses_a_missing_database(args: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = CliRunner().invoke(app, [*args, "--db", str(missing)])
    assert result.exit_code == 1, result.output
    assert f"{missing}: no database here yet" in " ".join(result.output.split())
    assert "--db or NEWSBEAT_DB" in result.output
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_the_default_database_is_refused_too_when_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere" / "newsbeat.db"
    monkeypatch.setenv("NEWSBEAT_DB", str(missing))
    result = CliRunner().invoke(app, ["stories"])
    assert result.exit_code == 1
    assert "make demo" in result.output and not missing.parent.exists()


def test_an_existing_empty_database_is_read(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    SQLiteStore(path).close()
    result = CliRunner().invoke(app, ["stories", "--json", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "[]"
