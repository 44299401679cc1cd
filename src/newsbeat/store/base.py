"""The store interface: small protocols, one per part of the store, and :class:`Store`, their union.

Callers type-hint the part they use: a function that only reads articles takes an
:class:`ArticleStore`, one that saves stories a :class:`StoryStore`, and a function that needs two
parts declares a small protocol inheriting both (``class _Needs(ArticleStore, StoryStore,
Protocol): ...``). A backend implements :class:`Store`, every part at once:
:class:`~newsbeat.store.sqlite.SQLiteStore` is the embedded default, and
:class:`~newsbeat.store.postgres.PostgresStore` the team store. No stage imports a concrete store
or writes SQL of its own.

The parts:

- :class:`StoreLifecycle` (``close``) and :class:`Transactional` (``transaction``, and
  ``stage_lock``: one process at a time runs a stage);
- :class:`ArticleStore`: articles, their provenance, reprints and outlets;
- :class:`SearchStore`: full-text search;
- :class:`BeatStore`: beats and their membership;
- :class:`SourceStore`: collect sources and the pages whose fetch failed;
- :class:`AlertStore`: alerts and what each told about;
- :class:`StoryStore`: stories, their articles and merges, and the stages' saved state;
- :class:`EnrichmentStore`: what the enrich stage found in each article;
- :class:`AnalysisStore`: story analyses (compare, summary) and the stamp of their inputs.

Every backend passes the same contract suite (``tests/store_contract/``). Errors are backend
neutral: a missing record raises :class:`~newsbeat.exceptions.NotFoundError` with its ``kind``
and ``key``, a bad query :class:`~newsbeat.exceptions.QueryError`, and a write the database
refuses :class:`~newsbeat.exceptions.StoreError` after the transaction is rolled back.

:class:`TableStore` is apart from :class:`Store`: raw rows table by table, for moving a whole
database between backends (``newsbeat copy``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from newsbeat.models import (
    Alert,
    Appearance,
    Article,
    Beat,
    Enrichment,
    FetchFailure,
    SearchHit,
    Source,
    Story,
    StoryEvent,
)

__all__ = [
    "AddResult",
    "AlertStore",
    "AnalysisStore",
    "ArticleStore",
    "BeatStore",
    "EnrichmentStore",
    "SearchStore",
    "SourceStore",
    "Store",
    "StoreLifecycle",
    "StoryStore",
    "TableStore",
    "Transactional",
]


@dataclass
class AddResult:
    """What :meth:`ArticleStore.add_articles` did: ids of new articles, and of ones already
    stored."""

    new_ids: list[int] = field(default_factory=list)
    existing_ids: list[int] = field(default_factory=list)


@runtime_checkable
class Transactional(Protocol):
    """A store whose writes can be grouped into one all-or-nothing transaction."""

    def transaction(self) -> AbstractContextManager[None]:
        """Context manager: everything inside commits together or not at all.

        Nesting joins the outer transaction. When the block raises, everything written inside
        it is rolled back; an error the database raised comes out as StoreError.
        """

    def stage_lock(self, name: str, *, wait: bool = True) -> AbstractContextManager[bool]:
        """Context manager: only one process at a time holds the lock ``name`` on this
        database; the others wait for it. For stages that must not run twice at once (two
        clusterings would split one story in two). Not re-entrant across stores of one process.

        With ``wait=False`` it does not wait: it yields False (holding nothing) when another
        process holds the lock, True when it got it (``newsbeat watch``: one per database).
        """


@runtime_checkable
class StoreLifecycle(Transactional, Protocol):
    """Opening is the backend's constructor (or :func:`~newsbeat.store.open_store`); this
    releases it."""

    def close(self) -> None:
        """Release the connection."""


@runtime_checkable
class ArticleStore(Protocol):
    """Articles with their provenance, reprints (duplicates) and outlet names."""

    def add_articles(self, articles: Sequence[Article]) -> AddResult:
        """Store a batch in one transaction; known articles only gain provenance.

        An article is known when its identity URL (canonical, else fetched) is stored, or, when
        it has no URL, when an article with the same content hash is. Beat membership of the new
        articles is computed in the same transaction.
        """

    def get_article(self, article_id: int) -> Article:
        """One article with its provenance and beats; raises NotFoundError (kind "article")."""

    def iter_articles(
        self,
        *,
        beat: str | None = None,
        since: str | None = None,
        ids: Iterable[int] | None = None,
        include_duplicates: bool = True,
        after_id: int | None = None,
    ) -> Iterator[Article]:
        """Articles in id order, optionally filtered (``since`` compares ``published``, else
        when the article was imported or fetched: a stage's window; views never count an
        undated article as new, see :mod:`newsbeat.dates`)."""

    def count_articles(self, *, beat: str | None = None) -> int:
        """How many articles are stored (in a beat)."""

    def has_url(self, url: str) -> bool:
        """Whether an article with this identity URL (or fetched URL) is stored."""

    def set_duplicate(self, article_id: int, canonical_id: int | None) -> None:
        """Mark an article as a reprint of another (None clears the mark); an article cannot be
        a reprint of itself (StoreError)."""

    def appearances(self, article_id: int) -> list[Appearance]:
        """The article and every reprint of it: outlet, URL, date; raises NotFoundError."""

    def story_appearances(self, story_id: str) -> dict[int, list[Appearance]]:
        """Every appearance of a story's articles in one query: original id -> the original
        and its reprints, each list in date order."""

    def outlet_names(self) -> list[str]:
        """The distinct outlet names of stored articles, sorted."""

    def rename_outlet(self, old: str, new: str) -> int:
        """Give every article of outlet ``old`` the name ``new``; returns how many changed."""


@runtime_checkable
class SearchStore(Protocol):
    """Full-text search over the stored articles."""

    def search(
        self,
        query: str,
        *,
        beat: str | None = None,
        limit: int = 20,
        timeout: float | None = None,
    ) -> list[SearchHit]:
        """bm25-ranked full-text search with snippets (matches in ``[brackets]``).

        ``timeout`` (seconds; None: none) bounds the search's run time: past it the engine
        stops the query (SQLite: a progress handler; PostgreSQL: ``statement_timeout``).

        Raises QueryError on bad syntax, QueryTimeoutError past ``timeout``,
        QueryCancelledError after :meth:`interrupt`, and NotFoundError when ``beat`` does not
        exist. Callers bound the query's shape first (:func:`newsbeat.query.bounded_search`).
        """

    def validate_query(self, query: str) -> None:
        """Raise QueryError when the query is empty or the search engine rejects it."""

    def interrupt(self) -> None:
        """Stop the search running on this store, from another thread (the web UI calls it
        when the client goes away). It raises QueryCancelledError, and so does every later
        search on this store: interrupt a store that serves one request only."""


@runtime_checkable
class BeatStore(Protocol):
    """Beats: named search queries, and which articles match each."""

    def add_beat(self, beat: Beat) -> int:
        """Create or redefine a beat and recompute its membership; returns its article count.
        Raises QueryError when the query is not valid."""

    def get_beat(self, name: str) -> Beat:
        """One beat; raises NotFoundError (kind "beat")."""

    def list_beats(self) -> list[Beat]:
        """All beats, by name."""

    def remove_beat(self, name: str) -> None:
        """Delete a beat (articles stay); raises NotFoundError."""

    def beat_counts(self) -> dict[str, int]:
        """Article count per beat."""


@runtime_checkable
class SourceStore(Protocol):
    """Collect sources with their poll state, the pages whose last fetch failed, and the
    wrapped links already resolved."""

    def add_source(self, source: Source) -> Source:
        """Register a source (idempotent on type, URL and beat; a ``poll_every`` given replaces
        the stored one); returns it with its id."""

    def list_sources(self, *, beat: str | None = None) -> list[Source]:
        """Sources by id, optionally of one beat (sources without a beat are included)."""

    def update_source(self, source: Source) -> None:
        """Save a source's poll state."""

    def remove_source(self, source_id: int) -> None:
        """Delete a source; raises NotFoundError (kind "source")."""

    def record_fetch_failures(self, failures: Sequence[tuple[str, str]]) -> None:
        """Remember pages that failed, as ``(url, error)``; a known URL counts one more attempt."""

    def clear_fetch_failures(self, urls: Sequence[str]) -> None:
        """Forget failures of these URLs (they were fetched since)."""

    def list_fetch_failures(self) -> list[FetchFailure]:
        """Pages whose last fetch failed, most recent first."""

    def resolved_links(self, urls: Sequence[str]) -> dict[str, str]:
        """The cached resolutions of wrapped links: link -> article URL (unknown ones absent)."""

    def save_resolved_links(self, links: Sequence[tuple[str, str, str]]) -> None:
        """Cache resolutions as ``(link, article URL, resolver)``; a known link is replaced."""


