"""``newsbeat copy``: a whole database moves with its ids, and every listing reads the same."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.demo.runner import run_demo
from newsbeat.models import Source
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore, open_store

# Every listing command with --json, as a reader of the copy would run them.
LISTINGS: list[list[str]] = [
    ["stories", "--json"],
    ["stories", "--json", "--beat", "harbour"],
    ["articles", "--json"],
    ["search", "alliance OR harbour", "--json", "--limit", "50"],
    ["beat", "list", "--json"],
    ["source", "list", "--json"],
    ["alert", "list", "--json"],
    ["actors", "--json", "--limit", "500"],
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo corpus run through every stage, with a source, a fetch failure and a resolved
    link added so that every table holds rows."""
    folder = tmp_path_factory.mktemp("copy")
    path = folder / "demo.db"
    store = SQLiteStore(path)
    try:
        result = run_demo(
            store, Settings().with_overrides(db=str(path)), report_path=folder / "report.html"
        )
        assert not result.run.failed, result.run.to_json()
        store.add_source(Source(type="feed", url="http://127.0.0.1:9/feed.xml", beat="alliance"))
        store.record_fetch_failures([("http://127.0.0.1:9/gone", "HTTP 404")])
        store.save_resolved_links(
            [("https://news.test/rss/articles/CBMi1", "https://outlet.test/a", "news-search")]
        )
    finally:
        store.close()
    yield path


def listings(cli: CliRunner, db: str) -> dict[str, object]:
    """The parsed --json of every listing command on one database."""
    out: dict[str, object] = {}
    for args in LISTINGS:
        result = cli.invoke(app, [*args, "--db", db])
        assert result.exit_code == 0, (args, result.output)
        out[" ".join(args)] = json.loads(result.stdout)
    stories = out["stories --json"]
    assert isinstance(stories, list) and stories
    for story in stories:  # each story in full: enrichment, quotes, claims, relations
        result = cli.invoke(app, ["story", story["id"], "--json", "--db", db])
        assert result.exit_code == 0, result.output
        out[f"story {story['id']}"] = json.loads(result.stdout)
    return out


def table_rows(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'articles_fts%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}


def test_copy_sqlite_to_sqlite_keeps_every_row_and_listing(demo_db: Path, tmp_path: Path) -> None:
    cli = CliRunner()
    copy = tmp_path / "copy.db"
    result = cli.invoke(app, ["copy", str(demo_db), str(copy), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    rows = table_rows(demo_db)
    empty = {table for table, count in rows.items() if count == 0}
    assert empty <= {"story_merges"}, rows  # every other table is exercised
    assert report["tables"] == {t: rows[t] for t in report["tables"]}
    assert set(report["tables"]) == set(rows)
    assert report["total"] == sum(rows.values())
    assert table_rows(copy) == rows
    assert listings(cli, str(copy)) == listings(cli, str(demo_db))
    # the copy is a working store: stories resolve by their ids, search finds the same hits
    store = open_store(copy)
    try:
        first = store.list_stories()[0]
        assert store.get_story(first.id).title == first.title
    finally:
        store.close()


def test_copy_refuses_a_destination_that_holds_data(demo_db: Path, tmp_path: Path) -> None:
    cli = CliRunner()
    target = tmp_path / "full.db"
    with SQLiteStore(target) as store:
        store.add_source(Source(type="feed", url="http://127.0.0.1:9/other.xml"))
    result = cli.invoke(app, ["copy", str(demo_db), str(target)])
    assert result.exit_code == 1
    assert "already holds data" in result.output
    assert table_rows(target)["sources"] == 1 and table_rows(target)["articles"] == 0


def test_copy_needs_an_existing_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["copy", str(tmp_path / "nope.db"), str(tmp_path / "b.db")])
    assert result.exit_code == 2
    assert "nope.db: no such database file" in result.output
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "nope.db").exists()


def test_copy_sqlite_to_postgresql_and_back_keeps_every_listing(
    demo_db: Path, postgres_url: str, tmp_path: Path
) -> None:
    cli = CliRunner()
    there = cli.invoke(app, ["copy", str(demo_db), postgres_url, "--json"])
    assert there.exit_code == 0, there.output
    back_path = tmp_path / "back.db"
    back = cli.invoke(app, ["copy", postgres_url, str(back_path), "--json"])
    assert back.exit_code == 0, back.output
    assert json.loads(back.stdout)["tables"] == json.loads(there.stdout)["tables"]
    assert table_rows(back_path) == table_rows(demo_db)
    expected = listings(cli, str(demo_db))
    assert listings(cli, postgres_url) == expected
    assert listings(cli, str(back_path)) == expected
