"""The public JSON shapes, declared and built in one place.

Every ``--json`` output of the CLI, the web UI's ``/api/`` answers and the alert messages are
shapes declared here as :class:`~typing.TypedDict` (so mypy checks the contract) and built by
the functions here or by the ``to_json()`` methods of the records in :mod:`newsbeat.models`
that return them. A story's enrichment is read once per story.

This module imports neither scikit-learn nor spaCy nor networkx: listing stories stays fast.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict

from newsbeat.coverage import StoryCoverage, story_coverage, story_listing
from newsbeat.enrich.reading import story_enrichments
from newsbeat.models import Claim, Enrichment, Quote, Relation, Story
from newsbeat.store import EnrichmentStore, Store

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "ActorFileJSON",
    "ActorGraphJSON",
    "AlertJSON",
    "ArticleJSON",
    "ClaimJSON",
    "CollectFailureJSON",
    "CollectReportJSON",
    "CopyJSON",
    "EntityJSON",
    "EventJSON",
    "FetchFailureJSON",
    "ImportFailureJSON",
    "IngestReportJSON",
    "LinkOnlyJSON",
    "QuoteJSON",
    "RelationJSON",
    "RunJSON",
    "SearchHitJSON",
    "SourceJSON",
    "StageJSON",
    "StoryArticleJSON",
    "StoryEnrichmentJSON",
    "StoryJSON",
    "UpdateJSON",
    "actor_claim_json",
    "actor_quote_json",
    "event_json",
    "events_json",
    "graph_json",
    "main_type",
    "relation_json",
    "story_enrichment_json",
    "story_json",
    "story_list_json",
]


# -- records -----------------------------------------------------------------------------------
class ArticleJSON(TypedDict):
    """``newsbeat articles --json``, ``/api/articles``."""

    id: int | None
    url: str | None
    outlet: str | None
    section: str | None
    title: str
    standfirst: str | None
    byline: str | None
    published: str | None
    language: str | None
    text: str
    beats: list[str]
    text_status: str


class SearchHitJSON(TypedDict):
    """``newsbeat search --json``, ``/api/search``."""

    id: int
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float


class SourceJSON(TypedDict):
    """``newsbeat source list --json`` and ``source add --json``."""

    id: int | None
    type: str
    url: str
    beat: str | None
    last_poll: str | None
    last_status: str | None
    last_error: str | None
    consecutive_errors: int


class FetchFailureJSON(TypedDict):
    """``newsbeat fetch --list-failed --json``."""

    url: str
    error: str
    attempts: int
    first_failed: str
    last_failed: str


class AlertJSON(TypedDict):
    """``newsbeat alert list --json``."""

    id: int | None
    beat: str
    kind: str
    destination: str
    min_outlets: int
    events: list[str]
    signed: bool
    created_at: str


# -- reports of a run ------------------------------------------------------------------------
class ImportFailureJSON(TypedDict):
    """One input that could not be imported."""

    location: str
    reason: str


class IngestReportJSON(TypedDict):
    """``newsbeat ingest --json``."""

    files: int
    new: int
    existing: int
    failed: int
    failures: list[ImportFailureJSON]
    beats_created: list[str]
    seconds: float


class CollectFailureJSON(TypedDict):
    """A source or page that failed."""

    kind: str
    location: str
    error: str


class LinkOnlyJSON(TypedDict):
    """An item stored as a link-only (headline only) article, and why it has no text."""

    location: str
    text_status: str
    reason: str


class CollectReportJSON(TypedDict):
    """``newsbeat fetch --json`` and the ``collect`` of ``newsbeat run --json``."""

    sources_polled: int
    sources_failed: int
    pages_fetched: int
    pages_failed: int
    pages_already_stored: int
    new_articles: int
    existing_articles: int
    link_only_articles: int
    links_resolved: int
    links_unresolved: int
    new_ids: list[int]
    failures: list[CollectFailureJSON]
    link_only: list[LinkOnlyJSON]
    problems: list[str]
    interrupted: bool
    seconds: float


class StageJSON(TypedDict):
    """What one stage of a run did."""

    name: str
    counts: dict[str, int | float]
    failures: list[str]


class RunJSON(TypedDict):
    """``newsbeat run --json``."""

    beat: str | None
    collect: CollectReportJSON | None
    stages: list[StageJSON]
    failed: bool
    report: str | None


class UpdateJSON(TypedDict):
    """``newsbeat update --json``."""

    beats: list[str]
    stages: list[StageJSON]
    failed: bool


class CopyJSON(TypedDict):
    """``newsbeat copy --json``: rows copied per table, in copy order, and their total."""

    source: str
    destination: str
    tables: dict[str, int]
    total: int


# -- stories -----------------------------------------------------------------------------------
class StoryArticleJSON(TypedDict):
    """One appearance of a story's article: a reprint contributes one per outlet that ran it."""

    id: int
    outlet: str | None
    title: str
    url: str | None
    published: str | None
    text_status: str


class EntityJSON(TypedDict):
    """One actor of a story, with the type most of its mentions carry."""

    name: str
    type: str
    mentions: int