@runtime_checkable
class AlertStore(Protocol):
    """Alerts on beats and the event keys each has told; every beat's story events (its feed)."""

    def add_alert(self, alert: Alert) -> Alert:
        """Register an alert (idempotent on beat, kind and destination: a second add updates
        ``min_outlets`` and ``events`` and keeps the first secret); returns it as stored.
        Raises NotFoundError when the beat does not exist."""

    def list_alerts(self, *, beat: str | None = None) -> list[Alert]:
        """Alerts, optionally of one beat, by id."""

    def remove_alert(self, alert_id: int) -> None:
        """Delete an alert and what it delivered; raises NotFoundError (kind "alert")."""

    def sent_event_keys(self, alert_id: int) -> set[str]:
        """The keys of the story events the alert has told."""

    def record_events_sent(self, alert_id: int, keys: Sequence[str]) -> None:
        """Remember that the alert told these events (a key told before is kept as it was)."""

    def record_beat_events(self, events: Sequence[StoryEvent]) -> int:
        """Add story events to their beats' feeds (a key known in its beat is left as it was,
        its ``recorded_at`` kept); returns how many were new."""

    def beat_event_keys(self, beat: str) -> set[str]:
        """The keys of every story event recorded for the beat."""

    def beat_events(self, beat: str, *, limit: int) -> list[StoryEvent]:
        """The beat's latest ``limit`` story events, newest recorded first (then by key)."""


