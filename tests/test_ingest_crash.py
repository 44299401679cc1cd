"""A process killed (SIGKILL) in the middle of a large ingest leaves a consistent database,
and rerunning the same ingest completes it without duplicates."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsbeat.bench.ingest import write_dumps
from newsbeat.importers.ingest import ingest
from newsbeat.store import SQLiteStore

ARTICLES = 3000
BATCH = 50


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:  # schema not created yet, or busy
        return 0


@pytest.mark.slow
def test_killed_ingest_is_consistent_and_rerun_completes_it(tmp_path: Path) -> None:
    (dump,) = write_dumps(tmp_path / "in", articles=ARTICLES, files=1, seed=3)
    db = tmp_path / "crash.db"
    # The library call `newsbeat ingest` makes, without the CLI's start-up time.
    child = (
        "import sys; from newsbeat.store import SQLiteStore;"
        " from newsbeat.importers.ingest import ingest;"
        " ingest(SQLiteStore(sys.argv[1]), sys.argv[3:], batch_size=int(sys.argv[2]))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", child, str(db), str(BATCH), str(dump)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _count(db) < BATCH and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < ARTICLES
    assert stored % BATCH == 0, "a batch was half-written"
    orphans = con.execute(
        "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM provenance)"
    ).fetchone()[0]
    assert orphans == 0
    assert con.execute("SELECT count(*) FROM beat_articles").fetchone()[0] == stored
    con.close()

    with SQLiteStore(db) as store:
        report = ingest(store, [dump])
    assert (report.new, report.existing, report.failed) == (ARTICLES - stored, stored, 0)
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == ARTICLES
    duplicates = con.execute(
        "SELECT count(*) FROM (SELECT content_hash FROM articles GROUP BY content_hash"
        " HAVING count(*) > 1)"
    ).fetchone()[0]
    assert duplicates == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    con.close()
