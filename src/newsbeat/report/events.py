"""Story events: what happened to a story of a beat that an alert or the beat's feed tells.

Five kinds (:data:`~newsbeat.models.EVENT_KINDS`): ``new_story`` (a story appears on the
beat), ``outlets_reached`` (it is reported by N outlets, reprints' outlets included),
``new_conflict`` (its outlets disagree on a number), ``new_relation`` (two actors are related
for the first time on the beat, in this story) and ``revived`` (a story with no new article
for D days gets one).

Each event has a stable key, built only from what it is about, so computing the events of the
same data again gives the same keys, and a channel that recorded a key never tells it again:

* ``story:<id>:new``
* ``story:<id>:outlets:<N>``
* ``story:<id>:conflict:<digest of what, unit and the values>``
* ``relation:<digest of the two actors>`` (the beat's, not the story's: two actors related for
  the first time on the beat, in whichever story does it first)
* ``story:<id>:revived:<article id>``

:func:`story_events` and :func:`due_events` are pure (no store, no network); a
:class:`StorySnapshot` is what they need of a story, read by :func:`story_snapshot`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsbeat.dates import aware_time
from newsbeat.models import StoryEvent
from newsbeat.plurals import counted

if TYPE_CHECKING:
    from newsbeat.models import Story
    from newsbeat.store import Store

__all__ = [
    "ConflictFact",
    "DatedArticle",
    "RelationFact",
    "StorySnapshot",
    "conflict_facts",
    "due_events",
    "snapshot_from_json",
    "snapshot_json",
    "story_events",
    "story_snapshot",
]


@dataclass(frozen=True)
class ConflictFact:
    """A number a story's outlets disagree on: what, its unit and each side (value, outlets)."""

    what: str
    unit: str | None
    sides: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class RelationFact:
    """A relation between two actors reported in a story, with the sentence that says it."""

    source: str
    type: str
    target: str
    evidence: str = ""
    date: str | None = None


@dataclass(frozen=True)
class DatedArticle:
    """An appearance of the story with a real date (never the import time), and its outlet."""

    article_id: int
    published: str
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, kw_only=True)
class StorySnapshot:
    """What the events of a story are computed from (plain data).

    ``outlets`` are the outlets that ran the story (reprints included), ``dated`` its
    appearances with a real date in date order, ``url`` the link of an entry about it.
    """

    story_id: str
    beat: str
    title: str
    first_seen: str
    outlets: tuple[str, ...] = ()
    url: str | None = None
    dated: tuple[DatedArticle, ...] = ()
    conflicts: tuple[ConflictFact, ...] = ()
    relations: tuple[RelationFact, ...] = ()


