"""The CLI through its real entry point: beats, articles, search and digest, with JSON keys."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.models import Article, Provenance
from newsbeat.store import SQLiteStore

ARTICLE_KEYS = {
    "id",
    "url",
    "outlet",
    "section",
    "title",
    "standfirst",
    "byline",
    "published",
    "language",
    "text",
    "beats",
    "text_status",
}


def seed(db_path: str) -> None:
    with SQLiteStore(db_path) as store:
        store.add_articles(
            [
                Article(
                    title="Norland and Vesta sign defence alliance",
                    text="The two states signed a pact.\n\nIt covers ports.",
                    outlet="Harbour Gazette",
                    published="2026-02-03",
                    provenance=[Provenance(location="a.jsonl")],
                ),
                Article(
                    title="Towns form clean-up alliances",
                    text="Four councils will share boats.",
                    outlet="Labour News",
                    published="2026-02-05",
                ),
                Article(title="Rain expected", text="Wet week ahead.", published="2026-02-01"),
            ]
        )


def test_beat_add_list_rm_and_articles_json(cli: CliRunner, db_path: str) -> None:
    seed(db_path)
    added = cli.invoke(app, ["beat", "add", "alliance", "--db", db_path])
    assert added.exit_code == 0, added.output
    listed = cli.invoke(app, ["beat", "list", "--json", "--db", db_path])
    assert json.loads(listed.stdout) == [{"name": "alliance", "query": "alliance", "articles": 2}]
    out = cli.invoke(app, ["articles", "--beat", "alliance", "--json", "--db", db_path])
    rows = json.loads(out.stdout)
    assert len(rows) == 2 and all(set(r) == ARTICLE_KEYS for r in rows)
    assert rows[0]["beats"] == ["alliance"]
    assert cli.invoke(app, ["beat", "rm", "alliance", "--db", db_path]).exit_code == 0
    gone = cli.invoke(app, ["articles", "--beat", "alliance", "--db", db_path])
    assert (
        gone.exit_code == 1 and "no beat named 'alliance' (see `newsbeat beat list`)" in gone.output
    )


def test_invalid_beat_query_is_a_usage_error_quoting_it(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(app, ["beat", "add", "x", "--query", 'pact AND ("', "--db", db_path])
    assert result.exit_code == 2
    assert "invalid query 'pact AND (\"'" in result.output


def test_search_json_is_ranked_with_snippets(cli: CliRunner, db_path: str) -> None:
    seed(db_path)
    result = cli.invoke(app, ["search", "alliance NOT towns", "--json", "--db", db_path])
    hits = json.loads(result.stdout)
    assert [h["title"] for h in hits] == ["Norland and Vesta sign defence alliance"]
    assert set(hits[0]) == {"id", "title", "outlet", "published", "url", "snippet", "score"}
    limited = cli.invoke(app, ["search", "alliance", "--limit", "1", "--json", "--db", db_path])
    assert len(json.loads(limited.stdout)) == 1


def test_digest_lists_newest_articles_per_beat(cli: CliRunner, db_path: str) -> None:
    seed(db_path)
    cli.invoke(app, ["beat", "add", "alliance", "--db", db_path])
    result = cli.invoke(app, ["digest", "--db", db_path])
    assert result.exit_code == 0
    assert "beat: alliance" in result.stdout
    assert result.stdout.index("Towns form") < result.stdout.index("Norland and Vesta")
    assert "Rain expected" not in result.stdout


def test_since_filters_and_rejects_nonsense(cli: CliRunner, db_path: str) -> None:
    seed(db_path)
    out = cli.invoke(app, ["articles", "--since", "2026-02-04", "--json", "--db", db_path])
    assert [r["title"] for r in json.loads(out.stdout)] == ["Towns form clean-up alliances"]
    bad = cli.invoke(app, ["articles", "--since", "yesterday", "--db", db_path])
    assert bad.exit_code == 2 and "--since 'yesterday'" in bad.output


def test_console_script_json_goes_alone_to_stdout(db_path: str) -> None:
    seed(db_path)
    proc = subprocess.run(
        [sys.executable, "-m", "newsbeat", "articles", "--json", "--db", db_path],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(json.loads(proc.stdout)) == 3


def test_every_command_has_help(cli: CliRunner) -> None:
    result = cli.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("articles", "search", "digest", "demo", "beat"):
        assert command in result.stdout
        assert cli.invoke(app, [command, "--help"]).exit_code == 0
