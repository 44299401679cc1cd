"""Alerts: which stories are due (a pure function, property-tested), delivery to a file and to
a real webhook on 127.0.0.1 (including one that fails and one that hangs), and the CLI."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.models import Alert, Article, Beat, Claim, Coverage, Enrichment, Story
from newsbeat.pipeline import STAGES
from newsbeat.report.alerts import alert_stage, due_stories
from newsbeat.settings import FetchSettings, Settings, StoreSettings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

OUTLETS = ["Coast Daily", "Strait Post", "Harbour Times", "Velmar Wire"]


class _Receiver:
    """A webhook on 127.0.0.1: ``/ok`` takes every POST, ``/flaky`` fails with 500 while
    ``failing`` is set, ``/hang`` answers after 3 s."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.failing = True
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                if self.path == "/hang":
                    time.sleep(3)
                status = 500 if self.path == "/flaky" and receiver.failing else 204
                if status == 204:
                    receiver.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    r = _Receiver()
    r.thread.start()
    try:
        yield r
    finally:
        r.server.shutdown()
        r.server.server_close()


def _story(store: SQLiteStore, story_id: str, outlets: list[str], topic: str) -> None:
    """A story of the 'alliance' beat reported by these outlets (one article each)."""
    ids = store.add_articles(
        [
            Article(
                title=f"{topic} ({outlet})",
                text=f"The {topic} alliance was agreed on Monday, {outlet} reports. " * 4,
                url=f"https://{outlet.replace(' ', '').lower()}.test/{story_id}",
                outlet=outlet,
                published="2026-03-02",
            )
            for outlet in outlets
        ]
    ).new_ids
    store.save_story(
        Story(id=story_id, title=topic, first_seen="2026-03-02", last_updated="2026-03-02")
    )
    store.assign_articles(story_id, ids)
    store.add_beat(Beat(name="alliance", query="alliance"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(str(tmp_path / "alerts.db"))
    try:
        _story(s, "s-pact", OUTLETS[:3], "defence")
        _story(s, "s-towns", OUTLETS[:1], "clean-up")
        yield s
    finally:
        s.close()


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        store=StoreSettings(db=str(tmp_path / "alerts.db")),
        fetch=FetchSettings(read_timeout=1.0, total_timeout=5.0),
    )


def test_alert_stage_runs_last() -> None:
    assert [name for name, _ in STAGES][-1] == "alert"


def test_due_stories_new_then_disagreement_then_more_outlets() -> None:
    def due(now: dict[str, Coverage], told: dict[str, Coverage], least: int) -> list[Any]:
        return [(d.story_id, d.reason) for d in due_stories(now, told, least)]

    now = {"a": Coverage(3, 1), "b": Coverage(1)}
    assert due(now, {}, 2) == [("a", "new")]
    assert due(now, {"a": Coverage(3, 1)}, 2) == []
    assert due(now, {"a": Coverage(2, 1)}, 2) == [("a", "more outlets")]
    assert due(now, {"a": Coverage(2, 0)}, 2) == [("a", "outlets disagree")]
    assert due(now, {"a": Coverage(4, 2)}, 2) == []  # less than told (a split story): nothing
    assert due(now, {}, 1) == [("a", "new"), ("b", "new")]


@given(
    coverage=st.lists(
        st.tuples(st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=3)),
        max_size=12,
    ),
    min_outlets=st.integers(min_value=1, max_value=4),
)
def test_what_was_delivered_is_never_due_again(
    coverage: list[tuple[int, int]], min_outlets: int
) -> None:
    now = {f"s{i}": Coverage(n, c) for i, (n, c) in enumerate(coverage)}
    due = due_stories(now, {}, min_outlets)
    assert all(d.coverage.outlets >= min_outlets for d in due)
    assert len(due) == sum(1 for n, _ in coverage if n >= min_outlets)
    told = {d.story_id: d.coverage for d in due}
    assert due_stories(now, told, min_outlets) == []


