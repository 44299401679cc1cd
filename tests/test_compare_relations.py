"""Relations side by side: only relations between two actors are compared, and agreement needs
two texts stating the relation in sentences of their own (issue 12, item 2)."""

from __future__ import annotations

from typing import Any

from _report_support import make_enrichment
from newsbeat.compare import compare_articles
from newsbeat.models import Article


def _articles(*outlets: str, copy_of: dict[int, int] | None = None) -> list[Article]:
    return [
        Article(
            id=i,
            title=f"t{i}",
            text="x",
            outlet=outlet,
            published=f"2026-03-0{i}",
            duplicate_of=(copy_of or {}).get(i),
        )
        for i, outlet in enumerate(outlets, start=1)
    ]


def _relation(aid: int, outlet: str, evidence: str, target: str = "Kaldria") -> dict[str, Any]:
    return {
        "type": "AID",
        "source": "Sorvenland",
        "target": target,
        "evidence": evidence,
        "article_id": aid,
        "outlet": outlet,
    }


def test_the_same_sentence_in_an_edited_copy_is_not_agreement() -> None:
    articles = _articles("Herald", "Post")
    sentence = "Sorvenland will lend four patrol vessels to Kaldria, the minister said on Monday."
    edited = "Sorvenland will lend five patrol vessels to Kaldria, the minister said on Monday."
    enrichments = {
        1: make_enrichment(1, {"relations": [_relation(1, "Herald", sentence)]}),
        2: make_enrichment(2, {"relations": [_relation(2, "Post", edited)]}),
    }
    result = compare_articles(articles, enrichments)
    assert len(result.relations) == 1
    assert not [g for g in result.agreed if g.to_json()["kind"] == "relation"]


def test_two_independent_sentences_agree() -> None:
    articles = _articles("Herald", "Post")
    enrichments = {
        1: make_enrichment(
            1, {"relations": [_relation(1, "Herald", "Sorvenland will lend ships to Kaldria.")]}
        ),
        2: make_enrichment(
            2,
            {
                "relations": [
                    _relation(
                        2, "Post", "Four Sorven patrol vessels are to be lent to Kaldria's navy."
                    )
                ]
            },
        ),
    }
    result = compare_articles(articles, enrichments)
    agreed = [g.to_json() for g in result.agreed if g.to_json()["kind"] == "relation"]
    assert [(a["source"], a["target"]) for a in agreed] == [("Sorvenland", "Kaldria")]


def test_an_event_without_a_target_is_not_compared_as_a_relation() -> None:
    articles = _articles("Herald", "Post")
    enrichments = {
        1: make_enrichment(1, {"relations": [_relation(1, "Herald", "Sorvenland mobilised.", "")]}),
        2: make_enrichment(2, {"relations": [_relation(2, "Post", "Sorvenland called up.", "")]}),
    }
    result = compare_articles(articles, enrichments)
    assert result.relations == []
    assert not [u for u in result.unique if u["kind"] == "relation"]
