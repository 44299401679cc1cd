"""Terminal output never interprets user text (issue 15): rich markup and emoji codes in file
names, URLs, titles and errors are printed as typed."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsbeat.beats import define_beat
from newsbeat.cli import app
from newsbeat.models import Article
from newsbeat.store import SQLiteStore

TRICKY = "x[bold]y :x: [red]z[/red] \\[dim] :thumbs_up:"


def _seed(db_path: str) -> None:
    with SQLiteStore(db_path) as store:
        store.add_articles(
            [
                Article(
                    title=f"Harbour {TRICKY}",
                    text=f"The harbour reopened. {TRICKY}",
                    outlet=f"Outlet {TRICKY}",
                )
            ]
        )
        define_beat(store, f"beat {TRICKY}", "harbour")


def test_search_articles_and_beats_print_titles_as_typed(cli: CliRunner, db_path: str) -> None:
    _seed(db_path)
    for command in (["search", "harbour"], ["articles"], ["beat", "list"]):
        result = cli.invoke(app, [*command, "--db", db_path])
        assert result.exit_code == 0, result.output
        assert TRICKY in result.stdout, (command, result.stdout)


def test_ingest_failures_print_file_names_as_typed(
    cli: CliRunner, db_path: str, tmp_path: Path
) -> None:
    folder = tmp_path / "a:x:b"
    folder.mkdir()
    bad = folder / "x[bold]y :x:.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = cli.invoke(app, ["ingest", str(bad), "--no-update", "--db", db_path])
    assert result.exit_code == 1
    assert f"failed: {bad}: line 1: not JSON" in result.stderr


def test_errors_print_values_as_typed(cli: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "no:x:where[bold]" / "db.sqlite"
    result = cli.invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert f"error: {missing}: no database here yet" in result.stderr
    url = "ftp://host/:x:[bold]feed"
    result = cli.invoke(app, ["source", "add", "feed", url, "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 2
    assert f"error: {url}: a source URL must start with http://" in result.stderr
    result = cli.invoke(app, ["articles", "--since", ":x:[bold]", "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 2
    assert "--since ':x:[bold]': expected a date" in result.stderr
