"""newsbeat: follow a beat through the news.

The library API a notebook can call; the ``newsbeat`` command (:mod:`newsbeat.cli`) and the
web UI (:mod:`newsbeat.web`) are thin layers over it. Data flows one way, a package per stage,
:mod:`newsbeat.pipeline` running them in order over :mod:`newsbeat.store`, the only shared state::

    collect (feeds, search, URLs) ─┐
    importers (dumps, JSONL, HTML) ┴─> extract (text, outlet) ─> store
    store ─> stories (dedupe, clustering) ─> enrich (entities, quotes, claims, relations)
          ─> compare (agreement, conflicts, cited summaries) ─> report (md/html/json, alerts)
    public JSON: newsbeat.serialize · stage types: newsbeat.stage · benchmarks: newsbeat.bench
"""

from __future__ import annotations

import logging

from newsbeat.exceptions import NewsbeatError
from newsbeat.models import (
    Actor,
    Appearance,
    Article,
    Beat,
    Claim,
    Enrichment,
    Entity,
    Provenance,
    Quote,
    Relation,
    SearchHit,
    Source,
    Story,
)
from newsbeat.settings import Settings, load_settings
from newsbeat.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Appearance",
    "Article",
    "Beat",
    "Claim",
    "Enrichment",
    "Entity",
    "NewsbeatError",
    "Provenance",
    "Quote",
    "Relation",
    "SearchHit",
    "Settings",
    "Source",
    "Store",
    "Story",
    "__version__",
    "load_settings",
    "open_store",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
