"""Typed records that flow between the pipeline stages.

Data flows one way: ``collect -> extract -> store -> match -> dedupe -> stories -> enrich ->
compare -> summarise -> report``. Every stage takes and returns these dataclasses; the store is
the only shared state. Records are plain data (no database handles), so batch stages stay pure
functions that a cluster scheduler can ship to workers.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbeat.json_shapes import (
        AlertJSON,
        ArticleJSON,
        BeatJSON,
        FetchFailureJSON,
        SearchHitJSON,
        SourceJSON,
    )

__all__ = [
    "EVENT_KINDS",
    "LINK_ONLY_STATUSES",
    "Actor",
    "Alert",
    "Appearance",
    "Article",
    "Beat",
    "Claim",
    "Enrichment",
    "Entity",
    "FetchFailure",
    "Provenance",
    "Quote",
    "Relation",
    "SearchHit",
    "Source",
    "Story",
    "StoryEvent",
    "content_hash",
    "utc_now",
]


# Why a link-only article has no text: the link could not be resolved or the page gave no text
# (``link_only``), a paywall stub, a consent wall, or robots.txt forbids the page.
LINK_ONLY_STATUSES = ("link_only", "paywalled", "consent_wall", "blocked_by_robots")


def utc_now() -> str:
    """Return the current UTC time as an ISO 8601 string with seconds precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def content_hash(title: str | None, text: str) -> str:
    """Hash of the normalised title and text: the identity of an article without a URL.

    Normalisation folds Unicode compatibility forms, case and whitespace so that the same
    article read from two dumps (or with different line wrapping) hashes the same.
    """
    norm = f"{title or ''}\n{text}"
    if not norm.isascii():  # NFKC leaves ASCII unchanged: skip it for speed
        norm = unicodedata.normalize("NFKC", norm)
    norm = " ".join(norm.casefold().split())  # = re.sub(r"\s+", " ", ...).strip(), but faster
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True, kw_only=True)
class Provenance:
    """Where an article was seen: a file and position in it, or a URL.

    Attributes:
        location: file path or URL.
        position: position inside the file (``"line 12"``, ``"article 3"``), or None.
        seen_at: ISO 8601 UTC time of import or fetch.
    """

    location: str
    position: str | None = None
    seen_at: str = field(default_factory=utc_now)


@dataclass(kw_only=True)
class Article:
    """One news article.

    ``published`` is ISO 8601 (a date alone is allowed); ``published_source`` says how it was
    obtained: ``metadata`` (page or feed), ``dateline`` (month/day in the text, year inferred),
    ``import`` (no date found: the import or fetch time was used), or None when unknown.
    ``text`` holds paragraphs separated by blank lines. ``id`` is None until stored.

    ``text_status`` says whether the text is the article's: ``full``, or one of
    :data:`LINK_ONLY_STATUSES` for a link-only ("headline only") article whose page text could
    not be had (its ``text`` is empty; title, outlet, date and URLs come from the source).
    """

    title: str
    text: str
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    section: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    published: str | None = None
    published_source: str | None = None
    language: str | None = None
    provenance: list[Provenance] = field(default_factory=list)
    fetched_at: str | None = None
    imported_at: str | None = None
    id: int | None = None
    duplicate_of: int | None = None
    beats: list[str] = field(default_factory=list)
    text_status: str = "full"

    @property
    def headline_only(self) -> bool:
        """Whether the article has no text of its own (a link-only article)."""
        return self.text_status != "full"

    @property
    def content_hash(self) -> str:
        """Identity of the article's content (see :func:`content_hash`)."""
        return content_hash(self.title, self.text)

    @property
    def identity_url(self) -> str | None:
        """The URL that identifies the article: canonical when known, else the fetched one."""
        return self.canonical_url or self.url

    @property
    def order_time(self) -> str:
        """When newsbeat puts it in order: its date, else when it was imported or fetched.

        Only an order: an undated article's import time is never shown as its date.
        """
        return self.published or self.imported_at or self.fetched_at or ""

    @property
    def paragraphs(self) -> list[str]:
        """The text split into its paragraphs."""
        return [p.strip() for p in self.text.split("\n\n") if p.strip()]

    def to_json(self) -> ArticleJSON:
        """The public JSON shape of ``newsbeat articles --json`` (a stable contract)."""
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "section": self.section,
            "title": self.title,
            "standfirst": self.standfirst,
            "byline": self.byline,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "beats": list(self.beats),
            "text_status": self.text_status,
        }


