"""The embedded store: stdlib sqlite3, WAL, foreign keys, FTS5 search."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsbeat.exceptions import (
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
    StoreError,
)
from newsbeat.models import (
    Article,
    Beat,
    Provenance,
    SearchHit,
    utc_now,
)
from newsbeat.store.article_sql import (
    NEW_ARTICLE_COLUMNS,
    PAGE_ROWS,
    SqlArticles,
    articles_query,
    new_article_values,
)
from newsbeat.store.base import AddResult
from newsbeat.store.beat_sql import SqlBeats
from newsbeat.store.dialect import SQLITE, HitRow, search_hits
from newsbeat.store.schema import MIGRATIONS
from newsbeat.store.sqlite_alerts import SQLiteAlerts
from newsbeat.store.sqlite_records import SQLiteRecords
from newsbeat.store.sqlite_tables import SQLiteTables

__all__ = ["SQLiteStore"]

# Virtual machine steps between two checks of a search's time budget (a check costs a clock
# read; at 1,000 steps a search stops within a few milliseconds of its budget).
_PROGRESS_STEPS = 1000


class SQLiteStore(SqlArticles, SqlBeats, SQLiteRecords, SQLiteTables, SQLiteAlerts):
    """A :class:`~newsbeat.store.base.Store` (every part) and a
    :class:`~newsbeat.store.base.TableStore` in one SQLite file (or ``:memory:``).

    Args:
        path: database file; parent folders are created. ``":memory:"`` for tests.
    """

    dialect = SQLITE

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # Autocommit mode: transactions are explicit (see transaction()).
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from exc
        self._depth = 0
        self._interrupted = threading.Event()
        self._lock_fd: int | None = None

    # -- lifecycle ----------------------------------------------------------------------------
    def _x(self, sql: str, params: Sequence[object] | None = None) -> sqlite3.Cursor:
        """Run one statement; returns its cursor."""
        return self.conn.execute(sql, () if params is None else params)

    def _many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """Run one statement once per row of parameters."""
        self.conn.executemany(sql, rows)

    def _article_pages(
        self, where: list[str], params: list[object], after_id: int | None
    ) -> Iterator[Sequence[Sequence[Any]]]:
        """The rows of ``iter_articles`` in pages, read from one cursor: cheaper on SQLite than
        a query per page (an id list's JSON read once, not once per page)."""
        if after_id is not None:
            where, params = [*where, "id > ?"], [*params, after_id]
        cursor = self.conn.execute(articles_query(where), params)
        while rows := cursor.fetchmany(PAGE_ROWS):
            yield rows

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: database schema version {version} is newer than this newsbeat "
                f"({len(MIGRATIONS)}); upgrade newsbeat"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            # executescript() commits first; run the script statements in our own transaction.
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Release the connection."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
        self.conn.close()

    @contextmanager
    def stage_lock(self, name: str, *, wait: bool = True) -> Iterator[bool]:
        """Hold the lock ``name`` of this database file (other processes wait for it).

        A POSIX record lock on one byte (chosen by the name) of the sidecar file
        ``<database>.lock``, kept open while the store is: each name is its own lock, and the
        operating system releases them when a process dies. No-op for ``:memory:``. With
        ``wait=False`` it yields False at once when another process holds the lock (and holds
        nothing); otherwise it yields True.
        """
        if self.path == ":memory:":
            yield True
            return
        if self._lock_fd is None:
            try:
                self._lock_fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise StoreError(f"{self.path}.lock: cannot open the lock file: {exc}") from exc
        offset = zlib.crc32(name.encode("utf-8")) & 0x7FFFFFFF
        try:
            fcntl.lockf(self._lock_fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB), 1, offset)
        except OSError as exc:
            if wait or exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise StoreError(f"{self.path}.lock: cannot lock {name!r}: {exc}") from exc
            yield False
            return
        try:
            yield True
        finally:
            fcntl.lockf(self._lock_fd, fcntl.LOCK_UN, 1, offset)

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all (nesting joins the outer one).

        Raises:
            StoreError: the database refused a statement inside (everything is rolled back).
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:  # e.g. locked by another writer past the timeout
            raise StoreError(f"{self.path}: cannot start a write: {exc}") from exc
        self._depth = 1
        try:
            yield
        except sqlite3.Error as exc:
            # Backend neutral: callers (and the contract suite) see StoreError, not sqlite3's.
            self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: the write was refused and rolled back: {exc}") from exc
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    # -- articles -------------------------------------------------------------------------------
    def add_articles(self, articles: Sequence[Article]) -> AddResult:
        """Store a batch in one transaction; known articles only gain provenance."""
        result = AddResult()
        now = utc_now()
        with self.transaction():
            # Resolve each article to a stored one, an earlier one of this batch, or a new row.
            new_rows: list[tuple[object, ...]] = []
            slots: list[tuple[int | None, int | None]] = []  # (stored id, index in new_rows)
            by_url: dict[str, int] = {}
            by_hash: dict[str, int] = {}
            for article in articles:
                digest = article.content_hash  # computed once: it hashes the whole text
                url = article.identity_url
                existing = self._find_existing(article, digest)
                if existing is not None:
                    slots.append((existing, None))
                    continue
                earlier = by_url.get(url) if url else by_hash.get(digest)
                if earlier is None:
                    earlier = len(new_rows)
                    new_rows.append(new_article_values(article, now, digest))
                    if url:
                        by_url[url] = earlier
                    by_hash.setdefault(digest, earlier)
                slots.append((None, earlier))
            ids = self._insert_articles(new_rows)
            first_use: set[int] = set()
            for article, (existing, index) in zip(articles, slots, strict=True):
                if index is not None and index not in first_use:
                    first_use.add(index)
                    article_id = ids[index]
                    result.new_ids.append(article_id)
                else:
                    known = existing if index is None else ids[index]
                    assert known is not None
                    article_id = known
                    result.existing_ids.append(article_id)
                self._add_provenance(article_id, article.provenance, now)
            if result.new_ids:
                self._update_memberships(self.list_beats(), result.new_ids)
        return result

    def _find_existing(self, article: Article, digest: str) -> int | None:
        url = article.identity_url
        if url:
            row = self.conn.execute(
                "SELECT id FROM articles WHERE identity_url = ?", (url,)
            ).fetchone()
        else:
            row = self.conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                (digest,),
            ).fetchone()
        return None if row is None else int(row[0])

    def _insert_articles(self, rows: list[tuple[object, ...]]) -> list[int]:
        """Insert rows in one statement; returns their ids in order.

        The rows are staged in a temporary table and copied with one ``INSERT ... SELECT``.
        Row by row, every INSERT would run the FTS trigger in its own statement savepoint,
        and FTS5 flushes its pending index at each savepoint: one tiny index segment per
        article, then constant merging (twice the cost of the whole insert).
        """
        if not rows:
            return []
        columns = NEW_ARTICLE_COLUMNS
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS incoming_articles"
            f" (seq INTEGER PRIMARY KEY, {columns})"
        )
        self.conn.execute("DELETE FROM temp.incoming_articles")
        self.conn.executemany(
            f"INSERT INTO temp.incoming_articles ({columns})"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        before = self.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        self.conn.execute(
            f"INSERT INTO articles ({columns}) SELECT {columns} FROM temp.incoming_articles"
            " ORDER BY seq"
        )
        self.conn.execute("DELETE FROM temp.incoming_articles")
        ids = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE id > ? ORDER BY id", (before,)
            )
        ]
        if len(ids) != len(rows):  # cannot happen while we hold the write lock
            raise StoreError(f"inserted {len(rows)} articles but found {len(ids)} new rows")
        return ids

    def _add_provenance(self, article_id: int, provenance: Iterable[Provenance], now: str) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO provenance (article_id, location, position, seen_at)"
            " VALUES (?,?,?,?)",
            [(article_id, p.location, p.position or "", p.seen_at or now) for p in provenance],
        )

    # -- search and beats -----------------------------------------------------------------------
    def validate_query(self, query: str) -> None:
        """Raise QueryError when FTS5 rejects the query."""
        if not query.strip():
            raise QueryError(query, "the query is empty")
        try:
            self.conn.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", (query,)
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(query, str(exc)) from exc

    def interrupt(self) -> None:
        """Stop the running search (from any thread); later searches on this store stop too."""
        self._interrupted.set()
        self.conn.interrupt()

    @contextmanager
    def _time_budget(self, query: str, timeout: float | None) -> Iterator[None]:
        """Stop the statements run inside after ``timeout`` seconds or on :meth:`interrupt`.

        SQLite calls the progress handler every few thousand virtual machine steps, FTS5's
        prefix expansion included, so a query stops within milliseconds of its budget.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        timed_out = False

        def progress() -> int:
            nonlocal timed_out
            if self._interrupted.is_set():
                return 1
            if deadline is not None and time.monotonic() > deadline:
                timed_out = True
                return 1
            return 0

        self.conn.set_progress_handler(progress, _PROGRESS_STEPS)
        try:
            if self._interrupted.is_set():
                raise QueryCancelledError(query)
            yield
        except (sqlite3.OperationalError, QueryError) as exc:
            stopped = isinstance(exc, sqlite3.OperationalError) or exc.reason == "interrupted"
            if not stopped or "interrupted" not in str(exc):
                raise
            if timed_out:
                assert timeout is not None
                raise QueryTimeoutError(query, timeout) from None
            raise QueryCancelledError(query) from None
        finally:
            self.conn.set_progress_handler(None, 0)

    def search(
        self,
        query: str,
        *,
        beat: str | None = None,
        limit: int = 20,
        timeout: float | None = None,
    ) -> list[SearchHit]:
        """bm25-ranked full-text search with snippets; raises QueryError on bad syntax,
        QueryTimeoutError past ``timeout`` seconds, QueryCancelledError after interrupt()."""
        with self._time_budget(query, timeout):
            return self._search(query, beat, limit)

    def _search(self, query: str, beat: str | None, limit: int) -> list[SearchHit]:
        self.validate_query(query)
        # Rank on the index alone first, then fetch rows and snippets of the top hits only:
        # computing snippets and joining rows for every match is what makes common terms slow.
        sql = (
            "SELECT rowid, bm25(articles_fts, 5.0, 2.0, 1.0) AS score FROM articles_fts"
            " WHERE articles_fts MATCH ?"
        )
        params: list[object] = [query]
        if beat is not None:
            self.get_beat(beat)
            sql += " AND +rowid IN (SELECT article_id FROM beat_articles WHERE beat = ?)"
            params.append(beat)
        sql += " ORDER BY score, rowid LIMIT ?"
        params.append(limit)
        ranked = [(int(r[0]), float(r[1])) for r in self.conn.execute(sql, params)]
        if not ranked:
            return []
        ids = [article_id for article_id, _ in ranked]
        rows: dict[int, HitRow] = {
            r[0]: tuple(r[1:])
            for r in self.conn.execute(
                "SELECT a.id, a.title, a.outlet, a.published, a.url,"
                " snippet(articles_fts, 2, '[', ']', ' … ', 12)"
                " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                " WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ?"
                " AND +articles_fts.rowid IN (SELECT value FROM json_each(?))",
                (query, min(ids), max(ids), json.dumps(ids)),
            )
        }
        return search_hits(ranked, rows)

    def _update_memberships(self, beats: Sequence[Beat], article_ids: list[int] | None) -> None:
        for beat in beats:
            sql = (
                "INSERT OR IGNORE INTO beat_articles (beat, article_id)"
                " SELECT ?, rowid FROM articles_fts WHERE articles_fts MATCH ?"
            )
            params: list[object] = [beat.name, beat.query]
            if article_ids:
                # The rowid range lets FTS5 read only the new part of its index; "+rowid" keeps
                # the planner from driving the match by the id list (one full query per id).
                sql += " AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))"
                params += [min(article_ids), max(article_ids), json.dumps(article_ids)]
            elif article_ids is not None:
                return
            self.conn.execute(sql, params)


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
