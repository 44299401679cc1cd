"""The ``stories`` pipeline stage: cluster new articles and save stories through the Store.

Loads the clustering state (running term counts from ``stage_state``, live stories from their
``state`` blobs), feeds the unclustered articles in date/ID order to
:func:`~newsbeat.stories.cluster.cluster_articles`, and writes stories, assignments and merges
back in one transaction. An article without a date is placed after the dated articles at its
import time (which says when it was read, not when it was news); the day its headline or lead
reports (:func:`~newsbeat.stories.event_time.mentioned_time`) only scores it against stories'
dates and brings the saved stories live around that day into sight (:func:`load_around`).
"""

from __future__ import annotations

import json
import logging
import math
import struct
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

import numpy as np

from newsbeat.models import Article, Story, utc_now
from newsbeat.settings import Settings
from newsbeat.stage import RunOptions, StageResult
from newsbeat.store import ArticleStore, EnrichmentStore, Store, StoryStore, Transactional
from newsbeat.stories.across_languages import StoryLanguages
from newsbeat.stories.cluster import (
    ClusterOptions,
    ClusterResult,
    ClusterState,
    StoryState,
    cluster_articles,
)
from newsbeat.stories.event_time import mentioned_time
from newsbeat.stories.features import (
    N_FEATURES,
    ArticleText,
    FeatureOptions,
    StoryFeatures,
    TermStats,
    Vectoriser,
    build_features,
    parse_time,
)
from newsbeat.stories.term_squares import TermSquares

__all__ = [
    "StoriesOptions",
    "article_time",
    "cluster_options",
    "cluster_store",
    "load_around",
    "representative_titles",
    "stories_stage",
]

log = logging.getLogger(__name__)

STATE_NAME = "stories.terms"
_CHUNK = 2000  # articles read and vectorised at a time
_MAX_TITLES = 20  # headlines kept per story for choosing its title


@dataclass(frozen=True, kw_only=True)
class StoriesOptions:
    """What the stories stage needs: clustering thresholds and feature weights."""

    cluster: ClusterOptions
    features: FeatureOptions


def cluster_options(settings: Settings) -> StoriesOptions:
    """The clustering options the settings ask for."""
    return StoriesOptions(cluster=ClusterOptions.of(settings.stories), features=FeatureOptions())


def article_time(article: Article) -> tuple[float | None, float | None]:
    """The article's publication time (None if undated) and its import/fetch time."""
    return parse_time(article.published), parse_time(article.imported_at or article.fetched_at)


def _iso(seconds: float | None) -> str:
    if seconds is None:
        return utc_now()
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=0).isoformat()


# -- state (de)serialisation -------------------------------------------------------------------
def _pack_stats(stats: TermStats, clock: float | None) -> bytes:
    header = struct.pack("<qd", stats.n_docs, clock if clock is not None else float("nan"))
    return header + zlib.compress(stats.df.astype(np.int32).tobytes(), 6)


def _unpack_stats(blob: bytes) -> tuple[TermStats, float | None]:
    n_docs, clock = struct.unpack("<qd", blob[:16])
    df = np.frombuffer(zlib.decompress(blob[16:]), dtype=np.int32).copy()
    if df.shape[0] != N_FEATURES:
        raise ValueError("term counts of another vocabulary size")
    return TermStats(df, int(n_docs)), (None if np.isnan(clock) else float(clock))


def _pack_story(story: StoryState) -> bytes:
    """Centroid as packed int32/float32 arrays, the rest as JSON; zlib-compressed."""
    f = story.features
    keys = np.fromiter(f.terms.keys(), dtype=np.int32, count=len(f.terms))
    values = np.fromiter(f.terms.values(), dtype=np.float32, count=len(f.terms))
    meta = {
        "names": dict(f.names),
        "entities": dict(f.entities),
        "size": f.size,
        "first": f.first_time,
        "last": f.last_time,
        "seen": f.seen,
        "places": dict(f.places),
        "titles": story.titles[-_MAX_TITLES:],
        "lead_names": dict(f.lead_names),
    }
    if f.heads:
        meta["heads"] = {str(k): round(v, 6) for k, v in f.heads.items()}
    tail = b""
    if f.squares:
        meta["squares"] = True  # a third array after the values, in the same term order
        squares = f.squares.in_order_of(f.terms, len(f.terms))
        tail = squares.astype(np.float32).tobytes()
    if f.member_norm_sq != 1.0:
        meta["member_norm_sq"] = f.member_norm_sq
    if f.languages.counts:
        meta["languages"] = f.languages.to_json()
    head = json.dumps(meta, separators=(",", ":")).encode("utf-8")
    body = struct.pack("<II", len(head), len(keys)) + head + keys.tobytes() + values.tobytes()
    body += tail
    return zlib.compress(body, 1)


