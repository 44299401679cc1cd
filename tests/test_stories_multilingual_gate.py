"""Quality gate: the multilingual stories gold (issue 17) through the real stories stage.

Fails if B³ on either split falls below the floors reached (session 24: test F1 0.8833,
P 0.9469, R 0.8277; session 25, read once at the session's end: test F1 0.9113, P 0.9723,
R 0.8574). Session 25 added six train topics of same-week disasters and verdicts (part c):
train F1 0.8235, P 0.9362, R 0.7351 when they came; with the session's rules and the link
model retrained on the larger train split, F1 0.8964, P 0.9595, R 0.841. The link model is
trained on the train split only (bench/train_language_links.py); the test split is scored,
never tuned on. Issue 17's goal is F1 >= 0.85 with P >= 0.95. Session 36: a dated import is
clustered one day at a time, each day closed by a merge pass (``day_passes``): train F1
0.9537, P 0.9716, R 0.9365; test (read once, at the end) F1 0.9724, P 0.9923, R 0.9533.
Session 37: a lone report keeps the merge pass's second chance for a week and is judged by its
own headline and lead (stories37): train F1 0.9669, P 0.9927, R 0.9423; test unchanged.
"""

from __future__ import annotations

import pytest

from newsbeat.bench.multilingual import run_multilingual

FLOORS = {
    "test": {"b3_f1": 0.965, "b3_precision": 0.985, "b3_recall": 0.945},
    "train": {"b3_f1": 0.96, "b3_precision": 0.985, "b3_recall": 0.935},
}
SIZES = {"test": (130, 24), "train": (228, 42)}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_multilingual_gold_floors(split: str) -> None:
    result = run_multilingual(split)
    assert (result["reports"], result["events"]) == SIZES[split]
    for key, floor in FLOORS[split].items():
        assert result[key] >= floor, (key, result[key])
    # linking across languages is what lifts it far above a grouping that never crosses them
    assert result["b3_f1"] > result["within_language_ceiling"] + 0.4
