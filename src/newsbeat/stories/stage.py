"""The ``stories`` pipeline stage: cluster new articles and save stories through the Store.

Loads the clustering state (running term counts from ``stage_state``, live stories from their
``state`` blobs), feeds the unclustered articles in date/ID order to
:func:`~newsbeat.stories.cluster.cluster_articles`, and writes stories, assignments and merges
back in one transaction. Articles without a date are placed at their import/fetch time.
"""

from __future__ import annotations

import json
import logging
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from newsbeat.models import Article, Story, utc_now
from newsbeat.pipeline import RunOptions, StageResult
from newsbeat.settings import Settings
from newsbeat.store import Store
from newsbeat.stories.cluster import (
    ClusterOptions,
    ClusterResult,
    ClusterState,
    StoryState,
    cluster_articles,
)
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

__all__ = [
    "STORY_EXTENSIONS",
    "StoriesOptions",
    "article_time",
    "cluster_options",
    "cluster_store",
    "representative_title",
    "stories_stage",
    "story_json",
]

log = logging.getLogger(__name__)

STATE_NAME = "stories.terms"
_CHUNK = 2000  # articles read and vectorised at a time
_MAX_TITLES = 40  # headlines kept per story for choosing its title

# Extra keys of a story's JSON, by key: later stages (entities, comparison, summary) register
# a function here and ``story_json`` adds what it returns.
STORY_EXTENSIONS: dict[str, Callable[[Store, Story], object]] = {}


@dataclass(frozen=True, kw_only=True)
class StoriesOptions:
    """What the stories stage needs: clustering thresholds and feature weights."""

    cluster: ClusterOptions
    features: FeatureOptions


def cluster_options(settings: Settings) -> StoriesOptions:
    """The clustering options the settings ask for."""
    return StoriesOptions(
        cluster=ClusterOptions(
            threshold=settings.story_threshold,
            revive_threshold=settings.story_revive_threshold,
            merge_threshold=settings.story_merge_threshold,
            dormant_days=settings.story_dormant_days,
            min_words=settings.story_min_words,
        ),
        features=FeatureOptions(),
    )


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
    f = story.features
    items = sorted(f.terms.items())
    data = {
        "terms": [[k for k, _ in items], [round(v, 6) for _, v in items]],
        "names": dict(f.names),
        "entities": dict(f.entities),
        "size": f.size,
        "first": f.first_time,
        "last": f.last_time,
        "seen": f.seen,
        "titles": story.titles[-_MAX_TITLES:],
    }
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"))


def _unpack_story(story_id: str, status: str, blob: bytes) -> StoryState:
    data = json.loads(zlib.decompress(blob))
    keys, values = data["terms"]
    features = StoryFeatures(
        terms=dict(zip(keys, values, strict=True)),
        names=Counter(data["names"]),
        entities=Counter(data["entities"]),
        size=data["size"],
        first_time=data["first"],
        last_time=data["last"],
        seen=data.get("seen"),
    )
    titles = [(int(a), str(t)) for a, t in data["titles"]]
    return StoryState(id=story_id, features=features, titles=titles, status=status)


def load_state(store: Store, options: ClusterOptions) -> ClusterState:
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
    for story in store.list_stories(since=since):
        if story.status == "singleton":
            continue
        state_blob = store.story_state(story.id)
        if state_blob is None:
            continue
        try:
            state.stories[story.id] = _unpack_story(story.id, story.status, state_blob)
        except (ValueError, KeyError, zlib.error) as exc:
            log.warning(
                "stories: state of %s unreadable (%s); it takes no new articles", story.id, exc
            )
    return state


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
                article_id=a.id, title=a.title or "", lead=lead, body=rest, time=when, seen=seen
            )
        )
    return out, undated


def _with_entities(store: Store, items: list[ArticleText]) -> list[ArticleText]:
    """Attach stored entities (when the enrich stage has seen the article)."""
    out = []
    for item in items:
        enrichment = store.get_enrichment(item.article_id)
        if enrichment is not None and enrichment.entities:
            names = tuple(e.name for e in enrichment.entities if e.type != "NORP")
            item = ArticleText(
                article_id=item.article_id,
                title=item.title,
                lead=item.lead,
                body=item.body,
                time=item.time,
                seen=item.seen,
                entities=names,
            )
        out.append(item)
    return out


