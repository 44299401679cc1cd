"""A meeting a clause says came first is a meeting held (issue 12, rel35).

"X was at a meeting with Y" was X's CONSULT with Y; the readable gold's "Emerging from a
meeting with <president>, <senator> said …" and "After a meeting with …" shapes gave nothing.
A meeting noun after "after" is now read as the place-phrase meetings are (the participle's
"emerging from" still is not: its clause has no subject the rules read). Invented
sentences; the guards keep a meeting ahead no relation."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_after_a_meeting_the_two_met() -> None:
    found = _found(
        "After a meeting with Tom Varley on Friday, Abel Orrin told reporters he was hopeful."
    )
    assert ("CONSULT", "Abel Orrin", "Tom Varley") in found


@pytest.mark.parametrize(
    "text",
    [
        "Before a meeting with Tom Varley on Friday, Abel Orrin told reporters he was hopeful.",
        "After a meeting with Tom Varley next week, Abel Orrin will decide on the plan.",
    ],
)
def test_a_meeting_ahead_is_none(text: str) -> None:
    assert not any(kind == "CONSULT" for kind, _, _ in _found(text))
