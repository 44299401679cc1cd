"""A navy's ship written with and without its prefix across a story is one actor (ents39,
issue 12; read38: "Mysore" beside "INS Mysore"). Invented entity lists; the rule's test fails
without it, the guards pass with and without it."""

from __future__ import annotations

from newsbeat.actors import story_aliases
from newsbeat.models import Enrichment, Entity


def _article(n: int, *entities: tuple[str, str, int]) -> Enrichment:
    return Enrichment(
        article_id=n, entities=[Entity(name=a, type=t, mentions=m) for a, t, m in entities]
    )


def test_a_ship_written_with_and_without_its_prefix_is_one() -> None:
    story = [
        _article(1, ("INS Orskvik", "ORG", 3), ("Velmar", "GPE", 2)),
        _article(2, ("Orskvik", "ORG", 2), ("Velmar", "GPE", 1)),
    ]
    assert story_aliases(story) == {"Orskvik": "INS Orskvik"}


def test_guard_two_ships_of_one_name_stay_apart() -> None:
    story = [
        _article(1, ("INS Orskvik", "ORG", 3), ("HMS Orskvik", "ORG", 1)),
        _article(2, ("Orskvik", "ORG", 2)),
    ]
    assert "Orskvik" not in story_aliases(story)


def test_guard_a_town_of_the_ships_name_stays_apart() -> None:
    story = [
        _article(1, ("INS Orskvik", "ORG", 3)),
        _article(2, ("Orskvik", "GPE", 2)),
    ]
    assert "Orskvik" not in story_aliases(story)