def test_file_alert_sends_each_story_once_and_again_for_new_outlets(
    store: SQLiteStore, tmp_path: Path
) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    first = alert_stage(store, _settings(tmp_path), RunOptions())
    assert first.counts == {"alerts": 1, "sent": 1, "failed": 0} and not first.failures
    [line] = out.read_text(encoding="utf-8").splitlines()
    message = json.loads(line)
    assert message["reason"] == "new" and message["beat"] == "alliance"
    assert message["story"]["id"] == "s-pact" and len(message["story"]["outlets"]) == 3
    assert alert_stage(store, _settings(tmp_path), RunOptions()).counts["sent"] == 0
    _story(store, "s-pact", OUTLETS[3:], "defence")  # a fourth outlet joins the story
    again = alert_stage(store, _settings(tmp_path), RunOptions())
    assert again.counts["sent"] == 1
    last = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert last["reason"] == "more outlets" and len(last["story"]["outlets"]) == 4


def test_a_reprint_in_another_outlet_counts(store: SQLiteStore, tmp_path: Path) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out), min_outlets=2))
    [original] = store.story_appearances("s-towns")  # one outlet: not yet due
    assert alert_stage(store, _settings(tmp_path), RunOptions()).counts["sent"] == 1  # s-pact
    [reprint] = store.add_articles(
        [Article(title="Clean-up", text="Wire copy.", url="https://echo.test/1", outlet="Echo")]
    ).new_ids
    store.set_duplicate(reprint, original)
    assert alert_stage(store, _settings(tmp_path), RunOptions()).counts["sent"] == 1
    last = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert last["story"]["id"] == "s-towns" and last["story"]["outlets"] == ["Coast Daily", "Echo"]


def test_webhook_gets_the_story_json(
    store: SQLiteStore, tmp_path: Path, receiver: _Receiver
) -> None:
    store.add_alert(Alert(beat="alliance", kind="webhook", destination=receiver.url("/ok")))
    result = alert_stage(store, _settings(tmp_path), RunOptions())
    assert result.counts["sent"] == 1
    [body] = receiver.bodies
    assert body["story"]["title"] == "defence" and body["alert"] == 1


def test_failing_webhook_is_named_and_retried_next_run(
    store: SQLiteStore, tmp_path: Path, receiver: _Receiver
) -> None:
    alert = store.add_alert(
        Alert(beat="alliance", kind="webhook", destination=receiver.url("/flaky"))
    )
    assert alert.id is not None
    failed = alert_stage(store, _settings(tmp_path), RunOptions())
    assert failed.counts["sent"] == 0 and failed.counts["failed"] == 1
    assert failed.failures == [f"alert {alert.id}: webhook {receiver.url('/flaky')}: HTTP 500"]
    assert store.alert_deliveries(alert.id) == {}  # nothing recorded as sent
    receiver.failing = False
    retried = alert_stage(store, _settings(tmp_path), RunOptions())
    assert retried.counts["sent"] == 1
    assert store.alert_deliveries(alert.id) == {"s-pact": Coverage(3, 0)}


def test_hanging_webhook_fails_in_bounded_time(
    store: SQLiteStore, tmp_path: Path, receiver: _Receiver
) -> None:
    store.add_alert(Alert(beat="alliance", kind="webhook", destination=receiver.url("/hang")))
    start = time.monotonic()
    result = alert_stage(store, _settings(tmp_path), RunOptions())
    assert time.monotonic() - start < 2.5  # the 1 s read timeout, not the 3 s the server takes
    assert result.counts["failed"] == 1 and "ReadTimeout" in result.failures[0]


def test_unwritable_file_is_named(store: SQLiteStore, tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(folder)))  # a folder
    result = alert_stage(store, _settings(tmp_path), RunOptions())
    assert result.counts["failed"] == 1 and str(folder) in result.failures[0]