class QuoteJSON(TypedDict):
    """One quote of a story."""

    text: str
    speaker: str | None
    via: str | None
    kind: str
    article_id: int | None
    outlet: str | None


class ClaimJSON(TypedDict):
    """One numeric claim of a story."""

    what: str
    low: float | None
    high: float | None
    exact: bool
    unit: str | None
    claimant: str | None
    article_id: int | None
    outlet: str | None
    sentence: str


class RelationJSON(TypedDict):
    """One relation between two actors (negated and hypothetical ones are left out)."""

    type: str
    source: str
    target: str | None
    date: str | None
    evidence: str
    article_id: int | None
    outlet: str | None


class EventJSON(TypedDict):
    """An action of one actor with no named target ("Kaldria launched an offensive"): kept
    apart from relations, which always have two actors."""

    type: str
    actor: str
    date: str | None
    evidence: str
    article_id: int | None
    outlet: str | None


class StoryEnrichmentJSON(TypedDict):
    """The enrichment keys of a story's JSON."""

    entities: list[EntityJSON]
    quotes: list[QuoteJSON]
    claims: list[ClaimJSON]
    relations: list[RelationJSON]
    events: list[EventJSON]


class StoryJSON(TypedDict):
    """``newsbeat stories --json`` (one per story), ``newsbeat story ID --json``,
    ``/api/stories``, ``/api/stories/ID`` and the ``story`` of an alert message."""

    id: str
    title: str
    beats: list[str]
    first_seen: str | None
    last_updated: str | None
    outlets: list[str]
    articles: list[StoryArticleJSON]
    entities: list[EntityJSON]
    quotes: list[QuoteJSON]
    claims: list[ClaimJSON]
    relations: list[RelationJSON]
    events: list[EventJSON]


# -- actors ------------------------------------------------------------------------------------
class GraphActorJSON(TypedDict):
    """One actor of the graph."""

    name: str
    type: str | None
    mentions: int
    articles: int
    roles: list[str]
    relations: int


class EvidenceJSON(TypedDict):
    """A sentence behind an edge of the graph."""

    sentence: str
    article_id: int | None
    outlet: str | None
    type: str


class GraphEdgeJSON(TypedDict):
    """Every relation from one actor to another, counted by PLOVER type."""

    source: str
    target: str
    count: int
    types: dict[str, int]
    first_seen: str | None
    last_seen: str | None
    evidence: list[EvidenceJSON]


class ActorGraphJSON(TypedDict):
    """``newsbeat actors --json``."""

    actors: list[GraphActorJSON]
    edges: list[GraphEdgeJSON]


class ActorQuoteJSON(TypedDict):
    """A quote in an actor's file (the actor is the speaker)."""

    text: str
    via: str | None
    kind: str
    article_id: int | None
    outlet: str | None


class ActorClaimJSON(TypedDict):
    """A claim in an actor's file (the actor is the claimant)."""

    what: str
    low: float | None
    high: float | None
    exact: bool
    unit: str | None
    sentence: str
    article_id: int | None
    outlet: str | None


class ActorFileJSON(TypedDict):
    """``newsbeat actor NAME --json``."""

    name: str
    type: str | None
    mentions: int
    roles: list[str]
    relations: list[RelationJSON]
    quotes: list[ActorQuoteJSON]
    claims: list[ActorClaimJSON]
    stories: list[str]


# -- builders ----------------------------------------------------------------------------------
def relation_json(r: Relation) -> RelationJSON:
    """A relation's JSON (``target`` None when the relation has none)."""
    return {
        "type": r.type,
        "source": r.source,
        "target": r.target or None,
        "date": r.date,
        "evidence": r.evidence,
        "article_id": r.article_id,
        "outlet": r.outlet,
    }


def event_json(r: Relation) -> EventJSON:
    """An event's JSON (a relation record with no target)."""
    return {
        "type": r.type,
        "actor": r.source,
        "date": r.date,
        "evidence": r.evidence,
        "article_id": r.article_id,
        "outlet": r.outlet,
    }


def events_json(enrichments: Iterable[Enrichment]) -> list[EventJSON]:
    """The events of these enrichments, in order: each action with no target that is not
    negated (the story JSON's ``events``; the report's come from here too)."""
    return [
        event_json(r) for e in enrichments for r in e.relations if not r.negated and not r.target
    ]


def _quote_json(q: Quote) -> QuoteJSON:
    return {
        "text": q.text,
        "speaker": q.speaker,
        "via": q.via,
        "kind": q.kind,
        "article_id": q.article_id,
        "outlet": q.outlet,
    }


def _claim_json(c: Claim) -> ClaimJSON:
    return {
        "what": c.what,
        "low": c.low,
        "high": c.high,
        "exact": c.exact,
        "unit": c.unit,
        "claimant": c.claimant,
        "article_id": c.article_id,
        "outlet": c.outlet,
        "sentence": c.sentence,
    }


def actor_quote_json(q: Quote) -> ActorQuoteJSON:
    """A quote as an actor's file lists it (without the speaker: the actor)."""
    return {
        "text": q.text,
        "via": q.via,
        "kind": q.kind,
        "article_id": q.article_id,
        "outlet": q.outlet,
    }


