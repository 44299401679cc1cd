"""A feature's opening hook is no summary bullet (issue 12, summaries; read on unseen real
pages by reader16: "To LeBron James, triple-doubles are not a goal.", "The formation of
galaxies is a complex dance between matter and energy, …" led their summaries).

Invented fixtures; the near misses (a named subject, a figure, a date, a past verb, a present
progressive, a reported line, a hook's shape past the opening sentence) must stay candidates.
"""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_candidates
from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_generic import hook
from newsbeat.models import Article, Enrichment, Entity


@pytest.mark.parametrize(
    "sentence",
    [
        "To Lena Holm, ferries are not a business.",
        "The making of a treaty is a slow dance between capitals, spanning many seasons.",
        "The winter fishery is no longer a trade for the young.",
    ],
)
def test_a_characterising_opening_is_a_hook(sentence: str) -> None:
    assert hook(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Holm is the new mayor of Kittby.",  # a named subject
        "Kaldria is the first country to sign the pact.",
        "The Kittby ferry is a lifeline for the islands.",  # a name in the subject
        "The death toll is now 12.",  # a figure
        "The port is a crime scene since Monday.",  # a date
        "The suspect is a former soldier, police say.",  # reported
        "The ferry was a wreck when divers reached it.",  # told in the past
        "Fighting is raging in the hills above Brask.",  # a present progressive event
    ],
)
def test_news_openings_are_no_hook(sentence: str) -> None:
    assert not hook(sentence)


FEATURE = [
    Article(
        id=1,
        title="",
        outlet="Coast Weekly",
        published="2026-04-02",
        text="To Lena Holm, ferries are not a business.\n\nThe Kittby ferry company she runs"
        " carried 41,000 passengers last year and lost 2 million crowns, its accounts filed on"
        " Monday show.\n\nHolm said the company would cut two of its five routes in May.",
    )
]
ENRICHMENTS = {1: Enrichment(article_id=1, entities=[Entity(name="Lena Holm", type="PERSON")])}


def _bullets() -> list[str]:
    return [s.text for s in summarise_articles(FEATURE, ENRICHMENTS, SummaryOptions(sentences=3))]


def test_the_hook_is_never_a_bullet() -> None:
    texts = _bullets()
    assert texts and not any(t.startswith("To Lena Holm") for t in texts), texts


def test_without_the_rule_the_hook_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_candidates, "hook", lambda _: False)
    assert _bullets()[0].startswith("To Lena Holm")
