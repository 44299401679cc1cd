"""The public JSON shapes of newsbeat, as :class:`~typing.TypedDict` declarations.

Every ``--json`` output of the CLI, the web UI's ``/api/`` answers and the alert messages have
one of these shapes; :mod:`newsbeat.serialize` and the ``to_json()`` methods of
:mod:`newsbeat.models` build them. This module imports nothing of newsbeat, so records and
stages can name a shape without importing the builders (and what they import).
"""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ActorClaimJSON",
    "ActorFileJSON",
    "ActorGraphJSON",
    "ActorQuoteJSON",
    "AlertJSON",
    "ArticleJSON",
    "BeatJSON",
    "ClaimJSON",
    "CollectFailureJSON",
    "CollectReportJSON",
    "CopyJSON",
    "EntityJSON",
    "EventJSON",
    "EvidenceJSON",
    "FetchFailureJSON",
    "GraphActorJSON",
    "GraphEdgeJSON",
    "ImportFailureJSON",
    "IngestReportJSON",
    "LinkOnlyJSON",
    "QuoteJSON",
    "RelatedStoryJSON",
    "RelationJSON",
    "RunJSON",
    "SearchHitJSON",
    "SourceJSON",
    "StageJSON",
    "StoryArticleJSON",
    "StoryEnrichmentJSON",
    "StoryJSON",
    "UpdateJSON",
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


class BeatJSON(TypedDict):
    """``newsbeat beat list --json``: a beat, its query and how many articles it holds."""

    name: str
    query: str
    articles: int


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
    language: str | None
    # what the enrich stage read: "full", "entities only" (another language), "skipped", or
    # None when not enriched yet; the note says why when not full
    # (newsbeat.story_views.article_analysis)
    analysis: str | None
    analysis_note: str | None


class RelatedStoryJSON(TypedDict):
    """A story on the same subject as this one but about another event (an earlier visit, a
    follow-up decision, the arrest before a trial): linked by the stories stage, or sharing
    central actors (``actors``, empty for a link of the stage's), not merged; ``first_seen``
    orders them in time (None: undated, last)."""

    id: str
    title: str
    first_seen: str | None
    actors: list[str]


class EntityJSON(TypedDict):
    """One actor of a story, with the type most of its mentions carry."""

    name: str
    type: str
    mentions: int


class QuoteJSON(TypedDict):
    """One quote of a story. ``speakers`` (added in session 31): the two or more actors who
    say it together ("…," said A and B), ``speaker`` then null; empty for one speaker or
    none."""

    text: str
    speaker: str | None
    speakers: list[str]
    via: str | None
    kind: str
    article_id: int | None
    outlet: str | None


class ClaimJSON(TypedDict):
    """One numeric claim of a story (``value``: the figure as its article wrote it, hedge words
    kept: "at least 600", "72–120", "several dozen"; ``low``/``high`` the range compared)."""

    what: str
    value: str
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
    # language code -> its outlets, English first, then by outlets, unknown ("und") last
    # (:mod:`newsbeat.story_views.languages`)
    languages: dict[str, list[str]]
    articles: list[StoryArticleJSON]
    entities: list[EntityJSON]
    quotes: list[QuoteJSON]
    claims: list[ClaimJSON]
    relations: list[RelationJSON]
    events: list[EventJSON]
    related: list[RelatedStoryJSON]


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
