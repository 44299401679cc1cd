"""``newsbeat demo`` on PostgreSQL prints the same JSON as on SQLite, command by command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsbeat.cli import app

SEARCHES = (
    "alliance",
    "harbour strike",
    '"dock strike" OR walkout*',
    "NEAR(defence alliance, 5)",
    "title:strike NOT rail",
    "^strike",
)
LISTINGS = (
    ["stories"],
    ["stories", "--beat", "harbour"],
    ["articles"],
    ["articles", "--beat", "alliance"],
    ["beat", "list"],
    ["source", "list"],
    ["alert", "list"],
    ["actors"],
    *(["search", q, "--limit", "50"] for q in SEARCHES),
)


def _listings(cli: CliRunner, db: str) -> dict[str, Any]:
    found = {}
    for command in LISTINGS:
        result = cli.invoke(app, [*command, "--json", "--db", db])
        assert result.exit_code == 0, (command, result.output)
        found[" ".join(command)] = json.loads(result.stdout)
    return found


@pytest.mark.slow
def test_the_demo_gives_the_same_json_on_both_backends(
    frozen_clock: None,
    cli: CliRunner,
    postgres_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The demo's report and alert file go beside a database file, and in the current folder
    # for a URL: the same folder here, so the alert destinations are the same.
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "demo.db")
    for target in (db, postgres_url):
        result = cli.invoke(app, ["demo", "--quiet", "--db", target])
        assert result.exit_code == 0, result.output
    expected, found = _listings(cli, db), _listings(cli, postgres_url)
    assert expected["stories"] and expected["actors"] and expected["alert list"]
    assert all(expected[f"search {q} --limit 50"] for q in SEARCHES[:4])
    for key, value in expected.items():
        assert found[key] == value, key
