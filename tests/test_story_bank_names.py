"""A company written with and without "Bank" across a story ("Kestrel Ridge" beside one
article's "Kestrel Ridge Bank") is one actor (alias38, issue 12; read38: "a Woodburn-area Wells
Fargo Bank" beside "Wells Fargo"). Invented entity lists; the rule's test fails without it, the
guards pass with and without it."""

from __future__ import annotations

from newsbeat.actors.names import story_aliases
from newsbeat.models import Enrichment, Entity


def _article(n: int, *entities: tuple[str, str, int]) -> Enrichment:
    return Enrichment(
        article_id=n, entities=[Entity(name=a, type=t, mentions=m) for a, t, m in entities]
    )


def test_a_company_written_with_and_without_bank_is_one() -> None:
    story = [
        _article(1, ("Kestrel Ridge", "ORG", 3), ("Vondal Bank", "ORG", 2)),
        _article(2, ("Kestrel Ridge Bank", "ORG", 1), ("Vondal Bank", "ORG", 1)),
    ]
    assert story_aliases(story) == {"Kestrel Ridge Bank": "Kestrel Ridge"}


def test_a_company_with_another_business_of_its_name_keeps_its_bank_apart() -> None:
    # guard: "Kestrel Ridge" may be the group of the bank and of the insurer
    story = [
        _article(1, ("Kestrel Ridge", "ORG", 3), ("Kestrel Ridge Insurance", "ORG", 1)),
        _article(2, ("Kestrel Ridge Bank", "ORG", 1)),
    ]
    assert story_aliases(story) == {}


def test_a_place_before_bank_is_no_company_of_the_bank() -> None:
    # guard: a town typed as an organisation beside its town's bank
    story = [
        _article(1, ("Denver", "ORG", 3)),
        _article(2, ("Denver Bank", "ORG", 1)),
    ]
    assert story_aliases(story) == {}
