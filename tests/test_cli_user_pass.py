"""What a user typed by mistake in a pass over every command (branch userread): each gives one
clear error naming what was wrong, and the rest of the batch still runs."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from _stories import file_story
from newsbeat.beats import define_beat
from newsbeat.cli import app
from newsbeat.cli.ingest import stories_line
from newsbeat.settings import Settings, settings_toml
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app
from webserver import WebServer, fast_settings


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["beat", "add", "   "], "a beat needs a name"),
        (["beat", "add", "ferry", "--query", ""], "the query is empty"),
        (["source", "add", "feed", "http://127.0.0.1:9/f.xml", "--beat", " "], "needs a name"),
        (["run", " ", "--no-search"], "run needs a beat"),
    ],
)
def test_a_blank_beat_name_or_query_is_refused(
    cli: CliRunner, db_path: str, args: list[str], message: str
) -> None:
    result = cli.invoke(app, [*args, "--db", db_path])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    listed = cli.invoke(app, ["beat", "list", "--db", db_path, "--json"])
    assert json.loads(listed.stdout) == []  # no beat named "" was stored


def test_fetch_names_each_argument_it_cannot_use(
    cli: CliRunner, db_path: str, tmp_path: Path, web_server: WebServer
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(settings_toml(fast_settings(web_server)), encoding="utf-8")
    page = tmp_path / "saved.html"
    page.write_text("<!doctype html>\n<html><head><title>T</title></head>\n" * 40, "utf-8")
    listing = tmp_path / "urls.txt"
    good = web_server.url("/articles/no-date.html")
    listing.write_text(f"# desk list\n{good}\nnot a url\n", encoding="utf-8")
    result = cli.invoke(
        app,
        [
            "fetch",
            str(page),
            str(tmp_path / "missing.txt"),
            str(tmp_path),
            str(listing),
            "--db",
            db_path,
            "--config",
            str(config),
            "--json",
        ],
    )
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 4, result.stderr  # one line each, not one per line of the page
    assert f"{page}: an HTML or XML page, not a list of URLs" in result.stderr
    assert f"{tmp_path / 'missing.txt'}: no such file" in result.stderr
    assert f"{tmp_path}: a folder" in result.stderr
    assert f"{listing}: line 3: not an http(s) URL: 'not a url'" in result.stderr
    assert json.loads(result.stdout)["new_articles"] == 1  # the good URL was still fetched


def test_the_collect_line_counts_one_page_as_a_page(
    cli: CliRunner, db_path: str, tmp_path: Path, web_server: WebServer
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(settings_toml(fast_settings(web_server)), encoding="utf-8")
    good = web_server.url("/articles/no-date.html")
    result = cli.invoke(app, ["fetch", good, "--db", db_path, "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "0 sources polled (0 failed), 1 page fetched," in result.stderr
    assert ", 1 new article in " in result.stderr


def test_fetch_with_nothing_usable_fails_without_fetching(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(app, ["fetch", "no-such-list.txt", "--db", db_path])
    assert result.exit_code == 1
    assert result.stderr.count("failed:") == 1 and "no such file" in result.stderr


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_the_feed_of_a_beat_with_a_slash_is_served(db_path: str) -> None:
    # `alert send` prints /beats/road%2Frail/feed.atom; the server decodes %2F before routing.
    store = SQLiteStore(db_path)
    define_beat(store, "road/rail", "ferry")
    store.close()
    transport = httpx.ASGITransport(app=create_app(db_path, Settings()))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        found = await client.get("/beats/road%2Frail/feed.atom")
        missing = await client.get("/beats/road%2Fbus/feed.atom")
    assert found.status_code == 200 and "road/rail" in found.text
    assert missing.status_code == 404


def test_alert_add_mentions_min_outlets_only_when_it_applies(cli: CliRunner, db_path: str) -> None:
    define = cli.invoke(app, ["beat", "add", "ferry", "--db", db_path])
    assert define.exit_code == 0
    hook = "http://127.0.0.1:9/hook"
    only_new = cli.invoke(
        app, ["alert", "add", "ferry", "--webhook", hook, "--event", "new_story", "--db", db_path]
    )
    assert only_new.exit_code == 0 and "(new_story)" in only_new.stderr
    assert "outlets_reached at" not in only_new.stderr
    every = cli.invoke(app, ["alert", "add", "ferry", "--file", "a.jsonl", "--db", db_path])
    assert every.exit_code == 0 and "outlets_reached at 2 outlets" in every.stderr


def test_an_email_alert_without_a_mail_server_is_warned_about_at_once(
    cli: CliRunner, db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSBEAT_SMTP_HOST", raising=False)
    assert cli.invoke(app, ["beat", "add", "ferry", "--db", db_path]).exit_code == 0
    added = cli.invoke(
        app, ["alert", "add", "ferry", "--email", "desk@kessa.example", "--db", db_path]
    )
    assert added.exit_code == 0  # stored: the mail server may be set later
    assert "no mail server is set" in added.stderr and "[smtp] host" in added.stderr
    to_file = cli.invoke(app, ["alert", "add", "ferry", "--file", "a.jsonl", "--db", db_path])
    assert "mail server" not in to_file.stderr


def test_ingest_says_how_many_stories_were_merged() -> None:
    # A dump of 8 articles: 6 stories started, 2 then merged; `stories` lists 4.
    counts = {"articles": 8, "new_stories": 6, "joined": 2, "merged": 2}
    assert stories_line(counts) == (
        "stories: 6 new, 2 articles joined known ones, 2 merged into another"
        " (see `newsbeat stories`)"
    )
    assert "merged" not in stories_line({"new_stories": 1, "joined": 0, "merged": 0})


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        ("O'Brien", "in double quotes"),  # a name with an apostrophe
        ("harbour -strike", "write NOT: '… NOT strike'"),  # a web-search habit
        ("ferry*", None),  # valid: no hint, no error
        ("ferry AND", "need a word on each side"),  # an operator left dangling
        ("NOT strike", "need a word on each side"),
        ("(ferry OR boat", "every '(' needs its ')'"),
        ('ferry "to Lund', 'every " needs its closing "'),
    ],
)
def test_search_errors_say_how_to_write_the_query(
    cli: CliRunner, db_path: str, query: str, hint: str | None
) -> None:
    assert cli.invoke(app, ["beat", "add", "ferry", "--db", db_path]).exit_code == 0
    result = cli.invoke(app, ["search", query, "--db", db_path])
    if hint is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2 and hint in result.stderr
    assert f"invalid query {query!r}" in result.stderr


def test_the_digest_counts_one_quote_as_a_quote(cli: CliRunner, db_path: str) -> None:
    from newsbeat.models import Article, Claim, Enrichment, Entity, Quote

    store = SQLiteStore(db_path)
    try:
        (kid,) = store.add_articles(
            [
                Article(
                    title="Kessa ferry fares to rise in May",
                    outlet="Kessa Courier",
                    published="2026-03-03",
                    text='Ferry fares will rise by a tenth, said Ola Rask. "We must," he said.',
                )
            ]
        ).new_ids
        define_beat(store, "ferry")
        file_story(
            store, "s-ferry", "Kessa ferry fares to rise in May", [kid], first_seen="2026-03-03"
        )
        store.save_enrichment(
            Enrichment(
                article_id=kid,
                entities=[Entity(name="Ola Rask", type="PERSON", mentions=2)],
                quotes=[Quote(text="We must", speaker="Ola Rask", article_id=kid)],
                claims=[
                    Claim(
                        what="fares",
                        low=10,
                        high=10,
                        exact=True,
                        unit="percent",
                        claimant="Ola Rask",
                        sentence="Fares rise by a tenth.",
                        article_id=kid,
                    )
                ],
            )
        )
    finally:
        store.close()
    result = cli.invoke(app, ["digest", "--db", db_path])
    assert result.exit_code == 0, result.output
    assert "1 quote · 1 claim · 0 relations" in result.stdout
    assert "beat: ferry · 1 article ─" in result.stdout


def test_a_json_array_of_articles_is_imported(cli: CliRunner, db_path: str, tmp_path: Path) -> None:
    records = [
        {"title": "Kessa ferry fares rise", "text": "Fares rise by a tenth in May, it said."},
        {"title": "Lund quay opens", "text": "The new quay at Lund opened on Saturday."},
        {"title": "No text here"},
    ]
    pretty, one_line = tmp_path / "export.json", tmp_path / "one-line.json"
    pretty.write_text(json.dumps(records, indent=2), encoding="utf-8")
    one_line.write_text(json.dumps(records[:2]), encoding="utf-8")
    result = cli.invoke(app, ["ingest", str(pretty), "--db", db_path, "--no-update", "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["new"] == 2
    assert result.stderr.count("failed:") == 1  # one failure, naming the item
    assert f"{pretty}: item 3: missing field 'text'" in result.stderr
    again = cli.invoke(app, ["ingest", str(one_line), "--db", db_path, "--no-update", "--json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["existing"] == 2


def test_newsbeats_own_articles_json_can_be_imported_elsewhere(
    cli: CliRunner, db_path: str, tmp_path: Path
) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(
        json.dumps(
            {
                "title": "Kessa ferry fares rise",
                "text": "Fares rise by a tenth in May.",
                "outlet": "Kessa Courier",
                "published": "2026-03-03",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli.invoke(app, ["ingest", str(source), "--db", db_path, "--no-update"]).exit_code == 0
    exported = cli.invoke(app, ["articles", "--db", db_path, "--json"]).stdout
    export = tmp_path / "export.json"
    export.write_text(exported, encoding="utf-8")
    other = str(tmp_path / "other.db")
    result = cli.invoke(app, ["ingest", str(export), "--db", other, "--no-update"])
    assert result.exit_code == 0, result.output
    copied = json.loads(cli.invoke(app, ["articles", "--db", other, "--json"]).stdout)
    assert [(a["title"], a["outlet"], a["published"]) for a in copied] == [
        ("Kessa ferry fares rise", "Kessa Courier", "2026-03-03")
    ]


def test_a_json_document_without_articles_is_one_failure(
    cli: CliRunner, db_path: str, tmp_path: Path
) -> None:
    keyed = tmp_path / "keyed.json"
    keyed.write_text(json.dumps({"a1": {"body": "x", "url": "u"}}, indent=2), encoding="utf-8")
    result = cli.invoke(app, ["ingest", str(keyed), "--db", db_path, "--no-update"])
    assert result.exit_code == 1
    assert result.stderr.count("failed:") == 1, result.stderr  # not one per line
    assert "no article record" in result.stderr


@pytest.mark.parametrize("command", [["digest"], ["stories"], ["report", "-f", "md", "-o", "-"]])
def test_a_view_takes_the_beat_as_run_does(
    cli: CliRunner, db_path: str, command: list[str]
) -> None:
    for name in ("ferry", "quay"):
        assert cli.invoke(app, ["beat", "add", name, "--db", db_path]).exit_code == 0
    as_argument = cli.invoke(app, [*command, "ferry", "--db", db_path])
    assert as_argument.exit_code == 0, as_argument.output  # was "unexpected extra argument"
    as_option = cli.invoke(app, [*command, "--beat", "ferry", "--db", db_path])
    assert as_argument.stdout.replace(" ", "")[:60] == as_option.stdout.replace(" ", "")[:60]
    unknown = cli.invoke(app, [*command, "ferries", "--db", db_path])
    assert unknown.exit_code == 1 and "no beat named 'ferries'" in unknown.stderr
    both = cli.invoke(app, [*command, "ferry", "--beat", "quay", "--db", db_path])
    assert both.exit_code == 2 and "two beats given" in both.stderr
