"""People sent to look into something are no aid (issue 12, relations: "say less, be right").

The demo printed "Maritime Safety Board AGREE Kittby" for a board that said it would send two
inspectors to the town. Invented sentences; each case has a control that stays a relation."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.relations import extract_relations


def _relations(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(text)
    found = extract_relations(doc, build_actors(doc))
    return {(r.type, r.source, r.target) for r in found if r.target}


@pytest.mark.parametrize(
    "text",
    [
        "The Orsa Harbour Board said it would send two inspectors to Brask on Tuesday.",
        "The Velmar Port Authority sent three investigators to Kittby after the collapse.",
    ],
)
def test_inspectors_sent_to_a_place_are_no_aid(text: str) -> None:
    assert _relations(text) == set()


def test_boats_pledged_to_a_country_stay_a_pledge() -> None:
    found = _relations("Kaldria said it would send two patrol boats to Sorvenland.")
    assert found == {("AGREE", "Kaldria", "Sorvenland")}