def cluster_store(store: Store, options: StoriesOptions) -> dict[str, int]:
    """Put every unclustered, non-duplicate article into a story; save it all.

    Args:
        store: the store.
        options: clustering and feature options.

    Returns:
        Counts: ``articles``, ``new_stories``, ``joined``, ``merged``, ``singletons``,
        ``undated`` (placed at their import/fetch time).
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
    # Date order; undated articles at their import time (after the dated ones imported with
    # them), where they match on text alone: their import time says nothing about the event.
    items.sort(
        key=lambda a: (a.time if a.time is not None else (a.seen or 0.0) + 1e10, a.article_id)
    )
    state = load_state(store, options.cluster)
    total = ClusterResult()
    for start in range(0, len(items), _CHUNK):
        chunk_items = _with_entities(store, items[start : start + _CHUNK])
        feats = build_features(vectoriser, chunk_items)
        last = start + _CHUNK >= len(items)
        result = cluster_articles(state, feats, options.cluster, final_merge=last)
        total.assignments.extend(result.assignments)
        total.merges.extend(result.merges)
        total.changed |= result.changed
    _save(store, state, total, vectoriser)
    counts["articles"] = len(total.assignments)
    counts["new_stories"] = sum(a.new_story for a in total.assignments)
    counts["joined"] = counts["articles"] - counts["new_stories"]
    counts["merged"] = len(total.merges)
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


def _save(store: Store, state: ClusterState, result: ClusterResult, vectoriser: Vectoriser) -> None:
    merges = dict(result.merges)
    by_story: dict[str, list[tuple[int, float]]] = {}
    for a in result.assignments:
        by_story.setdefault(_final(a.story_id, merges), []).append((a.article_id, a.score))
    changed = {_final(s, merges) for s in result.changed} | set(by_story)
    with store.transaction():
        for story_id in sorted(changed):
            story = state.stories.get(story_id)
            if story is None:
                continue
            header = Story(
                id=story.id,
                title=representative_title(story, state.stats, vectoriser),
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
        store.save_stage_state(STATE_NAME, _pack_stats(state.stats, state.clock))


def representative_title(story: StoryState, stats: TermStats, vectoriser: Vectoriser) -> str:
    """The member headline closest to the story's centroid (ALL-CAPS headlines count less).

    Args:
        story: the story with its members' headlines.
        stats: running term counts (for IDF).
        vectoriser: the vectoriser the centroid was built with.

    Returns:
        The chosen headline (the first one when nothing scores).
    """
    titles = [t for _, t in story.titles if t.strip()]
    if not titles:
        return "(untitled)"
    rows = vectoriser.transform([(t, "", "") for t in titles])
    best, best_score = titles[0], -1.0
    terms = story.features.terms
    for n, title in enumerate(titles):
        start, end = rows.indptr[n], rows.indptr[n + 1]
        idx = rows.indices[start:end]
        if not len(idx):
            continue
        weights = stats.idf(idx)
        score = float(sum(terms.get(int(k), 0.0) * w for k, w in zip(idx, weights, strict=True)))
        score /= float(np.sqrt(len(idx)))
        letters = [c for c in title if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
            score *= 0.7
        if score > best_score:
            best, best_score = title, score
    return best


def story_json(store: Store, story: Story) -> dict[str, object]:
    """A story's public JSON: ``id, title, beats, first_seen, last_updated, outlets, articles``.

    Each article is ``id, outlet, title, url, published``; a reprint contributes one entry per
    appearance (outlet, URL, date), so every outlet that ran the text is listed. Functions in
    :data:`STORY_EXTENSIONS` add their own keys.
    """
    articles: list[dict[str, object]] = []
    seen: set[int] = set()
    for article_id in story.article_ids:
        for appearance in store.appearances(article_id):
            if appearance.article_id in seen:
                continue
            seen.add(appearance.article_id)
            articles.append(
                {
                    "id": appearance.article_id,
                    "outlet": appearance.outlet,
                    "title": appearance.title,
                    "url": appearance.url,
                    "published": appearance.published,
                }
            )
    outlets = sorted({str(a["outlet"]) for a in articles if a["outlet"]})
    out: dict[str, object] = {
        "id": story.id,
        "title": story.title,
        "beats": list(story.beats),
        "first_seen": story.first_seen,
        "last_updated": story.last_updated,
        "outlets": outlets,
        "articles": articles,
    }
    for key, extend in STORY_EXTENSIONS.items():
        out[key] = extend(store, story)
    return out


def stories_stage(store: Store, settings: Settings, options: RunOptions) -> StageResult:
    """Pipeline stage: put new articles into stories (merging stories that converged)."""
    counts = cluster_store(store, cluster_options(settings))
    return StageResult(name="stories", counts=dict(counts))
