"""The store's records besides articles and search, written once over the SQL dialect:
reprints and outlets, sources and fetch failures, wrapped links, stories, stage state,
enrichments and story analyses.

A mixin of both stores. Each gives its :class:`~newsbeat.store.dialect.Dialect`, its statement
runners (``_x``, ``_many``), ``transaction`` and ``get_beat``, and the two locks below
(:class:`~newsbeat.store.sqlite_records.SQLiteRecords`,
:class:`~newsbeat.store.pg_records.PgRecords`). The queries order rows alike on both, so both
backends return the same lists in the same order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from newsbeat.exceptions import NotFoundError, StoreError
from newsbeat.models import (
    Appearance,
    Enrichment,
    FetchFailure,
    Source,
    Story,
    utc_now,
)
from newsbeat.store.dialect import Dialect
from newsbeat.store.enrichment_rows import (
    ENTITIES_PART,
    PARTS,
    build_enrichment,
    insert_sql,
    part_rows,
    select_sql,
)
from newsbeat.store.story_rows import stories_from_rows

if TYPE_CHECKING:
    from newsbeat.models import Beat

__all__ = ["SqlRecords"]

_SOURCE_COLUMNS = (
    "id, type, url, beat, etag, last_modified, last_poll, last_status, last_error,"
    " consecutive_errors, retry_at, poll_every"
)
_SOURCE_NAMES = _SOURCE_COLUMNS.replace(" ", "").split(",")
_APPEARANCE_COLUMNS = "id, outlet, url, published, title, text_status, language"
_APPEARANCE_NAMES = (
    "article_id",
    "outlet",
    "url",
    "published",
    "title",
    "text_status",
    "language",
)


def _appearance(row: Sequence[Any]) -> Appearance:
    """An appearance from a row of :data:`_APPEARANCE_COLUMNS`."""
    return Appearance(**dict(zip(_APPEARANCE_NAMES, row, strict=True)))


class SqlRecords:
    """Reprints, outlets, sources, stories, enrichments and analyses.

    A mixin: the store sets :attr:`dialect` and implements the hooks below."""

    dialect: Dialect

    if TYPE_CHECKING:  # the store's own (declared only: a stub here would shadow them)

        def _x(self, sql: str, params: Sequence[object] | None = None) -> Any: ...

        def _many(self, sql: str, rows: Sequence[Sequence[object]]) -> None: ...

        def transaction(self) -> AbstractContextManager[None]: ...

        def get_beat(self, name: str) -> Beat: ...

    def _lock(self, name: str) -> None:
        """Hold the write lock ``name`` until the transaction ends (ids one past the largest,
        as SQLite gives them, need one writer at a time)."""
        raise NotImplementedError

    def _lock_article(self, article_id: int) -> None:
        """Make another writer of the article's enrichment wait until the transaction ends."""
        raise NotImplementedError

    # -- reprints and outlets -------------------------------------------------------------------
    def set_duplicate(self, article_id: int, canonical_id: int | None) -> None:
        """Mark an article as a reprint of another (None clears the mark)."""
        if canonical_id == article_id:
            raise StoreError(
                f"article {article_id} cannot be a duplicate of itself", kind="article"
            )
        p = self.dialect.param
        self._x(
            f"UPDATE articles SET duplicate_of = {p} WHERE id = {p}", (canonical_id, article_id)
        )

    def appearances(self, article_id: int) -> list[Appearance]:
        """The article and every reprint of it: outlet, URL, date."""
        p = self.dialect.param
        row = self._x(
            f"SELECT coalesce(duplicate_of, id) FROM articles WHERE id = {p}", (article_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("article", article_id)
        root = row[0]
        return [
            _appearance(r)
            for r in self._x(
                f"SELECT {_APPEARANCE_COLUMNS} FROM articles WHERE id = {p} OR duplicate_of = {p}"
                " ORDER BY coalesce(published, ''), id",
                (root, root),
            )
        ]

    def story_appearances(self, story_id: str) -> dict[int, list[Appearance]]:
        """Every appearance of a story's articles in one query: original id -> the original
        and its reprints, each list in date order."""
        p = self.dialect.param
        found: dict[int, list[Appearance]] = {}
        for r in self._x(
            f"SELECT coalesce(duplicate_of, id), {_APPEARANCE_COLUMNS} FROM articles"
            f" WHERE id IN (SELECT article_id FROM story_articles WHERE story_id = {p})"
            f" OR duplicate_of IN (SELECT article_id FROM story_articles WHERE story_id = {p})"
            " ORDER BY coalesce(published, ''), id",
            (story_id, story_id),
        ):
            found.setdefault(r[0], []).append(_appearance(r[1:]))
        return found

    def outlet_names(self) -> list[str]:
        """The distinct outlet names of stored articles, sorted."""
        return [
            r[0]
            for r in self._x(
                "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
            )
        ]

    def rename_outlet(self, old: str, new: str) -> int:
        """Give every article of outlet ``old`` the name ``new``; returns how many changed."""
        p = self.dialect.param
        with self.transaction():
            cursor = self._x(f"UPDATE articles SET outlet = {p} WHERE outlet = {p}", (new, old))
        return int(cursor.rowcount)

    # -- sources --------------------------------------------------------------------------------
    @staticmethod
    def _source(row: Sequence[Any]) -> Source:
        return Source(**dict(zip(_SOURCE_NAMES, row, strict=True)))

    def add_source(self, source: Source) -> Source:
        """Register a source (idempotent on type, URL and beat); returns it with its id."""
        p, same = self.dialect.param, self.dialect.same
        # Look first: UNIQUE (type, url, beat) lets rows with a NULL beat repeat.
        find = (
            f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE type = {p} AND url = {p}"
            f" AND beat {same} {p} ORDER BY id LIMIT 1"
        )
        key = (source.type, source.url, source.beat)
        with self.transaction():
            self._lock("sources")
            row = self._x(find, key).fetchone()
            if row is None:
                self._x(
                    "INSERT INTO sources (id, type, url, beat, poll_every)"
                    f" SELECT coalesce(max(id), 0) + 1, {p}, {p}, {p}, {p} FROM sources",
                    (*key, source.poll_every),
                )
            elif source.poll_every is not None:
                self._x(
                    f"UPDATE sources SET poll_every = {p} WHERE id = {p}",
                    (source.poll_every, row[0]),
                )
            row = self._x(find, key).fetchone()
        return self._source(row)

    def list_sources(self, *, beat: str | None = None) -> list[Source]:
        """Sources, optionally of one beat (sources without a beat are included)."""
        of_beat = f" WHERE beat = {self.dialect.param} OR beat IS NULL" if beat is not None else ""
        rows = self._x(
            f"SELECT {_SOURCE_COLUMNS} FROM sources{of_beat} ORDER BY id",
            [beat] if beat is not None else [],
        )
        return [self._source(r) for r in rows]

    def update_source(self, source: Source) -> None:
        """Save a source's poll state."""
        p = self.dialect.param
        self._x(
            f"UPDATE sources SET etag = {p}, last_modified = {p}, last_poll = {p},"
            f" last_status = {p}, last_error = {p}, consecutive_errors = {p}, retry_at = {p}"
            f" WHERE id = {p}",
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
        cursor = self._x(f"DELETE FROM sources WHERE id = {self.dialect.param}", (source_id,))
        if cursor.rowcount == 0:
            raise NotFoundError("source", source_id)

    def record_fetch_failures(self, failures: Sequence[tuple[str, str]]) -> None:
        """Remember pages that failed, as ``(url, error)``; a known URL counts one more attempt."""
        now = utc_now()
        with self.transaction():
            # one statement per failure: a URL twice in the batch counts two attempts
            self._many(
                self.dialect.upsert(
                    "fetch_failures",
                    ("url", "error", "first_failed", "last_failed"),
                    ("url",),
                    replace=("error", "last_failed"),
                    also=("attempts = fetch_failures.attempts + 1",),
                ),
                [(url, error, now, now) for url, error in failures],
            )

    def clear_fetch_failures(self, urls: Sequence[str]) -> None:
        """Forget failures of these URLs (they were fetched since)."""
        with self.transaction():
            self._x(
                f"DELETE FROM fetch_failures WHERE {self.dialect.among('url')}",
                (self.dialect.list_value(urls),),
            )

    def list_fetch_failures(self) -> list[FetchFailure]:
        """Pages whose last fetch failed, most recent first."""
        return [
            FetchFailure(url=r[0], error=r[1], attempts=r[2], first_failed=r[3], last_failed=r[4])
            for r in self._x(
                "SELECT url, error, attempts, first_failed, last_failed FROM fetch_failures"
                " ORDER BY last_failed DESC, url"
            )
        ]

    def resolved_links(self, urls: Sequence[str]) -> dict[str, str]:
        """The cached resolutions of wrapped links: link -> article URL (unknown ones absent)."""
        return {
            r[0]: r[1]
            for r in self._x(
                f"SELECT url, resolved FROM resolved_links WHERE {self.dialect.among('url')}",
                (self.dialect.list_value(urls),),
            )
        }

    def save_resolved_links(self, links: Sequence[tuple[str, str, str]]) -> None:
        """Cache resolutions as ``(link, article URL, resolver)``; a known link is replaced."""
        now = utc_now()
        with self.transaction():
            self._many(
                self.dialect.upsert(
                    "resolved_links", ("url", "resolved", "resolver", "resolved_at"), ("url",)
                ),
                [(url, resolved, resolver, now) for url, resolved, resolver in links],
            )

    # -- stories --------------------------------------------------------------------------------
    def save_story(self, story: Story, *, state: bytes | None = None) -> None:
        """Insert or update a story's header and (optionally) its clustering state."""
        self._x(
            self.dialect.upsert(
                "stories",
                ("id", "title", "first_seen", "last_updated", "status", "state"),
                ("id",),
                replace=("title", "first_seen", "last_updated", "status"),
                also=("state = coalesce(excluded.state, stories.state)",),
            ),
            (story.id, story.title, story.first_seen, story.last_updated, story.status, state),
        )

    def assign_articles(
        self, story_id: str, article_ids: Iterable[int], similarity: float | None = None
    ) -> None:
        """Put articles in a story (moving them out of any other)."""
        self._many(
            self.dialect.upsert(
                "story_articles", ("article_id", "story_id", "similarity"), ("article_id",)
            ),
            [(a, story_id, similarity) for a in article_ids],
        )

    def story_of(self, article_id: int) -> str | None:
        """The story an article belongs to, if any."""
        row = self._x(
            f"SELECT story_id FROM story_articles WHERE article_id = {self.dialect.param}",
            (article_id,),
        ).fetchone()
        return None if row is None else str(row[0])

    def _resolve_story_id(self, story_id: str) -> str:
        seen = set()
        while story_id not in seen:
            seen.add(story_id)
            row = self._x(
                f"SELECT new_id FROM story_merges WHERE old_id = {self.dialect.param}", (story_id,)
            ).fetchone()
            if row is None:
                break
            story_id = row[0]
        return story_id

    def get_story(self, story_id: str) -> Story:
        """One story, following merges of old IDs; raises NotFoundError."""
        stories = self._stories(
            f"WHERE s.id = {self.dialect.param}", [self._resolve_story_id(story_id)]
        )
        if not stories:
            raise NotFoundError("story", story_id)
        return stories[0]

    def story_state(self, story_id: str) -> bytes | None:
        """The clustering state saved with the story."""
        row = self._x(
            f"SELECT state FROM stories WHERE id = {self.dialect.param}", (story_id,)
        ).fetchone()
        return None if row is None or row[0] is None else bytes(row[0])

    def list_stories(
        self, *, beat: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[Story]:
        """Stories, most covered and newest first."""
        p = self.dialect.param
        where: list[str] = []
        params: list[object] = []
        if beat is not None:
            self.get_beat(beat)
            where.append(
                "s.id IN (SELECT sa.story_id FROM story_articles sa JOIN beat_articles ba"
                f" ON ba.article_id = sa.article_id WHERE ba.beat = {p})"
            )
            params.append(beat)
        if since is not None:
            where.append(f"s.last_updated >= {p}")
            params.append(since)
        if until is not None:
            where.append(f"s.first_seen <= {p}")
            params.append(until)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        return self._stories(clause, params)

    def _stories(self, clause: str, params: Sequence[object]) -> list[Story]:
        # Three queries whatever the number of stories (not two per story): the stories, then
        # the members and the beats of those stories.
        d = self.dialect
        rows = self._x(
            "SELECT s.id, s.title, s.first_seen, s.last_updated, s.status FROM stories s"
            f" {clause} ORDER BY s.{d.stored_order('stories')}",
            params,
        ).fetchall()
        if not rows:
            return []
        ids = d.list_value(row[0] for row in rows)
        members = self._x(
            "SELECT sa.story_id, a.id, a.outlet FROM story_articles sa JOIN articles a"
            f" ON a.id = sa.article_id WHERE {d.among('sa.story_id')} ORDER BY sa.story_id,"
            f" coalesce(a.published, a.imported_at, a.fetched_at){d.nulls_first}, a.id",
            (ids,),
        )
        beats = self._x(
            "SELECT DISTINCT sa.story_id, ba.beat FROM story_articles sa JOIN beat_articles ba"
            f" ON ba.article_id = sa.article_id WHERE {d.among('sa.story_id')} ORDER BY 1, 2",
            (ids,),
        )
        return stories_from_rows(rows, members, beats)

    def link_stories(self, story_id: str, related_id: str, score: float) -> None:
        """Record that two stories are related, both ways (a known link is kept)."""
        if story_id == related_id:
            return
        marks = self.dialect.marks(4)
        now = utc_now()
        with self.transaction():
            for a, b in ((story_id, related_id), (related_id, story_id)):
                self._x(
                    f"INSERT INTO story_links (story_id, related_id, score, linked_at)"
                    f" VALUES ({marks}) ON CONFLICT (story_id, related_id) DO NOTHING",
                    (a, b, score, now),
                )

    def related_stories(self, story_id: str) -> list[Story]:
        """The stories related to one, merges followed on both sides, closest first."""
        target = self._resolve_story_id(story_id)
        sources = {target} | self._merged_into(target)
        best: dict[str, float] = {}
        for related, score in self._x(
            f"SELECT related_id, score FROM story_links WHERE {self.dialect.among('story_id')}",
            (self.dialect.list_value(sorted(sources)),),
        ):
            final = self._resolve_story_id(str(related))
            if final != target:
                best[final] = max(best.get(final, float(score)), float(score))
        if not best:
            return []
        found = {
            s.id: s
            for s in self._stories(
                f"WHERE {self.dialect.among('s.id')}", [self.dialect.list_value(best)]
            )
        }
        order = sorted(best, key=lambda k: (-best[k], k))
        return [found[k] for k in order if k in found]

    def _merged_into(self, story_id: str) -> set[str]:
        """Every old id that was merged, directly or not, into ``story_id``."""
        found: set[str] = set()
        frontier = [story_id]
        while frontier:
            rows = self._x(
                f"SELECT old_id FROM story_merges WHERE {self.dialect.among('new_id')}",
                (self.dialect.list_value(frontier),),
            ).fetchall()
            frontier = [str(r[0]) for r in rows if str(r[0]) not in found]
            found.update(frontier)
        return found

    def story_languages(self) -> dict[str, list[str]]:
        """Every story's article languages, sorted and distinct."""
        found: dict[str, list[str]] = {}
        for story_id, language in self._x(
            "SELECT DISTINCT sa.story_id, a.language FROM story_articles sa JOIN articles a"
            " ON a.id = sa.article_id WHERE a.language IS NOT NULL ORDER BY 1, 2"
        ):
            found.setdefault(str(story_id), []).append(str(language))
        return found

    def merge_stories(self, old_id: str, new_id: str) -> None:
        """Move every article of ``old_id`` to ``new_id`` and record the merge."""
        p = self.dialect.param
        with self.transaction():
            self._x(
                f"UPDATE story_articles SET story_id = {p} WHERE story_id = {p}", (new_id, old_id)
            )
            self._x(
                self.dialect.upsert("story_merges", ("old_id", "new_id", "merged_at"), ("old_id",)),
                (old_id, new_id, utc_now()),
            )
            self._x(f"DELETE FROM stories WHERE id = {p}", (old_id,))

    def unclustered_article_ids(self) -> list[int]:
        """Ids of non-duplicate articles in no story yet, in id order."""
        absent = self.dialect.absent("a.id", "story_articles", "article_id")
        return self._article_ids(f"duplicate_of IS NULL AND {absent}")

    def _article_ids(self, condition: str) -> list[int]:
        """Ids of the articles (``a``) meeting ``condition``, in id order."""
        return [r[0] for r in self._x(f"SELECT id FROM articles a WHERE {condition} ORDER BY id")]

    def get_stage_state(self, name: str) -> bytes | None:
        """A stage's saved state (e.g. the clustering's term counts), or None."""
        row = self._x(
            f"SELECT value FROM stage_state WHERE name = {self.dialect.param}", (name,)
        ).fetchone()
        return None if row is None else bytes(row[0])

    def save_stage_state(self, name: str, value: bytes) -> None:
        """Replace a stage's saved state."""
        self._x(
            self.dialect.upsert("stage_state", ("name", "value", "updated_at"), ("name",)),
            (name, value, utc_now()),
        )

    # -- enrichment -----------------------------------------------------------------------------
    def save_enrichment(self, enrichment: Enrichment) -> None:
        """Replace what is stored for the article with this enrichment."""
        p = self.dialect.param
        aid = enrichment.article_id
        with self.transaction():
            # Two writers of one article's enrichment wait for each other here, so the second
            # one's deletes see (and replace) the first one's rows.
            self._lock_article(aid)
            for table in ("entities", "quotes", "claims", "relations"):
                self._x(f"DELETE FROM {table} WHERE article_id = {p}", (aid,))
            self._x(
                self.dialect.upsert(
                    "enrichments",
                    ("article_id", "done_at", "skipped_reason", "version"),
                    ("article_id",),
                ),
                (aid, utc_now(), enrichment.skipped_reason, enrichment.version),
            )
            for part, rows in part_rows(enrichment):
                self._many(insert_sql(part, p), rows)

    def get_enrichment(self, article_id: int) -> Enrichment | None:
        """What enrich found in one article, or None if it has not run."""
        d = self.dialect
        head = self._x(
            "SELECT e.skipped_reason, a.outlet, e.version FROM enrichments e JOIN articles a"
            f" ON a.id = e.article_id WHERE e.article_id = {d.param}",
            (article_id,),
        ).fetchone()
        if head is None:
            return None
        rows = {
            part.table: self._x(
                select_sql(part, d.param, d.stored_order(part.table)), (article_id,)
            ).fetchall()
            for part in PARTS
        }
        return build_enrichment(
            article_id, skipped_reason=head[0], version=head[2], outlet=head[1], rows=rows
        )

    def get_enrichment_entities(self, article_ids: Sequence[int]) -> dict[int, Enrichment]:
        """The stored enrichment of each of these articles with its entities only (quotes,
        claims and relations left empty), by article id; an article enrich has not seen is
        absent. Two queries for any number of articles (:meth:`get_enrichment` makes five per
        article): what reading stories' central actors needs (perf39)."""
        d = self.dialect
        ids = d.ids_value(article_ids)
        heads = self._x(
            "SELECT e.article_id, e.skipped_reason, a.outlet, e.version FROM enrichments e"
            f" JOIN articles a ON a.id = e.article_id WHERE {d.among('e.article_id')}",
            (ids,),
        ).fetchall()
        if not heads:
            return {}
        part = ENTITIES_PART
        rows: dict[int, list[Sequence[Any]]] = {}
        for row in self._x(
            f"SELECT article_id, {', '.join(part.columns)} FROM {part.table}"
            f" WHERE {d.among('article_id')}"
            f" ORDER BY article_id, {d.stored_order(part.table)}",
            (ids,),
        ).fetchall():
            rows.setdefault(int(row[0]), []).append(row[1:])
        return {
            int(aid): build_enrichment(
                int(aid),
                skipped_reason=skipped,
                version=version,
                outlet=outlet,
                rows={part.table: rows.get(int(aid), [])},
            )
            for aid, skipped, outlet, version in heads
        }

    def unenriched_article_ids(self) -> list[int]:
        """Ids of articles the enrich stage has not seen yet."""
        return self._article_ids(self.dialect.absent("a.id", "enrichments", "article_id"))

    def stale_enrichment_ids(self, version: str) -> list[int]:
        """Ids of articles whose stored enrichment (or skip) was made by another version of the
        analysis than ``version``, or by an unrecorded one, in id order."""
        d = self.dialect
        return [
            int(r[0])
            for r in self._x(
                f"SELECT article_id FROM enrichments WHERE version {d.differs} {d.param}"
                " ORDER BY article_id",
                (version,),
            )
        ]

    def count_stale_enrichments(self, version: str) -> int:
        """How many articles :meth:`stale_enrichment_ids` would list, counted in the database."""
        d = self.dialect
        sql = f"SELECT count(*) FROM enrichments WHERE version {d.differs} {d.param}"
        return int(self._x(sql, (version,)).fetchone()[0])

    # -- story analyses (compare, summarise) ----------------------------------------------------
    def story_inputs_stamp(self, story_id: str) -> str:
        """A digest of what a story's analysis depends on: its articles, their reprints and dates,
        and when each was enriched. It changes whenever any of them does (the same on both
        backends, byte for byte)."""
        p = self.dialect.param
        rows = self._x(
            "SELECT a.id, coalesce(a.duplicate_of, 0), coalesce(a.published, ''),"
            " coalesce(a.outlet, ''), coalesce(e.done_at, '') FROM articles a"
            " LEFT JOIN enrichments e ON e.article_id = a.id"
            f" WHERE a.id IN (SELECT article_id FROM story_articles WHERE story_id = {p})"
            f" OR a.duplicate_of IN (SELECT article_id FROM story_articles WHERE story_id = {p})"
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
        self._x(
            self.dialect.upsert(
                "story_analyses",
                ("story_id", "kind", "stamp", "data", "computed_at"),
                ("story_id", "kind"),
            ),
            (story_id, kind, stamp, json.dumps(data, ensure_ascii=False), utc_now()),
        )

    def get_story_analysis(self, story_id: str, kind: str) -> tuple[str, dict[str, Any]] | None:
        """The stored analysis of a story as (stamp, data), or None."""
        p = self.dialect.param
        row = self._x(
            f"SELECT stamp, data FROM story_analyses WHERE story_id = {p} AND kind = {p}",
            (story_id, kind),
        ).fetchone()
        return None if row is None else (row[0], json.loads(row[1]))
