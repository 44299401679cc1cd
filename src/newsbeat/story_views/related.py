"""The related stories every view shows: the stories stage's links and shared central actors.

Two sources say that two stories belong to one running matter (another event on the same
subject), and every view shows their union, in time order:

- the links the stories stage records when a story starts (same words and headline names as a
  live story it did not join; :meth:`~newsbeat.store.StoryStore.related_stories`,
  docs/stories.md "Related stories");
- shared central actors (:mod:`newsbeat.actors.central`), read from the stored enrichment, so
  that an arrest and the trial 18 months later are linked, which the stage (30 live days) never
  sees together.

:func:`related_lists` answers for a list of stories at once, linking the stories listed (the
report, ``stories --json``, a page of ``/api/stories``); :func:`related_list` for one story
(``story ID``, the web story page, an alert's story), whose candidates are the stories of the
articles that name its central actors (a full-text search for each, so a beat of thousands
of stories is not read).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from newsbeat.actors import (
    Central,
    StoryActors,
    beat_words,
    central_actors,
    related_by_actors,
)
from newsbeat.exceptions import NewsbeatError
from newsbeat.models import Story
from newsbeat.store import ArticleStore, BeatStore, EnrichmentStore, SearchStore, StoryStore
from newsbeat.story_views.coverage import StoryCoverage, story_coverage

__all__ = ["RelatedStore", "RelatedStory", "related_list", "related_lists", "story_actors"]

log = logging.getLogger(__name__)

_HITS = 200  # articles read per central actor when looking for one story's candidates
_SEARCHED = 4  # central actors searched for (leads first)


class RelatedStore(ArticleStore, BeatStore, EnrichmentStore, SearchStore, StoryStore, Protocol):
    """What finding related stories reads: stories, their articles, enrichment and beats."""


@dataclass(frozen=True, kw_only=True)
class RelatedStory:
    """A story related to another: ``actors`` are the central actors both share (empty when
    only the stories stage's link relates them)."""

    story: Story
    first_seen: str | None
    actors: tuple[str, ...]


def story_actors(
    store: RelatedStore, story: Story, coverage: StoryCoverage | None = None
) -> StoryActors:
    """A story's central actors, read from its original articles' stored enrichment (the
    outlets of its articles and the words of its beats left out).

    Only the entities are read (:meth:`~newsbeat.store.EnrichmentStore.get_enrichment_entities`,
    two queries per story): the actors, and the names :func:`read_enrichments` gives them
    across the story, come from the entities alone (perf39: reading whole enrichments, five
    queries per article, was half of a report's CPU time)."""
    from newsbeat.enrich.reading import read_enrichments

    found = coverage or story_coverage(store, story)
    originals = [a.appearance.article_id for a in found.articles if a.reprint_of is None]
    outlets = {a.appearance.outlet for a in found.articles if a.appearance.outlet}
    stored = store.get_enrichment_entities(originals)
    central = central_actors(
        read_enrichments(stored.get(aid) for aid in originals),
        outlets=outlets,
        leave_out=_beat_words(store, story.beats),
    )
    return StoryActors(story_id=story.id, first_seen=found.first_seen, central=central)


def _beat_words(store: BeatStore, beats: Iterable[str]) -> frozenset[str]:
    texts: list[str] = []
    for name in beats:
        texts.append(name)
        try:
            texts.append(store.get_beat(name).query)
        except NewsbeatError:
            continue
    return beat_words(texts)


def _time_order(items: list[RelatedStory]) -> list[RelatedStory]:
    return sorted(items, key=lambda r: (r.first_seen is None, r.first_seen or "", r.story.id))


def _union(
    store: RelatedStore,
    story: Story,
    by_actors: Sequence[tuple[str, list[str]]],
    known: dict[str, Story],
    first_seen: dict[str, str | None],
    allowed: set[str] | None = None,
) -> list[RelatedStory]:
    """The stage's links of ``story`` and its links by actors, once each, in time order
    (``allowed``: only these stories, the report's)."""
    out: dict[str, RelatedStory] = {}
    for other_id, names in by_actors:
        out[other_id] = RelatedStory(
            story=known[other_id], first_seen=first_seen[other_id], actors=tuple(names)
        )
    for other in store.related_stories(story.id):
        if other.id in out or (allowed is not None and other.id not in allowed):
            continue
        seen = first_seen.get(other.id)
        if other.id not in first_seen:
            seen = story_coverage(store, other).first_seen
        out[other.id] = RelatedStory(story=other, first_seen=seen, actors=())
    return _time_order(list(out.values()))


def related_lists(
    store: RelatedStore,
    stories: Sequence[Story],
    coverage: dict[str, StoryCoverage] | None = None,
    *,
    listed_only: bool = False,
) -> dict[str, list[RelatedStory]]:
    """Story id -> its related stories, in time order: those of ``stories`` that share its
    central actors, and the stage's links (``listed_only``: those among ``stories`` only, as
    a report, whose links point to its own sections, needs)."""
    coverage = coverage or {}
    actors = [story_actors(store, s, coverage.get(s.id)) for s in stories]
    known = {s.id: s for s in stories}
    first_seen = {a.story_id: a.first_seen for a in actors}
    links = related_by_actors(actors)
    allowed = set(known) if listed_only else None
    return {
        s.id: _union(store, s, links.get(s.id, []), known, first_seen, allowed) for s in stories
    }


def related_list(
    store: RelatedStore, story: Story, coverage: StoryCoverage | None = None
) -> list[RelatedStory]:
    """One story's related stories, in time order: the stage's links, and the stories that
    share its central actors among those whose articles name them (a full-text search for
    each of its first central actors, leads first)."""
    own = story_actors(store, story, coverage)
    candidates = _candidates(store, story, own.central)
    known = {story.id: story}
    actors = [own]
    for other_id in sorted(candidates):
        try:
            other = store.get_story(other_id)
        except NewsbeatError:
            continue
        known[other.id] = other
        actors.append(story_actors(store, other))
    first_seen = {a.story_id: a.first_seen for a in actors}
    links = related_by_actors(actors)
    return _union(store, story, links.get(story.id, []), known, first_seen)


def _candidates(store: RelatedStore, story: Story, central: Central) -> set[str]:
    """The other stories of the articles that name the story's central actors."""
    names = sorted(central.actors, key=lambda n: (n not in central.leads, n))[:_SEARCHED]
    found: set[str] = set()
    for name in names:
        query = '"' + name.replace('"', '""') + '"'
        try:
            hits = store.search(query, limit=_HITS)
        except NewsbeatError:
            log.debug("no search for %s", name, exc_info=True)
            continue
        for hit in hits:
            other = store.story_of(hit.article_id)
            if other is not None and other != story.id:
                found.add(other)
    return found
