"""Enrichment of fixture articles: each ``tests/fixtures/enrich/X.txt`` has its expectations in
``X.json`` beside it (entities and roles, quotes with speakers and via, claims with ranges,
relations with types, and what must NOT be found)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Enrichment

FIXTURES = Path(__file__).parent / "fixtures" / "enrich"


def _expect(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def _enrich(name: str) -> Enrichment:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    options = EnrichOptions(processes=1)
    [result] = list(enrich_articles([ArticleInput(id=1, text=text, outlet="Fixture")], options))
    return result


@pytest.fixture(scope="module")
def holms() -> Enrichment:
    return _enrich("two_holms")


@pytest.fixture(scope="module")
def claims() -> Enrichment:
    return _enrich("claims")


@pytest.fixture(scope="module")
def relations() -> Enrichment:
    return _enrich("relations")


def test_entities_have_canonical_names_and_roles(holms: Enrichment) -> None:
    expected = _expect("two_holms")
    found = {e.name: e for e in holms.entities}
    for want in expected["entities"]:
        assert want["name"] in found, f"missing entity {want['name']}: {sorted(found)}"
        entity = found[want["name"]]
        assert entity.type == want["type"]
        if "role" in want:
            assert entity.role == want["role"]
    for name in expected["not_entities"]:
        assert name not in found


@pytest.mark.parametrize("index", range(len(_expect("two_holms")["quotes"])))
def test_quote_speakers(holms: Enrichment, index: int) -> None:
    want = _expect("two_holms")["quotes"][index]
    hits = [q for q in holms.quotes if want["contains"] in q.text and q.kind == want["kind"]]
    assert hits, f"no {want['kind']} quote containing {want['contains']!r}: {holms.quotes}"
    assert hits[0].speaker == want["speaker"]
    if "via" in want:
        assert hits[0].via == want["via"]
    assert hits[0].outlet == "Fixture" and hits[0].article_id == 1


def test_quote_across_paragraphs_is_one_quote(holms: Enrichment) -> None:
    first, last = _expect("two_holms")["multi_paragraph_quote"]
    assert any(first in q.text and last in q.text for q in holms.quotes)


@pytest.mark.parametrize("index", range(len(_expect("claims")["claims"])))
def test_claims_ranges_and_claimants(claims: Enrichment, index: int) -> None:
    want = _expect("claims")["claims"][index]
    hits = [
        c
        for c in claims.claims
        if want["sentence_contains"] in c.sentence and c.what == want["what"]
    ]
    assert hits, f"no claim of {want['what']!r} in {want['sentence_contains']!r}: {claims.claims}"
    claim = hits[0]
    assert claim.low == (None if want["low"] is None else pytest.approx(want["low"]))
    assert claim.high == (None if want["high"] is None else pytest.approx(want["high"]))
    assert claim.exact is want["exact"]
    for key in ("claimant", "unit", "time_ref"):
        if key in want:
            assert getattr(claim, key) == want[key], key


def test_numbers_in_urls_dates_years_and_names_are_not_claims(claims: Enrichment) -> None:
    values = {c.low for c in claims.claims} | {c.high for c in claims.claims}
    for not_claim in (4821, 2026, 12, 1994, 2011, 16, 7, 2):
        hits = [
            c
            for c in claims.claims
            if not_claim in values and c.low == not_claim and "people" not in c.what
        ]
        assert not hits, f"{not_claim} reported as a claim: {hits}"
    assert not any("nations" in c.what for c in claims.claims)


@pytest.mark.parametrize("index", range(len(_expect("relations")["relations"])))
def test_relation_types(relations: Enrichment, index: int) -> None:
    want = _expect("relations")["relations"][index]
    reported = [r for r in relations.relations if not r.negated]
    hits = [r for r in reported if r.type == want["type"] and r.source == want["source"]]
    assert hits, f"no {want['type']} by {want['source']}: {reported}"
    if want["target"] is not None:
        assert want["target"] in {r.target for r in hits}


def test_negated_hypothetical_and_quoted_events_are_not_reported(relations: Enrichment) -> None:
    expected = _expect("relations")
    reported = [r for r in relations.relations if not r.negated]
    for bad in expected["not_reported"]:
        clash = [
            r
            for r in reported
            if r.type == bad["type"]
            and r.source == bad.get("source", r.source)
            and r.target == bad.get("target", r.target)
        ]
        assert not clash, f"reported {bad}: {clash}"
    for want in expected["negated"]:
        assert any(
            r.negated and r.type == want["type"] and r.source == want["source"]
            for r in relations.relations
        )
    for hypothetical in expected["hypothetical"]:
        assert not [r for r in relations.relations if r.source == hypothetical["source"]]


def test_evidence_is_the_sentence(relations: Enrichment) -> None:
    text = (FIXTURES / "relations.txt").read_text(encoding="utf-8")
    for r in relations.relations:
        assert r.evidence in text


def test_non_english_article_is_skipped_with_reason() -> None:
    result = _enrich("german")
    for part in _expect("german")["skipped_reason_contains"]:
        assert result.skipped_reason is not None and part in result.skipped_reason
    assert not result.quotes and not result.claims and not result.relations


def test_analyse_doc_is_pure(holms: Enrichment) -> None:
    from newsbeat.enrich.nlp import load_pipeline, mask_datelines

    text = (FIXTURES / "two_holms.txt").read_text(encoding="utf-8")
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    again = analyse_doc(doc, ArticleInput(id=1, text=text, outlet="Fixture"), EnrichOptions())
    assert again.quotes == holms.quotes and again.entities == holms.entities


@pytest.fixture(scope="module")
def attribution_forms() -> Enrichment:
    return _enrich("attribution_forms")


@pytest.mark.parametrize("index", range(len(_expect("attribution_forms")["quotes"])))
def test_attribution_forms(attribution_forms: Enrichment, index: int) -> None:
    want = _expect("attribution_forms")["quotes"][index]
    hits = [q for q in attribution_forms.quotes if want["contains"] in q.text]
    assert hits, f"no quote containing {want['contains']!r}: {attribution_forms.quotes}"
    assert (hits[0].kind, hits[0].speaker) == (want["kind"], want["speaker"])


def test_cue_verb_is_not_part_of_a_name(attribution_forms: Enrichment) -> None:
    expected = _expect("attribution_forms")
    names = {e.name: e.type for e in attribution_forms.entities}
    for want in expected["entities"]:
        assert names.get(want["name"]) == want["type"], names
    assert not set(expected["not_entities"]) & set(names)
