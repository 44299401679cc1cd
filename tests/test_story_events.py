"""An action with no target is an *event* of its actor (issue 12, item 2): every view of a story
(``newsbeat story ID`` and its JSON, the Markdown, HTML and JSON reports, the web story page)
lists it under events, apart from the relations, and never as a relation."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from _report_support import store_fixture
from newsbeat.cli import app
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app

STORY = "s-dockers"
EVENT = "The Kestrel Dockers Union walked out at dawn on Tuesday."
RELATION = "The Brask Port Authority asked Velmar for two tugs to keep the harbour open."
NEGATED = "The Brask Port Authority did not close the harbour."


@pytest.fixture
def db(db_path: str) -> str:
    store = SQLiteStore(db_path)
    try:
        store_fixture(store, "story_events")
    finally:
        store.close()
    return db_path


def between(text: str, start: str, *ends: str) -> str:
    """The part of ``text`` from the heading ``start`` to the first of ``ends`` after it."""
    tail = text[text.index(start) + len(start) :]
    return tail[: min((i for e in ends if (i := tail.find(e)) >= 0), default=len(tail))]


def test_story_json_keeps_the_event_apart(cli: CliRunner, db: str) -> None:
    result = cli.invoke(app, ["story", STORY, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(e["actor"], e["type"], e["evidence"], e["outlet"]) for e in data["events"]] == [
        ("Kestrel Dockers Union", "PROTEST", EVENT, "Gull Bay Gazette")
    ]
    assert [(r["source"], r["type"], r["target"]) for r in data["relations"]] == [
        ("Brask Port Authority", "REQUEST", "Velmar")
    ]


def test_story_in_the_terminal(cli: CliRunner, db: str) -> None:
    result = cli.invoke(app, ["story", STORY, "--db", db], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    relations = between(out, "Relations (1)", "Events", "Articles")
    events = between(out, "Events (1, one actor, no target)", "Articles")
    assert "Brask Port Authority REQUEST Velmar" in relations and EVENT not in relations
    assert "Kestrel Dockers Union PROTEST (2026-04-07) — Gull Bay Gazette: " + EVENT in events
    assert RELATION not in events and NEGATED not in events + relations


def _report(cli: CliRunner, db: str, fmt: str, out: Path) -> str:
    result = cli.invoke(app, ["report", "--db", db, "--format", fmt, "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_reports_list_events_apart(cli: CliRunner, db: str, tmp_path: Path) -> None:
    [story] = json.loads(_report(cli, db, "json", tmp_path / "r.json"))["stories"]
    assert [(e["actor"], e["type"], e["outlet"]) for e in story["events"]] == [
        ("Kestrel Dockers Union", "PROTEST", "Gull Bay Gazette")
    ]
    assert [r["text"] for r in story["relations"]] == ["Brask Port Authority REQUEST Velmar"]

    md = _report(cli, db, "md", tmp_path / "r.md")
    relations = between(md, "### Actors and relations", "### Events")
    events = between(md, "### Events (one actor, no target)", "\n## ", "\n### ")
    assert "Brask Port Authority → **REQUEST** → Velmar" in relations and EVENT not in relations
    assert (
        f"- Kestrel Dockers Union — **PROTEST** (2026-04-07 06:00) — Gull Bay Gazette: “{EVENT}”"
        in events
    )
    assert RELATION not in events and NEGATED not in events + relations

    html = _report(cli, db, "html", tmp_path / "r.html")
    relations = between(html, "<h3>Actors and relations</h3>", "<h3>Events")
    events = between(html, '<ul class="small events">', "</ul>")
    assert "Brask Port Authority REQUEST Velmar" in relations and EVENT not in relations
    assert "Kestrel Dockers Union <code>PROTEST</code>" in events and EVENT in events
    assert "Gull Bay Gazette" in events and RELATION not in events
    assert NEGATED not in events + relations


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(db: str) -> AsyncIterator[httpx.AsyncClient]:
    app_ = create_app(db, Settings(store=StoreSettings(db=db)))
    transport = httpx.ASGITransport(app=app_)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.anyio
async def test_web_story_page_lists_events_apart(client: httpx.AsyncClient) -> None:
    page = await client.get(f"/stories/{STORY}")
    assert page.status_code == 200
    html = page.text
    relations = between(html, "<h2>Relations</h2>", "<h2>")
    events = between(html, "<h2>Events</h2>", "<h2>")
    assert 'href="/actors/Brask%20Port%20Authority"' in relations and EVENT not in relations
    assert 'href="/actors/Kestrel%20Dockers%20Union"' in events and EVENT in events
    assert "<code>PROTEST</code>" in events and "Gull Bay Gazette" in events
    assert RELATION not in events and NEGATED not in events + relations
    api = (await client.get(f"/api/stories/{STORY}")).json()
    assert [e["actor"] for e in api["events"]] == ["Kestrel Dockers Union"]
