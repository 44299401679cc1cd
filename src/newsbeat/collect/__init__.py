"""Collecting from the web: sources, polite fetching, extraction into the store.

Public API: :func:`collect` (a beat's sources and keyword search), :func:`fetch_urls` (single
URLs), the source-type registry :data:`SOURCE_TYPES`, the link-resolver registry
:data:`LINK_RESOLVERS` (wrapped search links), and the :class:`Fetcher`.
"""

from __future__ import annotations

from newsbeat.collect.fetcher import Fetcher, FetchOptions, FetchResult, make_client
from newsbeat.collect.links import LINK_RESOLVERS, LinkResolver, Resolution
from newsbeat.collect.run import (
    CollectOptions,
    CollectProgress,
    CollectReport,
    Failure,
    collect,
    fetch_urls,
    search_sources,
)
from newsbeat.collect.sources import SOURCE_TYPES, Candidate, PollResult

__all__ = [
    "LINK_RESOLVERS",
    "SOURCE_TYPES",
    "Candidate",
    "CollectOptions",
    "CollectProgress",
    "CollectReport",
    "Failure",
    "FetchOptions",
    "FetchResult",
    "Fetcher",
    "LinkResolver",
    "PollResult",
    "Resolution",
    "collect",
    "fetch_urls",
    "make_client",
    "search_sources",
]
