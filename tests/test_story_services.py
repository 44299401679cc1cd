"""A country's navy written bare across a story ("the Navy said" beside "the Norwegian Navy";
quotes given to "navy" and "Norway's navy") is one actor with its full name (alias38, issue
12; read38: "Navy" ×13 beside "Indian Navy" ×14, seven speaker headings for one navy and its
government). Invented sentences' entity lists; the rules' tests fail without them, the guards
pass with and without them."""

from __future__ import annotations

from newsbeat.actors.names import story_aliases
from newsbeat.models import Enrichment, Entity, Quote
from newsbeat.serialize import entities_json


def _article(n: int, *entities: tuple[str, str, int], speakers: tuple[str, ...] = ()) -> Enrichment:
    return Enrichment(
        article_id=n,
        entities=[Entity(name=a, type=t, mentions=m) for a, t, m in entities],
        quotes=[
            Quote(text=f"we acted {i}", speaker=s, article_id=n) for i, s in enumerate(speakers)
        ],
    )


def test_the_bare_navy_is_the_story_s_one_navy() -> None:
    story = [
        _article(1, ("Norwegian Navy", "ORG", 4), ("Norway", "GPE", 2)),
        _article(2, ("Navy", "ORG", 3), ("Norway", "GPE", 1), ("Ivo Brask", "PERSON", 1)),
    ]
    assert story_aliases(story) == {"Navy": "Norwegian Navy"}
    listed = {e["name"]: e["mentions"] for e in entities_json(story)}
    assert listed["Norwegian Navy"] == 7 and "Navy" not in listed


def test_a_navy_s_speaker_forms_are_its_full_name() -> None:
    # quotes given to "navy", "Norway's navy", "Norwegian navy"; no entity of those forms
    story = [
        _article(1, ("Norwegian Navy", "ORG", 2), ("Norway", "GPE", 1)),
        _article(2, ("Norway", "GPE", 2), speakers=("navy", "Norway's navy")),
        _article(3, ("Norway", "GPE", 1), speakers=("Norwegian navy",)),
    ]
    assert story_aliases(story) == {
        "navy": "Norwegian Navy",
        "Norway's navy": "Norwegian Navy",
        "Norwegian navy": "Norwegian Navy",
    }
    assert [e["name"] for e in entities_json(story)] == ["Norway", "Norwegian Navy"]


def test_the_bare_navy_beside_a_navy_less_named_is_the_main_one() -> None:
    # an article names another country's navy once but talks about Norway
    story = [
        _article(1, ("Norwegian Navy", "ORG", 5)),
        _article(2, ("Navy", "ORG", 3), ("Chilean Navy", "ORG", 1), ("Norway", "GPE", 3)),
    ]
    assert story_aliases(story) == {"Navy": "Norwegian Navy"}


def test_two_navies_named_as_often_keep_the_bare_word_apart() -> None:
    # guard: a joint exercise of two navies
    story = [
        _article(1, ("Norwegian Navy", "ORG", 2), ("Chilean Navy", "ORG", 2)),
        _article(2, ("Navy", "ORG", 3)),
    ]
    assert "Navy" not in story_aliases(story)


def test_an_article_about_another_navy_keeps_its_own() -> None:
    # guard: the story is about Norway's navy, but the article writing "Navy" is about Chile's
    story = [
        _article(1, ("Norwegian Navy", "ORG", 6), ("Norway", "GPE", 3)),
        _article(2, ("Navy", "ORG", 2), ("Chilean Navy", "ORG", 1), ("Chile", "GPE", 3)),
    ]
    assert "Navy" not in story_aliases(story)


def test_no_navy_named_in_full_leaves_the_bare_word() -> None:
    # guard: "the Navy" alone says nothing of whose
    story = [_article(1, ("Navy", "ORG", 3), ("Norway", "GPE", 2))]
    assert story_aliases(story) == {}


def test_a_country_and_its_government_are_not_its_navy() -> None:
    # guard: the country, its government and its navy are three actors
    story = [
        _article(1, ("Norwegian Navy", "ORG", 3), ("Norway", "GPE", 2)),
        _article(2, ("Norway", "GPE", 2), speakers=("Norway", "Norwegian government")),
    ]
    assert story_aliases(story) == {}


def test_another_country_s_navy_written_in_lower_case_stays_apart() -> None:
    # guard: "Chilean navy" is no form of the Norwegian Navy
    story = [
        _article(1, ("Norwegian Navy", "ORG", 4), ("Norway", "GPE", 2)),
        _article(2, ("Chile", "GPE", 2), speakers=("Chilean navy",)),
    ]
    assert story_aliases(story) == {}
