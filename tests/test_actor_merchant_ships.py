"""Merchant ships named after their kind are no actors (issue 12, ents38; read38: "merchant
vessel Gibe" ORG, "the pirate dhow, Salahaddin" GPE, "a dhow was identified as Salahuddin"
PERSON, "a Saudi oil carrier (NCC Tihama)" GPE, "the M/S Columbus" ORG). Mentions are set by
hand; every sentence and name is invented."""

from __future__ import annotations

from newsbeat.enrich.actor_merchant_ships import drop_merchant_ships
from newsbeat.enrich.actor_table import ArticleActors


def _table(text: str, *actors: tuple[str, str, str, int]) -> ArticleActors:
    table = ArticleActors(text=text)
    for name, kind, phrase, nth in actors:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        table._add(name, kind, start, start + len(phrase))
    return table


def test_a_ship_after_its_kind_is_no_actor() -> None:
    text = (
        "The call came from merchant vessel Brennholt. The pirate dhow, Quelmar, fled; a "
        "second dhow was identified as Orvane, and a Kaldrian oil carrier (NCC Tessaly) "
        "escaped. Later Brennholt reached port and the Quelmar was seized. Passengers "
        "rejoined the M/S Varda."
    )
    table = _table(
        text,
        ("Brennholt", "ORG", "Brennholt", 0),
        ("Quelmar", "GPE", "Quelmar", 0),
        ("Tessaly", "GPE", "Tessaly", 0),
        ("Brennholt", "ORG", "Brennholt", 1),
        ("Quelmar", "GPE", "Quelmar", 1),
        ("M/S Varda", "ORG", "M/S Varda", 0),
        ("Orvane", "PERSON", "Orvane", 0),
    )
    drop_merchant_ships(table)
    assert table.actors == {}
    assert table.mentions == []


def test_an_airline_a_navy_ship_and_a_country_stay() -> None:
    """Guards: "the carrier Velmair" (an airline's word), "naval ship Orsk" (a navy's ship,
    type_vessels'), "the vessel reached Kenya" (no name after the noun), a country."""
    text = (
        "The Gulf carrier Velmair flew them home. Indian naval ship Orsk escorted a vessel "
        "from Kenya, and a tanker named Kenya was never found."
    )
    table = _table(
        text,
        ("Velmair", "ORG", "Velmair", 0),
        ("Orsk", "ORG", "Orsk", 0),
        ("Kenya", "GPE", "Kenya", 0),
        ("Kenya", "GPE", "Kenya", 1),
    )
    drop_merchant_ships(table)
    assert set(table.actors) == {"Velmair", "Orsk", "Kenya"}
