"""The SQLite store's records besides articles and search: reprints and outlets, sources and
fetch failures, wrapped links, stories, stage state, enrichments and story analyses.

A mixin of :class:`~newsbeat.store.sqlite.SQLiteStore`, which gives it ``conn``,
``transaction`` and ``get_beat``; PostgreSQL's counterpart is
:class:`~newsbeat.store.pg_records.PgRecords` (the same queries in its dialect, in the same
order).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from newsbeat.exceptions import NotFoundError, StoreError
from newsbeat.models import (
    Appearance,
    Beat,
    Enrichment,
    FetchFailure,
    Source,
    Story,
    utc_now,
)
from newsbeat.store.enrichment_rows import (
    PARTS,
    build_enrichment,
    insert_sql,
    part_rows,
    select_sql,
)
from newsbeat.store.story_rows import stories_from_rows

__all__ = ["SQLiteRecords"]


class SQLiteRecords:
    """Reprints, outlets, sources, stories, enrichments and analyses on SQLite."""

    conn: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def get_beat(self, name: str) -> Beat:
        raise NotImplementedError

    # -- reprints and outlets -------------------------------------------------------------------
    def set_duplicate(self, article_id: int, canonical_id: int | None) -> None:
        """Mark an article as a reprint of another (None clears the mark)."""
        if canonical_id == article_id:
            raise StoreError(
                f"article {article_id} cannot be a duplicate of itself", kind="article"
            )
        self.conn.execute(
            "UPDATE articles SET duplicate_of = ? WHERE id = ?", (canonical_id, article_id)
        )

    def appearances(self, article_id: int) -> list[Appearance]:
        """The article and every reprint of it: outlet, URL, date."""
        row = self.conn.execute(
            "SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("article", article_id)
        root = row[0]
        return [
            Appearance(
                article_id=r[0], outlet=r[1], url=r[2], published=r[3], title=r[4], text_status=r[5]
            )
            for r in self.conn.execute(
                "SELECT id, outlet, url, published, title, text_status FROM articles"
                " WHERE id = ? OR duplicate_of = ? ORDER BY coalesce(published, ''), id",
                (root, root),
            )
        ]

    def story_appearances(self, story_id: str) -> dict[int, list[Appearance]]:
        """Every appearance of a story's articles in one query: original id -> the original
        and its reprints, each list in date order."""
        found: dict[int, list[Appearance]] = {}
        for r in self.conn.execute(
            "SELECT coalesce(duplicate_of, id), id, outlet, url, published, title, text_status"
            " FROM articles"
            " WHERE id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
            " OR duplicate_of IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
            " ORDER BY coalesce(published, ''), id",
            (story_id, story_id),
        ):
            found.setdefault(r[0], []).append(
                Appearance(
                    article_id=r[1],
                    outlet=r[2],
                    url=r[3],
                    published=r[4],
                    title=r[5],
                    text_status=r[6],
                )
            )
        return found

    def outlet_names(self) -> list[str]:
        """The distinct outlet names of stored articles, sorted."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
            )
        ]

    def rename_outlet(self, old: str, new: str) -> int:
        """Give every article of outlet ``old`` the name ``new``; returns how many changed."""
        with self.transaction():
            cursor = self.conn.execute(
                "UPDATE articles SET outlet = ? WHERE outlet = ?", (new, old)
            )
        return cursor.rowcount

    # -- sources --------------------------------------------------------------------------------
    _SOURCE_COLUMNS = (
        "id, type, url, beat, etag, last_modified, last_poll, last_status, last_error,"
        " consecutive_errors, retry_at, poll_every"
    )

    @staticmethod
    def _source(row: sqlite3.Row) -> Source:
        return Source(**{key: row[key] for key in row.keys()})  # noqa: SIM118

    def add_source(self, source: Source) -> Source:
        """Register a source (idempotent on type, URL and beat); returns it with its id."""
        # Look first: UNIQUE (type, url, beat) lets rows with a NULL beat repeat.
        find = (
            f"SELECT {self._SOURCE_COLUMNS} FROM sources WHERE type = ? AND url = ? AND beat IS ?"
            " ORDER BY id LIMIT 1"
        )
        key = (source.type, source.url, source.beat)
        with self.transaction():
            row = self.conn.execute(find, key).fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO sources (type, url, beat, poll_every) VALUES (?,?,?,?)",
                    (*key, source.poll_every),
                )
            elif source.poll_every is not None:
                self.conn.execute(
                    "UPDATE sources SET poll_every = ? WHERE id = ?", (source.poll_every, row["id"])
                )
            row = self.conn.execute(find, key).fetchone()
        return self._source(row)

    def list_sources(self, *, beat: str | None = None) -> list[Source]:
        """Sources, optionally of one beat (sources without a beat are included)."""
        sql = f"SELECT {self._SOURCE_COLUMNS} FROM sources"
        params: list[object] = []
        if beat is not None:
            sql += " WHERE beat = ? OR beat IS NULL"
            params.append(beat)
        return [self._source(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def update_source(self, source: Source) -> None:
        """Save a source's poll state."""
        self.conn.execute(
            "UPDATE sources SET etag = ?, last_modified = ?, last_poll = ?, last_status = ?,"
            " last_error = ?, consecutive_errors = ?, retry_at = ? WHERE id = ?",
            (
                source.etag,
                source.last_modified,
                source.last_poll,
                source.last_status,
                source.last_error,
                source.consecutive_errors,
                source.retry_at,
                source.id,
            ),
        )

    def remove_source(self, source_id: int) -> None:
        """Delete a source; raises NotFoundError."""
        cursor = self.conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        if cursor.rowcount == 0:
            raise NotFoundError("source", source_id)

    def record_fetch_failures(self, failures: Sequence[tuple[str, str]]) -> None:
        """Remember pages that failed, as ``(url, error)``; a known URL counts one more attempt."""
        now = utc_now()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO fetch_failures (url, error, first_failed, last_failed)"
                " VALUES (?,?,?,?) ON CONFLICT(url) DO UPDATE SET error = excluded.error,"
                " attempts = attempts + 1, last_failed = excluded.last_failed",
                [(url, error, now, now) for url, error in failures],
            )

    def clear_fetch_failures(self, urls: Sequence[str]) -> None:
        """Forget failures of these URLs (they were fetched since)."""
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM fetch_failures WHERE url = ?", [(url,) for url in urls]
            )

    def list_fetch_failures(self) -> list[FetchFailure]:
        """Pages whose last fetch failed, most recent first."""
        return [
            FetchFailure(url=r[0], error=r[1], attempts=r[2], first_failed=r[3], last_failed=r[4])
            for r in self.conn.execute(
                "SELECT url, error, attempts, first_failed, last_failed FROM fetch_failures"
                " ORDER BY last_failed DESC, url"
            )
        ]

    def resolved_links(self, urls: Sequence[str]) -> dict[str, str]:
        """The cached resolutions of wrapped links: link -> article URL (unknown ones absent)."""
        return {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT url, resolved FROM resolved_links"
                " WHERE url IN (SELECT value FROM json_each(?))",
                (json.dumps(list(urls)),),
            )
        }

    def save_resolved_links(self, links: Sequence[tuple[str, str, str]]) -> None:
        """Cache resolutions as ``(link, article URL, resolver)``; a known link is replaced."""
        now = utc_now()
        self.conn.executemany(
            "INSERT INTO resolved_links (url, resolved, resolver, resolved_at) VALUES (?,?,?,?)"
            " ON CONFLICT(url) DO UPDATE SET resolved = excluded.resolved,"
            " resolver = excluded.resolver, resolved_at = excluded.resolved_at",
            [(url, resolved, resolver, now) for url, resolved, resolver in links],
        )

    # -- stories --------------------------------------------------------------------------------
    def save_story(self, story: Story, *, state: bytes | None = None) -> None:
        """Insert or update a story's header and (optionally) its clustering state."""
        self.conn.execute(
            "INSERT INTO stories (id, title, first_seen, last_updated, status, state)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
            " first_seen = excluded.first_seen, last_updated = excluded.last_updated,"
            " status = excluded.status, state = coalesce(excluded.state, stories.state)",
            (story.id, story.title, story.first_seen, story.last_updated, story.status, state),
        )

    def assign_articles(
        self, story_id: str, article_ids: Iterable[int], similarity: float | None = None
    ) -> None:
        """Put articles in a story (moving them out of any other)."""
        self.conn.executemany(
            "INSERT INTO story_articles (article_id, story_id, similarity) VALUES (?,?,?)"
            " ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id,"
            " similarity = excluded.similarity",
            [(a, story_id, similarity) for a in article_ids],
        )

    def story_of(self, article_id: int) -> str | None:
        """The story an article belongs to, if any."""
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def _resolve_story_id(self, story_id: str) -> str:
        seen = set()
        while story_id not in seen:
            seen.add(story_id)
            row = self.conn.execute(
                "SELECT new_id FROM story_merges WHERE old_id = ?", (story_id,)
            ).fetchone()
            if row is None:
                break
            story_id = row[0]
        return story_id

    def get_story(self, story_id: str) -> Story:
        """One story, following merges of old IDs; raises NotFoundError."""
        stories = self._stories("WHERE s.id = ?", [self._resolve_story_id(story_id)])
        if not stories:
            raise NotFoundError("story", story_id)
        return stories[0]

    def story_state(self, story_id: str) -> bytes | None:
        """The clustering state saved with the story."""
        row = self.conn.execute("SELECT state FROM stories WHERE id = ?", (story_id,)).fetchone()
        return None if row is None else row[0]

    def list_stories(self, *, beat: str | None = None, since: str | None = None) -> list[Story]:
        """Stories, most covered and newest first."""
        where: list[str] = []
        params: list[object] = []
        if beat is not None:
            self.get_beat(beat)
            where.append(
                "s.id IN (SELECT sa.story_id FROM story_articles sa JOIN beat_articles ba"
                " ON ba.article_id = sa.article_id WHERE ba.beat = ?)"
            )
            params.append(beat)
        if since is not None:
            where.append("s.last_updated >= ?")
            params.append(since)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        return self._stories(clause, params)

    def _stories(self, clause: str, params: Sequence[object]) -> list[Story]:
        # Three queries whatever the number of stories (not two per story): the stories, their
        # members, and their beats, each joined on the same selection.
        selected = f"SELECT s.id FROM stories s {clause}"
        rows = self.conn.execute(
            "SELECT s.id, s.title, s.first_seen, s.last_updated, s.status FROM stories s"
            f" {clause} ORDER BY s.rowid",
            params,
        ).fetchall()
        members = self.conn.execute(
            "SELECT sa.story_id, a.id, a.outlet FROM story_articles sa JOIN articles a"
            f" ON a.id = sa.article_id WHERE sa.story_id IN ({selected})"
            " ORDER BY sa.story_id, coalesce(a.published, a.imported_at, a.fetched_at), a.id",
            params,
        )
        beats = self.conn.execute(
            "SELECT DISTINCT sa.story_id, ba.beat FROM story_articles sa JOIN beat_articles ba"
            f" ON ba.article_id = sa.article_id WHERE sa.story_id IN ({selected})"
            " ORDER BY sa.story_id, ba.beat",
            params,
        )
        return stories_from_rows(rows, members, beats)

    def story_languages(self) -> dict[str, list[str]]:
        """Every story's article languages, sorted and distinct."""
        found: dict[str, list[str]] = {}
        for story_id, language in self.conn.execute(
            "SELECT DISTINCT sa.story_id, a.language FROM story_articles sa JOIN articles a"
            " ON a.id = sa.article_id WHERE a.language IS NOT NULL ORDER BY 1, 2"
        ):
            found.setdefault(story_id, []).append(language)
        return found

    def merge_stories(self, old_id: str, new_id: str) -> None:
        """Move every article of ``old_id`` to ``new_id`` and record the merge."""
        with self.transaction():
            self.conn.execute(
                "UPDATE story_articles SET story_id = ? WHERE story_id = ?", (new_id, old_id)
            )
            self.conn.execute(
                "INSERT OR REPLACE INTO story_merges (old_id, new_id, merged_at) VALUES (?,?,?)",
                (old_id, new_id, utc_now()),
            )
            self.conn.execute("DELETE FROM stories WHERE id = ?", (old_id,))

    def unclustered_article_ids(self) -> list[int]:
        """Ids of non-duplicate articles in no story yet, in id order."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE duplicate_of IS NULL AND id NOT IN"
                " (SELECT article_id FROM story_articles) ORDER BY id"
            )
        ]

    def get_stage_state(self, name: str) -> bytes | None:
        """A stage's saved state (e.g. the clustering's term counts), or None."""
        row = self.conn.execute("SELECT value FROM stage_state WHERE name = ?", (name,)).fetchone()
        return None if row is None else bytes(row[0])

    def save_stage_state(self, name: str, value: bytes) -> None:
        """Replace a stage's saved state."""
        self.conn.execute(
            "INSERT OR REPLACE INTO stage_state (name, value, updated_at) VALUES (?,?,?)",
            (name, value, utc_now()),
        )

    # -- enrichment -----------------------------------------------------------------------------
    def save_enrichment(self, enrichment: Enrichment) -> None:
        """Replace what is stored for the article with this enrichment."""
        aid = enrichment.article_id
        with self.transaction():
            for table in ("entities", "quotes", "claims", "relations"):
                self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
            self.conn.execute(
                "INSERT OR REPLACE INTO enrichments (article_id, done_at, skipped_reason, version)"
                " VALUES (?,?,?,?)",
                (aid, utc_now(), enrichment.skipped_reason, enrichment.version),
            )
            for part, rows in part_rows(enrichment):
                self.conn.executemany(insert_sql(part, "?"), rows)

    def get_enrichment(self, article_id: int) -> Enrichment | None:
        """What enrich found in one article, or None if it has not run."""
        head = self.conn.execute(
            "SELECT e.skipped_reason, a.outlet, e.version FROM enrichments e JOIN articles a"
            " ON a.id = e.article_id WHERE e.article_id = ?",
            (article_id,),
        ).fetchone()
        if head is None:
            return None
        rows = {
            part.table: self.conn.execute(
                select_sql(part, "?", "rowid" if part.table == "entities" else "id"),
                (article_id,),
            ).fetchall()
            for part in PARTS
        }
        return build_enrichment(
            article_id, skipped_reason=head[0], version=head[2], outlet=head[1], rows=rows
        )

    def unenriched_article_ids(self) -> list[int]:
        """Ids of articles the enrich stage has not seen yet."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM enrichments)"
                " ORDER BY id"
            )
        ]

    def stale_enrichment_ids(self, version: str) -> list[int]:
        """Ids of articles whose stored enrichment (or skip) was made by another version of the
        analysis than ``version``, or by an unrecorded one, in id order."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT article_id FROM enrichments WHERE version IS NOT ? ORDER BY article_id",
                (version,),
            )
        ]

    # -- story analyses (compare, summarise) ----------------------------------------------------
    def story_inputs_stamp(self, story_id: str) -> str:
        """A digest of what a story's analysis depends on: its articles, their reprints and dates,
        and when each was enriched. It changes whenever any of them does."""
        rows = self.conn.execute(
            "SELECT a.id, coalesce(a.duplicate_of, 0), coalesce(a.published, ''),"
            " coalesce(a.outlet, ''), coalesce(e.done_at, '') FROM articles a"
            " LEFT JOIN enrichments e ON e.article_id = a.id"
            " WHERE a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
            " OR a.duplicate_of IN (SELECT article_id FROM story_articles WHERE story_id = ?)"
            " ORDER BY a.id",
            (story_id, story_id),
        ).fetchall()
        digest = hashlib.sha256()
        for row in rows:
            digest.update("\x1f".join(map(str, row)).encode("utf-8") + b"\x1e")
        return digest.hexdigest()

    def save_story_analysis(
        self, story_id: str, kind: str, stamp: str, data: dict[str, Any]
    ) -> None:
        """Store a story analysis (``kind``: compare, summary) with the stamp of its inputs."""
        self.conn.execute(
            "INSERT INTO story_analyses (story_id, kind, stamp, data, computed_at)"
            " VALUES (?,?,?,?,?) ON CONFLICT(story_id, kind) DO UPDATE SET"
            " stamp = excluded.stamp, data = excluded.data, computed_at = excluded.computed_at",
            (story_id, kind, stamp, json.dumps(data, ensure_ascii=False), utc_now()),
        )

    def get_story_analysis(self, story_id: str, kind: str) -> tuple[str, dict[str, Any]] | None:
        """The stored analysis of a story as (stamp, data), or None."""
        row = self.conn.execute(
            "SELECT stamp, data FROM story_analyses WHERE story_id = ? AND kind = ?",
            (story_id, kind),
        ).fetchone()
        return None if row is None else (row[0], json.loads(row[1]))
