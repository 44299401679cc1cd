"""Agreeing to terms with someone is an agreement with them (issue 12, relations, rel34).

Read on the readable real-news gold (session 34): "<team> agreeing to terms with <players>"
gave nothing, while "agreed to a deal with X" gave AGREE: "terms" was no object that names an
agreement, so its "with" phrase was no party. The lexicon's ``verb_objects`` now list "agree" +
"terms". Invented sentences; agreeing to terms with no one named stays an event."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Denver Herons agreed to terms with pitcher Gary Olsen.",
            "Denver Herons",
            "Gary Olsen",
        ),
        ("Kaldria agreed to terms with Sorvenland on Monday.", "Kaldria", "Sorvenland"),
    ],
)
def test_terms_agreed_with_a_named_party_are_an_agreement(
    text: str, source: str, target: str
) -> None:
    assert ("AGREE", source, target) in _found(text)


def test_terms_agreed_with_no_one_named_stay_an_event() -> None:
    found = _found("Gary Olsen agreed to the terms on Monday.")
    assert not any(target for _, _, target in found)
