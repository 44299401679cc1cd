"""A relative named by her first name alone ("his daughter, Ada,") is the story's one person of
that first name and a surname of her article (alias37, issue 12; read37: "a daughter, Joan,"
beside the story's "Joan Felt"). Invented names; the rule's tests fail without it, the guards
pass with and without it."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Enrichment, Entity


def _article(aid: int, *people: tuple[str, int, str | None]) -> Enrichment:
    return Enrichment(
        article_id=aid,
        entities=[Entity(name=n, type="PERSON", mentions=k, role=r) for n, k, r in people],
    )


def _names(*story: Enrichment) -> set[str]:
    return {x.name for e in resolve_surnames(story) for x in e.entities}


def test_a_first_name_after_a_kin_noun_takes_it_as_her_role() -> None:
    text = (
        "Tomas Vellacott, the harbour master of Kittby, has died at 91. He married in 1938."
        " The couple had a daughter, Ada, and a son."
    )
    actors = build_actors(load_pipeline("en_core_web_sm")(text)).actors
    assert actors["Ada"].roles == ["daughter"]


def test_the_relative_is_the_story_s_one_person_of_her_name_and_family() -> None:
    story = (
        _article(1, ("Tomas Vellacott", 9, None), ("Ada", 1, "daughter")),
        _article(2, ("Ada Vellacott", 2, None), ("Tomas Vellacott", 3, None)),
    )
    assert _names(*story) == {"Tomas Vellacott", "Ada Vellacott"}


def test_a_first_name_without_a_kin_noun_stays() -> None:
    # guard: "Ada" alone may be anyone
    story = (
        _article(1, ("Tomas Vellacott", 9, None), ("Ada", 1, None)),
        _article(2, ("Ada Vellacott", 2, None)),
    )
    assert "Ada" in _names(*story)


def test_two_people_of_the_first_name_and_the_article_s_families_stay_apart() -> None:
    # guard: an Ada of each family the article names
    story = (
        _article(1, ("Tomas Vellacott", 9, None), ("Ines Brask", 2, None), ("Ada", 1, "wife")),
        _article(2, ("Ada Vellacott", 2, None), ("Ada Brask", 1, None)),
    )
    assert "Ada" in _names(*story)
