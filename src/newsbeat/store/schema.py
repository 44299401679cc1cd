"""SQLite schema, as an ordered list of migrations keyed on ``PRAGMA user_version``.

Migration N brings a database from version N-1 to N. Append new migrations at the end; never
edit one that has shipped. Each migration runs in one transaction with the version bump.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT,
    canonical_url TEXT,
    identity_url TEXT,              -- canonical_url, else url: one article per identity URL
    content_hash TEXT NOT NULL,     -- identity when there is no URL
    outlet TEXT,
    section TEXT,
    title TEXT NOT NULL,
    standfirst TEXT,
    byline TEXT,
    published TEXT,
    published_source TEXT,
    language TEXT,
    text TEXT NOT NULL,
    fetched_at TEXT,
    imported_at TEXT,
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX articles_identity_url ON articles(identity_url) WHERE identity_url IS NOT NULL;
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE provenance (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    location TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    PRIMARY KEY (article_id, location, position)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, standfirst, text,
    content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, standfirst, text)
    VALUES (new.id, new.title, coalesce(new.standfirst, ''), new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, text)
    VALUES ('delete', old.id, old.title, coalesce(old.standfirst, ''), old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, standfirst, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, text)
    VALUES ('delete', old.id, old.title, coalesce(old.standfirst, ''), old.text);
    INSERT INTO articles_fts(rowid, title, standfirst, text)
    VALUES (new.id, new.title, coalesce(new.standfirst, ''), new.text);
END;

CREATE TABLE beats (
    name TEXT PRIMARY KEY,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE beat_articles (
    beat TEXT NOT NULL REFERENCES beats(name) ON DELETE CASCADE ON UPDATE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (beat, article_id)
) WITHOUT ROWID;
CREATE INDEX beat_articles_article ON beat_articles(article_id);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    url TEXT NOT NULL,
    beat TEXT REFERENCES beats(name) ON DELETE CASCADE,
    etag TEXT,
    last_modified TEXT,
    last_poll TEXT,
    last_status TEXT,
    last_error TEXT,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, url, beat)
);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_updated TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    state BLOB                      -- the clustering stage's own features (centroid, ...)
);
CREATE TABLE story_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    similarity REAL
);
CREATE INDEX story_articles_story ON story_articles(story_id);
CREATE TABLE story_merges (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL,
    merged_at TEXT NOT NULL
);

CREATE TABLE enrichments (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    done_at TEXT NOT NULL,
    skipped_reason TEXT
);
CREATE TABLE entities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    role TEXT
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_name ON entities(name);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    speaker TEXT,
    via TEXT,
    kind TEXT NOT NULL,
    sentence TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    low REAL,
    high REAL,
    exact INTEGER NOT NULL,
    unit TEXT,
    claimant TEXT,
    sentence TEXT NOT NULL,
    time_ref TEXT
);
CREATE INDEX claims_article ON claims(article_id);
CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    date TEXT,
    evidence TEXT NOT NULL,
    negated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX relations_article ON relations(article_id);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
"""

# Compare and summarise results per story, with a stamp of their inputs so stale ones are redone.
_V_STORY_ANALYSES = """
CREATE TABLE story_analyses (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind TEXT NOT NULL,             -- compare | summary
    stamp TEXT NOT NULL,            -- digest of the inputs (Store.story_inputs_stamp + options)
    data TEXT NOT NULL,             -- JSON
    computed_at TEXT NOT NULL,
    PRIMARY KEY (story_id, kind)
);
"""

