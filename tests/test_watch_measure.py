"""The watch measure of issue 14: ``watch --every 1s`` against the local server, killed with
SIGKILL mid-cycle and restarted, loses nothing, stores nothing twice and alerts nothing twice."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from _growing_feed import TOTAL
from newsbeat.cli import app
from newsbeat.settings import settings_toml
from newsbeat.store import SQLiteStore
from newsbeat.watch import load_states
from webserver import WebServer, fast_settings

pytestmark = pytest.mark.slow


class Service:
    """A ``newsbeat watch`` subprocess whose stdout lines are collected as they come."""

    def __init__(self, db: str, config: str, log: Path) -> None:
        self.log = log
        self.err = log.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newsbeat",
                "watch",
                "--every",
                "1s",
                "--no-search",
                "--since",
                "2026-01-01",
                "--db",
                db,
                "--config",
                config,
            ],
            stdout=subprocess.PIPE,
            stderr=self.err,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def runs(self) -> list[str]:
        return [line for line in self.lines if line.startswith("watch: beat=")]

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.process.kill()
                self.process.wait()
                self.reader.join(timeout=10)
                assert self.process.stdout is not None
                self.process.stdout.close()
                self.err.close()
                err = self.log.read_text()
                raise AssertionError(f"{what}: not seen; stdout {self.lines!r}, stderr {err!r}")
            time.sleep(0.05)

    def finish(self, sig: signal.Signals) -> tuple[int, str]:
        self.process.send_signal(sig)
        self.process.wait(timeout=60)
        self.reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()
        self.err.close()
        return self.process.returncode, self.log.read_text()


def _stored(db: str) -> int:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def _alert_key(line: str) -> tuple[Any, ...]:
    """What makes an alert the same alert: its alert, story, reason and the story's coverage
    (not the time it was sent)."""
    data = json.loads(line)
    story = data.get("story", {})
    coverage = json.dumps(story.get("outlets"), sort_keys=True)
    return (data.get("alert"), story.get("id"), data.get("reason"), coverage)


def test_a_watch_killed_mid_cycle_and_restarted_loses_and_repeats_nothing(
    tmp_path: Path, web_server: WebServer, cli: CliRunner
) -> None:
    db, alerts = str(tmp_path / "watch.db"), tmp_path / "alerts.jsonl"
    config = tmp_path / "settings.toml"
    config.write_text(settings_toml(fast_settings(web_server)), encoding="utf-8")
    common = ["--db", db, "--config", str(config)]
    feed = web_server.url("/growing/kill/feed.xml")
    for args in (
        ["beat", "add", "harbour"],
        ["source", "add", "feed", feed, "--beat", "harbour"],
        ["alert", "add", "harbour", "--file", str(alerts), "--min-outlets", "1"],
    ):
        assert cli.invoke(app, [*args, *common]).exit_code == 0
    polls = web_server.growing.answers["kill"]

    first = Service(db, str(config), tmp_path / "first.txt")
    first.wait_for(lambda: len(first.runs()) >= 2, "two runs")
    polled = len(polls)
    first.wait_for(lambda: len(polls) > polled, "a third cycle")
    time.sleep(0.05)  # into the cycle: fetching the new article, storing or a later stage
    code, _ = first.finish(signal.SIGKILL)
    assert code == -signal.SIGKILL
    with SQLiteStore(db) as store:
        assert load_states(store)["harbour"].last_status == "running"  # killed mid-cycle
    killed_in = len(first.runs()) + 1

    second = Service(db, str(config), tmp_path / "second.txt")
    second.wait_for(lambda: _stored(db) == TOTAL, "every article stored")
    seen = len(second.runs())
    second.wait_for(lambda: len(second.runs()) > seen + 1, "a full run after the last article")
    code, err = second.finish(signal.SIGTERM)
    assert code == 0, err
    assert second.lines[-1].startswith("watch: stopped (SIGTERM)")
    runs = first.runs() + second.runs()
    assert all("status=ok" in line for line in runs), runs
    assert 304 in polls  # the validators stayed across cycles and the restart

    with SQLiteStore(db) as store:
        articles = list(store.iter_articles())
        urls = [a.url for a in articles]
        assert sorted(urls) == sorted(
            web_server.url(f"/growing/kill/{n}.html") for n in range(TOTAL)
        )  # nothing lost, nothing stored twice
        assert store.unclustered_article_ids() == []
        stories = store.list_stories(beat="harbour")
        assert sum(len(s.article_ids) for s in stories) == TOTAL
        assert load_states(store)["harbour"].last_status == "ok"

    sent = alerts.read_text(encoding="utf-8").splitlines()
    keys = Counter(_alert_key(line) for line in sent)
    assert [k for k, n in keys.items() if n > 1] == []  # nothing alerted twice
    assert {k[1] for k in keys} >= {s.id for s in stories}  # every story alerted
    print(f"killed in cycle {killed_in}; {len(runs)} runs; {len(sent)} alerts; polls {polls}")
    print("\n".join(runs))
