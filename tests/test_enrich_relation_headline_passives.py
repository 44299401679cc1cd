"""A headline's passive without its "was" is no act of its subject (issue 12, rel35).

The ECB+ train dump showed a headline "<name> accused of <town> mother and sister murder" as
the accused man's DISAPPROVE: the parser read "accused" as a past tense with him as its
subject. A verb that needs its object in the active ("accuse", "charge … with", "sentence",
"suspend", "jail"), with a subject, no object and no auxiliary, completed by the preposition
of its passive, states the act of someone else on its subject: no relation and no event.
Invented headlines; the guards keep the active verbs."""

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
        "Tom Varley accused of Brixham double murder",
        "Tom Varley accused of killing Anna Pell",
        "Tom Varley suspended for four games",
    ],
)
def test_the_subject_of_a_headline_passive_does_nothing(text: str) -> None:
    assert not any(source == "Tom Varley" for _, source, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Tom Varley accused Anna Pell of lying.", ("DISAPPROVE", "Tom Varley", "Anna Pell")),
        (
            "The Dover Rovers suspended Tom Varley for four games.",
            ("SANCTION", "Dover Rovers", "Tom Varley"),
        ),
    ],
)
def test_an_active_verb_keeps_its_relation(text: str, relation: tuple[str, str, str]) -> None:
    assert relation in _found(text)
