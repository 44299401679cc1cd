"""Alerts on story events: the events and their keys (pure, property-tested), delivery to a
file and to a real signed webhook on 127.0.0.1 (one that fails twice, one that refuses, one
that hangs, one that is down), the CLI, and the migration of what older versions told."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests._alert_support import OUTLETS, Receiver, add_story, settings_for
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.models import EVENT_KINDS, Alert, Article, Claim, Enrichment, Relation
from newsbeat.pipeline import STAGES
from newsbeat.report.alerts import alert_stage
from newsbeat.report.events import (
    ConflictFact,
    DatedArticle,
    RelationFact,
    StorySnapshot,
    due_events,
    story_events,
)
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore
from newsbeat.store.schema import MIGRATIONS


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    r.thread.start()
    try:
        yield r
    finally:
        r.server.shutdown()
        r.server.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(str(tmp_path / "alerts.db"))
    try:
        add_story(s, "s-pact", OUTLETS[:3], "defence")
        add_story(s, "s-towns", OUTLETS[:1], "clean-up")
        yield s
    finally:
        s.close()


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _run(store: SQLiteStore, tmp_path: Path, **alerts: Any) -> Any:
    return alert_stage(store, settings_for(tmp_path, **alerts), RunOptions())


def test_alert_stage_runs_last() -> None:
    assert [name for name, _ in STAGES][-1] == "alert"


# -- the events (pure) ---------------------------------------------------------------------
SNAPSHOT = StorySnapshot(
    story_id="s-1",
    beat="harbour",
    title="Dock strike ends",
    first_seen="2026-03-01",
    outlets=("Coast Daily", "Strait Post"),
    url="https://coast.test/1",
    dated=(
        DatedArticle(1, "2026-03-01", "Coast Daily", "https://coast.test/1"),
        DatedArticle(2, "2026-03-02T09:00:00+01:00", "Strait Post", "https://strait.test/2"),
        DatedArticle(3, "2026-03-12", "Strait Post", "https://strait.test/3"),
    ),
    conflicts=(
        ConflictFact("crowns", "crowns", (("31 million", ("Coast Daily",)), ("18 million", ()))),
    ),
    relations=(
        RelationFact("Velmar Port Authority", "AGREE", "Dock Union", "They agreed."),
        RelationFact("Dock Union", "COOPERATE", "Velmar Port Authority", date="2026-03-02"),
        RelationFact("Dock Union", "SUPPORT", "dock union"),  # an actor and itself: no event
    ),
)


def test_each_kind_of_event_with_its_stable_key() -> None:
    events = story_events(SNAPSHOT, min_outlets=2, dormant_days=7)
    assert [e.kind for e in events] == list(EVENT_KINDS)
    new, reached, conflict, relation, revived = events
    assert new.key == "story:s-1:new" and new.happened_at == "2026-03-01"
    assert reached.key == "story:s-1:outlets:2"
    assert reached.happened_at == "2026-03-02T09:00:00+01:00"  # when the second outlet ran it
    assert conflict.key.startswith("story:s-1:conflict:")
    assert "31 million (Coast Daily) against 18 million" in conflict.text
    # the pair of actors, either way round, on the beat: one event for both relations
    assert relation.key.startswith("relation:")
    assert (
        relation.title == "New relation: Velmar Port Authority AGREE Dock Union (Dock strike ends)"
    )
    assert "Dock Union COOPERATE Velmar Port Authority" in relation.text
    assert relation.happened_at == "2026-03-02"
    assert revived.key == "story:s-1:revived:3" and revived.url == "https://strait.test/3"
    assert "no new article for 9 days" in revived.text
    assert all(e.beat == "harbour" and e.story_id == "s-1" for e in events)


def test_thresholds_decide_outlets_reached_and_revived() -> None:
    kinds = [e.kind for e in story_events(SNAPSHOT, min_outlets=3, dormant_days=10)]
    assert "outlets_reached" not in kinds and "revived" not in kinds  # 2 outlets, a 9-day gap
    [reached] = [
        e
        for e in story_events(SNAPSHOT, min_outlets=1, dormant_days=7)
        if e.kind == "outlets_reached"
    ]
    assert reached.key == "story:s-1:outlets:1"


def test_keys_do_not_depend_on_order_case_or_spacing() -> None:
    other = replace(
        SNAPSHOT,
        conflicts=(ConflictFact("crowns", "crowns", (("18 million", ()), ("31 million", ("X",)))),),
        relations=(RelationFact("dock union", "MEET", "velmar port  authority", "Other."),),
    )
    keys = {e.key for e in story_events(SNAPSHOT, min_outlets=2, dormant_days=7)}
    assert {e.key for e in story_events(other, min_outlets=2, dormant_days=7)} == keys


_dates = st.dates(min_value=__import__("datetime").date(2026, 1, 1)).map(str)
_snapshots = st.builds(
    StorySnapshot,
    story_id=st.sampled_from(["s-1", "s-2"]),
    beat=st.just("harbour"),
    title=st.text(max_size=12),
    first_seen=_dates,
    outlets=st.lists(st.sampled_from(OUTLETS), unique=True).map(tuple),
    dated=st.lists(
        st.builds(DatedArticle, st.integers(1, 50), _dates, st.sampled_from(OUTLETS))
    ).map(lambda xs: tuple(sorted(xs, key=lambda d: d.published))),
    conflicts=st.lists(
        st.builds(
            ConflictFact,
            st.sampled_from(["crowns", "workers"]),
            st.none(),
            st.lists(st.tuples(st.sampled_from(["1", "2", "3"]), st.just(()))).map(tuple),
        )
    ).map(tuple),
    relations=st.lists(
        st.builds(RelationFact, st.sampled_from(["A", "B"]), st.just("MEET"), st.just("C"))
    ).map(tuple),
)


@given(
    snapshots=st.lists(_snapshots, max_size=4),
    told_first=st.sets(st.sampled_from(["story:s-1:new", "story:s-2:outlets:2"])),
    min_outlets=st.integers(1, 4),
    dormant_days=st.floats(1, 30),
)
def test_what_was_told_is_never_due_again(
    snapshots: list[StorySnapshot], told_first: set[str], min_outlets: int, dormant_days: float
) -> None:
    def events() -> list[Any]:
        return [
            e
            for s in snapshots
            for e in story_events(s, min_outlets=min_outlets, dormant_days=dormant_days)
        ]

    first = events()
    assert [e.key for e in first] == [e.key for e in events()]  # the same data, the same keys
    due = due_events(first, told_first)
    keys = [e.key for e in due]
    assert len(keys) == len(set(keys)) and not set(keys) & told_first
    assert {e.key for e in first} <= set(keys) | told_first  # nothing is skipped
    assert due_events(events(), told_first | set(keys)) == []


# -- file ----------------------------------------------------------------------------------
def test_file_alert_tells_each_event_once(store: SQLiteStore, tmp_path: Path) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    first = _run(store, tmp_path)
    assert first.counts["sent"] == 3 and first.counts["failed"] == 0 and not first.failures
    messages = _lines(out)
    assert [(m["story"]["id"], m["reason"]) for m in messages] == [
        ("s-pact", "new_story"),
        ("s-pact", "outlets_reached"),
        ("s-towns", "new_story"),
    ]
    pact = messages[1]
    assert pact["beat"] == "alliance" and len(pact["story"]["outlets"]) == 3
    assert pact["event"]["key"] == "story:s-pact:outlets:2"
    assert set(pact["event"]) == {"key", "kind", "title", "text", "url", "happened_at"}
    assert _run(store, tmp_path).counts["sent"] == 0
    add_story(store, "s-pact", OUTLETS[3:], "defence")  # a fourth outlet: nothing new to tell
    assert _run(store, tmp_path).counts["sent"] == 0
    # the clean-up story, quiet since 2 March, gets an article on 20 March: revived
    add_story(store, "s-towns", ["Strait Post"], "clean-up", published="2026-03-20")
    again = _run(store, tmp_path)
    assert again.counts["sent"] == 2  # revived, and reaching two outlets
    last = _lines(out)[-2:]
    assert {m["reason"] for m in last} == {"revived", "outlets_reached"}
    [revived] = [m for m in last if m["reason"] == "revived"]
    assert "no new article for 18 days" in revived["event"]["text"]


def test_an_alert_tells_only_its_events(store: SQLiteStore, tmp_path: Path) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(
        Alert(
            beat="alliance",
            kind="file",
            destination=str(out),
            events=("outlets_reached",),
            min_outlets=3,
        )
    )
    assert _run(store, tmp_path).counts["sent"] == 1
    [message] = _lines(out)
    assert message["event"]["key"] == "story:s-pact:outlets:3"


def test_a_reprint_in_another_outlet_counts(store: SQLiteStore, tmp_path: Path) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(
        Alert(beat="alliance", kind="file", destination=str(out), events=("outlets_reached",))
    )
    [original] = store.story_appearances("s-towns")  # one outlet: not yet
    assert _run(store, tmp_path).counts["sent"] == 1  # s-pact
    [reprint] = store.add_articles(
        [Article(title="Clean-up", text="Wire copy.", url="https://echo.test/1", outlet="Echo")]
    ).new_ids
    store.set_duplicate(reprint, original)
    assert _run(store, tmp_path).counts["sent"] == 1
    last = _lines(out)[-1]
    assert last["story"]["id"] == "s-towns" and last["story"]["outlets"] == ["Coast Daily", "Echo"]


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


def test_outlets_that_come_to_disagree_are_a_new_conflict(
    store: SQLiteStore, tmp_path: Path
) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    assert _run(store, tmp_path).counts["sent"] == 3
    first, second, _ = sorted(store.get_story("s-pact").article_ids)
    store.save_enrichment(_crowns(first, 31))
    store.save_enrichment(_crowns(second, 18))
    assert _run(store, tmp_path).counts["sent"] == 1
    last = _lines(out)[-1]
    assert last["reason"] == "new_conflict" and last["event"]["key"].startswith(
        "story:s-pact:conflict:"
    )
    [conflict] = last["conflicts"]
    assert conflict["what"] == "crowns"
    assert {side["value"] for side in conflict["sides"]} == {"31 million", "18 million"}
    assert last["summary"] and all(
        {"text", "outlet", "url", "language"} == set(x) for x in last["summary"]
    )
    assert _run(store, tmp_path).counts["sent"] == 0


def _relates(article_id: int, source: str, target: str, negated: bool = False) -> Enrichment:
    return Enrichment(
        article_id=article_id,
        relations=[
            Relation(
                type="COOPERATE",
                source=source,
                target=target,
                evidence=f"{source} will work with {target}.",
                negated=negated,
            )
        ],
    )


def test_two_actors_related_for_the_first_time_on_the_beat(
    store: SQLiteStore, tmp_path: Path
) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(
        Alert(beat="alliance", kind="file", destination=str(out), events=("new_relation",))
    )
    [towns] = store.get_story("s-towns").article_ids
    pact = sorted(store.get_story("s-pact").article_ids)
    store.save_enrichment(_relates(pact[0], "Kaldria", "Sorvenland"))
    store.save_enrichment(_relates(pact[1], "Orsa", "Velmar", negated=True))  # not a relation
    store.save_enrichment(_relates(towns, "Sorvenland", "Kaldria"))  # the same pair elsewhere
    assert _run(store, tmp_path).counts["sent"] == 1
    [message] = _lines(out)
    assert message["reason"] == "new_relation" and message["story"]["id"] == "s-pact"
    assert message["event"]["title"] == "New relation: Kaldria COOPERATE Sorvenland (defence)"
    assert _run(store, tmp_path).counts["sent"] == 0


def test_unwritable_file_is_named_and_nothing_recorded(store: SQLiteStore, tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    alert = store.add_alert(Alert(beat="alliance", kind="file", destination=str(folder)))
    assert alert.id is not None
    result = _run(store, tmp_path)
    assert result.counts["failed"] == 1 and str(folder) in result.failures[0]
    assert store.sent_event_keys(alert.id) == set()


def test_an_unchanged_story_is_not_read_again(
    store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    assert _run(store, tmp_path).counts["sent"] == 3
    read: list[int] = []
    real = store.get_enrichment

    def counting(article_id: int) -> Any:
        read.append(article_id)
        return real(article_id)

    monkeypatch.setattr(store, "get_enrichment", counting)
    assert _run(store, tmp_path).counts["sent"] == 0 and read == []
    # a story that changes is read again (and only it); one kept state that cannot be read is
    # read again from the store
    add_story(store, "s-towns", ["Strait Post"], "clean-up", published="2026-03-20")
    assert _run(store, tmp_path).counts["sent"] == 2
    assert set(read) == set(store.get_story("s-towns").article_ids)
    store.save_stage_state("alerts:snapshots:alliance", b"not what was kept")
    read.clear()
    assert _run(store, tmp_path).counts["sent"] == 0 and len(set(read)) == 5


# -- webhook -------------------------------------------------------------------------------
def test_webhook_is_signed_and_retried_after_503s(
    cli: CliRunner, store: SQLiteStore, tmp_path: Path, receiver: Receiver
) -> None:
    db = str(tmp_path / "alerts.db")
    added = cli.invoke(
        app,
        [
            *("alert", "add", "alliance", "--webhook", receiver.url("/flaky")),
            *("--db", db, "--event", "outlets_reached"),
        ],
    )
    assert added.exit_code == 0, added.output
    secret = added.stdout.strip()
    assert len(secret) == 64 and int(secret, 16) >= 0  # printed once, on stdout alone
    receiver.secret = secret
    [alert] = store.list_alerts()
    assert alert.secret == secret and alert.events == ("outlets_reached",)
    result = _run(store, tmp_path)
    assert result.counts["sent"] == 1 and not result.failures, result.failures
    [taken] = receiver.taken
    assert receiver.tries == {"story:s-pact:outlets:2": 3} and receiver.bad_signatures == 0
    assert taken.headers["X-Newsbeat-Event"] == "outlets_reached"
    assert taken.body["story"]["title"] == "defence" and taken.body["alert"] == alert.id
    assert _run(store, tmp_path).counts["sent"] == 0
    # the same alert added again keeps its secret, and does not print it
    again = cli.invoke(
        app, ["alert", "add", "alliance", "--webhook", receiver.url("/flaky"), "--db", db]
    )
    assert again.exit_code == 0 and again.stdout == "" and "keeps the secret" in again.output
    assert store.list_alerts()[0].secret == secret


def test_a_wrong_secret_is_refused_by_the_receiver(
    store: SQLiteStore, tmp_path: Path, receiver: Receiver
) -> None:
    receiver.secret = "the receiver's"
    store.add_alert(
        Alert(beat="alliance", kind="webhook", destination=receiver.url("/ok"), secret="other")
    )
    result = _run(store, tmp_path)
    assert result.counts["sent"] == 0 and "HTTP 401" in result.failures[0]
    assert receiver.bad_signatures == 1  # a 4xx is not tried again


def test_webhook_that_fails_each_try_is_named_and_retried_next_run(
    store: SQLiteStore, tmp_path: Path, receiver: Receiver
) -> None:
    receiver.fail_first = 4
    alert = store.add_alert(
        Alert(beat="alliance", kind="webhook", destination=receiver.url("/flaky"))
    )
    assert alert.id is not None
    failed = _run(store, tmp_path, webhook_attempts=3)
    assert failed.counts["sent"] == 0 and failed.counts["failed"] == 1
    url = receiver.url("/flaky")
    assert failed.failures == [f"alert {alert.id}: webhook {url}: HTTP 503 (after 3 tries)"]
    assert store.sent_event_keys(alert.id) == set()  # nothing recorded as sent
    receiver.fail_first = 0
    retried = _run(store, tmp_path, webhook_attempts=3)
    assert retried.counts["sent"] == 3 and not retried.failures
    assert store.sent_event_keys(alert.id) == {
        "story:s-pact:new",
        "story:s-pact:outlets:2",
        "story:s-towns:new",
    }


def test_a_busy_webhook_is_tried_again_when_it_asks(
    store: SQLiteStore, tmp_path: Path, receiver: Receiver
) -> None:
    store.add_alert(Alert(beat="alliance", kind="webhook", destination=receiver.url("/busy")))
    result = _run(store, tmp_path)
    assert result.counts["sent"] == 3 and not result.failures
    assert set(receiver.tries.values()) == {2}  # 429 once each, then taken
    receiver.retry_after = "120"  # longer than [fetch] max_retry_wait (60 s): given up at once
    add_story(store, "s-towns", ["Strait Post"], "clean-up", published="2026-03-20")
    later = _run(store, tmp_path)
    [failure] = later.failures
    assert "HTTP 429, Retry-After 120 s is longer than [fetch] max_retry_wait" in failure


def test_a_refusing_webhook_is_not_tried_again(
    store: SQLiteStore, tmp_path: Path, receiver: Receiver
) -> None:
    store.add_alert(Alert(beat="alliance", kind="webhook", destination=receiver.url("/reject")))
    result = _run(store, tmp_path)
    assert result.failures == [f"alert 1: webhook {receiver.url('/reject')}: HTTP 400"]
    assert receiver.tries == {"story:s-pact:new": 1}


def test_a_webhook_that_is_down_fails_and_the_other_alerts_are_sent(
    store: SQLiteStore, tmp_path: Path
) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    down = f"http://127.0.0.1:{port}/hook"
    store.add_alert(Alert(beat="alliance", kind="webhook", destination=down))
    out = tmp_path / "alerts.jsonl"
    store.add_alert(Alert(beat="alliance", kind="file", destination=str(out)))
    result = _run(store, tmp_path, webhook_attempts=2)
    assert result.counts == {"alerts": 2, "events": 3, "feeds": 1, "sent": 3, "failed": 1}
    [failure] = result.failures
    assert failure.startswith(f"alert 1: webhook {down}: ConnectError") and "2 tries" in failure
    assert len(_lines(out)) == 3


def test_hanging_webhook_fails_in_bounded_time(
    store: SQLiteStore, tmp_path: Path, receiver: Receiver
) -> None:
    store.add_alert(Alert(beat="alliance", kind="webhook", destination=receiver.url("/hang")))
    start = time.monotonic()
    result = _run(store, tmp_path)
    assert time.monotonic() - start < 2.5  # one 1 s read timeout: a timeout is not retried
    assert result.counts["failed"] == 1 and "ReadTimeout" in result.failures[0]


# -- CLI -----------------------------------------------------------------------------------
def test_cli_add_list_send_rm(cli: CliRunner, store: SQLiteStore, tmp_path: Path) -> None:
    db = str(tmp_path / "alerts.db")
    out = tmp_path / "a.jsonl"
    added = cli.invoke(app, ["alert", "add", "alliance", "--file", str(out), "--db", db])
    assert added.exit_code == 0, added.output
    listed = json.loads(cli.invoke(app, ["alert", "list", "--json", "--db", db]).stdout)
    assert [set(a) for a in listed] == [
        {"id", "beat", "kind", "destination", "min_outlets", "events", "signed", "created_at"}
    ]
    assert listed[0]["destination"] == str(out) and listed[0]["min_outlets"] == 2
    assert listed[0]["events"] == list(EVENT_KINDS) and listed[0]["signed"] is False
    table = cli.invoke(app, ["alert", "list", "--db", db], env={"COLUMNS": "200"})
    assert "file " + str(out) in table.stdout and "new_story, outlets_reached" in table.stdout
    assert f"{tmp_path / 'feeds' / 'alliance.atom'}" in table.stdout
    sent = cli.invoke(app, ["alert", "send", "--db", db])
    assert sent.exit_code == 0 and "3 events sent" in sent.output, sent.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert cli.invoke(app, ["alert", "rm", str(listed[0]["id"]), "--db", db]).exit_code == 0
    assert json.loads(cli.invoke(app, ["alert", "list", "--json", "--db", db]).stdout) == []


def test_cli_add_from_now_tells_only_what_happens_next(
    cli: CliRunner, store: SQLiteStore, tmp_path: Path
) -> None:
    db = str(tmp_path / "alerts.db")
    out = tmp_path / "a.jsonl"
    args = ["alert", "add", "alliance", "--file", str(out), "--from-now", "--db", db]
    added = cli.invoke(app, args)
    assert added.exit_code == 0 and "3 events the beat already has counted" in added.output
    assert cli.invoke(app, ["alert", "send", "--db", db]).exit_code == 0
    assert not out.exists()
    add_story(store, "s-new", OUTLETS[:1], "patrols", published="2026-03-05")
    assert "1 event sent" in cli.invoke(app, ["alert", "send", "--db", db]).output
    [message] = _lines(out)
    assert message["event"]["key"] == "story:s-new:new"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["alert", "add", "alliance"], 2, "exactly one of"),
        (
            ["alert", "add", "alliance", "--file", "/tmp/a", "--email", "a@b.test"],
            2,
            "exactly one of",
        ),
        (["alert", "add", "alliance", "--webhook", "ftp://x.test/h"], 2, "not an http(s) URL"),
        (["alert", "add", "alliance", "--file", "/no/such/folder/a.jsonl"], 2, "does not exist"),
        (["alert", "add", "alliance", "--email", "desk"], 2, "not a plain user@domain"),
        (
            ["alert", "add", "alliance", "--email", "a@b.test\nBcc: x@y.test"],
            2,
            "not a plain user@domain",
        ),
        (
            ["alert", "add", "alliance", "--email", "a@b.test", "--event", "new_storyy"],
            2,
            "unknown event 'new_storyy'",
        ),
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
    assert message in " ".join(result.output.split())


def test_cli_send_exits_1_when_a_destination_fails(
    cli: CliRunner, store: SQLiteStore, tmp_path: Path, receiver: Receiver
) -> None:
    db = str(tmp_path / "alerts.db")
    cli.invoke(app, ["alert", "add", "alliance", "--webhook", receiver.url("/reject"), "--db", db])
    result = cli.invoke(app, ["alert", "send", "--db", db])
    assert result.exit_code == 1 and "HTTP 400" in result.output


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


# -- what older versions told --------------------------------------------------------------
def test_deliveries_of_older_versions_count_as_told(tmp_path: Path) -> None:
    from newsbeat.store.sqlite import _split_sql

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:8]:  # the schema before story events
        for statement in _split_sql(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 8")
    conn.execute("INSERT INTO beats (name, query, created_at) VALUES ('alliance', 'a', '2026')")
    conn.execute(
        "INSERT INTO alerts (id, beat, kind, destination, min_outlets, created_at)"
        " VALUES (1, 'alliance', 'webhook', 'https://x.test/h', 3, '2026')"
    )
    conn.execute("INSERT INTO alert_deliveries VALUES (1, 's-pact', 3, 0, '2026-03-02')")
    conn.close()
    store = SQLiteStore(path)
    try:
        [alert] = store.list_alerts()
        assert alert.events == EVENT_KINDS and alert.secret is None
        assert store.sent_event_keys(1) == {"story:s-pact:new", "story:s-pact:outlets:3"}
    finally:
        store.close()
