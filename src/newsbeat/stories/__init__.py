"""Story grouping: articles about the same event become one story.

- :mod:`~newsbeat.stories.features`: hashed field-weighted term vectors, running IDF, and the
  registry of pluggable pair features (names, entities).
- :mod:`~newsbeat.stories.cluster`: the incremental clustering, a pure function over articles
  and state.
- :mod:`~newsbeat.stories.stage`: the pipeline stage over the Store, and ``story_json``.
- :mod:`~newsbeat.bench.ecbplus`: ECB+ scoring (B³, pairwise F1) and the reference baseline.
"""

from __future__ import annotations

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.stage import (
    cluster_options,
    cluster_store,
    stories_stage,
)

__all__ = [
    "ClusterOptions",
    "ClusterState",
    "cluster_articles",
    "cluster_options",
    "cluster_store",
    "stories_stage",
]
