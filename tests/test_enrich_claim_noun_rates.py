"""A counted noun followed by "per" or "a" and a base of a rate is a rate, no amount (issue
12, claims38; ``enrich/claim_noun_rates.py``): "averaging 3.8 yards per run" was read as 3.8
yards, a distance another outlet's total yards could meet.

Invented sentences and names. The rule tests fail without the rule; the guards keep a total
and a time after the noun as they were."""

from __future__ import annotations

import pytest
from tests._enrich_docs import counted


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Tom Vell was averaging 3.8 yards per run before the injury.", "yards per run"),
        ("Tom Vell gained 5.2 yards a carry last season.", "yards per carry"),
        ("Tom Vell scored two touchdowns a game in October.", "touchdowns per game"),
    ],
)
def test_a_count_per_play_is_a_rate(text: str, what: str) -> None:
    assert [w for w, _ in counted(text)] == [what]


def test_a_total_is_no_rate() -> None:
    # guard: "for 404 yards" is the season's total
    assert counted("Tom Vell caught 52 passes for 404 yards this season.") == [
        ("passes", 52.0),
        ("yards", 404.0),
    ]


def test_a_noun_after_the_base_is_no_rate() -> None:
    # guard: "a run" heads another phrase ("a run of three wins")
    assert "yards per run" not in [w for w, _ in counted("Vell ran 40 yards a run of play.")]
