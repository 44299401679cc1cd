"""A game's score line is no count (issue 12, claims; reader17 read "a 1-1 draw" as 1, "a 3-1
victory" as 3 and "a 4-0 rout" as 4 on a real page). Invented sentences."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline


def _counted(text: str) -> list[tuple[str, float | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    return [(c.what, c.low) for c in extract_claims(doc, build_actors(doc), [])]


@pytest.mark.parametrize(
    "text",
    [
        "Kaldria clinched its place with a 3-1 victory over Sorvenland on Tuesday.",
        "The Harbour Wolves' 4-1 win ended their losing run.",
        "Velmar United were held to a 1-1 draw by the leaders.",
    ],
)
def test_a_score_line_before_a_result_counts_nothing(text: str) -> None:
    assert _counted(text) == []


def test_the_counts_beside_a_score_stay() -> None:
    found = _counted("The 4-0 rout sent 12,000 fans home happy.")
    assert found == [("fans", 12000.0)]
