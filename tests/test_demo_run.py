"""End to end: ``newsbeat demo`` through the real console script, twice."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path


def run_demo(db: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbeat", "demo", "--db", db, *extra],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_demo_ingests_the_corpus_and_prints_the_digest(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    first = run_demo(db)
    assert first.returncode == 0, first.stderr
    assert "beat: alliance" in first.stdout and "beat: harbour" in first.stdout
    # each story shows who is involved and the relations between its actors
    who = [line for line in first.stdout.splitlines() if line.strip().startswith("who ")]
    assert any("Lena Holm" in line and "Kaldria" in line for line in who)
    relations = [line for line in first.stdout.splitlines() if "relation " in line]
    assert any("Kaldria" in line and "Sorvenland" in line for line in relations)
    # and the conflict planted between two outlets is highlighted
    assert "conflict crowns: 31 million" in first.stdout
    # the malformed files fail cleanly, each named, and the rest is stored
    for name in ("bad-line.jsonl", "invalid-utf8.txt", "no-article.html", "truncated-dump.txt"):
        assert name in first.stderr
    report = tmp_path / "newsbeat-report.html"
    assert f"HTML report: {report}" in first.stdout
    assert "<html" in report.read_text(encoding="utf-8")
    # it ends by saying how to browse the result (what `make demo` shows too)
    assert first.stdout.rstrip().splitlines()[-4] == "Browse it:"
    assert f"newsbeat serve --db {Path(db).resolve()}" in first.stdout
    assert f"export NEWSBEAT_DB={Path(db).resolve()}" in first.stdout
    # the ingest is reported before the stages run, not after them
    assert first.stderr.index("ingested ") < first.stderr.index("stage enrich")
    new = re.search(r"ingested (\d+) new", first.stderr)
    assert new is not None and int(new[1]) >= 40

    # one file alert per beat: every story that two or more outlets report, once
    alerts = tmp_path / "newsbeat-alerts.jsonl"
    messages = [json.loads(line) for line in alerts.read_text(encoding="utf-8").splitlines()]
    assert f"alerts: {len(messages)} stories sent to {alerts}" in first.stdout
    assert {m["beat"] for m in messages} == {"alliance", "harbour"}
    assert all(
        len(m["story"]["outlets"]) >= 2 and m["reason"] == "outlets_reached" for m in messages
    )
    feeds = tmp_path / "feeds"
    assert sorted(p.name for p in feeds.iterdir()) == ["alliance.atom", "harbour.atom"]

    second = run_demo(db)
    assert second.returncode == 0, second.stderr
    assert "ingested 0 new" in second.stderr
    assert f"alerts: 0 stories sent to {alerts}" in second.stdout

    # a demo database kept across an upgrade: what an earlier version analysed is redone
    with sqlite3.connect(db) as conn:
        current = conn.execute("SELECT max(version) FROM enrichments").fetchone()[0]
        conn.execute("UPDATE enrichments SET version = 'older' WHERE article_id <= 3")
    third = run_demo(db)
    assert third.returncode == 0, third.stderr
    with sqlite3.connect(db) as conn:
        versions = {v for (v,) in conn.execute("SELECT DISTINCT version FROM enrichments")}
    assert versions == {current}