@dataclass(frozen=True, kw_only=True)
class Appearance:
    """One place a (possibly reprinted) article appeared: outlet, URL, date and language (as
    stored with the article: an ISO 639-1 code, None when unknown)."""

    article_id: int
    outlet: str | None
    url: str | None
    published: str | None
    title: str
    text_status: str = "full"
    language: str | None = None


@dataclass(frozen=True, kw_only=True)
class Beat:
    """A subject followed through the news, defined by an FTS5 query."""

    name: str
    query: str
    created_at: str = field(default_factory=utc_now)

    def to_json(self, articles: int) -> BeatJSON:
        """The public JSON shape of ``newsbeat beat list --json``, with the beat's article
        count (:meth:`~newsbeat.store.base.BeatStore.beat_counts`)."""
        return {"name": self.name, "query": self.query, "articles": articles}


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    """One full-text search result, best first by bm25."""

    article_id: int
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float

    def to_json(self) -> SearchHitJSON:
        """The public JSON shape of ``newsbeat search --json`` (a stable contract)."""
        return {
            "id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
            "snippet": self.snippet,
            "score": round(self.score, 4),
        }


@dataclass(kw_only=True)
class Source:
    """A place to poll for articles (feed, sitemap, GDELT query, search template).

    The state fields are updated after each poll and feed conditional GETs; ``retry_at`` is
    when the source may be asked again after it answered with a ``Retry-After`` (None: now).
    ``poll_every`` is the source's own interval in seconds for ``newsbeat watch`` (None: its
    beat's).
    """

    type: str
    url: str
    beat: str | None = None
    id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_status: str | None = None
    last_error: str | None = None
    consecutive_errors: int = 0
    retry_at: str | None = None
    poll_every: float | None = None

    def to_json(self) -> SourceJSON:
        """The public JSON shape of ``newsbeat source list --json`` (a stable contract)."""
        return {
            "id": self.id,
            "type": self.type,
            "url": self.url,
            "beat": self.beat,
            "last_poll": self.last_poll,
            "last_status": self.last_status,
            "last_error": self.last_error,
            "consecutive_errors": self.consecutive_errors,
        }


@dataclass(frozen=True, kw_only=True)
class Alert:
    """Tell someone about the story events of a beat (see :data:`EVENT_KINDS`).

    ``kind`` is ``webhook`` (``destination`` is an http(s) URL that receives a signed JSON
    POST per event), ``file`` (a path that gets one JSON line per event) or ``email`` (an
    address that gets one message per run listing the events). ``min_outlets`` is the N of
    the ``outlets_reached`` event; ``secret`` signs a webhook's messages (never shown again
    after ``alert add``).
    """

    beat: str
    kind: str
    destination: str
    min_outlets: int = 2
    events: tuple[str, ...] = ()
    secret: str | None = field(default=None, repr=False)
    id: int | None = None
    created_at: str = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        if not self.events:
            object.__setattr__(self, "events", EVENT_KINDS)

    def to_json(self) -> AlertJSON:
        """The public JSON shape of ``newsbeat alert list --json`` (the secret left out)."""
        return {
            "id": self.id,
            "beat": self.beat,
            "kind": self.kind,
            "destination": self.destination,
            "min_outlets": self.min_outlets,
            "events": list(self.events),
            "signed": self.secret is not None,
            "created_at": self.created_at,
        }


# What happens to a story that an alert or a beat's feed tells about, in the order they are
# told: a new story, a story reaching N outlets, outlets disagreeing on a number, a new
# relation between two actors, a dormant story getting a new article.
EVENT_KINDS: tuple[str, ...] = (
    "new_story",
    "outlets_reached",
    "new_conflict",
    "new_relation",
    "revived",
)


@dataclass(frozen=True, kw_only=True)
class StoryEvent:
    """Something that happened to a story of a beat, told once per channel.

    ``key`` is stable (``story:<id>:new``, ``story:<id>:conflict:<hash>``...): the same event
    computed again has the same key, so a channel that recorded it never tells it twice.
    ``happened_at`` is when it happened by the articles' dates (None when unknown);
    ``recorded_at`` when the beat's feed first recorded it (None until stored).
    """

    key: str
    kind: str
    beat: str
    story_id: str
    title: str
    text: str
    url: str | None = None
    happened_at: str | None = None
    recorded_at: str | None = None


@dataclass(frozen=True, kw_only=True)
class FetchFailure:
    """A page that could not be fetched or extracted, until a later fetch succeeds."""

    url: str
    error: str
    attempts: int
    first_failed: str
    last_failed: str

    def to_json(self) -> FetchFailureJSON:
        """The public JSON shape of ``newsbeat fetch --list-failed --json``."""
        return {
            "url": self.url,
            "error": self.error,
            "attempts": self.attempts,
            "first_failed": self.first_failed,
            "last_failed": self.last_failed,
        }


