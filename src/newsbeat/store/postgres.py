"""The team store: PostgreSQL through psycopg 3, the same tables and values as SQLite's.

Opened with a ``postgresql://`` or ``postgres://`` URL (libpq's URL form: user, password,
host, port, database, ``?options``). Differences from :class:`~newsbeat.store.sqlite.SQLiteStore`
that callers can see are listed in docs/store.md; the contract suite runs on both.

Concurrency: several processes may use one database at once. Articles are added under a
transaction-level advisory lock (identity-URL and content-hash dedupe stay exact, ids stay
consecutive as SQLite's), and :meth:`PostgresStore.stage_lock` serialises the pipeline's stages
across processes with a session advisory lock.
"""

from __future__ import annotations

import contextlib
import re
import struct
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from newsbeat.exceptions import StoreError
from newsbeat.models import Article, utc_now
from newsbeat.store.article_sql import SqlArticles
from newsbeat.store.base import AddResult
from newsbeat.store.dialect import POSTGRES
from newsbeat.store.fts import FtsHelper, Postings
from newsbeat.store.fts_ahead import Ahead, renumber
from newsbeat.store.fts_worker import ChunkIndex, IndexRow, TokenizerPool, index_chunk
from newsbeat.store.pg_alerts import PgAlerts
from newsbeat.store.pg_base import clean, lock_key, mask_url, one_line
from newsbeat.store.pg_beats import PgSearchBeats
from newsbeat.store.pg_records import PgRecords
from newsbeat.store.pg_schema import MIGRATIONS, VERSION_TABLE
from newsbeat.store.pg_search import CompiledQuery
from newsbeat.store.pg_tables import PgTables

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresStore", "mask_url"]

_NEW_ARTICLE_COLUMNS = (
    "id, url, canonical_url, identity_url, content_hash, outlet, section, title, standfirst,"
    " byline, published, published_source, language, text, fetched_at, imported_at, text_status"
)
_BATCH = 500
# Index this many new rows at once or more with worker processes (fewer: a thread); and how
# many processes (two: the chunks of a batch can then use whichever core the server, this
# process and the dump reader leave free; 20,000 articles at load 11-14, four pairs, two
# workers ingested 4-20 % faster than one with the same CPU seconds)
_PARALLEL_ROWS = 1_000
_TOKENIZERS = 2
# batches handed over early (prepare_articles) kept at once: the one being stored and the next
_AHEAD = 2
# no batch is tokenized early after one whose articles were mostly known (a rerun of an
# ingest would tokenize them for nothing)
_KNOWN_SHARE = 0.5
# ANALYZE after this many new articles (and a quarter of the index) in one process
_ANALYZE_ROWS = 5_000
_ANALYZED = (
    "articles (id)",
    "article_fts (article_id, ntok)",
    "article_fts_postings (word, first_id)",
    "article_fts_positions (word, first_id)",
    "article_fts_words",
    "beat_articles",
)


