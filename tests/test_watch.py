"""``newsbeat watch``: the loop against the 127.0.0.1 server, its state in the store, the lock,
stopping on SIGTERM, ``--once`` and its errors."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat import models
from newsbeat.beats import define_beat
from newsbeat.cli import app
from newsbeat.models import Beat, Source
from newsbeat.settings import Settings, settings_toml
from newsbeat.store import SQLiteStore, open_store
from newsbeat.watch import (
    Watch,
    WatchLockHeld,
    WatchOptions,
    load_states,
    read_holder,
    watch_lock,
)
from webserver import WebServer, fast_settings

SINCE = "2026-01-01"


class Clock:
    """A clock the test moves, from the real time (sources record when they were polled in
    real time)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now


def _settings(server: WebServer, db: str) -> Settings:
    return fast_settings(server).with_overrides(db=db)


def _harbour(store: SQLiteStore, server: WebServer, key: str, *extra: str) -> None:
    store.add_beat(Beat(name="harbour", query="harbour"))
    for path in (f"/growing/{key}/feed.xml", *extra):
        store.add_source(Source(type="feed", url=server.url(path), beat="harbour"))


@pytest.fixture
def store(db_path: str) -> Iterator[SQLiteStore]:
    with SQLiteStore(db_path) as opened:
        yield opened


def test_each_beat_runs_on_its_schedule_and_keeps_its_validators(
    store: SQLiteStore, db_path: str, web_server: WebServer
) -> None:
    _harbour(store, web_server, "sched")
    define_beat(store, "quiet")  # no source of its own: runs, finds nothing
    clock, lines = Clock(), []
    options = WatchOptions(every=timedelta(minutes=30), since=SINCE, use_search=False)
    watch = Watch(store, _settings(web_server, db_path), options, clock=clock, out=lines.append)
    first = watch.run_due()
    assert [(r.beat, r.status, r.new_articles) for r in first] == [
        ("harbour", "ok", 1),
        ("quiet", "ok", 0),
    ]
    assert lines[0].startswith("watch: beat=harbour status=ok new_articles=1 new_stories=1")
    assert "alerts_sent=0 alerts_failed=0 errors=0 duration=" in lines[0]
    assert lines[0].endswith(f"next={(clock.now + timedelta(minutes=30)).isoformat()}")
    states = load_states(store)
    assert states["harbour"].last_status == "ok" and states["harbour"].new_articles == 1
    assert states["harbour"].last_started == clock.now

    clock.now += timedelta(minutes=20)
    assert watch.run_due() == []  # not due yet
    clock.now += timedelta(minutes=10)
    second = watch.run_due()  # due: the feed answers 304 to the stored ETag
    assert [r.new_articles for r in second] == [0, 0]
    assert web_server.growing.answers["sched"] == [200, 200, 304]  # feed, article, feed
    clock.now += timedelta(minutes=30)
    third = Watch(store, _settings(web_server, db_path), options, clock=clock, out=lines.append)
    assert [r.new_articles for r in third.run_due()] == [1, 0]  # a restart keeps the ETag
    assert store.count_articles(beat="harbour") == 2


def test_a_stop_lets_the_current_step_finish_and_a_restart_resumes(
    store: SQLiteStore, db_path: str, web_server: WebServer
) -> None:
    _harbour(store, web_server, "stop")
    clock, lines = Clock(), []
    options = WatchOptions(every=timedelta(hours=1), since=SINCE, use_search=False)
    watch = Watch(store, _settings(web_server, db_path), options, clock=clock, out=lines.append)
    stopped = False

    def stop_while_collecting(progress: object) -> None:
        nonlocal stopped
        if getattr(progress, "stage", None) == "collect" and not stopped:
            stopped = True
            watch.request_stop("SIGTERM")  # as the signal handler does, mid-collect
        Watch._between_steps(watch, progress)

    watch._hook = stop_while_collecting  # type: ignore[method-assign]
    [line] = watch.run_due()
    assert line.status == "interrupted" and line.new_articles == 1  # collecting finished
    assert store.count_articles() == 1 and store.unclustered_article_ids() == [1]
    assert load_states(store)["harbour"].last_status == "interrupted"
    assert watch.run_due() == []  # stopping: nothing more starts

    clock.now += timedelta(minutes=1)  # far from an hour: the unfinished run is due anyway
    restart = Watch(store, _settings(web_server, db_path), options, clock=clock, out=lines.append)
    [again] = restart.run_due()
    assert again.status == "ok" and store.unclustered_article_ids() == []
    assert len(store.list_stories(beat="harbour")) == 1


