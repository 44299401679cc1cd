"""The conflicts' wording gate scores a pair of claims on their two sentences alone (issue 12):
a claim read elsewhere in the story must not move a pair across the gate. Invented articles."""

from __future__ import annotations

import pytest
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import explain_claims
from newsbeat.compare.wording import content_words, default_weights, wording_similarity

_PAIR = [
    ("Wire", "Firefighters rescued 14 hikers from the flooded canyon near Marlow on Sunday.\n"),
    ("Post", "Rescuers pulled 12 hikers out of the canyon near Marlow on Sunday, police said.\n"),
]
# Unrelated claims sharing words with the pair ("canyon", "Sunday", "police"): under a weight
# fitted on the story's claim sentences they changed every shared word's weight.
_OTHERS = [
    ("Mail", "The canyon road was closed for 3 hours on Sunday, police said.\n"),
    ("Star", "Police said the Marlow canyon trail has 40 bridges and 2 huts.\n"),
]


def _scores(outlets: list[tuple[str, str]]) -> dict[frozenset[float], float]:
    articles, enrichments = _enrich(outlets)
    return {
        frozenset((row["a"]["value"], row["b"]["value"])): row["similarity"]
        for row in explain_claims(articles, enrichments)
    }


def test_an_unrelated_claim_does_not_move_a_pairs_score() -> None:
    alone = _scores(_PAIR)
    pair = frozenset((12.0, 14.0))
    assert pair in alone and 0.0 < alone[pair] < 1.0
    for other in _OTHERS:
        assert _scores([*_PAIR, other])[pair] == alone[pair]
    assert _scores([*_PAIR, *_OTHERS])[pair] == alone[pair]


def test_the_score_reads_the_two_sentences_only() -> None:
    a, b = _PAIR[0][1], _PAIR[1][1]
    assert wording_similarity(a, a) == pytest.approx(1.0)
    assert wording_similarity(a, b) == wording_similarity(b, a)
    assert 0.0 < wording_similarity(a, b) < 1.0
    assert wording_similarity(a, "The minister spoke at length.") == 0.0
    assert wording_similarity("It was the one that is.", a) == 0.0  # stop words only


def test_a_common_word_weighs_less_than_a_rare_one() -> None:
    weights = default_weights()
    assert weights.of("said") < weights.of("canyon") <= weights.of("zzqx")
    assert content_words("The 14 hikers were rescued") == ["hikers", "rescued"]
