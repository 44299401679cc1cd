"""The goal for the conflicts' wording gate (issue 12): a pair of claims scored on their two
sentences alone, so that a claim read elsewhere in the story never moves a pair across the gate.
Invented articles.

Not met yet: ``compare.claims._masked_similarity`` fits its TF-IDF on every claim sentence of
the story, and no story-free score tried kept pooled held-out precision at 0.93 with main's
recall (docs/realnews-annotation.md, "A wording gate that does not depend on the story"). The
test is strict: it fails the day the score is made story-free, to be unmarked then.
"""

from __future__ import annotations

import pytest
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import explain_claims

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
    articles, enrichments = _enrich(outlets)
    return {
        frozenset((row["a"]["value"], row["b"]["value"])): row["similarity"]
        for row in explain_claims(articles, enrichments)
    }


@pytest.mark.xfail(
    strict=True,
    reason="goal: the wording gate's score still depends on the story's other claims "
    "(docs/realnews-annotation.md, 'A wording gate that does not depend on the story')",
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
