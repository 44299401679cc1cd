"""Actors across articles: one actor's names in a story, a story's central actors, the graph.

Each article's actors are read and merged within the article by the enrich stage
(``newsbeat.enrich.actor_*``, ``speaker_*``, ``relation_*``; the article-level reading of story
context is ``newsbeat.enrich.story_names`` and ``story_typos``). This package reads the stored
enrichment of *several* articles at once, after the enrich stage, for every view:

- :mod:`~newsbeat.actors.names`: :func:`story_aliases`, the names two articles of a story write
  differently for one actor ("Lyons" and "Michelle Lyons", "CHP" and "California Highway
  Patrol"), with its rule modules :mod:`~newsbeat.actors.services` (a country's navy written
  bare), :mod:`~newsbeat.actors.bank_names` ("<X> Bank" and "<X>"),
  :mod:`~newsbeat.actors.case_forms` (one organisation in two cases) and
  :mod:`~newsbeat.actors.known_aliases` (the data list's names of one body); :func:`story_kinds`
  and :func:`main_type`, an actor's type across the story;
- :mod:`~newsbeat.actors.central`: a story's central actors (:func:`central_actors`) and the
  stories that share them (:func:`related_by_actors`), counted with :func:`story_aliases`;
- :mod:`~newsbeat.actors.graph`: the beat's actor graph and one actor's file
  (:func:`actor_graph`, :func:`actor_file`), read from the store.

Why one package: these modules answered one question ("who is this actor across articles?")
from five places at the package's top level (``story_names``, ``story_services``,
``story_bank_names``, ``story_known_aliases``, ``central_actors``, ``actor_graph``); callers
outside it (the public JSON in :mod:`newsbeat.serialize`, the quote groups in
:mod:`newsbeat.compare.quotes`, the related stories in :mod:`newsbeat.story_views.related`, the
CLI and the web) import the names below from ``newsbeat.actors`` only; the rule modules are
private to :mod:`~newsbeat.actors.names` (tests read them directly). It is not a subpackage of
``newsbeat.stories`` (the clustering stage, whose package loads numpy and scipy) nor of
``newsbeat.enrich`` (a stage over one article at a time; this reads its stored output).

The graph's names load :mod:`~newsbeat.actors.graph` on first use (PEP 562): it imports
networkx, which read-only commands must not load (``tests/test_architecture.py``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsbeat.actors.central import (
    Central,
    StoryActors,
    beat_words,
    central_actors,
    related_by_actors,
)
from newsbeat.actors.names import main_type, story_aliases, story_kinds

if TYPE_CHECKING:
    from newsbeat.actors.graph import ActorFile, actor_file, actor_graph

__all__ = [
    "ActorFile",
    "Central",
    "StoryActors",
    "actor_file",
    "actor_graph",
    "beat_words",
    "central_actors",
    "main_type",
    "related_by_actors",
    "story_aliases",
    "story_kinds",
]

_LAZY = frozenset({"ActorFile", "actor_file", "actor_graph"})


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.graph"), name)
