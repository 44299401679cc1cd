"""``newsbeat bench startup``: how long read-only commands take to start and answer.

Runs ``newsbeat stories --json`` and ``newsbeat beat list`` as separate processes, alternately,
on the same database (the demo corpus, grouped and analysed, unless one is given) and reports
the median wall time of each and their ratio. ``beat list`` is the peer: it touches only the
store, so the ratio shows what listing stories costs on top of starting the command (the goal
is at most 1.2: listing stories must not load scikit-learn or spaCy).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore

__all__ = ["GOAL_RATIO", "run_startup_bench"]

GOAL_RATIO = 1.2


def _demo_database(folder: Path) -> str:
    """The demo corpus, ingested and run through every stage after collection."""
    from newsbeat import pipeline
    from newsbeat.demo import corpus_path
    from newsbeat.importers.ingest import ingest

    db = str(folder / "startup.db")
    store = SQLiteStore(db)
    try:
        ingest(store, [corpus_path()])
        pipeline.update(store, Settings(store=StoreSettings(db=db)))
    finally:
        store.close()
    return db


def _seconds(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "newsbeat", *args], check=True, capture_output=True, timeout=300
    )
    return time.perf_counter() - start


def run_startup_bench(db: str | None = None, *, runs: int = 5) -> dict[str, object]:
    """Time both commands ``runs`` times each, alternating, after one warm-up of each.

    Args:
        db: the database to list; None builds the demo database in a temporary folder.
        runs: timed runs of each command.

    Returns:
        ``stories_json_seconds`` and ``beat_list_seconds`` (medians), every run of each,
        ``ratio`` (stories over beat list), ``goal_ratio`` and ``meets_goal``.
    """
    with tempfile.TemporaryDirectory(prefix="newsbeat-startup-") as folder:
        target = db or _demo_database(Path(folder))
        commands = {
            "stories_json": ["stories", "--json", "--db", target],
            "beat_list": ["beat", "list", "--db", target],
        }
        for args in commands.values():
            _seconds(args)  # warm the file cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(max(1, runs)):
            for name, args in commands.items():
                times[name].append(_seconds(args))
    stories = statistics.median(times["stories_json"])
    beats = statistics.median(times["beat_list"])
    ratio = stories / beats
    return {
        "runs": max(1, runs),
        "stories_json_seconds": round(stories, 3),
        "beat_list_seconds": round(beats, 3),
        "stories_json_runs": [round(t, 3) for t in times["stories_json"]],
        "beat_list_runs": [round(t, 3) for t in times["beat_list"]],
        "ratio": round(ratio, 3),
        "goal_ratio": GOAL_RATIO,
        "meets_goal": ratio <= GOAL_RATIO,
    }
