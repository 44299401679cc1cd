"""Understand each article: entities and actors, quotes, numeric claims, relations.

Public API: :func:`enrich_stage` (the pipeline stage), :func:`enrich_articles` (library use).
Reading it back as an actor graph or one actor's file is :mod:`newsbeat.actors.graph` (a view
over the store, above this stage and :mod:`newsbeat.serialize`). The names load their module on
first use (PEP 562), so that importing the package does not import spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
    from newsbeat.enrich.stage import enrich_articles, enrich_stage

__all__ = [
    "ArticleInput",
    "EnrichOptions",
    "enrich_articles",
    "enrich_stage",
]

_HOME = {
    "ArticleInput": "analysis",
    "EnrichOptions": "analysis",
    "enrich_articles": "stage",
    "enrich_stage": "stage",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
