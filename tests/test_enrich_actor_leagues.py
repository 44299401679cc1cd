"""Sports leagues are organisations (issue 12, item 3): "in NHL history" names no place.

Entity labels are set by hand over a real parse; the people are invented, the leagues come
from the package's list (``data/sports_leagues.json``)."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc
from tests._enrich_docs import mention_at as _mention_at


def test_a_league_after_in_is_no_place() -> None:
    doc = _doc(
        "Mara Tollin has played nine NHL seasons. She became the first defender in NHL "
        "history to score in eight straight games.",
        ("Mara Tollin", "PERSON"),
        ("NHL", "ORG"),
        ("NHL", "ORG"),
    )
    assert _mention_at(doc, "NHL") == ("NHL", "ORG")


def test_a_league_tagged_as_a_place_is_an_organisation() -> None:
    doc = _doc(
        "Tomas Vrell leads the WNBA in assists this season.",
        ("Tomas Vrell", "PERSON"),
        ("WNBA", "GPE"),
    )
    assert _mention_at(doc, "WNBA") == ("WNBA", "ORG")


def test_an_initialism_of_a_place_keeps_its_type() -> None:
    doc = _doc(
        "Mara Tollin moved to NY in May.",
        ("Mara Tollin", "PERSON"),
        ("NY", "GPE"),
    )
    assert _mention_at(doc, "NY") == ("NY", "GPE")
