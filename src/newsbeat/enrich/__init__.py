"""Understand each article: entities and actors, quotes, numeric claims, relations.

Public API: :func:`enrich_stage` (the pipeline stage), :func:`enrich_articles` (library use),
:func:`story_enrichment_json` (the enrichment keys of a story's JSON), :func:`actor_graph`,
:func:`actor_file`.
"""

from __future__ import annotations

from newsbeat.enrich.graph import (
    ActorFile,
    actor_file,
    actor_graph,
    graph_json,
    story_enrichment_json,
)
from newsbeat.enrich.stage import ArticleInput, EnrichOptions, enrich_articles, enrich_stage
from newsbeat.models import Story
from newsbeat.store import Store

__all__ = [
    "ActorFile",
    "ArticleInput",
    "EnrichOptions",
    "actor_file",
    "actor_graph",
    "enrich_articles",
    "enrich_stage",
    "graph_json",
    "story_enrichment_json",
]


def _story_key(key: str, store: Store, story: Story) -> object:
    return story_enrichment_json(store, story)[key]


def _register_story_keys() -> None:
    """Add ``entities``, ``quotes``, ``claims`` and ``relations`` to every story's JSON."""
    from functools import partial

    from newsbeat.stories.stage import STORY_EXTENSIONS

    for key in ("entities", "quotes", "claims", "relations"):
        STORY_EXTENSIONS.setdefault(key, partial(_story_key, key))


_register_story_keys()