def test_cli_add_list_send_rm(cli: CliRunner, store: SQLiteStore, tmp_path: Path) -> None:
    db = str(tmp_path / "alerts.db")
    out = tmp_path / "a.jsonl"
    added = cli.invoke(app, ["alert", "add", "alliance", "--file", str(out), "--db", db])
    assert added.exit_code == 0, added.output
    listed = json.loads(cli.invoke(app, ["alert", "list", "--json", "--db", db]).stdout)
    assert [set(a) for a in listed] == [
        {"id", "beat", "kind", "destination", "min_outlets", "created_at"}
    ]
    assert listed[0]["destination"] == str(out) and listed[0]["min_outlets"] == 2
    sent = cli.invoke(app, ["alert", "send", "--db", db])
    assert sent.exit_code == 0 and "1 sent" in sent.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert cli.invoke(app, ["alert", "rm", str(listed[0]["id"]), "--db", db]).exit_code == 0
    assert json.loads(cli.invoke(app, ["alert", "list", "--json", "--db", db]).stdout) == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["alert", "add", "alliance"], 2, "exactly one of"),
        (["alert", "add", "alliance", "--webhook", "ftp://x.test/h"], 2, "not an http(s) URL"),
        (["alert", "add", "alliance", "--file", "/no/such/folder/a.jsonl"], 2, "does not exist"),
        (
            ["alert", "add", "nope", "--webhook", "https://x.test/h"],
            1,
            "no beat named 'nope' (see `newsbeat beat list`)",
        ),
        (["alert", "rm", "99"], 1, "no alert with id 99 (see `newsbeat alert list`)"),
    ],
)
def test_cli_rejects_bad_alerts(
    cli: CliRunner, store: SQLiteStore, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    result = cli.invoke(app, [*args, "--db", str(tmp_path / "alerts.db")])
    assert result.exit_code == code, result.output
    assert message in result.output


def test_cli_send_exits_1_when_a_destination_fails(
    cli: CliRunner, store: SQLiteStore, tmp_path: Path, receiver: _Receiver
) -> None:
    db = str(tmp_path / "alerts.db")
    cli.invoke(app, ["alert", "add", "alliance", "--webhook", receiver.url("/flaky"), "--db", db])
    result = cli.invoke(app, ["alert", "send", "--db", db])
    assert result.exit_code == 1 and "HTTP 500" in result.output


def _crowns(article_id: int, millions: float) -> Enrichment:
    return Enrichment(
        article_id=article_id,
        claims=[
            Claim(
                what="crowns",
                low=millions * 1e6,
                high=millions * 1e6,
                exact=True,
                unit="crowns",
                claimant="the port authority",
                sentence=f"The strike cost the port {millions:g} million crowns in its first week.",
                time_ref="its first week",
            )
        ],
    )


def test_outlets_that_come_to_disagree_are_an_alert(store: SQLiteStore, tmp_path: Path) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    assert alert_stage(store, _settings(tmp_path), RunOptions()).counts["sent"] == 1
    first, second, _ = sorted(store.get_story("s-pact").article_ids)
    store.save_enrichment(_crowns(first, 31))
    store.save_enrichment(_crowns(second, 18))
    assert alert_stage(store, _settings(tmp_path), RunOptions()).counts["sent"] == 1
    last = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert last["reason"] == "outlets disagree"
    [conflict] = last["conflicts"]
    assert conflict["what"] == "crowns"
    assert {side["value"] for side in conflict["sides"]} == {"31 million", "18 million"}
    assert last["summary"] and all({"text", "outlet", "url"} == set(x) for x in last["summary"])
    assert alert_stage(store, _settings(tmp_path), RunOptions()).counts["sent"] == 0


def test_alerts_go_with_their_beat(store: SQLiteStore, tmp_path: Path) -> None:
    alert = store.add_alert(
        Alert(beat="alliance", kind="file", destination=str(tmp_path / "a.jsonl"))
    )
    again = store.add_alert(
        Alert(beat="alliance", kind="file", destination=str(tmp_path / "a.jsonl"), min_outlets=3)
    )
    assert again.id == alert.id and again.min_outlets == 3  # same destination: updated
    store.remove_beat("alliance")
    assert store.list_alerts() == []