def test_the_lock_refuses_a_second_watch_and_names_the_holder(db_path: str, cli: CliRunner) -> None:
    with SQLiteStore(db_path) as store:
        store.add_beat(Beat(name="harbour", query="harbour"))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from newsbeat.store import SQLiteStore\n"
            "from newsbeat.watch import watch_lock\n"
            "with SQLiteStore(sys.argv[1]) as store, watch_lock(store, sys.argv[1]):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(60)\n",
            db_path,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        refused = cli.invoke(app, ["watch", "--once", "--db", db_path])
        assert refused.exit_code == 1
        message = " ".join(refused.stderr.split())
        assert f"{db_path}: another newsbeat watch is running on this database" in message
        assert f"pid {holder.pid} on host {socket.gethostname()} since 20" in message
        assert "stop that one first" in message
    finally:
        holder.kill()
        holder.communicate()
    # the holder died without a word: the operating system released its lock
    with SQLiteStore(db_path) as store, watch_lock(store, db_path) as me:
        assert me.pid == os.getpid() and read_holder(store) == me


def test_the_postgresql_lock_is_an_advisory_lock(postgres_url: str) -> None:
    first, second = open_store(postgres_url), open_store(postgres_url)
    try:
        with watch_lock(first, "pg") as me:
            refused = pytest.raises(WatchLockHeld, match=f"pid {me.pid} on host")
            with refused, watch_lock(second, "pg"):
                pass
        with watch_lock(second, "pg"):
            pass  # released with the block
    finally:
        first.close()
        second.close()


def _cli_setup(cli: CliRunner, tmp_path: Path, server: WebServer, key: str) -> list[str]:
    db = str(tmp_path / "watch.db")
    config = tmp_path / "settings.toml"
    config.write_text(settings_toml(fast_settings(server)), encoding="utf-8")
    common = ["--db", db, "--config", str(config)]
    for args in (
        ["beat", "add", "harbour"],
        ["source", "add", "feed", server.url(f"/growing/{key}/feed.xml"), "--beat", "harbour"],
    ):
        assert cli.invoke(app, [*args, *common]).exit_code == 0
    return common


def test_once_runs_what_is_due_for_cron(
    cli: CliRunner, tmp_path: Path, web_server: WebServer
) -> None:
    common = _cli_setup(cli, tmp_path, web_server, "once")
    first = cli.invoke(app, ["watch", "--once", "--no-search", "--since", SINCE, *common])
    assert first.exit_code == 0, first.output
    assert "watch: watching 1 beat(s) (harbour) once" in first.stdout
    assert "watch: beat=harbour status=ok new_articles=1" in first.stdout
    again = cli.invoke(app, ["watch", "--once", "--no-search", *common])
    assert again.exit_code == 0 and "watch: nothing due; next run at " in again.stdout
    assert "beat=harbour" not in again.stdout

    source = ["source", "add", "feed", web_server.url("/fault/missing"), "--beat", "other"]
    assert cli.invoke(app, ["beat", "add", "other", "--query", "harbour", *common]).exit_code == 0
    assert cli.invoke(app, [*source, *common]).exit_code == 0
    failed = cli.invoke(app, ["watch", "other", "--once", "--no-search", *common])
    assert failed.exit_code == 1  # cron hears of it
    assert "watch: beat=other status=failed" in failed.stdout and "errors=1" in failed.stdout
    assert "watch: beat=other error: source: " in failed.stderr
    assert "/fault/missing: HTTP 404" in failed.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nope"], 1, "no beat named 'nope' (see `newsbeat beat list`)"),
        (["--every", "soon"], 2, "--every 'soon': expected an interval such as 30s"),
        (["--since", "yesterday"], 2, "--since 'yesterday': expected a date"),
    ],
)
def test_bad_input_is_named(
    cli: CliRunner, tmp_path: Path, web_server: WebServer, args: list[str], code: int, message: str
) -> None:
    common = _cli_setup(cli, tmp_path, web_server, "bad")
    result = cli.invoke(app, ["watch", "--once", *args, *common])
    assert result.exit_code == code
    assert message in " ".join(result.stderr.split())


