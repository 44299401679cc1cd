"""Invented fixtures for the analysis rules that had none (issue 12: "every rule gets an
invented fixture that fails without it").

Each case names its rule; each was checked to fail with that rule disabled (the audit table
"Rules and their fixtures" in docs/realnews-annotation.md lists every rule and its test).
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, candidate_sentences, summarise_articles
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Article, Claim, Enrichment


def _enrich(text: str) -> Enrichment:
    article = ArticleInput(id=1, text=text, outlet="Fixture", language="en")
    return next(iter(enrich_articles([article], EnrichOptions(processes=1))))


def _claims(text: str) -> list[Claim]:
    return _enrich(text).claims


def _claim(text: str, value: float) -> Claim:
    found = [c for c in _claims(text) if c.low == value or c.high == value]
    assert found, _claims(text)
    return found[0]


# -- relations (enrich/relation_rules.py) -------------------------------------------------------


def test_counterfactual_states_no_relation() -> None:
    # rule: relation_rules.counterfactual ("would have attacked" is hypothetical)
    found = _enrich("Officials said Velmar would have attacked Kaldria if the talks had failed.")
    assert not [r for r in found.relations if r.target and not r.negated], found.relations


def test_counted_nationals_are_not_their_state() -> None:
    # rule: relation_rules.counted_nationals ("12 Pakistanis" are people, not Pakistan)
    found = _enrich("India freed 12 Pakistanis held since May, the ministry said.")
    assert not [r for r in found.relations if r.target == "Pakistan"], found.relations


# -- what is not a claim (enrich/not_claims.py) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            # (a length, mass, area or speed the figure converts to is read as the same claim
            # in its second unit: claim_conversions; tons are a short or a long ton)
            "The barge carried 2,300 tons (2,087 tonnes) of grain to Velmar.",
            {2087.0},
            id="conversion: a figure converted in brackets is not a second claim",
        ),
        pytest.param(
            "The airline paid $US1 million ($1.52 million) for the slot.",
            {1.52e6},
            id="conversion: an amount in another currency in brackets",
        ),
        pytest.param(
            "Velmar 3 Kittby 1, Orsa 2 Brask 2, Holm 4 Dahl 0, Lind 1 Berg 1.",
            {1.0, 2.0, 3.0, 4.0},
            id="table row: many figures and few words are scores, not claims",
        ),
        pytest.param(
            "The index fell 1250. 5 points on Friday.",
            {5.0},
            id="split number: the half of a decimal the claims could not rejoin",
        ),
        pytest.param(
            "Workers laid 12-ply pipes under 30 streets.",
            {12.0},
            id="a number glued to a word after it is a code, not a count",
        ),
        pytest.param(
            "Crews fought the fire in temperatures of minus 17 degrees on Sunday.",
            {17.0},
            id="a figure after 'minus' is never read without its sign",
        ),
    ],
)
def test_not_a_claim(text: str, absent: set[float]) -> None:
    values = {v for c in _claims(text) for v in (c.low, c.high) if v is not None}
    assert not values & absent, _claims(text)


# -- claim slots (enrich/claim_slots.py) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        pytest.param(
            "Velmar will pay $334 million, $281 million in cash, for the port.",
            281e6,
            "part",
            id="'N in cash' is a part of the total",
        ),
        pytest.param(
            "The attack left 80 wounded, among them 30 soldiers.",
            30.0,
            "part",
            id="'among them N' is a part",
        ),
        pytest.param(
            "The blast hurt 80 people, including several teachers from the town and 30 children.",
            30.0,
            "part",
            id="a figure under a distant 'including' is a part",
        ),
        pytest.param(
            "Rescuers found another five bodies on Tuesday.",
            5.0,
            "part",
            id="'another N' is an increment, a part of a larger figure",
        ),
        pytest.param(
            "Officials said 20 more people were hurt on Monday.",
            20.0,
            "part",
            id="'N more' is an increment",
        ),
        pytest.param(
            "A total of 120 people were hurt in the blast.",
            120.0,
            "total",
            id="'a total of N' is a total",
        ),
        pytest.param(
            "The river carried 3,000 tonnes per day past the dam.",
            3000.0,
            "rate",
            id="'N per day' is a rate",
        ),
    ],
)
def test_claim_role(text: str, value: float, role: str) -> None:
    assert _claim(text, value).role == role


def test_claim_subject_is_the_actor_of_its_event() -> None:
    # rule: claim_subjects._subject (the actor doing what the figure counts)
    claim = _claim("Velmar Police arrested 12 protesters on Monday.", 12.0)
    assert claim.subject == "Velmar Police"


# -- speakers (enrich/speakers.py) ----------------------------------------------------------


def test_a_name_inside_a_modifier_is_never_the_fallback_speaker() -> None:
    # rule: speakers._modifier (no subject person in the sentences before: the last person
    # mentioned, skipping "Biden" in "the Biden administration's")
    text = (
        "The envoy met Maria Lopez on Monday. The talks covered the Biden administration's "
        'border policy. "We cannot wait any longer for a plan," she said.'
    )
    doc = load_pipeline("en_core_web_sm")(text)
    found = [q for q in extract_quotes(doc, build_actors(doc)) if q.kind == "direct"]
    assert [q.speaker for q in found] == ["Maria Lopez"]


def test_an_untagged_described_subject_beats_a_later_tagged_name() -> None:
    # rule: speakers._untagged_name (NER missed "Orvan Tesk"; "Erik Dahl" is only mentioned)
    text = (
        "Orvan Tesk, a trade professor at Velmar University, said the talks with Erik Dahl had "
        'stalled. "Nobody wants to move first," he said.'
    )
    doc = load_pipeline("en_core_web_sm")(text)
    doc.ents = [e for e in doc.ents if "Tesk" not in e.text]
    found = [q for q in extract_quotes(doc, build_actors(doc)) if "Nobody" in q.text]
    assert [q.speaker for q in found] == ["Orvan Tesk"]


# -- summaries (compare/summarise.py) -------------------------------------------------------


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title=f"t{aid}", text=text, outlet=outlet, published=f"2026-03-0{aid}")


def test_a_sentence_starting_mid_thought_is_no_candidate() -> None:
    # rule: summary_usable.usable (lower-case start: a fragment of the sentence before)
    text = (
        "Dock workers in Velmar walked out on Monday over pay.\n\n"
        "and the port was closed for the rest of the week by the authority."
    )
    sentences = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert sentences == ["Dock workers in Velmar walked out on Monday over pay."]


def test_a_sentence_about_another_event_is_left_out() -> None:
    # rule: summarise_articles' off-event filter (shares nothing with the lead fact or others)
    articles = [
        _article(1, "Wire", "Dock workers in Velmar walked out on Monday over pay, halting the"
                 " port.\n\nA jazz festival in Brask sold every ticket for its summer concerts."),
        _article(2, "Post", "Velmar's dock workers went on strike on Monday over pay, stopping"
                 " the port.\n\nShipping lines said the strike at the port would delay ships."),
    ]  # fmt: skip
    summary = summarise_articles(articles, None, SummaryOptions(sentences=3))
    assert summary and not [s for s in summary if "jazz" in s.text], [s.text for s in summary]
