"""The pipeline owns the run: ``newsbeat update``, ``ingest`` ending with it, progress events."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsbeat import pipeline
from newsbeat.cli import app
from newsbeat.importers.ingest import ingest
from newsbeat.pipeline import BEAT_STAGES, STAGES, RunProgress
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore

DUMP = Path(__file__).parent / "fixtures" / "importers" / "dump_basic.txt"
STAGE_NAMES = [name for name, _ in STAGES]


def test_stage_order_is_the_data_flow() -> None:
    assert STAGE_NAMES == ["dedupe", "stories", "enrich", "compare", "summarise", "alert"]
    assert {"compare", "summarise", "alert"} == BEAT_STAGES


def test_ingest_groups_new_articles_into_stories(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(app, ["ingest", str(DUMP), "--db", db_path])
    assert result.exit_code == 0, result.output
    listed = cli.invoke(app, ["stories", "--db", db_path, "--json"])
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.stdout)) == 3
    assert "hint" not in listed.stderr


def test_no_update_leaves_stories_for_update(cli: CliRunner, db_path: str) -> None:
    result = cli.invoke(app, ["ingest", str(DUMP), "--no-update", "--db", db_path])
    assert result.exit_code == 0, result.output
    assert "stories:" not in result.stdout
    before = cli.invoke(app, ["stories", "--db", db_path, "--json"])
    assert json.loads(before.stdout) == []
    # the read-only command says how to get the stories
    assert "3 stored article(s) are in no story yet" in before.stderr
    assert "newsbeat update" in before.stderr
    digest = cli.invoke(app, ["digest", "--db", db_path])
    assert "newsbeat update" in digest.stderr

    updated = cli.invoke(app, ["update", "--db", db_path, "--json"])
    assert updated.exit_code == 0, updated.output
    report = json.loads(updated.stdout)
    assert set(report) == {"beats", "stages", "failed"}
    assert report["beats"] == [] and report["failed"] is False
    assert [s["name"] for s in report["stages"]] == STAGE_NAMES
    assert all(set(s) == {"name", "counts", "failures"} for s in report["stages"])
    stories = next(s for s in report["stages"] if s["name"] == "stories")
    assert stories["counts"]["new_stories"] == 3

    after = cli.invoke(app, ["stories", "--db", db_path, "--json"])
    assert len(json.loads(after.stdout)) == 3
    assert "hint" not in after.stderr


def test_update_of_an_unknown_beat_fails_before_any_stage(cli: CliRunner, db_path: str) -> None:
    cli.invoke(app, ["ingest", str(DUMP), "--no-update", "--db", db_path])
    result = cli.invoke(app, ["update", "nosuchbeat", "--db", db_path])
    assert result.exit_code == 1
    assert "nosuchbeat" in result.stderr
    store = SQLiteStore(db_path)
    try:
        assert store.list_stories() == []  # nothing ran
    finally:
        store.close()


def test_update_reports_progress_per_stage_and_beat(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "p.db"))
    try:
        ingest(store, [DUMP])
        events: list[RunProgress] = []
        report = pipeline.update(
            store,
            Settings(store=StoreSettings(db=str(tmp_path / "p.db"))),
            ["alliance"],
            report_path=tmp_path / "r.html",
            on_progress=events.append,
        )
    finally:
        store.close()
    starts = [(e.stage, e.beat) for e in events if e.event == "start"]
    expected = [(n, "alliance" if n in BEAT_STAGES else None) for n in STAGE_NAMES]
    assert starts == [*expected, ("report", None)]
    done = [e for e in events if e.event == "done" and e.stage in STAGE_NAMES]
    assert [e.result.name for e in done if e.result] == STAGE_NAMES
    assert report.report_path == tmp_path / "r.html"
    assert "<html" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert report.stage_counts("stories")["new_stories"] == 3
    assert not report.failed and not report.interrupted


def test_run_report_json_shapes() -> None:
    run = pipeline.RunReport(kind="run", beats=["alliance"])
    assert set(run.to_json()) == {"beat", "collect", "stages", "failed", "report"}
    assert run.to_json()["beat"] == "alliance"
    assert run.to_json()["failed"] is False
    # Ctrl-C makes a run's JSON "failed", as its exit status (130) does
    assert pipeline.RunReport(kind="run", interrupted=True).to_json()["failed"] is True
    update = pipeline.RunReport(kind="update", beats=["a", "b"])
    assert update.to_json() == {"beats": ["a", "b"], "stages": [], "failed": False}


def test_report_file_name_is_file_safe() -> None:
    assert (
        pipeline.report_file_name("Defence Pact/2026") == "newsbeat-report-defence-pact-2026.html"
    )
    assert pipeline.report_file_name("///") == "newsbeat-report-beat.html"
