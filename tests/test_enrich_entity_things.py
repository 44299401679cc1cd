"""Entity types from what the text says a name is (issue 12, item 3): a thing (a product, a
work, an award, a programme) is no actor, an outlet is an organisation, a place the text puts
in an area or district is a place.

Entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag. Every name is invented."""

from __future__ import annotations

from spacy.tokens import Doc
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actors import build_actors


def _label_at(doc: Doc, phrase: str, nth: int = 0) -> str | None:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    mention = build_actors(doc).actor_at(start, start + len(phrase))
    return mention.label if mention else None


def test_a_place_found_by_context_has_place_mentions_too() -> None:
    # the actor was retyped GPE but its mentions kept NER's ORG, which the readers use
    doc = _doc(
        "Rebels attacked a post in Drevik on Monday, the governor said.",
        ("Drevik", "ORG"),
    )
    table = build_actors(doc)
    assert table.type_of("Drevik") == "GPE"
    assert _label_at(doc, "Drevik") == "GPE"


def test_the_area_or_district_of_a_place_is_a_place() -> None:
    doc = _doc(
        "The raid hit a post in the Orlek area of Sarvan, Tolmar, the governor said.",
        ("Orlek", "ORG"),
        ("Sarvan", "ORG"),
        ("Tolmar", "GPE"),
    )
    assert _label_at(doc, "Sarvan") == "GPE"
