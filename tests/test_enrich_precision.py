"""Precision rules of issue 12 for relations, one invented sentence each
(``tests/fixtures/enrich/relation_precision.json``): what must be found, and what must not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Enrichment, Relation

FIXTURE = Path(__file__).parent / "fixtures" / "enrich" / "relation_precision.json"
CASES: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def enriched() -> list[Enrichment]:
    articles = [
        ArticleInput(id=i, text=c["text"], outlet="Fixture", language="en")
        for i, c in enumerate(CASES)
    ]
    by_id = {e.article_id: e for e in enrich_articles(articles, EnrichOptions(processes=1))}
    return [by_id[i] for i in range(len(CASES))]


def _matches(relation: Relation, want: dict[str, str]) -> bool:
    return all(getattr(relation, key) == value for key, value in want.items())


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c["rule"][:60] for c in CASES])
def test_relation_precision_rule(enriched: list[Enrichment], index: int) -> None:
    case = CASES[index]
    reported = [r for r in enriched[index].relations if not r.negated]
    for want in case["relations"]:
        assert any(_matches(r, want) for r in reported), f"missing {want}: {reported}"
    for bad in case["not_relations"]:
        clash = [r for r in reported if _matches(r, bad)]
        assert not clash, f"reported {bad}: {clash}"
    if not case["relations"]:
        assert not [r for r in reported if r.target], reported
