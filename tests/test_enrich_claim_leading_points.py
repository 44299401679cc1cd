"""A decimal whose leading point a copy split off (". 290 average") is no count of what follows
(issue 12, claims37; ``enrich/claim_leading_points.py``).

Invented sentences and names. The rule tests fail without the rule; the guards keep a figure
that opens a sentence, and a decimal split after its whole part, read."""

from __future__ import annotations

import pytest
from tests._enrich_docs import found_claims


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(c.what, c.low) for c in found_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Over six seasons, the Orsk shortstop's line looks like this:. 290 average, 203 HR.",
        "Orsk is offering $20 million to a career. 290 hitter, Tom Vell said.",
        "Tom Vell finished the Velmar season with. 919 OPS and a title.",
    ],
)
def test_a_decimal_after_its_lone_point_counts_nothing(text: str) -> None:
    assert all(low not in (290.0, 919.0) for _, low in _read(text))


def test_a_figure_opening_a_sentence_after_a_point_is_read() -> None:
    # guard: before a plural the point ends a sentence
    assert ("people", 290.0) in _read("The Orsk fair opened in May. 290 people came on Monday.")


def test_a_decimal_split_after_its_whole_part_is_read() -> None:
    # guard: a digit before the point makes one decimal ("6. 1")
    assert _read("The Orsk quake had a magnitude of 6. 1, the survey said.") == [("magnitude", 6.1)]