def _unpack_story(story_id: str, status: str, blob: bytes) -> StoryState:
    body = zlib.decompress(blob)
    head_len, n_terms = struct.unpack("<II", body[:8])
    meta = json.loads(body[8 : 8 + head_len])
    offset = 8 + head_len
    keys = np.frombuffer(body, dtype=np.int32, count=n_terms, offset=offset)
    values = np.frombuffer(body, dtype=np.float32, count=n_terms, offset=offset + 4 * n_terms)
    if meta.get("squares"):
        found = np.frombuffer(body, dtype=np.float32, count=n_terms, offset=offset + 8 * n_terms)
        squares = TermSquares(keys, found)
    else:
        # saved before the members' squares were kept: as if its members were alike (exact
        # for a story of one article)
        size = max(1, int(meta["size"]))
        wide = values.astype(np.float64)
        squares = TermSquares(keys, wide * wide / size)
    features = StoryFeatures(
        terms=dict(zip(keys.tolist(), values.tolist(), strict=True)),
        names=Counter(meta["names"]),
        entities=Counter(meta["entities"]),
        size=meta["size"],
        first_time=meta["first"],
        last_time=meta["last"],
        seen=meta.get("seen"),
        lead_names=Counter({int(k): v for k, v in meta.get("lead_names", {}).items()}),
        # a story saved before its cities were kept has its countries only
        places=Counter(meta.get("places", meta.get("countries", {}))),
        languages=StoryLanguages.from_json(meta.get("languages")),
        member_norm_sq=float(meta.get("member_norm_sq", 1.0)),
        squares=squares,
        heads={int(k): float(v) for k, v in meta.get("heads", {}).items()},
    )
    titles = [(int(a), str(t)) for a, t in meta["titles"]]
    return StoryState(id=story_id, features=features, titles=titles, status=status)


class _StoryWriter(StoryStore, Transactional, Protocol):
    """Saving a clustering run: stories, assignments, merges and state in one transaction."""


class _ClusterStore(ArticleStore, EnrichmentStore, _StoryWriter, Protocol):
    """What clustering needs: the unclustered articles, their entities, and the stories."""


def load_state(store: StoryStore, options: ClusterOptions) -> ClusterState:
    """The clustering state: term counts and the stories still live at the saved clock."""
    state = ClusterState()
    blob = store.get_stage_state(STATE_NAME)
    if blob is not None:
        try:
            state.stats, state.clock = _unpack_stats(blob)
        except (ValueError, zlib.error, struct.error) as exc:
            log.warning("stories: saved term counts unreadable (%s); starting afresh", exc)
    since = None
    if state.clock is not None:
        since = _iso(state.clock - options.live_days * 86400)
    _add_saved(store, state, store.list_stories(since=since))
    return state


def load_around(
    store: StoryStore, state: ClusterState, days: Iterable[float], options: ClusterOptions
) -> None:
    """Add the saved stories live around days that undated articles write (``live_days``
    either side): an archive read after newer news finds its stories, though they left the
    index long ago. One look-up per run of days close together, not a scan of every story.
    """
    window = options.live_days * 86400.0
    for first, last in _day_runs(sorted(set(days)), 2 * window):
        found = store.list_stories(since=_iso(first - window), until=_iso(last + window))
        _add_saved(store, state, [s for s in found if s.id not in state.stories])


def _day_runs(days: Sequence[float], gap: float) -> list[tuple[float, float]]:
    """Sorted days grouped into (first, last) runs whose neighbours are at most ``gap`` apart."""
    runs: list[tuple[float, float]] = []
    for day in days:
        if runs and day - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _add_saved(store: StoryStore, state: ClusterState, stories: Iterable[Story]) -> None:
    """Unpack the saved clustering state of each story (singletons take no articles)."""
    for story in stories:
        if story.status == "singleton":
            continue
        state_blob = store.story_state(story.id)
        if state_blob is None:
            continue
        try:
            state.stories[story.id] = _unpack_story(story.id, story.status, state_blob)
        except (ValueError, KeyError, zlib.error, struct.error) as exc:
            log.warning(
                "stories: state of %s unreadable (%s); it takes no new articles", story.id, exc
            )


