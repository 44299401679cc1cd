"""Relations and events read wrong on real pages (issue 12): a nationality's rebels are not its
state (reader17: "training the Syrian opposition forces known as …" gave "United States AID
Syria"), and urging on a crowd is cheering, no demand (reader17b). Invented sentences; the
state's own forces stay its agents, and urging someone to act stays a demand."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(text)
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


@pytest.mark.parametrize(
    "text",
    [
        "Kaldria has been training the Syrian opposition forces since May.",
        "Kaldria has been training Syrian rebel forces since May.",
    ],
)
def test_the_states_opponents_are_not_the_state(text: str) -> None:
    assert not any(target == "Syria" for _, _, target in _found(text)), _found(text)


def test_the_states_own_forces_stay_its_agents() -> None:
    assert ("AID", "Kaldria", "Syria") in _found(
        "Kaldria has been training Syrian forces since May."
    )


def test_urging_on_a_crowd_is_no_demand() -> None:
    # reader17b: "Vitali … was urging on fans from ringside" gave a DEMAND event
    assert _found("Lena Holm was urging on the fans from ringside.") == set()
    assert ("DEMAND", "Lena Holm", "") in _found("Lena Holm urged the council to act.")


def test_urging_on_a_day_stays_a_demand() -> None:
    assert ("DEMAND", "Lena Holm", "") in _found(
        "Lena Holm urged the council on Tuesday to reopen the harbour."
    )
