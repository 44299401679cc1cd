"""A fact check's examined claim and a rumour's figures are not the outlet's claims, and the
examined claim leads no summary (issue 12; reader17 read a real fact-check page whose only
summary bullet and six claims were the figures it calls unsubstantiated). Invented text."""

from __future__ import annotations

import pytest
from tests._enrich_docs import counted

from newsbeat.compare import summary_candidates
from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.enrich.fact_checks import checked_claim_spans

CHECK = (
    "Claim\n\nFormer harbour master Lena Holm has a net worth of $17 million.\n\nRating\n\n"
    "Unproven\n\nOrigin\n\nOn March 3, Holm testified before the Kittby council's 12 members"
    " about the ferry contracts. Within hours, posts on social media said her fortune far"
    " exceeded her salary.\n\nWe found no evidence for those posts."
)


def test_the_examined_claim_of_a_fact_check_is_no_claim() -> None:
    assert [value for _, value in counted(CHECK)] == [12.0]


@pytest.mark.parametrize(
    "text",
    [
        "In sum, the claim that Holm has a fortune of $17 million (or $6 million) is baseless.",
        "The port dismissed rumours that 40 dockers had been laid off.",
    ],
)
def test_a_refuted_claim_or_a_rumour_holds_no_claim(text: str) -> None:
    assert counted(text) == []


def test_a_partys_claim_nobody_calls_false_stays() -> None:
    found = counted("Kaldria's claim that 300 soldiers died was rejected by Sorvenland.")
    assert [value for _, value in found] == [300.0]


@pytest.mark.parametrize(
    "text",
    [
        "Claim\n\nInsurers received 3,000 claims after the storm.\n\nThe rating was cut.",
        "Claims\n\nInsurers paid 3,000 claims.\n\nRating agencies cut the insurer.",
    ],
)
def test_without_both_headings_a_page_is_no_fact_check(text: str) -> None:
    assert checked_claim_spans(text) == []


def _bullets() -> list[str]:
    from newsbeat.models import Article

    article = Article(id=1, title="", outlet="Check Desk", published="2026-03-05", text=CHECK)
    return [s.text for s in summarise_articles([article], {}, SummaryOptions(sentences=2))]


def test_the_examined_claim_leads_no_summary() -> None:
    bullets = _bullets()
    assert bullets and not any("net worth" in b for b in bullets), bullets


def test_without_the_rule_the_examined_claim_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_candidates, "checked_claim_spans", lambda _: [])
    assert "net worth" in _bullets()[0]
