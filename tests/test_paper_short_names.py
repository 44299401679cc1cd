"""A newspaper's one word across a story ("the Post" of the story's one "Kittby Post") and the
Sunday paper the model cuts ("the Herald on Sunday" tagged "Herald") (alias37, issue 12;
read37: "The Post" ×10 beside "Washington Post"). Invented names; the rules' tests fail
without them, the guards pass with and without them."""

from __future__ import annotations

from newsbeat.actors.names import story_aliases
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Enrichment, Entity


def _article(n: int, *entities: tuple[str, str, int]) -> Enrichment:
    return Enrichment(
        article_id=n, entities=[Entity(name=a, type=t, mentions=m) for a, t, m in entities]
    )


def test_a_paper_s_one_word_is_the_story_s_one_paper_of_that_name() -> None:
    story = [
        _article(1, ("Boston Post", "ORG", 3), ("Lena Holm", "PERSON", 2)),
        _article(2, ("Post", "ORG", 4), ("Lena Holm", "PERSON", 1)),
    ]
    assert story_aliases(story) == {"Post": "Boston Post"}


def test_two_papers_of_one_name_keep_the_one_word_apart() -> None:
    # guard: "the Times" beside a Boston and a Denver Times may be either
    story = [
        _article(1, ("Boston Times", "ORG", 3)),
        _article(2, ("Times", "ORG", 2), ("Denver Times", "ORG", 1)),
        _article(3, ("Times", "ORG", 1)),
    ]
    assert "Times" not in story_aliases(story)


def test_the_sunday_paper_cut_by_the_model_is_named_whole() -> None:
    text = "Ferry pilot Ivo Brask said the engine failed, the Herald on Sunday reported."
    actors = build_actors(load_pipeline("en_core_web_sm")(text)).actors
    assert [n for n in actors if "Herald" in n] == ["Herald on Sunday"]


def test_a_weekday_paper_keeps_its_word() -> None:
    # guard: "the Herald" read on a Sunday is still the Herald
    text = "Ferry pilot Ivo Brask said the engine failed, the Herald on Monday reported."
    actors = build_actors(load_pipeline("en_core_web_sm")(text)).actors
    assert [n for n in actors if "Herald" in n] == ["Herald"]


def test_a_capital_the_country_table_reads_as_its_country_names_papers_too() -> None:
    # "Washington" is the United States in the country table, and a town before a paper
    story = [
        _article(1, ("Washington Herald", "ORG", 2)),
        _article(2, ("Herald", "ORG", 3), ("Washington Bats", "ORG", 1)),
        _article(3, ("Bats", "ORG", 1)),
    ]
    assert story_aliases(story) == {"Herald": "Washington Herald", "Bats": "Washington Bats"}


def test_a_country_named_like_its_capital_names_no_paper() -> None:
    # guard: "Singapore Herald" may be the country's paper; nor is a country a team's town
    story = [_article(1, ("Singapore Herald", "ORG", 2)), _article(2, ("Herald", "ORG", 3))]
    assert story_aliases(story) == {}