# -- the stage ----------------------------------------------------------------------------------
def _texts(articles: Iterable[Article], lead_chars: int) -> tuple[list[ArticleText], int]:
    out, undated = [], 0
    for a in articles:
        assert a.id is not None
        when, seen = article_time(a)
        undated += when is None
        body = a.text or ""
        lead = a.standfirst or body[:lead_chars]
        rest = body if a.standfirst else body[lead_chars:]
        out.append(
            ArticleText(
                article_id=a.id,
                title=a.title or "",
                lead=lead,
                body=rest,
                time=when,
                seen=seen,
                language=a.language,
            )
        )
    return out, undated


def _with_mentioned_times(items: list[ArticleText], clock: float | None) -> list[ArticleText]:
    """Undated articles given the day their headline or lead reports, when it writes one.

    The day goes to ``mentioned_time`` (scoring evidence), never to ``time``: the clock, the
    order and the story spans follow publication times only.

    Years and the latest allowed day come from the latest publication time known: the saved
    clock or the dated articles of this run (never an import time).
    """
    times = [a.time for a in items if a.time is not None]
    if clock is not None:
        times.append(clock)
    reference = max(times) if times else None
    out = []
    for item in items:
        if item.time is None:
            when = mentioned_time(item.title, item.lead, reference)
            if when is not None:
                item = replace(item, mentioned_time=when)
        out.append(item)
    return out


def _with_entities(store: EnrichmentStore, items: list[ArticleText]) -> list[ArticleText]:
    """Attach stored entities (when the enrich stage has seen the article)."""
    out = []
    for item in items:
        enrichment = store.get_enrichment(item.article_id)
        if enrichment is not None and enrichment.entities:
            names = tuple(e.name for e in enrichment.entities if e.type != "NORP")
            item = replace(item, entities=names)
        out.append(item)
    return out


def cluster_store(store: _ClusterStore, options: StoriesOptions) -> dict[str, int]:
    """Put every unclustered, non-duplicate article into a story; save it all.

    Args:
        store: the store.
        options: clustering and feature options.

    Returns:
        Counts: ``articles``, ``new_stories``, ``joined``, ``merged``, ``singletons``,
        ``undated`` (articles without a date of their own), ``related`` (links recorded
        between a new story and an earlier one on the same subject).
    """
    ids = store.unclustered_article_ids()
    counts = {"articles": 0, "new_stories": 0, "joined": 0, "merged": 0, "singletons": 0}
    counts["undated"] = 0
    if not ids:
        return counts
    vectoriser = Vectoriser(options.features)
    items: list[ArticleText] = []
    for start in range(0, len(ids), _CHUNK):
        chunk, undated = _texts(
            store.iter_articles(ids=ids[start : start + _CHUNK]), options.features.lead_chars
        )
        items.extend(chunk)
        counts["undated"] += undated
    state = load_state(store, options.cluster)
    items = _with_mentioned_times(items, state.clock)
    written = [a.mentioned_time for a in items if a.time is None and a.mentioned_time is not None]
    load_around(store, state, written, options.cluster)
    # Date order; undated articles at their import time (after the dated ones imported with
    # them), where they match on text alone: their import time says nothing about the event.
    items.sort(
        key=lambda a: (a.time if a.time is not None else (a.seen or 0.0) + 1e10, a.article_id)
    )
    total = ClusterResult()
    for start in range(0, len(items), _CHUNK):
        chunk_items = _with_entities(store, items[start : start + _CHUNK])
        feats = build_features(vectoriser, chunk_items, names=options.cluster.uses("names"))
        last = start + _CHUNK >= len(items)
        result = cluster_articles(state, feats, options.cluster, final_merge=last)
        total.assignments.extend(result.assignments)
        total.merges.extend(result.merges)
        total.links.extend(result.links)
        total.changed |= result.changed
    links = _saved_links(total, state)
    _save(store, state, total, vectoriser, links)
    counts["articles"] = len(total.assignments)
    counts["new_stories"] = sum(a.new_story for a in total.assignments)
    counts["joined"] = counts["articles"] - counts["new_stories"]
    counts["merged"] = len(total.merges)
    counts["related"] = len(links)
    counts["singletons"] = sum(
        1 for s in total.changed if s in state.stories and state.stories[s].status == "singleton"
    )
    return counts


