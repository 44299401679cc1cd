"""A person a summary names by surname alone is introduced at first mention (branch sumverbs;
invented fixtures): "[Otto] Brenn said ...", from the story's PERSON entities. Each test fails
with the rule (``compare/summary_names.py``, applied in ``summarise_articles``) taken out."""

from __future__ import annotations

from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_names import (
    StoryPerson,
    introduce_names,
    story_people,
    without_insertions,
)
from newsbeat.models import Article, Enrichment, Entity


def _enrichment(aid: int, *people: tuple[str, str | None]) -> Enrichment:
    return Enrichment(
        article_id=aid,
        entities=[Entity(name=n, type="PERSON", role=r) for n, r in people],
    )


def test_a_surname_alone_at_first_mention_gets_the_first_name() -> None:
    people = {"brenn": StoryPerson(first="Otto", surname="Brenn")}
    out = introduce_names(
        ["The frigates sailed from Kessel on Monday.", "Brenn said the crews were ready."],
        people,
    )
    assert out == [
        "The frigates sailed from Kessel on Monday.",
        "[Otto] Brenn said the crews were ready.",
    ]
    assert without_insertions(out[1]) == "Brenn said the crews were ready."


def test_a_person_introduced_before_is_not_introduced_again() -> None:
    people = {"brenn": StoryPerson(first="Otto", surname="Brenn")}
    out = introduce_names(
        ["Admiral Otto Brenn led the fleet out.", "Brenn said the crews were ready."], people
    )
    assert out[1] == "Brenn said the crews were ready."
    # within one bullet only the first mention is introduced
    twice = introduce_names(["Brenn met Ilse Varga; Brenn said little."], people)
    assert twice == ["[Otto] Brenn met Ilse Varga; Brenn said little."]


def test_a_person_a_later_bullet_gives_in_full_is_not_introduced() -> None:
    people = {"brenn": StoryPerson(first="Otto", surname="Brenn")}
    texts = ["Brenn said the crews were ready.", "Admiral Otto Brenn led the fleet out."]
    assert introduce_names(texts, people) == texts


def test_a_title_keeps_its_place_and_a_name_or_a_modifier_is_left_alone() -> None:
    people = {"brenn": StoryPerson(first="Otto", surname="Brenn", role="Admiral")}
    assert introduce_names(["Inspector Brenn said so."], people) == [
        "Inspector [Otto] Brenn said so."
    ]
    assert introduce_names(["Brenn said so."], people) == ["[Admiral Otto] Brenn said so."]
    for untouched in (
        "Marta Brenn, his sister, said so.",  # another person's full name
        "The Brenn family said so.",  # a modifier
        "They met on Brenn Street.",  # part of a longer name
    ):
        assert introduce_names([untouched], people) == [untouched]


def test_story_people_leave_out_shared_and_common_word_surnames() -> None:
    enrichments = {
        1: _enrichment(1, ("Otto Brenn", "Admiral"), ("Hoyt Salo", None), ("Kessel Police", None)),
        2: _enrichment(2, ("Otto K. Brenn", "admiral"), ("Deborah Salo", None)),
        3: _enrichment(3, ("Otto Brenn", None), ("Ilse Varga", "Mayor")),
    }
    people = story_people(enrichments, ["The police said the admiral was ready."])
    assert people["brenn"] == StoryPerson(first="Otto", surname="Brenn", role="Admiral")
    assert "salo" not in people  # two persons share it
    assert "police" not in people  # written in lower case: a common word
    assert people["varga"].role is None  # one article's role is not enough


def test_summaries_introduce_a_surname_from_another_article() -> None:
    # the article that gives the full name is not chosen; the bullet that says "Brenn" is
    articles = [
        Article(
            id=1,
            title="",
            text="Orsa and Brask formed a joint fleet of four frigates on Monday in Kessel.",
            outlet="Wire",
            published="2026-03-01",
        ),
        Article(
            id=2,
            title="",
            text="The joint fleet of Orsa and Brask will have four frigates and a command ship."
            "\n\nBrenn said the crews of the frigates would first sail together in May.",
            outlet="Post",
            published="2026-03-02",
        ),
        Article(
            id=3,
            title="",
            # the full name only in a headline line, which is no candidate
            text="Admiral Otto Brenn to lead the joint fleet\n\nThe harbour at Kessel will"
            " host the command ship of the joint fleet from May.",
            outlet="Herald",
            published="2026-03-03",
        ),
    ]
    enrichments = {
        1: _enrichment(1),
        2: _enrichment(2, ("Brenn", None)),
        3: _enrichment(3, ("Otto Brenn", None)),
    }
    summary = summarise_articles(articles, enrichments, SummaryOptions(sentences=4))
    texts = [s.text for s in summary]
    said = [t for t in texts if "Brenn said" in t]
    assert said == [
        "[Otto] Brenn said the crews of the frigates would first sail together in May."
    ], texts
    by_id = {a.id: a for a in articles}
    for s in summary:  # the citation still holds once the insertion is taken out
        assert without_insertions(s.text) in by_id[s.article_id].text
