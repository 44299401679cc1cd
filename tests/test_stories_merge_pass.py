"""The merge pass scores a pair of stories the same both ways, so no mergeable pair is lost.

Centroid terms are kept in insertion order, and the float32 product then sums ``a . b`` and
``b . a`` in different orders; a pair re-scored after a merge was taken for a stale heap entry
and never merged. Invented stories of several members each show the asymmetry.
"""

from __future__ import annotations

import random

import numpy as np

from newsbeat.stories.cluster import ClusterOptions, ClusterResult, ClusterState, cluster_articles
from newsbeat.stories.features import ArticleText, Vectoriser, build_features
from newsbeat.stories.merge_pass import merge_pass, pair_dots

_SYLLABLES = ("ka", "ve", "lor", "mi", "sa", "den", "tor", "ri", "ma", "vel", "os", "tan", "ber")


def _state() -> ClusterState:
    """Ten invented events of six reports each (no merges: each story keeps its members)."""
    rng = random.Random(3)
    vocab = ["".join(rng.choice(_SYLLABLES) for _ in range(3)) for _ in range(3000)]
    events = [rng.sample(vocab, 80) for _ in range(10)]
    items = []
    for i in range(60):
        words = events[i % 10]
        body = " ".join(
            rng.choice(words) if rng.random() < 0.6 else rng.choice(vocab) for _ in range(200)
        )
        title = " ".join(rng.sample(words, 5))
        items.append(ArticleText(article_id=i + 1, title=title, lead="", body=body))
    state = ClusterState()
    options = ClusterOptions(merge_threshold=9.0, small_merge_threshold=9.0)
    cluster_articles(state, build_features(Vectoriser(), items, names=False), options)
    return state


def test_pair_products_are_exactly_symmetric() -> None:
    state = _state()
    live = list(state.stories.values())
    assert [s.features.size for s in live] == [6] * 10
    dots = pair_dots(live, state.stats)
    assert np.array_equal(dots, dots.T)


def test_a_merge_pass_leaves_nothing_for_a_second_one() -> None:
    state = _state()
    options = ClusterOptions(merge_threshold=0.02, small_merge_threshold=0.02)
    first, second = ClusterResult(), ClusterResult()
    merge_pass(state, options, first)
    merge_pass(state, options, second)
    assert first.merges and not second.merges