@runtime_checkable
class StoryStore(Protocol):
    """Stories, which articles each holds, merges of old story ids, and stage state."""

    def save_story(self, story: Story, *, state: bytes | None = None) -> None:
        """Insert or update a story's header and (optionally) its clustering state."""

    def assign_articles(
        self, story_id: str, article_ids: Iterable[int], similarity: float | None = None
    ) -> None:
        """Put articles in a story (moving them out of any other)."""

    def story_of(self, article_id: int) -> str | None:
        """The story an article belongs to, if any."""

    def get_story(self, story_id: str) -> Story:
        """One story, following merges of old IDs; raises NotFoundError (kind "story")."""

    def story_state(self, story_id: str) -> bytes | None:
        """The clustering state saved with the story."""

    def list_stories(
        self, *, beat: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[Story]:
        """Stories, most covered (outlets, then articles) and newest first. ``since`` compares
        ``last_updated`` (an undated story's is its import time: views filter with
        :func:`newsbeat.story_views.coverage.story_listing` instead), ``until`` compares
        ``first_seen`` (both: the stories whose span meets that period); an unknown ``beat``
        raises NotFoundError."""

    def merge_stories(self, old_id: str, new_id: str) -> None:
        """Move every article of ``old_id`` to ``new_id`` and record the merge."""

    def link_stories(self, story_id: str, related_id: str, score: float) -> None:
        """Record that two stories are related (same subject, another event), both ways; a
        link known already keeps its first score."""

    def related_stories(self, story_id: str) -> list[Story]:
        """The stories related to one, merges followed on both sides, closest first (then by
        id); a story merged into this one, or gone, is left out."""

    def story_languages(self) -> dict[str, list[str]]:
        """Every story's article languages (sorted, distinct; stories whose articles have no
        language are left out), in one query: the web UI's language filter."""

    def unclustered_article_ids(self) -> list[int]:
        """Ids of non-duplicate articles in no story yet, in id order."""

    def get_stage_state(self, name: str) -> bytes | None:
        """A stage's saved state (e.g. the clustering's term counts), or None."""

    def save_stage_state(self, name: str, value: bytes) -> None:
        """Replace a stage's saved state."""


@runtime_checkable
class EnrichmentStore(Protocol):
    """What the enrich stage found in each article."""

    def save_enrichment(self, enrichment: Enrichment) -> None:
        """Replace what is stored for the article with this enrichment."""

    def get_enrichment(self, article_id: int) -> Enrichment | None:
        """What enrich found in one article, or None if it has not run."""

    def get_enrichment_entities(self, article_ids: Sequence[int]) -> dict[int, Enrichment]:
        """The stored enrichment of each of these articles with its entities only (quotes,
        claims and relations left empty), by article id; articles enrich has not seen are
        absent (reading many stories' actors: a few queries, not five per article)."""

    def unenriched_article_ids(self) -> list[int]:
        """Ids of articles the enrich stage has not seen yet, in id order."""

    def stale_enrichment_ids(self, version: str) -> list[int]:
        """Ids of articles whose stored enrichment (or skip) was made by another version of the
        analysis than ``version`` (``Enrichment.version``), or by an unrecorded one (None), in
        id order."""

    def count_stale_enrichments(self, version: str) -> int:
        """How many articles :meth:`stale_enrichment_ids` would list, counted in the database
        (every run asks; an archive of 100,000 articles need not send its ids back)."""


@runtime_checkable
class AnalysisStore(Protocol):
    """Story analyses (compare, summarise), each stored with a stamp of its inputs."""

    def story_inputs_stamp(self, story_id: str) -> str:
        """A digest of what a story's analysis depends on: its articles, their reprints and dates,
        and when each was enriched. It changes whenever any of them does."""

    def save_story_analysis(
        self, story_id: str, kind: str, stamp: str, data: dict[str, Any]
    ) -> None:
        """Store a story analysis (``kind``: compare, summary) with the stamp of its inputs."""

    def get_story_analysis(self, story_id: str, kind: str) -> tuple[str, dict[str, Any]] | None:
        """The stored analysis of a story as (stamp, data), or None."""


@runtime_checkable
class Store(
    StoreLifecycle,
    ArticleStore,
    SearchStore,
    BeatStore,
    SourceStore,
    AlertStore,
    StoryStore,
    EnrichmentStore,
    AnalysisStore,
    Protocol,
):
    """The whole store: every part. Backends implement this; callers take the part they use."""


@runtime_checkable
class TableStore(Protocol):
    """Raw rows, table by table: what ``newsbeat copy`` moves between backends.

    Every backend has the same tables with the same column names and value representation
    (timestamps as ISO text, flags as integers, blobs as bytes), so rows exported from one
    import into the other unchanged.
    """

    def copy_tables(self) -> list[str]:
        """Every data table in foreign-key order (the full-text index and bookkeeping tables
        excluded: they are rebuilt from the data)."""

    def export_rows(self, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """The table's column names, then every row (in that column order) by primary key or
        insertion order. Raises StoreError for a table not in :meth:`copy_tables`."""

    def import_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert rows as they are (ids kept) inside the caller's ``transaction()``; returns
        how many. Afterwards new rows get ids past the largest one and the full-text index
        covers the imported articles. Raises StoreError (a row the database refuses, an
        unknown table or column)."""

    def is_empty(self) -> bool:
        """Whether no data table holds a row."""
