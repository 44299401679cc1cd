"""Names of one body from the data list across a story ("UN" in one article, "United Nations"
in another) are one actor (alias38, issue 12; read38: "the U.N." → "UN" beside "United
Nations"); a town's "Police Department" written bare in the article that names it in full is
the town's. Invented entity lists and sentences; the rules' tests fail without them, the
guards pass with and without them."""

from __future__ import annotations

from newsbeat.actors.names import story_aliases
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Enrichment, Entity


def _article(n: int, *entities: tuple[str, str, int]) -> Enrichment:
    return Enrichment(
        article_id=n, entities=[Entity(name=a, type=t, mentions=m) for a, t, m in entities]
    )


def test_a_listed_short_name_is_the_story_s_body() -> None:
    story = [
        _article(1, ("United Nations", "ORG", 2), ("Ivo Brask", "PERSON", 1)),
        _article(2, ("UN", "ORG", 1), ("Ivo Brask", "PERSON", 2)),
    ]
    assert story_aliases(story) == {"UN": "United Nations"}


def test_a_short_alias_not_in_capitals_is_no_body() -> None:
    # guard: "Un" (a word of another language) is no "UN"
    story = [_article(1, ("United Nations", "ORG", 2)), _article(2, ("Un", "ORG", 1))]
    assert story_aliases(story) == {}


def test_a_person_of_a_listed_name_is_no_body() -> None:
    # guard: a name typed as a person keeps its own
    story = [_article(1, ("Hezbollah", "ORG", 2)), _article(2, ("Hizbollah", "PERSON", 1))]
    assert "Hizbollah" not in story_aliases(story)


def _orgs(text: str) -> list[str]:
    actors = build_actors(load_pipeline("en_core_web_sm")(text)).actors
    return sorted(n for n, a in actors.items() if a.type == "ORG")


def test_the_police_department_is_the_town_s_one() -> None:
    text = (
        "Chief Ivo Brask of the Woodburn Police Department said the road was closed. "
        "Brask, who has served with the Police Department for ten years, said no one was hurt."
    )
    assert "Police Department" not in _orgs(text)


def test_two_towns_police_keep_the_bare_name_apart() -> None:
    # guard: "the Police Department" beside two towns' departments may be either
    text = (
        "Officers of the Woodburn Police Department and the Salem Police Department searched "
        "the yard. Ivo Brask, who has served with the Police Department for ten years, said "
        "no one was hurt."
    )
    assert "Police Department" in _orgs(text)