class PostgresStore(SqlArticles, PgRecords, PgAlerts, PgSearchBeats, PgTables):
    """A :class:`~newsbeat.store.base.Store` (every part) and a
    :class:`~newsbeat.store.base.TableStore` in a PostgreSQL database.

    Args:
        url: ``postgresql://user:password@host:port/database`` (or ``postgres://``).

    Raises:
        StoreError: the server cannot be reached, refuses the login, has no such database,
            or the database holds another schema (the message names the URL, password
            masked).
    """

    dialect = POSTGRES

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.path = mask_url(url)  # what messages name (as SQLiteStore.path)
        self._depth = 0
        self._interrupted = threading.Event()
        self._queries: dict[str, CompiledQuery] = {}
        self._hits: dict[str, tuple[tuple[int, int], int]] = {}
        self._pool: ThreadPoolExecutor | None = None
        self.tokenizers = TokenizerPool(_TOKENIZERS, self.path)
        self._ahead: list[Ahead] = []  # batches handed over early, oldest first
        self._known_share = 0.0  # of the last batch stored
        # articles added since this process's last ANALYZE, and the index's rows then
        self._added = 0
        self._analyzed = 0
        extra: dict[str, Any] = {"autocommit": True, "application_name": "newsbeat"}
        if "connect_timeout" not in url:
            extra["connect_timeout"] = 10
        try:
            self.conn: psycopg.Connection[Any] = psycopg.connect(url, **extra)
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL: {one_line(exc)}") from exc
        except ValueError as exc:  # a malformed URL
            raise StoreError(f"{self.path}: not a PostgreSQL URL: {one_line(exc)}") from exc
        self.fts = FtsHelper()
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise

    # -- connection, errors, transactions -------------------------------------------------------
    def _error(self, exc: Exception, doing: str = "the database refused a statement") -> StoreError:
        import psycopg

        if isinstance(exc, psycopg.OperationalError) or self.conn.closed:
            return StoreError(f"{self.path}: lost the connection to PostgreSQL: {one_line(exc)}")
        return StoreError(f"{self.path}: {doing}: {one_line(exc)}")

    def _x(self, sql: str, params: Sequence[object] | None = None) -> psycopg.Cursor[Any]:
        """Run one statement; psycopg's errors come out as StoreError."""
        import psycopg

        try:
            return self.conn.execute(sql, params)
        except psycopg.Error as exc:
            doing = "the write was refused" if self._depth else "the database refused a statement"
            raise self._error(exc, doing) from exc

    def _value(self, sql: str, params: Sequence[object] | None = None) -> Any:
        """The first column of the first row of a query that returns one."""
        row = self._x(sql, params).fetchone()
        assert row is not None, sql
        return row[0]

    def _many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        import psycopg

        if not rows:
            return
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(sql, rows)
        except psycopg.Error as exc:
            raise self._error(exc, "the write was refused") from exc

    def _copy(self, sql: str, rows: Iterable[Sequence[object]]) -> int:
        import psycopg

        count = 0
        try:
            with self.conn.cursor() as cursor, cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        except psycopg.Error as exc:
            raise self._error(exc, "the write was refused") from exc
        return count

    def _copy_text(self, sql: str, lines: Iterable[str] | Iterable[bytes]) -> None:
        """COPY rows already written in COPY's format (text lines, escaped; or binary rows
        after the binary header): a row of many values costs one string here instead of a
        driver call per row."""
        import psycopg

        try:
            with self.conn.cursor() as cursor, cursor.copy(sql) as copy:
                block: list[Any] = []
                for line in lines:
                    block.append(line)
                    if len(block) >= 1024:
                        copy.write(block[0][:0].join(block))
                        block.clear()
                if block:
                    copy.write(block[0][:0].join(block))
        except psycopg.Error as exc:
            raise self._error(exc, "the write was refused") from exc

    def _migrate(self) -> None:
        found = self._x(
            "SELECT to_regclass(%s) IS NOT NULL, current_schema()", (VERSION_TABLE,)
        ).fetchone()
        assert found is not None
        has_version, schema = found
        if schema is None:
            raise StoreError(f"{self.path}: no schema to work in (check search_path)")
        if not has_version:
            tables = self._x(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = %s",
                (schema,),
            ).fetchone()
            if tables is not None and tables[0]:
                raise StoreError(
                    f"{self.path}: not a newsbeat database (schema {schema!r} has {tables[0]}"
                    f" table(s) but no {VERSION_TABLE} table); give an empty database"
                )
        latest = len(MIGRATIONS)
        while True:
            with self.transaction():
                # One process migrates at a time; the others then find it done.
                self._x("SELECT pg_advisory_xact_lock(%s)", (lock_key("migrate:" + schema),))
                version = self._version()
                if version > latest:
                    raise StoreError(
                        f"{self.path}: database schema version {version} is newer than this"
                        f" newsbeat ({latest}); upgrade newsbeat"
                    )
                if version == latest:
                    return
                for statement in _split(MIGRATIONS[version]):
                    self._x(statement)
                self._x(f"UPDATE {VERSION_TABLE} SET version = %s", (version + 1,))

    def _version(self) -> int:
        if not self._value("SELECT to_regclass(%s) IS NOT NULL", (VERSION_TABLE,)):
            return 0
        row = self._x(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()
        return int(row[0]) if row is not None and row[0] is not None else 0

    def close(self) -> None:
        """Release the connection."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        self._drop_ahead()
        self.tokenizers.close()
        fts = getattr(self, "fts", None)
        if fts is not None:
            fts.close()
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all (nesting joins the outer one).

        Raises:
            StoreError: the database refused a statement inside (everything is rolled back),
                or the connection was lost.
        """
        import psycopg

        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._x("BEGIN")
        self._depth = 1
        try:
            yield
        except psycopg.Error as exc:
            self._rollback()
            raise self._error(exc, "the write was refused and rolled back") from exc
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except psycopg.Error as exc:
                raise self._error(exc, "the commit was refused") from exc
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        import psycopg

        with contextlib.suppress(psycopg.Error):  # a lost connection rolled back already
            self.conn.execute("ROLLBACK")

    @contextmanager
    def stage_lock(self, name: str, *, wait: bool = True) -> Iterator[bool]:
        """Hold the advisory lock ``name`` of this database (others wait for it); with
        ``wait=False`` yield False at once when another session holds it, else True."""
        key = lock_key(f"stage:{name}")
        if wait:
            self._x("SELECT pg_advisory_lock(%s)", (key,))
        elif not self._value("SELECT pg_try_advisory_lock(%s)", (key,)):
            yield False
            return
        try:
            yield True
        finally:
            import psycopg

            with contextlib.suppress(psycopg.Error):  # a lost connection released it
                self.conn.execute("SELECT pg_advisory_unlock(%s)", (key,))

    # -- articles -------------------------------------------------------------------------------
    def prepare_articles(self, articles: Sequence[Article]) -> bool:
        """Start tokenizing a batch that :meth:`add_articles` will be given later (the same
        list of the same, unedited articles), in the worker processes, while earlier batches
        are stored. Returns whether anything was started: nothing for a batch below
        :data:`_PARALLEL_ROWS` (no process for small batches), without workers, or after a
        batch whose articles were mostly known already (a rerun). A batch never stored is
        forgotten once two later ones are handed over, or when the store is closed."""
        if (
            len(articles) < _PARALLEL_ROWS
            or not self.tokenizers.workers
            or self._known_share > _KNOWN_SHARE
        ):
            return False
        rows: list[IndexRow] = [
            (
                i,
                str(clean(a.title)),
                str(clean(a.standfirst)) if a.standfirst is not None else None,
                str(clean(a.text)),
            )
            for i, a in enumerate(articles)
        ]
        ahead = Ahead(list(articles), rows)
        self._ahead.append(ahead)
        while len(self._ahead) > _AHEAD:
            self._ahead.pop(0).cancel()
        for start in range(0, len(rows), _BATCH):
            # numbered from 0: each article's index in the batch until its id is known
            ahead.futures.append(self.tokenizers.submit(rows[start : start + _BATCH], 0))
        return True

    def _take_ahead(self, articles: Sequence[Article]) -> Ahead | None:
        """The early tokenizing of this batch, if it was handed over."""
        for number, ahead in enumerate(self._ahead):
            if ahead.matches(articles):
                return self._ahead.pop(number)
        return None

    def _drop_ahead(self) -> None:
        """Forget every batch handed over early (after a failure: a dead pool's futures
        would only fail again)."""
        aheads, self._ahead = self._ahead, []
        for ahead in aheads:
            ahead.cancel()
        for ahead in aheads:
            wait(ahead.futures)

    def add_articles(self, articles: Sequence[Article]) -> AddResult:
        """Store a batch in one transaction; known articles only gain provenance."""
        ahead = self._take_ahead(articles)
        try:
            return self._add_articles(articles, ahead)
        except BaseException:
            if ahead is not None:
                self._ahead.append(ahead)
            self._drop_ahead()
            raise

    def _add_articles(self, articles: Sequence[Article], ahead: Ahead | None) -> AddResult:
        result = AddResult()
        now = utc_now()
        digests = [a.content_hash for a in articles]
        with self.transaction():
            # One writer of articles at a time: dedupe by URL and by content hash is then
            # exact, and ids are SQLite's (one past the largest).
            self._x("SELECT pg_advisory_xact_lock(%s)", (lock_key("articles"),))
            by_url, by_hash = self._existing(articles, digests)
            next_id = int(self._value("SELECT coalesce(max(id), 0) FROM articles")) + 1
            new_rows: list[tuple[object, ...]] = []
            batch_url: dict[str, int] = {}
            batch_hash: dict[str, int] = {}
            ids: list[int] = []
            indexes: list[int] = []  # each new row's index in the batch
            for index, (article, digest) in enumerate(zip(articles, digests, strict=True)):
                url = article.identity_url
                known = by_url.get(url) if url else by_hash.get(digest)
                if known is None:
                    known = batch_url.get(url) if url else batch_hash.get(digest)
                    if known is None:
                        known = next_id + len(new_rows)
                        new_rows.append(self._article_row(known, article, now, digest))
                        indexes.append(index)
                        result.new_ids.append(known)
                        if url:
                            batch_url[url] = known
                        batch_hash.setdefault(digest, known)
                    else:
                        result.existing_ids.append(known)
                else:
                    result.existing_ids.append(known)
                ids.append(known)
            if new_rows:
                rows: list[IndexRow] = [(r[0], r[7], r[8], r[13]) for r in new_rows]  # type: ignore[misc]
                if ahead is not None and not ahead.same_rows(indexes, rows):
                    ahead.cancel()
                    ahead = None
                self._index(
                    rows,
                    before=lambda: self._copy(
                        f"COPY articles ({_NEW_ARTICLE_COLUMNS}) FROM STDIN", new_rows
                    ),
                    ahead=(ahead, indexes) if ahead is not None else None,
                )
            elif ahead is not None:
                ahead.cancel()
            self._add_provenance(articles, ids, set(result.new_ids), now)
            if result.new_ids:
                self._update_memberships(self.list_beats(), result.new_ids)
        if self._depth == 0:
            self._refresh_statistics(len(result.new_ids))
        self._known_share = len(result.existing_ids) / len(articles) if articles else 0.0
        return result

    def _refresh_statistics(self, added: int) -> None:
        """``ANALYZE`` the tables searches plan on (their id and word columns, not the
        tsvectors and arrays: a tenth of the time) once this process has added at least
        :data:`_ANALYZE_ROWS` articles and a quarter of those indexed at its last one. A bulk
        ingest outruns autovacuum: right after 20,000 articles the planner had no statistics
        and the bench queries took 124 ms at the median instead of 12 (the same hits)."""
        self._added += added
        if self._added < max(_ANALYZE_ROWS, self._analyzed // 4):
            return
        for table in _ANALYZED:
            self._x(f"ANALYZE {table}")
        self._analyzed = int(self._value("SELECT rows FROM article_fts_stats"))
        self._added = 0

    def _add_provenance(
        self, articles: Sequence[Article], ids: Sequence[int], new: set[int], now: str
    ) -> None:
        """Each article's provenance under its id: a new article's copied (it can hold no
        row yet: only repeats within the batch are left out), a known one's inserted unless
        it is there."""
        fresh: dict[tuple[int, str, str], str] = {}
        known: list[tuple[int, str, str, str]] = []
        for aid, article in zip(ids, articles, strict=True):
            for p in article.provenance:
                key = (aid, str(clean(p.location)), str(clean(p.position or "")))
                if aid in new:
                    fresh.setdefault(key, p.seen_at or now)
                else:
                    known.append((*key, p.seen_at or now))
        if fresh:
            self._copy(
                "COPY provenance (article_id, location, position, seen_at) FROM STDIN",
                [(*key, seen) for key, seen in fresh.items()],
            )
        self._many(
            "INSERT INTO provenance (article_id, location, position, seen_at)"
            " VALUES (%s,%s,%s,%s) ON CONFLICT DO NOTHING",
            known,
        )

    def _existing(
        self, articles: Sequence[Article], digests: Sequence[str]
    ) -> tuple[dict[str, int], dict[str, int]]:
        urls = sorted({a.identity_url for a in articles if a.identity_url})
        hashes = sorted({d for a, d in zip(articles, digests, strict=True) if not a.identity_url})
        by_url = (
            {
                str(r[0]): int(r[1])
                for r in self._x(
                    "SELECT identity_url, id FROM articles WHERE identity_url = ANY(%s)", (urls,)
                )
            }
            if urls
            else {}
        )
        by_hash = (
            {
                str(r[0]): int(r[1])
                for r in self._x(
                    "SELECT content_hash, min(id) FROM articles WHERE content_hash = ANY(%s)"
                    " GROUP BY content_hash",
                    (hashes,),
                )
            }
            if hashes
            else {}
        )
        return by_url, by_hash

    @staticmethod
    def _article_row(article_id: int, a: Article, now: str, digest: str) -> tuple[object, ...]:
        return tuple(
            clean(v)
            for v in (
                article_id,
                a.url,
                a.canonical_url,
                a.identity_url,
                digest,
                a.outlet,
                a.section,
                a.title,
                a.standfirst,
                a.byline,
                a.published,
                a.published_source,
                a.language,
                a.text,
                a.fetched_at,
                a.imported_at or (None if a.fetched_at else now),
                a.text_status,
            )
        )

    def _index(
        self,
        rows: Sequence[IndexRow],
        before: Callable[[], object] | None = None,
        ahead: tuple[Ahead, Sequence[int]] | None = None,
    ) -> None:
        """Add rows ``(id, title, standfirst, text)`` to the full-text index, and their rows,
        tokens and words to the index's counts (``article_fts_stats``, ``article_fts_words``),
        and each word's postings to ``article_fts_postings`` (one row per word of the batch).

        SQLite tokenizes in a worker thread (sqlite3 and psycopg both release the GIL) while
        the server stores: ``before`` (the articles' own COPY) runs during the first chunk's
        tokenizing, each later chunk is tokenized while the previous one is copied. From
        :data:`_PARALLEL_ROWS` rows on, the chunks go to worker processes instead
        (:attr:`tokenizers`, :mod:`~newsbeat.store.fts_worker`): the tokenizer's Python then
        no longer waits for this process's GIL. A failed worker fails the batch (StoreError;
        the transaction rolls back). With ``ahead`` (the batch's early tokenizing,
        :meth:`prepare_articles`, and each row's index in that batch) its chunks are taken
        as they come back, renumbered to the rows' ids.
        """
        chunks = [rows[i : i + _BATCH] for i in range(0, len(rows), _BATCH)]
        if not chunks:
            if before is not None:
                before()
            return
        first = min(r[0] for r in rows)
        postings = Postings([r[0] - first for r in rows], first=first)
        if ahead is not None:
            tokenizers = self.tokenizers
            futures = ahead[0].futures
            mapping = np.full(len(ahead[0].rows), -1, dtype=np.int64)
            mapping[np.asarray(ahead[1], dtype=np.int64)] = [r[0] - first for r in rows]
            chunks = [rows[:0]] * len(futures)  # their count: the rows come back renumbered

            def result(number: int) -> ChunkIndex:
                found = renumber(tokenizers.result(futures[number]), mapping, first)
                assert found.part is not None
                postings.absorb(found.part)
                return found

        elif len(rows) >= _PARALLEL_ROWS and self.tokenizers.workers:
            # every chunk at once: the workers tokenize while this process copies
            tokenizers = self.tokenizers
            futures = [tokenizers.submit(chunk, first) for chunk in chunks]

            def result(number: int) -> ChunkIndex:
                found = tokenizers.result(futures[number])
                assert found.part is not None
                postings.absorb(found.part)
                return found

        else:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsbeat-fts")
            pool = self._pool
            futures = [pool.submit(index_chunk, self.fts, chunks[0], postings)]

            def result(number: int) -> ChunkIndex:
                found = futures[number].result()
                if number + 1 < len(chunks):  # the next chunk while this one is copied
                    futures.append(pool.submit(index_chunk, self.fts, chunks[number + 1], postings))
                return found

        tokens = 0
        try:
            if before is not None:
                before()
            for number in range(len(chunks)):
                texts, count, block, _ = result(number)
                tokens += count
                # the rows laid out by the tokenizer in binary, then those written as literals
                # (cut to size, or holding a token too long to index)
                if block:
                    self._copy_text(
                        "COPY article_fts (article_id, ntok, tsv) FROM STDIN (FORMAT BINARY)",
                        [_BINARY_HEADER, block, _BINARY_END],
                    )
                if texts:
                    self._copy("COPY article_fts (article_id, ntok, tsv) FROM STDIN", texts)
        finally:
            # never leave a tokenizer working for a failed batch
            for future in futures:
                future.cancel()
            wait(futures)
        numbers, codes = postings.grouped()
        self._copy_text(
            "COPY article_fts_postings (word, first_id, codes) FROM STDIN (FORMAT BINARY)",
            _array_rows(postings.names, numbers, codes, [first] * len(postings.names), 8),
        )
        self._copy_text(
            "COPY article_fts_positions (word, first_id, codes) FROM STDIN (FORMAT BINARY)",
            _position_rows(
                postings.names,
                *postings.grouped(places=True),
                first,
                max(r[0] for r in rows) - first,
            ),
        )
        self._x(
            "UPDATE article_fts_stats SET rows = rows + %s, tokens = tokens + %s",
            (len(rows), tokens),
        )
        # the rows holding each word: its postings of the batch
        held = np.bincount(numbers, minlength=len(postings.names)).tolist()
        words = dict(zip(postings.names, held, strict=True))
        ordered = sorted(words)  # one order for every writer: no deadlock between two
        self._x(
            "INSERT INTO article_fts_words AS w (word, rows)"
            " SELECT * FROM unnest(%s::text[], %s::bigint[])"
            " ON CONFLICT (word) DO UPDATE SET rows = w.rows + excluded.rows",
            (_text_array(ordered), _array([words[w] for w in ordered])),
        )


# A position code is ``offset << 14 | position`` in an integer: offsets below 2 ** 17.
_BLOCK = 17
# COPY's binary format: its signature, flags and header extension; the end of the rows
_BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
_BINARY_END = struct.pack("!h", -1)
_INT4, _INT8 = 23, 20  # the type oids of an array's integers
_pack = struct.pack


def _position_rows(
    names: Sequence[str],
    numbers: NDArray[np.int64],
    codes: NDArray[np.int64],
    first: int,
    last: int,
) -> Iterator[bytes]:
    """``article_fts_positions`` rows in COPY's binary format from ``offset << 14 | position``
    codes (offsets from ``first``, at most ``last``), each of word ``names[n]`` (``numbers``,
    ascending): one row per word, or per word and block of 2 ** 17 offsets when the batch spans
    more (each code must fit an integer)."""
    starts = [first] * len(names)
    if last >= 1 << _BLOCK:
        # one row per (word, block): the rows' own numbers, in order of word and block
        block = codes >> (_BLOCK + 14)
        order = np.lexsort((block, numbers))
        numbers, block = numbers[order], block[order]
        codes = codes[order] & ((1 << (_BLOCK + 14)) - 1)
        new = np.ones(len(numbers), dtype=bool)
        new[1:] = (numbers[1:] != numbers[:-1]) | (block[1:] != block[:-1])
        heads = np.flatnonzero(new)
        words = [names[n] for n in numbers[heads].tolist()]
        starts = (first + (block[heads] << _BLOCK)).tolist()
        numbers = np.cumsum(new) - 1
        return _array_rows(words, numbers, codes, starts, 4)
    return _array_rows(names, numbers, codes, starts, 4)


def _array_rows(
    names: Sequence[str],
    numbers: NDArray[np.int64],
    codes: NDArray[np.int64],
    starts: Sequence[int],
    size: int,
) -> Iterator[bytes]:
    """Rows ``(word, first_id, codes)`` in COPY's binary format: ``names[n]`` with
    ``starts[n]`` and its codes (``numbers`` ascending, each code's row; as ``size``-byte
    integers). Binary, laid out by numpy: as text, writing hundreds of numbers per article cost
    more client CPU than tokenizing them."""
    # every integer as its length and its value, big-endian, as the array's elements
    kind = ">i4" if size == 4 else ">i8"
    data = np.empty(len(codes), dtype=[("length", ">i4"), ("value", kind)])
    data["length"] = size
    data["value"] = codes
    raw = data.tobytes()
    step = 4 + size
    ends = np.searchsorted(numbers, np.arange(len(names)), side="right").tolist()
    oid = _INT4 if size == 4 else _INT8
    yield _BINARY_HEADER
    at = 0
    for name, start, end in zip(names, starts, ends, strict=True):
        word = name.encode("utf-8")
        count = end - at
        yield (
            _pack(f"!hi{len(word)}siqi", 3, len(word), word, 8, start, 20 + count * step)
            + _pack("!iiiii", 1, 0, oid, count, 1)
            + raw[at * step : end * step]
        )
        at = end
    yield _BINARY_END


def _array(values: list[int]) -> str:
    """An integer array's literal (faster than the driver adapting each number)."""
    return "{" + ",".join(map(str, values)) + "}"


_COPY_SPECIAL = re.compile(r"[\\\t\n\r]")
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_field(value: str) -> str:
    """A text value as a field of COPY's text format."""
    return value.translate(_COPY_ESCAPES) if _COPY_SPECIAL.search(value) else value


def _text_array(values: list[str]) -> str | list[str]:
    """A text array's literal (faster than the driver adapting each string); the list itself
    when a value holds a quote or a backslash (the driver quotes those)."""
    if any('"' in value or "\\" in value for value in values):
        return values
    return '{"' + '","'.join(values) + '"}' if values else "{}"


def _split(script: str) -> list[str]:
    """A migration script's statements: split at semicolons outside ``$$`` bodies and
    ``--`` comments."""
    statements: list[str] = []
    current: list[str] = []
    quoted = False
    for part in re.split(r"(\$\$|;|--[^\n]*)", script):
        if part.startswith("--") and not quoted:
            continue
        if part == "$$":
            quoted = not quoted
        if part == ";" and not quoted:
            statements.append("".join(current).strip())
            current = []
        else:
            current.append(part)
    statements.append("".join(current).strip())
    return [s for s in statements if s]