def _final(story_id: str, merges: dict[str, str]) -> str:
    seen = set()
    while story_id in merges and story_id not in seen:
        seen.add(story_id)
        story_id = merges[story_id]
    return story_id


def _saved_links(result: ClusterResult, state: ClusterState) -> list[tuple[str, str, float]]:
    """The run's related-story links between final story ids (a pair merged since is none)."""
    merges = dict(result.merges)
    out: dict[tuple[str, str], float] = {}
    for new, old, score in result.links:
        new, old = _final(new, merges), _final(old, merges)
        if new != old and new in state.stories and old in state.stories:
            out.setdefault((new, old), score)
    return [(new, old, score) for (new, old), score in out.items()]


def _save(
    store: _StoryWriter,
    state: ClusterState,
    result: ClusterResult,
    vectoriser: Vectoriser,
    links: list[tuple[str, str, float]],
) -> None:
    """Write the run's stories, merges, assignments and ``links`` (:func:`_saved_links`) and
    the clustering's state, in one transaction."""
    merges = dict(result.merges)
    by_story: dict[str, list[tuple[int, float]]] = {}
    for a in result.assignments:
        by_story.setdefault(_final(a.story_id, merges), []).append((a.article_id, a.score))
    changed = {_final(s, merges) for s in result.changed} | set(by_story)
    saved = [state.stories[s] for s in sorted(changed) if s in state.stories]
    titles = representative_titles(saved, state.stats, vectoriser)
    with store.transaction():
        for story in saved:
            header = Story(
                id=story.id,
                title=titles[story.id],
                first_seen=_iso(story.features.first_time or story.features.seen),
                last_updated=_iso(story.features.last_time or story.features.seen),
                status=story.status,
            )
            store.save_story(header, state=_pack_story(story))
        for old, new in result.merges:
            store.merge_stories(old, _final(new, merges))
        for story_id, members in by_story.items():
            for article_id, score in members:
                store.assign_articles(story_id, [article_id], similarity=score)
        for new, old, score in links:
            store.link_stories(new, old, score)
        store.save_stage_state(STATE_NAME, _pack_stats(state.stats, state.clock))


def representative_titles(
    stories: Sequence[StoryState], stats: TermStats, vectoriser: Vectoriser
) -> dict[str, str]:
    """Each story's member headline closest to its centroid (ALL-CAPS headlines count less).

    Args:
        stories: stories with their members' headlines.
        stats: running term counts (for IDF).
        vectoriser: the vectoriser the centroids were built with.

    Returns:
        Story ID -> chosen headline (the first one when nothing scores).
    """
    owners: list[int] = []
    titles: list[str] = []
    for n, story in enumerate(stories):
        for _, title in story.titles[-_MAX_TITLES:]:
            if title.strip():
                owners.append(n)
                titles.append(title)
    rows = vectoriser.titles(titles) if titles else None
    best: dict[str, tuple[float, str]] = {}
    for row, (n, title) in enumerate(zip(owners, titles, strict=True)):
        assert rows is not None
        story = stories[n]
        idx = rows.indices[rows.indptr[row] : rows.indptr[row + 1]]
        score = -1.0
        if len(idx):
            weights = stats.idf(idx)
            terms = story.features.terms
            score = sum(
                terms.get(int(k), 0.0) * float(w) for k, w in zip(idx, weights, strict=True)
            )
            score /= math.sqrt(len(idx))
        letters = [c for c in title if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
            score *= 0.7
        if story.id not in best or score > best[story.id][0]:
            best[story.id] = (score, title)
    return {s.id: best[s.id][1] if s.id in best else "(untitled)" for s in stories}


def stories_stage(store: Store, settings: Settings, options: RunOptions) -> StageResult:
    """Pipeline stage: put new articles into stories (merging stories that converged)."""
    counts = cluster_store(store, cluster_options(settings))
    return StageResult(name="stories", counts=dict(counts))
