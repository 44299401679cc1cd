"""``newsbeat ingest`` through the real entry point: counts, JSON keys, exit codes, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newsbeat.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "importers"
REPORT_KEYS = {"files", "new", "existing", "failed", "failures", "beats_created", "seconds"}


def test_ingest_prints_counts_and_exits_0(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(app, ["ingest", str(FIXTURES / "dump_basic.txt"), "--db", db_path])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "ingested 1 file(s): 3 new, 0 already stored, 0 failed; new beat(s): alliance",
        "stories: 3 new, 0 articles joined known ones (see `newsbeat stories`)",
    ]
    again = cli.invoke(app, ["ingest", str(FIXTURES / "dump_basic.txt"), "--db", db_path])
    assert "0 new, 3 already stored, 0 failed" in again.stdout
    beats = cli.invoke(app, ["beat", "list", "--json", "--db", db_path])
    assert json.loads(beats.stdout) == [{"name": "alliance", "query": "alliance", "articles": 2}]


def test_ingest_json_keys_and_failures_exit_1(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(
        app,
        [
            "ingest",
            str(FIXTURES / "articles.jsonl"),
            str(FIXTURES / "dump_truncated.txt"),
            "/no/such/file.txt",
            "--json",
            "--db",
            db_path,
        ],
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert set(report) == REPORT_KEYS
    assert (report["files"], report["new"], report["existing"], report["failed"]) == (2, 4, 0, 6)
    assert all(set(f) == {"location", "reason"} for f in report["failures"])
    assert report["failures"][0] == {
        "location": "/no/such/file.txt",
        "reason": "no such file or directory",
    }
    # one clear line per failure on stderr, naming the file and line
    lines = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(lines) == 6
    assert f"failed: {FIXTURES}/articles.jsonl: line 3: not JSON" in result.stderr
    assert f"failed: {FIXTURES}/dump_truncated.txt: line 11: dump cut off mid-article" in (
        result.stderr.replace("\n", " ")
    )


def test_quiet_prints_only_failures(cli: CliRunner, db_path: str) -> None:
    ok = cli.invoke(app, ["ingest", str(FIXTURES / "dump_basic.txt"), "-q", "--db", db_path])
    assert ok.exit_code == 0 and ok.stdout == "" and ok.stderr == ""
    bad = cli.invoke(app, ["ingest", str(FIXTURES / "zero.txt"), "-q", "--db", db_path])
    assert bad.exit_code == 1 and bad.stdout == ""
    assert "zero.txt: empty file: nothing to import" in bad.stderr


def test_usage_errors_exit_2(cli: CliRunner, db_path: str) -> None:
    assert cli.invoke(app, ["ingest", "--db", db_path]).exit_code == 2
    bad = cli.invoke(
        app, ["ingest", str(FIXTURES / "dump_basic.txt"), "--format", "pdf", "--db", db_path]
    )
    assert bad.exit_code == 2
    assert "unknown format 'pdf'" in bad.stderr
    zero = cli.invoke(
        app, ["ingest", str(FIXTURES / "dump_basic.txt"), "--batch-size", "0", "--db", db_path]
    )
    assert zero.exit_code == 2


def test_forced_format(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(
        app,
        ["ingest", str(FIXTURES / "dump_basic.txt"), "--format", "text", "--json", "--db", db_path],
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["new"] == 1


def test_console_script_pipes_json(db_path: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsbeat", "ingest", str(FIXTURES), "--json", "--db", db_path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1  # the folder holds the malformed fixtures too
    report = json.loads(proc.stdout)
    assert report["new"] > 10 and report["failed"] >= 8