def test_a_missing_or_empty_database_is_refused(cli: CliRunner, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.db")
    result = cli.invoke(app, ["watch", "--db", missing])
    assert result.exit_code == 1 and "no database here yet" in result.stderr
    assert not Path(missing).exists()
    SQLiteStore(tmp_path / "empty.db").close()
    empty = cli.invoke(app, ["watch", "--db", str(tmp_path / "empty.db")])
    assert empty.exit_code == 1 and "no beats to watch" in empty.stderr


def _spawn(db: str, config: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsbeat", "watch", "--db", db, "--config", config, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_sigterm_finishes_the_current_step_and_exits_0(
    tmp_path: Path, web_server: WebServer
) -> None:
    db = str(tmp_path / "term.db")
    with SQLiteStore(db) as store:
        # a second source that hangs until its read timeout: collecting lasts about a second
        _harbour(store, web_server, "term", "/fault/hang")
    config = tmp_path / "settings.toml"
    config.write_text(settings_toml(fast_settings(web_server, fetch={"retries": 0})))
    process = _spawn(db, str(config), "--every", "1s", "--no-search", "--since", SINCE)
    deadline = time.monotonic() + 30
    while not web_server.growing.answers["term"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert web_server.growing.answers["term"], "the watch never polled the feed"
    process.send_signal(signal.SIGTERM)  # while it collects
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "watch: beat=harbour status=interrupted new_articles=1" in out
    assert out.rstrip().endswith("watch: stopped (SIGTERM) after finishing the current step")
    with SQLiteStore(db) as store:
        assert store.count_articles() == 1  # what the finished step collected is stored
        assert load_states(store)["harbour"].last_status == "interrupted"


def test_a_retry_after_is_honoured_between_runs(
    store: SQLiteStore, db_path: str, web_server: WebServer
) -> None:
    _harbour(store, web_server, "retry", "/growing/retry/busy.xml")
    clock, lines = Clock(), []
    options = WatchOptions(every=timedelta(minutes=30), since=SINCE, use_search=False)
    watch = Watch(store, _settings(web_server, db_path), options, clock=clock, out=lines.append)
    [first] = watch.run_due()
    assert first.status == "failed" and "Retry-After 3600 s exceeds" in first.errors[0]
    busy = next(s for s in store.list_sources() if s.url.endswith("busy.xml"))
    assert busy.retry_at is not None
    wait = datetime.fromisoformat(busy.retry_at) - datetime.now(UTC)
    assert timedelta(minutes=59) < wait <= timedelta(hours=1)
    asked = web_server.growing.answers["retry"].count(503)
    clock.now += timedelta(minutes=30)
    [second] = watch.run_due()  # due, but the busy source is not asked again this early
    assert second.status == "ok" and web_server.growing.answers["retry"].count(503) == asked
    busy = next(s for s in store.list_sources() if s.url.endswith("busy.xml"))
    assert busy.retry_at is not None and busy.consecutive_errors == 1


def test_a_source_with_its_own_interval_is_polled_on_it(
    store: SQLiteStore,
    db_path: str,
    web_server: WebServer,
    cli: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _harbour(store, web_server, "beat-paced")
    often = web_server.url("/growing/own-paced/feed.xml")
    added = cli.invoke(
        app,
        ["source", "add", "feed", often, "--beat", "harbour", "--every", "10m", "--db", db_path],
    )
    assert added.exit_code == 0, added.output
    assert [s.poll_every for s in store.list_sources()] == [None, 600.0]
    clock = Clock()

    class Stamps(datetime):  # the sources' last_poll on the test's clock
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Stamps:  # type: ignore[override]
            return cls.fromtimestamp(clock.now.timestamp(), tz)

    monkeypatch.setattr(models, "datetime", Stamps)
    options = WatchOptions(every=timedelta(minutes=30), since=SINCE, use_search=False)
    watch = Watch(store, _settings(web_server, db_path), options, clock=clock, out=[].append)
    polls = web_server.growing.requests
    ran = []
    for _ in range(7):  # an hour in steps of 10 minutes: the beat runs every 10 minutes
        ran.append(len(watch.run_due()))
        clock.now += timedelta(minutes=10)
    assert ran == [1] * 7
    assert (polls["own-paced"], polls["beat-paced"]) == (7, 3)  # at 0, 30 and 60 minutes

    again = cli.invoke(app, ["source", "add", "feed", often, "--every", "soon", "--db", db_path])
    assert again.exit_code == 2 and "--every 'soon': expected an interval" in again.stderr
