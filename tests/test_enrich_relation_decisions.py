"""A bout won on points over a named opponent is a fight with them (issue 12, rel35).

The readable real-news gold codes "scored an eighth-round unanimous decision over <boxer>"
and "escaped with a decision over <boxer>" ``fight``; the reading gave nothing (the act is the
noun). A "decision" with an "over" phrase naming a person, won by its verb's subject (the
object of a verb of winning, or what one escapes "with"), is the subject's FIGHT with that
person. Invented sentences; the guards keep decisions made about someone or something."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


@pytest.mark.parametrize(
    "text",
    [
        "On the undercard, former champion Tom Varley scored an eighth-round unanimous "
        "decision over Abel Orrin.",
        "Tom Varley won a split decision over Abel Orrin on Saturday.",
        "In 2005, Tom Varley barely escaped with a decision over Abel Orrin and looked slow.",
    ],
)
def test_a_decision_won_over_a_boxer_is_a_fight(text: str) -> None:
    assert ("FIGHT", "Tom Varley", "Abel Orrin") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Holm made a decision over Abel Orrin's future.",  # decided, won nothing
        "The judge's decision over Abel Orrin angered Tom Varley.",  # nobody's win
        "Tom Varley won a decision over the custody of his son.",  # no person beaten
    ],
)
def test_other_decisions_are_no_fight(text: str) -> None:
    assert not any(kind == "FIGHT" for kind, _, _ in _found(text))
