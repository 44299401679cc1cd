"""A measure "of" a figure whose noun says nothing alone keeps its compound (issue 12,
claims38; ``enrich/claim_measured_owners.py``): "a battery life of 30 minutes" was labelled
"life".

Invented sentences and names. The rule test fails without the rule; the guards keep other
measures as they were."""

from __future__ import annotations

from tests._enrich_docs import counted


def test_battery_life_keeps_its_compound() -> None:
    assert counted("The Orsk phone has a battery life of 30 minutes.") == [("battery life", 30.0)]


def test_charging_time_keeps_its_participle() -> None:
    assert counted("The Orsk van has a charging time of 40 minutes.") == [("charging time", 40.0)]


def test_other_measures_stay_their_noun() -> None:
    # guard: a fee is a fee, "transfer fee" or not, so two outlets still meet
    assert counted("Orsk paid a transfer fee of 30 million crowns.") == [("fee", 30_000_000.0)]
    assert counted("The Orsk phone has a life of 3 years.") == [("life", 3.0)]
