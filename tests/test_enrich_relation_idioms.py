"""Idioms with an event noun and walking out of a place are no events (issue 12, rel35).

read34b saw "<company> made a big deal about key stability" shown as the company's AGREE
(the light verb "make" with the lexicon's noun "deal"), and the ECB+ dev dump showed a woman
"walking out of the store" as a PROTEST (the lexicon's walkout). A fuss ("a big deal
about/of/out of"), an amount or a bargain ("a great deal of", "a good deal") is no agreement;
"walking out of" a place named by a common noun that is no gathering, body or agreement is
leaving it. Invented sentences; the guards keep real deals and walkouts."""

from __future__ import annotations

import pytest

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


@pytest.mark.parametrize(
    "text",
    [
        "With that redesign, Lumacorp made a big deal about battery life.",
        "Lumacorp made a big deal of the new keyboard.",
        "Lumacorp chief Ana Ruiz made a big deal out of the launch.",
        "Lumacorp made a great deal of money last year.",
    ],
)
def test_a_fuss_or_an_amount_is_no_agreement(text: str) -> None:
    assert not any(kind == "AGREE" for kind, _, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lumacorp made a big deal with Ferrox last year.",
        "Lumacorp made a deal with Ferrox last year.",
    ],
)
def test_a_deal_with_someone_stays_an_agreement(text: str) -> None:
    assert ("AGREE", "Lumacorp", "Ferrox") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Pell and her husband were walking out of the store about 7 p.m.",
        "Anna Pell walked out of the hospital on Friday.",
    ],
)
def test_walking_out_of_a_place_is_no_protest(text: str) -> None:
    assert not any(kind == "PROTEST" for kind, _, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Abel Orrin walked out of the chamber in protest.",
        "Senator Abel Orrin walked out of Parliament on Friday.",
    ],
)
def test_a_walkout_stays_a_protest(text: str) -> None:
    assert ("PROTEST", "Abel Orrin", "") in _found(text)