@dataclass(kw_only=True)
class Story:
    """Articles about the same event. IDs are stable across runs; merged IDs still resolve."""

    id: str
    title: str
    first_seen: str
    last_updated: str
    article_ids: list[int] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    beats: list[str] = field(default_factory=list)
    status: str = "active"  # active | dormant | singleton (too short to cluster)


@dataclass(frozen=True, kw_only=True)
class Entity:
    """A named entity of a story or article with its canonical name and mention count."""

    name: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, GROUP
    mentions: int = 1
    role: str | None = None


@dataclass(frozen=True, kw_only=True)
class Actor:
    """A canonical actor across articles (person, organisation, country, group)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Quote:
    """A quote: ``kind`` is ``direct`` or ``indirect``; ``via`` the medium it came through.

    ``speakers``: the actors who say it together (``"…," said A and B``), in the order written,
    when two or more do; ``speaker`` is then None, since no one of them alone said it.
    Empty for a quote of one speaker or of none."""

    text: str
    speaker: str | None
    kind: str = "direct"
    via: str | None = None
    article_id: int | None = None
    outlet: str | None = None
    sentence: str | None = None
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Claim:
    """A numeric claim: what is counted, its range (``high`` None = unbounded), who claims it."""

    what: str
    low: float | None
    high: float | None
    exact: bool
    unit: str | None
    claimant: str | None
    sentence: str
    time_ref: str | None = None
    article_id: int | None = None
    outlet: str | None = None
    # The claim's slot (None: unknown, e.g. stored before slots were read):
    hedge: str | None = None  # its own hedge words as written: "at least", "some", "nearly"
    role: str | None = None  # total | part | rate | distance | change; None: a plain count
    event: str | None = None  # the verb it hangs on, as a lemma: "kill", "deploy", "pay"
    subject: str | None = None  # who does it: the actor subject of that verb, or an age
    # describing a person no name is given for ("36-year-old")
    place: str | None = None  # a distance's named place ("55 km south of Arden": Arden);
    # a crowd's own place ("Arden, where another 5,000 marched": Arden)
    voice: str | None = None  # "bystander": a quoted bystander's or reader's figure
    occasion: str | None = None  # the game or period it is counted in: "in tuesday 's game"
    carried: str | None = None  # "subject": read from the sentence before (claim_carry)
    recipient: str | None = None  # the named party the act is done to: "offered Drost $5m"

    @property
    def slot(self) -> dict[str, str]:
        """The known slot fields, for storage (``role``, ``event``, ...; empty ones left out)."""
        fields = {
            "hedge": self.hedge,
            "role": self.role,
            "event": self.event,
            "subject": self.subject,
            "place": self.place,
            "voice": self.voice,
            "occasion": self.occasion,
            "carried": self.carried,
            "recipient": self.recipient,
        }
        return {k: v for k, v in fields.items() if v}


@dataclass(frozen=True, kw_only=True)
class Relation:
    """A typed relation between actors (PLOVER event type), backed by its evidence sentence."""

    type: str
    source: str
    target: str
    evidence: str
    date: str | None = None
    negated: bool = False
    article_id: int | None = None
    outlet: str | None = None


@dataclass(kw_only=True)
class Enrichment:
    """What the enrich stage found in one article (or why it skipped it).

    ``version`` names the analysis that produced it (spaCy pipeline, its version and the
    extraction rules, e.g. ``en_core_web_sm-3.8.0+rules1``); None for enrichment stored before
    versions were recorded.
    """

    article_id: int
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    skipped_reason: str | None = None
    version: str | None = None

    def for_reprint(self, article_id: int, outlet: str | None) -> Enrichment:
        """This (the original's) enrichment as a reprint's: the same facts, each credited to
        the reprint's article and outlet. A reprint is never parsed: it says what its original
        says."""
        aid = article_id
        return Enrichment(
            article_id=aid,
            entities=list(self.entities),
            quotes=[dataclasses.replace(q, article_id=aid, outlet=outlet) for q in self.quotes],
            claims=[dataclasses.replace(c, article_id=aid, outlet=outlet) for c in self.claims],
            relations=[
                dataclasses.replace(r, article_id=aid, outlet=outlet) for r in self.relations
            ],
            skipped_reason=self.skipped_reason,
            version=self.version,
        )
