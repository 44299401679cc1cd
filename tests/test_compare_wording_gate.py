"""The conflicts' wording gate (issue 12): a claim read elsewhere in the story never moves a
pair's score across the gate. Invented articles.

``compare.claims._masked_similarity`` fits its TF-IDF on the sentences of the story's articles
(:mod:`newsbeat.compare.wording`), not on the claims read from them: what the claim reader reads
does not move a pair's score (met, session 29). A score of the two sentences alone, which no
other *article* moves either, is still a goal: no story-free score tried kept pooled held-out
precision at 0.93 with main's recall (docs/realnews-annotation.md, "A wording gate that does not
depend on the story"); that test is strict, to be unmarked the day it passes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import explain_claims
from newsbeat.models import Article, Enrichment

_PAIR = [
    ("Wire", "Firefighters rescued 14 hikers from the flooded canyon near Marlow on Sunday.\n"),
    ("Post", "Rescuers pulled 12 hikers out of the canyon near Marlow on Sunday, police said.\n"),
]
# Unrelated claims sharing words with the pair ("canyon", "Sunday", "police"): under weights
# fitted on the story's claim sentences they change every shared word's weight.
_OTHERS = [
    ("Mail", "The canyon road was closed for 3 hours on Sunday, police said.\n"),
    ("Star", "Police said the Marlow canyon trail has 40 bridges and 2 huts.\n"),
]


def _scores(outlets: list[tuple[str, str]]) -> dict[frozenset[float], float]:
    return _read(*_enrich(outlets))


def _read(
    articles: list[Article], enrichments: dict[int, Enrichment]
) -> dict[frozenset[float], float]:
    return {
        frozenset((row["a"]["value"], row["b"]["value"])): row["similarity"]
        for row in explain_claims(articles, enrichments)
    }


def test_a_claim_read_elsewhere_does_not_move_a_pairs_score() -> None:
    # The same four articles; the other two articles' claims read or not (as a reader that
    # reads more, or fewer, claims): the pair's score stays. With the weights fitted on the
    # claim sentences (before session 29) it moved.
    articles, enrichments = _enrich([*_PAIR, *_OTHERS])
    pair = frozenset((12.0, 14.0))
    read = _read(articles, enrichments)
    assert pair in read and 0.0 < read[pair] < 1.0
    assert all(enrichments[i].claims for i in (3, 4))  # the others' claims are read
    for dropped in ({3}, {4}, {3, 4}):
        fewer = {i: replace(e, claims=[]) if i in dropped else e for i, e in enrichments.items()}
        assert _read(articles, fewer)[pair] == read[pair]


@pytest.mark.xfail(
    strict=True,
    reason="goal: the wording gate's score is fitted on the story's text, so another article "
    "moves it (docs/realnews-annotation.md, 'A wording gate that does not depend on the story')",
)
def test_an_unrelated_claim_does_not_move_a_pairs_score() -> None:
    alone = _scores(_PAIR)
    pair = frozenset((12.0, 14.0))
    assert pair in alone and 0.0 < alone[pair] < 1.0
    for other in _OTHERS:
        assert _scores([*_PAIR, other])[pair] == alone[pair]
    assert _scores([*_PAIR, *_OTHERS])[pair] == alone[pair]


def test_the_pair_of_the_goal_is_compared() -> None:
    # The goal's pair is a real candidate today (not a test that cannot fail for want of it).
    assert frozenset((12.0, 14.0)) in _scores(_PAIR)
