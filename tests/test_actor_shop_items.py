"""Gadgets in shopping copy are no actors (issue 12, ents38; read37's buying guide: "Sonos
Move for $400" PERSON, "Pro Max" of an iPhone a person, "features like Night Mode", "the
Note 10 Plus" ORG). Mentions are set by hand; every sentence and name is invented."""

from __future__ import annotations

from newsbeat.enrich.actor_shop_items import drop_shop_items
from newsbeat.enrich.actor_table import ArticleActors


def _table(text: str, *actors: tuple[str, str, str] | tuple[str, str, str, int]) -> ArticleActors:
    table = ArticleActors(text=text)
    for name, kind, phrase, *nth in actors:
        start = -1
        for _ in range((nth[0] if nth else 0) + 1):
            start = text.index(phrase, start + 1)
        table._add(name, kind, start, start + len(phrase))
    return table


GUIDE = (
    "Our picks of the year.\n\n"
    "Kavo Drift for $120\n\n"
    "See it now: Orvik\n\n"
    "The Kavo Drift is small and loud.\n\n"
    "Orvik Lumo 7 Max for $899\n\n"
    "The Lumo 7 Max has new features like Dusk View, and the Tarn 9 Plus is well built.\n\n"
    "Velk Pulse watch for $95\n"
)


def test_an_item_on_its_price_line_is_no_actor() -> None:
    table = _table(
        GUIDE,
        ("Kavo Drift", "PERSON", "Kavo Drift"),
        ("Kavo Drift", "PERSON", "Kavo Drift", 1),
        ("Orvik", "ORG", "Orvik", 1),
        ("Max", "PERSON", "Max"),
        ("Max", "PERSON", "Max", 1),
        ("Dusk View", "PERSON", "Dusk View"),
        ("Tarn 9 Plus", "ORG", "Tarn 9 Plus"),
        ("Velk Pulse", "PERSON", "Velk Pulse"),
    )
    drop_shop_items(table)
    assert set(table.actors) == {"Orvik"}  # the maker named first on its line stays
    assert table.actors["Orvik"].mentions == 1


def test_a_player_signed_for_millions_stays() -> None:
    """Guard: a price in millions is no gadget's, and a line that goes on is no price line."""
    text = "Tarik Omble for $4 million\n\nThe club signed Ivo Brask for $300 last year.\n"
    table = _table(
        text,
        ("Tarik Omble", "PERSON", "Tarik Omble"),
        ("Ivo Brask", "PERSON", "Ivo Brask"),
    )
    drop_shop_items(table)
    assert set(table.actors) == {"Tarik Omble", "Ivo Brask"}


def test_a_name_also_written_elsewhere_than_after_features_like_stays() -> None:
    """Guard: "features like Mara Lind" once and "Lind said" later: a person too."""
    text = "The show features like Mara Lind every week. Mara Lind said she liked it."
    table = _table(
        text,
        ("Mara Lind", "PERSON", "Mara Lind"),
        ("Mara Lind", "PERSON", "Mara Lind", 1),
    )
    drop_shop_items(table)
    assert "Mara Lind" in table.actors
