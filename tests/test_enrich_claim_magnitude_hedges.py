"""A quake's magnitude with a hedge between "magnitude of" and its figure keeps its hedge
(issue 12, claims37; ``claim_numbers.is_magnitude``): "a magnitude of at least 5.9" is no
exact 5.9, and was read as nothing before.

Invented sentences and names. The rule tests fail without the rule; the guard keeps a figure
after a hedge and no "magnitude" unread."""

from __future__ import annotations

import pytest
from tests._enrich_docs import found_claims


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.what, c.low, c.high, c.hedge) for c in found_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A quake with a magnitude of at least 5.9 hit Orsk.",
            ("magnitude", 5.9, None, "at least"),
        ),
        (
            "A quake with a magnitude of at least 5. 9 hit Orsk.",
            ("magnitude", 5.9, None, "at least"),
        ),
        ("A quake of magnitude at least 5.9 hit Orsk.", ("magnitude", 5.9, None, "at least")),
        ("A quake with a magnitude of nearly 6.2 hit Orsk.", ("magnitude", 5.58, 6.2, "nearly")),
    ],
)
def test_a_hedged_magnitude_keeps_its_hedge(
    text: str, expected: tuple[str, float, float | None, str]
) -> None:
    assert _read(text) == [expected]


def test_a_hedged_figure_with_no_magnitude_is_no_magnitude() -> None:
    # guard: the hedge is skipped only after "magnitude"
    assert _read("An earthquake of at least 5.9 hit Orsk.") == []