def _digest(*parts: str) -> str:
    joined = "\x1f".join(" ".join(p.casefold().split()) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def story_events(
    snapshot: StorySnapshot, *, min_outlets: int, dormant_days: float
) -> list[StoryEvent]:
    """Every event of a story as it stands (pure), in :data:`EVENT_KINDS` order.

    Args:
        snapshot: the story.
        min_outlets: the N of ``outlets_reached``.
        dormant_days: a gap of at least this many days between two dated appearances makes
            the later one a ``revived`` event.

    Returns:
        The events; the same snapshot always gives the same events with the same keys.
    """
    s = snapshot
    prefix = f"story:{s.story_id}"
    events: list[StoryEvent] = []

    def add(suffix: str, kind: str, title: str, text: str, **extra: Any) -> None:
        events.append(
            StoryEvent(
                key=f"{prefix}:{suffix}",
                kind=kind,
                beat=s.beat,
                story_id=s.story_id,
                title=title,
                text=text,
                url=extra.get("url", s.url),
                happened_at=extra.get("happened_at"),
            )
        )

    first = s.dated[0].published if s.dated else None
    by = f" by {', '.join(s.outlets)}" if s.outlets else ""
    add("new", "new_story", f"New story: {s.title}", f"{s.title}: reported{by}.", happened_at=first)
    if len(s.outlets) >= max(1, min_outlets):
        n = max(1, min_outlets)
        add(
            f"outlets:{n}",
            "outlets_reached",
            f"{n}+ outlets: {s.title}",
            f"{s.title} is reported by {counted(len(s.outlets), 'outlet')}: "
            f"{', '.join(s.outlets)}.",
            happened_at=_nth_outlet_date(s.dated, n),
        )
    for c in s.conflicts:
        values = sorted(value for value, _ in c.sides)
        sides = " against ".join(
            f"{value} ({', '.join(outlets)})" if outlets else value for value, outlets in c.sides
        )
        add(
            f"conflict:{_digest(c.what, c.unit or '', *values)}",
            "new_conflict",
            f"Outlets disagree on {c.what}: {s.title}",
            f"On {c.what}, {s.title}: {sides}.",
        )
    for pair, facts in _pairs(s.relations).items():
        lead = facts[0]
        said = "; ".join(f"{r.source} {r.type} {r.target}" for r in facts)
        events.append(
            StoryEvent(
                key=f"relation:{pair}",  # the beat's: the first story that relates them tells it
                kind="new_relation",
                beat=s.beat,
                story_id=s.story_id,
                title=f"New relation: {lead.source} {lead.type} {lead.target} ({s.title})",
                text=f"{said}, in {s.title}" + (f": “{lead.evidence}”" if lead.evidence else "."),
                url=s.url,
                happened_at=min((r.date for r in facts if r.date), default=None),
            )
        )
    for article, gap in _revivals(s.dated, dormant_days):
        add(
            f"revived:{article.article_id}",
            "revived",
            f"Revived: {s.title}",
            f"{s.title} had no new article for {gap} days; "
            f"{article.outlet or 'an outlet'} reported it again on {article.published[:10]}.",
            url=article.url or s.url,
            happened_at=article.published,
        )
    return events


def _pairs(relations: Sequence[RelationFact]) -> dict[str, list[RelationFact]]:
    """Relations by the two actors they relate (either way round; an actor and itself left
    out), keyed by a digest of the pair."""
    pairs: dict[str, list[RelationFact]] = {}
    for r in relations:
        a, b = sorted(" ".join(x.casefold().split()) for x in (r.source, r.target))
        if a != b:
            pairs.setdefault(_digest(a, b), []).append(r)
    return pairs


def _nth_outlet_date(dated: Sequence[DatedArticle], n: int) -> str | None:
    """When the n-th outlet ran the story, by the dated appearances (None when unknown)."""
    seen: set[str] = set()
    for article in dated:
        if article.outlet and article.outlet not in seen:
            seen.add(article.outlet)
            if len(seen) >= n:
                return article.published
    return None


def _revivals(dated: Sequence[DatedArticle], dormant_days: float) -> list[tuple[DatedArticle, int]]:
    """Appearances that came at least ``dormant_days`` after every earlier one, with the gap in
    whole days."""
    found: list[tuple[DatedArticle, int]] = []
    latest: datetime | None = None
    for article in dated:
        when = aware_time(article.published)
        if when is None:
            continue
        if latest is not None and (when - latest).total_seconds() >= dormant_days * 86400:
            found.append((article, (when - latest).days))
        if latest is None or when > latest:
            latest = when
    return found


def due_events(events: Iterable[StoryEvent], told: set[str]) -> list[StoryEvent]:
    """The events a channel has not told yet, in order, each key once (pure).

    Once the keys of what this returns are added to ``told``, it returns nothing for the same
    events again (property-tested).
    """
    due: list[StoryEvent] = []
    seen = set(told)
    for event in events:
        if event.key not in seen:
            seen.add(event.key)
            due.append(event)
    return due


def story_snapshot(
    store: Store, story: Story, beat: str, analysis: Mapping[str, Any] | None = None
) -> StorySnapshot:
    """Read what the events of a story are computed from.

    Args:
        store: the store.
        story: the story.
        beat: the beat whose events these are.
        analysis: the story's stored analyses (``{"compare": ...}``), for its conflicts;
            None: no conflicts.
    """
    from newsbeat.serialize import story_enrichment_json

    appearances = [a for apps in store.story_appearances(story.id).values() for a in apps]
    ids = [a.article_id for a in appearances]
    undated = {
        a.id
        for a in store.iter_articles(ids=ids)
        if not a.published or a.published_source == "import"
    }
    dated = sorted(
        (
            DatedArticle(a.article_id, a.published, a.outlet, a.url)
            for a in appearances
            if a.published and a.article_id not in undated and aware_time(a.published) is not None
        ),
        key=lambda d: (aware_time(d.published), d.article_id),
    )
    by_id = sorted(appearances, key=lambda a: a.article_id)
    first_url = next((a.url for a in by_id if a.url), None)
    relations: dict[str, RelationFact] = {}
    for r in story_enrichment_json(store, story)["relations"]:
        if r["target"]:
            fact = RelationFact(r["source"], r["type"], r["target"], r["evidence"], r["date"])
            relations.setdefault(_digest(fact.source, fact.type, fact.target), fact)
    return StorySnapshot(
        story_id=story.id,
        beat=beat,
        title=story.title,
        first_seen=story.first_seen,
        outlets=tuple(sorted({a.outlet for a in appearances if a.outlet})),
        url=first_url,
        dated=tuple(dated),
        conflicts=tuple(conflict_facts(analysis)),
        relations=tuple(relations.values()),
    )


def snapshot_json(snapshot: StorySnapshot) -> dict[str, Any]:
    """A snapshot as JSON-able data (to keep it between runs)."""
    return dataclasses.asdict(snapshot)


def snapshot_from_json(data: Mapping[str, Any]) -> StorySnapshot:
    """A snapshot from :func:`snapshot_json`'s data.

    Raises:
        KeyError, TypeError, ValueError: the data is not a snapshot.
    """
    return StorySnapshot(
        story_id=str(data["story_id"]),
        beat=str(data["beat"]),
        title=str(data["title"]),
        first_seen=str(data["first_seen"]),
        outlets=tuple(data["outlets"]),
        url=data["url"],
        dated=tuple(DatedArticle(**d) for d in data["dated"]),
        conflicts=tuple(
            ConflictFact(c["what"], c["unit"], tuple((v, tuple(o)) for v, o in c["sides"]))
            for c in data["conflicts"]
        ),
        relations=tuple(RelationFact(**r) for r in data["relations"]),
    )


def conflict_facts(analysis: Mapping[str, Any] | None) -> list[ConflictFact]:
    """The numbers a story's outlets disagree on, from its analyses (None: none)."""
    comparison = (analysis or {}).get("compare", {}).get("comparison", {})
    conflicts = comparison.get("conflicts", [])
    return [
        ConflictFact(
            what=str(c["what"]),
            unit=c.get("unit"),
            sides=tuple(
                (str(side["value"]), tuple(str(o) for o in side.get("outlets", [])))
                for side in c.get("sides", [])
            ),
        )
        for c in conflicts
    ]
