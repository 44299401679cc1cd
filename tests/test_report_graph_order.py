"""The report's actor graph is laid out the same in every run, whatever Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

_DRAW = """
import json
from newsbeat.report.charts import actor_graph
rels = [
    {"source": s, "target": t, "type": "SUPPORT", "negated": False, "count": 1, "text": s}
    for s, t in [("Edda Sorvik", "Piet Oddvar"), ("Orlund", "Tarsk"), ("Tarsk", "Kelsund"),
                 ("Kelsund", "Brennvik"), ("Brennvik", "Orlund"), ("Velmar", "Tarsk")]
]
chart = actor_graph(rels)
print(json.dumps([(n["name"], n["x"], n["y"]) for n in chart.nodes]))
"""


def _positions(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _DRAW], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_the_layout_does_not_change_with_the_hash_seed() -> None:
    first = _positions("1")
    assert all(_positions(seed) == first for seed in ("2", "3"))
