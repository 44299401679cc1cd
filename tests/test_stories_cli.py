"""``newsbeat stories`` / ``newsbeat story`` through the real CLI: exact JSON keys."""

from __future__ import annotations

import json
from pathlib import Path

from tests._stories_support import STORY_ARTICLE_KEYS, run_stages, store_fixture
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.json_shapes import StoryJSON
from newsbeat.models import Beat, utc_now
from newsbeat.store import SQLiteStore

# The public contract: exactly these keys, typed in newsbeat.serialize.
STORY_KEYS = {
    "id", "title", "beats", "first_seen", "last_updated", "outlets", "languages", "articles",
    "entities", "quotes", "claims", "relations", "events", "related",
}  # fmt: skip


def _db(db_path: str) -> dict[str, int]:
    store = SQLiteStore(db_path)
    try:
        store.add_beat(Beat(name="alliance", query="alliance"))
        ids = store_fixture(store, "shared_keyword.json")
        ids.update(store_fixture(store, "reprint.json"))
        run_stages(store)
    finally:
        store.close()
    return ids


def test_stories_json_keys(cli: CliRunner, db_path: str) -> None:
    _db(db_path)
    result = cli.invoke(app, ["stories", "--db", db_path, "--json"])
    assert result.exit_code == 0, result.output
    stories = json.loads(result.stdout)
    assert len(stories) == 3
    for story in stories:
        assert set(story) == STORY_KEYS == set(StoryJSON.__annotations__)
        assert story["articles"]
        for article in story["articles"]:
            assert set(article) == STORY_ARTICLE_KEYS
    # Most covered first: the library fire (4 outlets incl. reprints) leads.
    assert stories[0]["outlets"] == [
        "Coastline Press Wire", "Kittby Chronicle", "Orsa Courier", "The Velmar Post"
    ]  # fmt: skip
    assert len(stories[0]["articles"]) == 4


def test_beat_and_since_filters(cli: CliRunner, db_path: str) -> None:
    _db(db_path)
    result = cli.invoke(app, ["stories", "--db", db_path, "--beat", "alliance", "--json"])
    assert result.exit_code == 0, result.output
    titles = {s["title"] for s in json.loads(result.stdout)}
    assert len(titles) == 2 and all("alliance" in s["beats"] for s in json.loads(result.stdout))
    late = cli.invoke(app, ["stories", "--db", db_path, "--since", "2026-05-30", "--json"])
    assert [len(s["articles"]) for s in json.loads(late.stdout)] == [4]
    bad = cli.invoke(app, ["stories", "--db", db_path, "--since", "yesterday"])
    assert bad.exit_code == 2 and "--since" in bad.output


def test_story_by_id_and_unknown_id(cli: CliRunner, db_path: str) -> None:
    _db(db_path)
    listing = json.loads(cli.invoke(app, ["stories", "--db", db_path, "--json"]).stdout)
    wanted = listing[1]
    result = cli.invoke(app, ["story", wanted["id"], "--db", db_path, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == wanted
    missing = cli.invoke(app, ["story", "s-0000000000", "--db", db_path])
    assert (
        missing.exit_code == 1
        and "no story with id 's-0000000000' (see `newsbeat stories`)" in missing.output
    )


def test_text_output(cli: CliRunner, db_path: str) -> None:
    _db(db_path)
    result = cli.invoke(app, ["stories", "--db", db_path])
    assert result.exit_code == 0
    assert "3 stories" in result.output


def test_digest_says_when_a_story_has_no_date(tmp_path: Path) -> None:
    from io import StringIO

    from rich.console import Console

    from newsbeat.models import Article
    from newsbeat.report.digest import render_digest

    store = SQLiteStore(str(tmp_path / "undated.db"))
    try:
        store.add_articles(
            [
                Article(
                    title="Ferry timetable changes at Fennick",
                    text="The Fennick ferry will leave at seven from May, the operator said. " * 8,
                    published="2026-08-03",
                    outlet="Coast Daily",
                ),
                Article(
                    title="Seal pup rescued from the harbour",
                    text="Volunteers lifted a grey seal pup out of the inner basin on Tuesday. "
                    * 8,
                    outlet="Harbour Notes",
                ),
            ]
        )
        run_stages(store)
        out = StringIO()
        render_digest(store, console=Console(file=out, width=400, color_system=None))
    finally:
        store.close()
    text = out.getvalue()
    lines = {line.split("  ")[0].strip(): line for line in text.splitlines()}
    # Undated: in its own group after the dated stories, never dated by its import time.
    seal = lines["Seal pup rescued from the harbour"]
    assert seal.endswith("· undated") and utc_now()[:10] not in seal
    assert text.index("undated (none of their articles gave a date)") < text.index("Seal pup")
    assert text.index("Ferry timetable") < text.index("undated (none")
    assert "2026-08-03 → 2026-08-03" in lines["Ferry timetable changes at Fennick"]
    assert "undated" not in lines["Ferry timetable changes at Fennick"]