def actor_claim_json(c: Claim) -> ActorClaimJSON:
    """A claim as an actor's file lists it (without the claimant: the actor)."""
    return {
        "what": c.what,
        "low": c.low,
        "high": c.high,
        "exact": c.exact,
        "unit": c.unit,
        "sentence": c.sentence,
        "article_id": c.article_id,
        "outlet": c.outlet,
    }


def main_type(counts: Counter[str]) -> str:
    """The type most mentions of an actor carry (ties: alphabetical first)."""
    return max(sorted(counts), key=lambda t: counts[t])


def enrichment_json(enrichments: list[Enrichment]) -> StoryEnrichmentJSON:
    """The enrichment keys of a story from its articles' enrichments.

    One entity per actor: NER may call a town a place in one article and an organisation in
    the next; the type most of its mentions carry is the actor's. Negated relations are left
    out; an action with no target is an event (``events``), never a relation.
    """
    types: dict[str, Counter[str]] = defaultdict(Counter)
    quotes: list[QuoteJSON] = []
    claims: list[ClaimJSON] = []
    relations: list[RelationJSON] = []
    for e in enrichments:
        for ent in e.entities:
            types[ent.name][ent.type] += ent.mentions
        quotes.extend(_quote_json(q) for q in e.quotes)
        claims.extend(_claim_json(c) for c in e.claims)
        relations.extend(relation_json(r) for r in e.relations if not r.negated and r.target)
    entities: list[EntityJSON] = [
        {"name": name, "type": main_type(counts), "mentions": counts.total()}
        for name, counts in sorted(types.items(), key=lambda kv: (-kv[1].total(), kv[0]))
    ]
    return {
        "entities": entities,
        "quotes": quotes,
        "claims": claims,
        "relations": relations,
        "events": events_json(enrichments),
    }


def story_enrichment_json(store: EnrichmentStore, story: Story) -> StoryEnrichmentJSON:
    """``entities``, ``quotes``, ``claims``, ``relations`` and ``events`` of a story, read once."""
    return enrichment_json(story_enrichments(store, list(story.article_ids)))


def story_json(store: Store, story: Story, coverage: StoryCoverage | None = None) -> StoryJSON:
    """A story's public JSON.

    Keys ``id, title, beats, first_seen, last_updated, outlets, articles, entities, quotes,
    claims, relations, events``. Articles and outlets are counted as every view counts them
    (:mod:`newsbeat.coverage`): each article is ``id, outlet, title, url, published,
    text_status`` (``full``, else the article is headline only), and a reprint contributes one
    entry per appearance (outlet, URL, date), so every outlet that ran the text is listed.
    ``first_seen`` and ``last_updated`` are the dated span of the articles, both None when
    none of them gave a date (the story is undated; see :mod:`newsbeat.dates`).
    """
    found = coverage or story_coverage(store, story)
    articles: list[StoryArticleJSON] = [
        {
            "id": a.appearance.article_id,
            "outlet": a.appearance.outlet,
            "title": a.appearance.title,
            "url": a.appearance.url,
            "published": a.appearance.published,
            "text_status": a.appearance.text_status,
        }
        for a in found.articles
    ]
    enrichment = story_enrichment_json(store, story)
    return {
        "id": story.id,
        "title": story.title,
        "beats": list(story.beats),
        "first_seen": found.first_seen,
        "last_updated": found.last_updated,
        "outlets": found.outlets,
        "articles": articles,
        "entities": enrichment["entities"],
        "quotes": enrichment["quotes"],
        "claims": enrichment["claims"],
        "relations": enrichment["relations"],
        "events": enrichment["events"],
    }


def story_list_json(
    store: Store, *, beat: str | None = None, since: str | None = None
) -> list[StoryJSON]:
    """Every story's JSON, most covered first (outlets, reprints included), then newest;
    undated stories last (:func:`newsbeat.coverage.story_listing`).

    Args:
        store: the store.
        beat: only stories with an article in this beat.
        since: only stories updated since this ISO time; undated stories never are.
    """
    listing = story_listing(store, beat=beat, since=since)
    return [story_json(store, s, listing.coverage[s.id]) for s in listing.stories + listing.undated]


def graph_json(graph: nx.DiGraph) -> ActorGraphJSON:
    """``newsbeat actors --json``: actors (most connected, then most mentioned) and edges."""
    actors: list[GraphActorJSON] = [
        {
            "name": n,
            "type": d.get("type"),
            "mentions": d.get("mentions", 0),
            "articles": d.get("articles", 0),
            "roles": d.get("roles", []),
            "relations": graph.degree(n),
        }
        for n, d in graph.nodes(data=True)
    ]
    actors.sort(key=lambda a: (-a["relations"], -a["mentions"], a["name"]))
    edges: list[GraphEdgeJSON] = [
        {
            "source": s,
            "target": t,
            "count": d["count"],
            "types": d["types"],
            "first_seen": d["first_seen"],
            "last_seen": d["last_seen"],
            "evidence": d["evidence"],
        }
        for s, t, d in graph.edges(data=True)
    ]
    edges.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
    return {"actors": actors, "edges": edges}
