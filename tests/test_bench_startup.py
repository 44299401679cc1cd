"""``newsbeat bench startup``: both commands are timed as real processes and compared."""

from __future__ import annotations

from pathlib import Path

from newsbeat.bench.startup import GOAL_RATIO, run_startup_bench
from newsbeat.importers.ingest import ingest
from newsbeat.store import SQLiteStore

DUMP = Path(__file__).parent / "fixtures" / "importers" / "dump_basic.txt"


def test_startup_bench_times_both_commands(db_path: str) -> None:
    store = SQLiteStore(db_path)
    try:
        ingest(store, [DUMP])
    finally:
        store.close()
    result = run_startup_bench(db_path, runs=2)
    assert len(result["stories_json_runs"]) == len(result["beat_list_runs"]) == 2
    stories, beats = result["stories_json_seconds"], result["beat_list_seconds"]
    assert isinstance(stories, float) and isinstance(beats, float) and beats > 0
    assert (
        result["ratio"] == round(stories / beats, 3)
        or abs(result["ratio"] - stories / beats) < 0.01
    )
    assert result["meets_goal"] == (result["ratio"] <= GOAL_RATIO)
