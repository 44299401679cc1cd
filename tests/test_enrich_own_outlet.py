"""The page's own outlet is page furniture, no actor of its story (issue 12, item 3): a plug,
a credit or a sign-off names it. Outlets, people and companies are invented."""

from __future__ import annotations

from tests._enrich_docs import enrich_outlets

from newsbeat.enrich.actor_outlets import is_own_outlet

TEXT = (
    "Ostra Foods said on Tuesday that its sales rose 4% in the third quarter. Lena Holm, the "
    "company's chief executive, told the Kessel Herald that prices would hold. Holm spoke to "
    "the Kessel Herald by phone from Oslo."
)


def test_the_outlet_an_article_came_from_is_no_actor_of_it() -> None:
    _, found = enrich_outlets([("Kessel Herald", TEXT), ("Velmar Post", TEXT)])
    own = {e.name for e in found[1].entities}
    other = {e.name for e in found[2].entities}
    assert "Kessel Herald" in other  # another outlet's article keeps it as a source
    assert "Kessel Herald" not in own
    assert {"Ostra Foods", "Lena Holm"} <= own


def test_an_outlet_matches_whatever_its_case_the_and_web_ending() -> None:
    assert is_own_outlet("USA TODAY", "ORG", "Usa Today")
    assert is_own_outlet("Velmarwatch", "ORG", "velmarwatch.com")
    assert is_own_outlet("Velmar.com", "ORG", "www.velmar.com")
    assert is_own_outlet("Ridge", "ORG", "The Ridge")


def test_a_brand_without_its_news_word_is_the_outlet() -> None:
    # reader17: "BBC" stayed an actor of a page whose outlet is "BBC News"
    assert is_own_outlet("Velmar", "ORG", "Velmar News")
    assert is_own_outlet("Kessel", "ORG", "Kessel Online")
    assert is_own_outlet("Velmar News", "ORG", "Velmar News")
    assert not is_own_outlet("Velmar Post", "ORG", "Velmar News")


def test_a_person_or_another_organisation_stays() -> None:
    assert not is_own_outlet("Ridge", "PERSON", "The Ridge")
    assert not is_own_outlet("Velmar Post", "ORG", "Velmar Daily")
    assert not is_own_outlet("Velmar", "ORG", None)
