"""Sites an article says a claim was published on are organisations (issue 12, ents38; read37:
"articles published on Walikali and Gossipgist" → a person and a place). Mentions are set by
hand; every sentence and name is invented."""

from __future__ import annotations

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_web_outlets import type_web_outlets


def _table(text: str, *actors: tuple[str, str, str, int]) -> ArticleActors:
    table = ArticleActors(text=text)
    for name, kind, phrase, nth in actors:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        table._add(name, kind, start, start + len(phrase))
    return table


def test_sites_a_claim_was_published_on_are_organisations() -> None:
    text = (
        "Users shared articles published on Zorblat and Quimvex to back the claim. We asked "
        "Zorblat and Quimvex where the figure came from."
    )
    table = _table(
        text,
        ("Quimvex", "GPE", "Quimvex", 0),
        ("Zorblat", "PERSON", "Zorblat", 1),  # the first one tagged no entity
        ("Quimvex", "GPE", "Quimvex", 1),
    )
    type_web_outlets(table)
    assert table.actors["Zorblat"].type == "ORG"
    assert table.actors["Quimvex"].type == "ORG"
    assert {m.label for m in table.mentions} == {"ORG"}


def test_a_place_or_a_first_name_after_published_on_stays() -> None:
    """Guard: the gazetteer's place and a known first name keep their types."""
    text = "The notice was published on Denver city's site; a note posted on Maria was odd."
    table = _table(text, ("Denver", "GPE", "Denver", 0), ("Maria", "PERSON", "Maria", 0))
    type_web_outlets(table)
    assert table.actors["Denver"].type == "GPE"
    assert table.actors["Maria"].type == "PERSON"


def test_a_name_never_after_published_on_stays() -> None:
    """Guard: "published on Monday by Zorblat": the name is not what it was published on."""
    text = "The report was published on Monday by Zorblat, a local historian."
    table = _table(text, ("Zorblat", "PERSON", "Zorblat", 0))
    type_web_outlets(table)
    assert table.actors["Zorblat"].type == "PERSON"


def test_a_group_named_by_its_kind_is_an_organisation() -> None:
    """ents38 (read37's "Duo Rodapião" PERSON): "Duo <Name>" is a music group."""
    from newsbeat.enrich.actor_ensembles import type_ensembles

    text = "Sou Tiago Brel, do ex Duo Farravento, e canto com Lia Torm."
    table = _table(
        text,
        ("Tiago Brel", "PERSON", "Tiago Brel", 0),
        ("Duo Farravento", "PERSON", "Duo Farravento", 0),
        ("Lia Torm", "PERSON", "Lia Torm", 0),
    )
    type_ensembles(table)
    assert table.actors["Duo Farravento"].type == "ORG"
    assert table.actors["Lia Torm"].type == "PERSON"  # guard: a person's name stays


def test_a_group_named_by_its_kind_in_another_language_is_an_organisation() -> None:
    """ents38 (read37's Portuguese page: "do ex Duo Rodapião" PERSON)."""
    from newsbeat.enrich.other_languages import other_language_enrichment

    text = "Eu sou Tiago Brel, do ex Duo Farravento. Hoje canto com Lia Torm em Lisboa."
    found = {(e.name, e.type) for e in other_language_enrichment(1, text, "pt").entities}
    assert ("Duo Farravento", "ORG") in found
    assert ("Duo Farravento", "PERSON") not in found
