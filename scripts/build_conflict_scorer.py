"""Build ``src/newsbeat/data/conflict_scorer.json``: the conflict pair scorer's weights.

A logistic regression (scikit-learn) over the evidence of every pair of disjoint figures of the
dev gold's conflict stories (``scripts/conflict_pairs.csv.gz``, written by
``bench/conflict_scorer_cv.py --pairs``: tuning and heldout … heldout9 only, never heldout10 or
heldout11). The threshold and mode are the ones the leave-one-split-out cross-validation chose
(docs/realnews-annotation.md, "Conflicts scored on all slot evidence (branch confscore)");
``SHIP`` says whether the model is used at all (False: the rule chain alone decides, and the
file keeps the weights only for the record).

    .venv/bin/python scripts/build_conflict_scorer.py
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from data_build import build_main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsbeat.compare.pair_scorer import FEATURES  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "conflict_pairs.csv.gz"
OUT = ROOT / "src" / "newsbeat" / "data" / "conflict_scorer.json"
C = 1.0  # inverse L2 strength: the default (C = 100 measured no better, docs)
MODE = "rescue"
THRESHOLD = 0.5
SHIP = False


def train(rows: Sequence[dict[str, Any]], names: Sequence[str] = FEATURES) -> dict[str, Any]:
    """The weights (one per feature of ``names``, rounded) and intercept fitted on ``rows``."""
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if not r.get("unsure")]  # neither label is sure: left out
    x = [[float(r["evidence"][name]) for name in names] for r in rows]
    y = [int(r["label"]) for r in rows]
    fitted = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    return {
        "weights": {n: round(float(w), 4) for n, w in zip(names, fitted.coef_[0], strict=True)},
        "intercept": round(float(fitted.intercept_[0]), 4),
    }


def read_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    """The pair table (gzipped CSV, ``bench/conflict_scorer_cv.py --pairs``): one dict a pair
    with ``split``, ``story``, ``label``, ``unsure``, ``lookalike`` and ``evidence``."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        head, *lines = handle.read().splitlines()
    names = head.split(",")
    rows = []
    for line in lines:
        cells = dict(zip(names, line.split(","), strict=True))
        rows.append(
            {
                "split": cells["split"],
                "story": cells["story"],
                "label": int(cells["label"]),
                "unsure": cells["unsure"] == "1",
                "lookalike": cells["lookalike"] == "1",
                "evidence": {name: float(cells[name]) for name in FEATURES},
            }
        )
    return rows


def build(shared: Path) -> dict[str, object]:
    """The data file: the notice, the training counts, the weights and the decision rule."""
    del shared  # the pair table is in the repository
    rows = read_pairs()
    model = train(rows)
    return {
        "about": (
            "Conflict pair scorer (logistic regression) trained on the dev gold's candidate "
            "pairs by scripts/build_conflict_scorer.py; see docs/realnews-annotation.md, "
            "'Conflicts scored on all slot evidence (branch confscore)'."
        ),
        "pairs": len(rows),
        "positive": sum(int(r["label"]) for r in rows),
        "features": list(FEATURES),
        "intercept": model["intercept"],
        "weights": model["weights"] if SHIP else None,
        "trained_weights": model["weights"],
        "mode": MODE,
        "threshold": THRESHOLD,
    }


if __name__ == "__main__":
    build_main(__doc__.split("\n")[0], build, OUT, ("features",))
