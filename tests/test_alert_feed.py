"""Each beat's Atom feed: written beside the database with no set-up, valid per feedparser,
stable entry ids, bounded, written atomically, and served by the web UI."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import feedparser
import httpx
import pytest
from tests._alert_support import OUTLETS, add_story, settings_for

from newsbeat.models import Alert, StoryEvent
from newsbeat.report.alerts import alert_stage
from newsbeat.report.feed import atom_feed, entry_id
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(str(tmp_path / "alerts.db"))
    try:
        add_story(s, "s-pact", OUTLETS[:3], "defence")
        add_story(s, "s-towns", OUTLETS[:1], "clean-up")
        yield s
    finally:
        s.close()


def _parsed(text: str | bytes) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_every_beat_has_a_feed_beside_the_database(store: SQLiteStore, tmp_path: Path) -> None:
    result = alert_stage(store, settings_for(tmp_path), RunOptions())
    assert result.counts == {"alerts": 0, "events": 3, "feeds": 1, "sent": 0, "failed": 0}
    path = tmp_path / "feeds" / "alliance.atom"
    feed = _parsed(path.read_bytes())
    assert feed.version == "atom10" and feed.feed.title == "newsbeat: alliance"
    assert [e.id for e in feed.entries] == [
        entry_id("alliance", key)
        for key in ("story:s-pact:new", "story:s-pact:outlets:2", "story:s-towns:new")
    ]
    assert feed.entries[0].id == "tag:newsbeat,2026:alliance/story:s-pact:new"
    assert feed.entries[0].title == "New story: defence"
    assert feed.entries[0].link.startswith("https://")
    assert feed.entries[1].tags[0].term == "outlets_reached"
    assert feed.entries[0].published.startswith("2026-03-02T00:00:00")
    assert [p.name for p in path.parent.iterdir()] == ["alliance.atom"]  # no temporary left
    assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_ids_are_stable_and_a_quiet_run_leaves_the_file(store: SQLiteStore, tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    alert_stage(store, settings, RunOptions())
    path = tmp_path / "feeds" / "alliance.atom"
    before = path.read_bytes()
    ids = [e.id for e in _parsed(before).entries]
    again = alert_stage(store, settings, RunOptions())
    assert again.counts["events"] == 0 and again.counts["feeds"] == 0
    assert path.read_bytes() == before
    add_story(store, "s-towns", ["Strait Post"], "clean-up", published="2026-03-20")
    assert alert_stage(store, settings, RunOptions()).counts["events"] == 2
    now = _parsed(path.read_bytes()).entries
    assert [e.id for e in now][-3:] == ids  # the new ones first, the old ones as they were
    assert {e.tags[0].term for e in now[:2]} == {"revived", "outlets_reached"}


def test_the_feed_keeps_the_latest_entries(store: SQLiteStore, tmp_path: Path) -> None:
    alert_stage(store, settings_for(tmp_path, feed_entries=2), RunOptions())
    feed = _parsed((tmp_path / "feeds" / "alliance.atom").read_bytes())
    assert len(feed.entries) == 2


def test_odd_beat_names_and_text_make_valid_feeds() -> None:
    event = StoryEvent(
        key="story:s-1:new",
        kind="new_story",
        beat="a/b & <c>",
        story_id="s-1",
        title="Bell\x0b & <b>ringing</b> \u201cquoted\u201d",
        text="x < y & z",
        url="javascript:alert(1)",
        happened_at="not a date",
        recorded_at="2026-03-02T10:00:00+00:00",
    )
    feed = _parsed(atom_feed("a/b & <c>", [event], created_at="2026-03-01T00:00:00+00:00"))
    [entry] = feed.entries
    assert entry.title == "Bell & <b>ringing</b> \u201cquoted\u201d"
    assert not entry.get("links") and "published" not in entry  # javascript: is no link
    assert entry.id == "tag:newsbeat,2026:a%2Fb%20%26%20%3Cc%3E/story:s-1:new"
    empty = _parsed(atom_feed("quiet", [], created_at="2026-03-01T00:00:00+00:00"))
    assert empty.entries == [] and empty.feed.updated.startswith("2026-03-01")


def test_a_feed_that_cannot_be_written_is_named_and_alerts_still_go(
    store: SQLiteStore, tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the feeds folder should be", encoding="utf-8")
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    result = alert_stage(store, settings_for(tmp_path, feed_dir=str(blocked)), RunOptions())
    assert result.counts["sent"] == 3 and result.counts["failed"] == 1
    [failure] = result.failures
    assert failure.startswith(f"feed {blocked / 'alliance.atom'}: ")
    # the events are recorded: the next run that can write the file lists them
    later = alert_stage(store, settings_for(tmp_path), RunOptions())
    assert later.counts["events"] == 0 and later.counts["feeds"] == 1
    assert len(_parsed((tmp_path / "feeds" / "alliance.atom").read_bytes()).entries) == 3


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(store: SQLiteStore, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(store.path, settings_for(tmp_path))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.anyio
async def test_the_web_ui_serves_the_feed(
    store: SQLiteStore, tmp_path: Path, client: httpx.AsyncClient
) -> None:
    alert_stage(store, settings_for(tmp_path), RunOptions())
    r = await client.get("/beats/alliance/feed.atom")
    assert r.status_code == 200 and r.headers["content-type"] == "application/atom+xml"
    served = _parsed(r.content)
    written = _parsed((tmp_path / "feeds" / "alliance.atom").read_bytes())
    assert [e.id for e in served.entries] == [e.id for e in written.entries]
    assert served.feed.links[0].href == "http://127.0.0.1/beats/alliance/feed.atom"
    missing = await client.get("/beats/nosuch/feed.atom")
    assert missing.status_code == 404
