"""The PostgreSQL store's writing of articles: dedupe, provenance and the full-text index.

:meth:`PgIngest.add_articles` stores a batch in one transaction under an advisory lock (dedupe
by identity URL and content hash stays exact, ids stay consecutive as SQLite's) and indexes
the new rows (:meth:`PgIngest._index`: tokenized in a thread or in worker processes while the
server copies, the postings and positions sent in COPY's binary format,
:mod:`~newsbeat.store.pg_copy`); :meth:`PgIngest.prepare_articles` hands the next batch to the
workers early (:mod:`~newsbeat.store.fts_ahead`). A mixin of
:class:`~newsbeat.store.postgres.PostgresStore`, which gives it the connection, the
statements (``_x``, ``_copy``, ``_copy_text``, ...) and the tokenizer pool.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, wait

import numpy as np

from newsbeat.models import Article, utc_now
from newsbeat.store.article_sql import NEW_ARTICLE_COLUMNS, new_article_values
from newsbeat.store.base import AddResult
from newsbeat.store.fts_ahead import Ahead, renumber
from newsbeat.store.fts_postings import Postings
from newsbeat.store.fts_worker import ChunkIndex, IndexRow, TokenizerPool, index_chunk
from newsbeat.store.pg_base import PgBase, clean, lock_key
from newsbeat.store.pg_copy import (
    BINARY_END,
    BINARY_HEADER,
    array_rows,
    int_array,
    position_rows,
    text_array,
)

__all__ = ["TOKENIZERS", "PgIngest"]

_NEW_ARTICLE_COLUMNS = "id, " + NEW_ARTICLE_COLUMNS
_BATCH = 500
# Index this many new rows at once or more with worker processes (fewer: a thread); and how
# many processes (two: the chunks of a batch can then use whichever core the server, this
# process and the dump reader leave free; 20,000 articles at load 11-14, four pairs, two
# workers ingested 4-20 % faster than one with the same CPU seconds)
_PARALLEL_ROWS = 1_000
TOKENIZERS = 2
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


class PgIngest(PgBase):
    """Articles added in batches, deduped, with their provenance and full-text index."""

    tokenizers: TokenizerPool
    _ahead: list[Ahead]
    _known_share: float
    _added: int
    _analyzed: int
    _pool: ThreadPoolExecutor | None
    _depth: int

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
        return tuple(clean(v) for v in (article_id, *new_article_values(a, now, digest)))

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
                        [BINARY_HEADER, block, BINARY_END],
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
            array_rows(postings.names, numbers, codes, [first] * len(postings.names), 8),
        )
        self._copy_text(
            "COPY article_fts_positions (word, first_id, codes) FROM STDIN (FORMAT BINARY)",
            position_rows(
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
            (text_array(ordered), int_array([words[w] for w in ordered])),
        )
