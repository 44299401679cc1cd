"""Quality gates of the enrich stage at the floors reached (see docs/enrich.md).

PolNeAR (quotes) and PLOVER (relations) are read from ``../shared``; those gates skip only when
it is absent. The demo gold gate needs nothing outside the repository. Each gate also checks
that we beat the simple baseline measured in the same run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbeat.bench.enrich import demo_gold_eval, plover_eval, polnear_eval

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
POLNEAR = SHARED / "benchmarks/quotes/polnear/PolNeAR_v1.0.0_text_attributions.tar.gz"
PLOVER = SHARED / "benchmarks/events/plover/PLOVER_GSR_CAMEO.json"

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not POLNEAR.exists(), reason="../shared PolNeAR benchmark not present")
def test_polnear_direct_quotes_gate() -> None:
    # The first 40 of the 84 test articles (289 gold direct quotes): about half the run time.
    result: dict[str, Any] = polnear_eval(SHARED, split="test", sample=40)
    assert result["gold_direct_quotes"] >= 250
    assert result["quote_f1"] >= 0.84
    # 0.9097 before the held-out fixes; 0.8833 after them (a common-noun source lost its span
    # and its next quote); 0.8988 once an unnamed source keeps its span (all of test: 0.9062,
    # the goal of 0.90 met). The floor follows what is reached.
    assert result["speaker_accuracy"] >= 0.89
    assert result["speaker_accuracy"] >= result["baseline"]["speaker_accuracy"] + 0.4
    assert result["quote_f1"] >= result["baseline"]["quote_f1"] - 0.02


@pytest.mark.skipif(not PLOVER.exists(), reason="../shared PLOVER benchmark not present")
def test_plover_relations_gate() -> None:
    result = plover_eval(SHARED)
    assert result["records"] == 322
    # Measured (rules 12, the relation core): P 0.7946, R 0.7329, actor accuracy 0.6809; held-out
    # half P 0.7586, R 0.6832 (rules 11: P 0.7919, actors 0.6764, held-out half P 0.7534)
    # (before the lexicon audit of issue 12 item 2: P 0.7632, R 0.7205, actors 0.6842).
    # Actor accuracy was 0.6934 before issue 12: PLOVER's gold codes "Somali nationals" or
    # "ethnic Albanians" as the state, which the precision rules no longer do on purpose. The
    # audit scores more slots (445, was 437: more records typed right) and gets 301 of them
    # right (was 299), so the ratio falls; "a prominent anti-Syria journalist" is no longer
    # Syria (the gold codes Lebanon; the old match was the word "Syria" in its text).
    assert result["relation_precision"] >= 0.78
    assert result["relation_recall"] >= 0.73
    assert result["actor_accuracy"] >= 0.67
    assert result["halves"]["heldout"]["relation_precision"] >= 0.75
    assert result["halves"]["heldout"]["relation_recall"] >= 0.68
    base = result["baseline"]
    assert result["relation_precision"] >= base["relation_precision"] + 0.15
    assert result["relation_recall"] >= base["relation_recall"] + 0.15


def test_demo_gold_gate() -> None:
    result = demo_gold_eval(processes=1)
    assert result["quotes_total"] == 65 and result["relations_total"] == 19
    # Everything the gold lists (measured 65/65 quotes and speakers, 52/52, 19/19), each
    # relation in its own evidence sentence.
    assert result["quotes_found"] == result["speakers_found"] == 65
    assert result["claims_found"] == result["claims_total"] == 52
    assert result["relations_found"] == 19
    assert all(not missing for missing in result["missing"].values()), result["missing"]
