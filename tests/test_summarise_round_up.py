"""Summary rule (invented fixtures): "The company ..." in an article naming several
organisations (a round-up) is never a bullet; with one organisation it may be.

Each test names its rule and fails with it taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_candidates
from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_usable import definite_organisation
from newsbeat.models import Article, Enrichment, Entity

ROUND_UP = Article(
    id=1,
    title="",
    outlet="Wire",
    published="2026-04-02",
    text=(
        "Velmo Foods cut the price of its oat milk by a fifth in every store on Monday.\n\n"
        "The company said shoppers without a Velmo card would pay the new price from June.\n\n"
        "Kastor Labs was asked by the Orsa attorney general for its records on Tuesday.\n\n"
        "The company confirmed that Kastor Labs had sent the records to the attorney general."
    ),
)
TWO_COMPANIES = [
    Entity(name="Velmo Foods", type="ORG", mentions=2),
    Entity(name="Kastor Labs", type="ORG", mentions=2),
]
ONE_COMPANY = [
    Entity(name="Velmo Foods", type="ORG", mentions=2),
    Entity(name="Kastor Labs", type="ORG", mentions=1),
]


def _bullets(entities: list[Entity]) -> list[str]:
    enrichments = {1: Enrichment(article_id=1, entities=entities)}
    found = summarise_articles([ROUND_UP], enrichments, SummaryOptions(sentences=4))
    return [s.text for s in found]


def test_the_company_of_a_round_up_is_never_a_bullet() -> None:
    # rule: summary_candidates, definite_organisation with several organisations
    texts = _bullets(TWO_COMPANIES)
    assert texts and not any(t.startswith("The company") for t in texts), texts


def test_with_one_organisation_the_company_may_be_a_bullet() -> None:
    texts = _bullets(ONE_COMPANY)
    assert any(t.startswith("The company") for t in texts), texts


def test_without_the_rule_the_round_up_bullet_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_candidates, "definite_organisation", lambda text: False)
    texts = _bullets(TWO_COMPANIES)
    assert any(t.startswith("The company") for t in texts), texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company said it would pay the fine.", True),
        ("The firm confirmed the sale on Monday.", True),
        ("The company's chief Ilse Varga resigned.", True),
        ("The companies agreed to merge their stores.", False),
        ("The group said it had planted the bomb.", True),
        ("Velmo Foods said the company would pay.", False),
    ],
)
def test_definite_organisation_openings(sentence: str, expected: bool) -> None:
    assert definite_organisation(sentence) is expected