# A stage's own state between runs (the story clustering's running term counts).
_V_STAGE_STATE = """
CREATE TABLE stage_state (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# Pages that could not be fetched or extracted (collect): kept until a later fetch succeeds.
_V_FETCH_FAILURES = """
CREATE TABLE fetch_failures (
    url TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    first_failed TEXT NOT NULL,
    last_failed TEXT NOT NULL
);
"""

# Alerts per beat, and what each has already said about each story (its coverage then).
_V_ALERTS = """
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    beat TEXT NOT NULL REFERENCES beats(name) ON DELETE CASCADE ON UPDATE CASCADE,
    kind TEXT NOT NULL,             -- webhook | file
    destination TEXT NOT NULL,
    min_outlets INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (beat, kind, destination)
);
CREATE TABLE alert_deliveries (
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    outlets INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    delivered_at TEXT NOT NULL,
    PRIMARY KEY (alert_id, story_id)
);
"""

# Whether an article's text is its own (``full``) or it is a link-only, headline-only article
# (``link_only``, ``paywalled``, ``consent_wall``, ``blocked_by_robots``) with an empty text.
_V_TEXT_STATUS = """
ALTER TABLE articles ADD COLUMN text_status TEXT NOT NULL DEFAULT 'full';
"""

# Wrapped links (news-search redirect links) resolved over the network: each is resolved once.
_V_RESOLVED_LINKS = """
CREATE TABLE resolved_links (
    url TEXT PRIMARY KEY,           -- the wrapped link, as the source gave it (normalised)
    resolved TEXT NOT NULL,         -- the article URL it leads to
    resolver TEXT NOT NULL,         -- the resolver that decoded it (news-search, ...)
    resolved_at TEXT NOT NULL
);
"""

# The version of the analysis that produced each enrichment (spaCy pipeline, its version and
# the extraction rules, e.g. en_core_web_sm-3.8.0+rules1); NULL: stored before versions were.
# A different version is not redone by itself: `newsbeat update --reenrich` asks for it.
_V_ENRICHMENT_VERSION = """
ALTER TABLE enrichments ADD COLUMN version TEXT;
"""

# When a source may be asked again: it answered with a Retry-After longer than a run waits
# (`newsbeat watch` and every run honour it between runs); NULL: at once. And the source's own
# interval for `newsbeat watch` in seconds (`source add --every`); NULL: its beat's.
_V_SOURCE_RETRY_AT = """
ALTER TABLE sources ADD COLUMN retry_at TEXT;
ALTER TABLE sources ADD COLUMN poll_every REAL;
"""

# Alerts on story events (issue 14): each alert chooses its events and a webhook has a secret;
# what each alert told is kept by event key (``story:<id>:new``...), replacing the coverage per
# story of migration 5 (a story told about counts as its ``new`` and ``outlets_reached``
# events told). ``beat_events`` is every beat's events as its Atom feed lists them.
_ALL_EVENTS = "new_story,outlets_reached,new_conflict,new_relation,revived"
_V_STORY_EVENTS = f"""
ALTER TABLE alerts ADD COLUMN events TEXT NOT NULL DEFAULT '{_ALL_EVENTS}';
ALTER TABLE alerts ADD COLUMN secret TEXT;
CREATE TABLE alert_events_sent (
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    event_key TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (alert_id, event_key)
);
INSERT INTO alert_events_sent (alert_id, event_key, sent_at)
    SELECT alert_id, 'story:' || story_id || ':new', delivered_at FROM alert_deliveries;
INSERT INTO alert_events_sent (alert_id, event_key, sent_at)
    SELECT d.alert_id, 'story:' || d.story_id || ':outlets:' || a.min_outlets, d.delivered_at
    FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id;
DROP TABLE alert_deliveries;
CREATE TABLE beat_events (
    beat TEXT NOT NULL REFERENCES beats(name) ON DELETE CASCADE ON UPDATE CASCADE,
    event_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    story_id TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT,
    happened_at TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (beat, event_key)
);
CREATE INDEX beat_events_recent ON beat_events (beat, recorded_at);
"""

# A numeric claim's slot (issue 12): its hedge words, role, event, subject actor, place and
# voice as JSON; NULL for claims stored before (compared as before).
_V_CLAIM_SLOT = """
ALTER TABLE claims ADD COLUMN slot TEXT;
"""

# Migration 12 changes PostgreSQL's search index only (the store counts the words it adds, see
# pg_schema.py); nothing changes here, the number keeps both backends' versions alike.
_V_PG_FTS_COUNTS = """
-- nothing for SQLite
"""

# Migration 13 adds PostgreSQL's postings for ranking (pg_schema.py); nothing for SQLite.
_V_PG_FTS_POSTINGS = """
-- nothing for SQLite
"""

# Migration 14 drops PostgreSQL's GIN index on the tsvectors (pg_schema.py); nothing for SQLite.
_V_PG_FTS_NO_GIN = """
-- nothing for SQLite
"""

# Migration 15 adds PostgreSQL's word positions for phrases (pg_schema.py); nothing for SQLite.
_V_PG_FTS_POSITIONS = """
-- nothing for SQLite
"""

# Related stories (issue 17): a later event on the same subject is its own story, linked to
# the earlier one. Stored both ways; no foreign keys, so a link to a story merged away still
# resolves through story_merges.
_V_STORY_LINKS = """
CREATE TABLE story_links (
    story_id TEXT NOT NULL,
    related_id TEXT NOT NULL,
    score REAL NOT NULL,            -- the text cosine that linked them
    linked_at TEXT NOT NULL,
    PRIMARY KEY (story_id, related_id)
);
"""

# Joint speakers (issue 12, speak31): the names of the two or more actors who say a quote
# together ("…," said A and B), as JSON; NULL for a quote of one speaker or none, and for
# quotes stored before.
_V_QUOTE_SPEAKERS = """
ALTER TABLE quotes ADD COLUMN speakers TEXT;
"""

MIGRATIONS: list[str] = [
    _V1,
    _V_STORY_ANALYSES,
    _V_STAGE_STATE,
    _V_FETCH_FAILURES,
    _V_ALERTS,
    _V_TEXT_STATUS,
    _V_RESOLVED_LINKS,
    _V_ENRICHMENT_VERSION,
    _V_SOURCE_RETRY_AT,
    _V_STORY_EVENTS,
    _V_CLAIM_SLOT,
    _V_PG_FTS_COUNTS,
    _V_PG_FTS_POSTINGS,
    _V_PG_FTS_NO_GIN,
    _V_PG_FTS_POSITIONS,
    _V_STORY_LINKS,
    _V_QUOTE_SPEAKERS,
]
