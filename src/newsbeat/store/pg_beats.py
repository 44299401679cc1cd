"""The PostgreSQL store's search and which articles each beat's query matches (the beats'
rows are :mod:`~newsbeat.store.beat_sql`'s; see :mod:`newsbeat.store.pg_search` for how the
FTS5 query language, bm25 and snippets are reproduced). A mixin of
:class:`~newsbeat.store.postgres.PostgresStore`."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from newsbeat.exceptions import (
    QueryCancelledError,
    QueryTimeoutError,
    StoreError,
)
from newsbeat.models import Beat, SearchHit
from newsbeat.store.dialect import search_hits
from newsbeat.store.fts_query import Phrase, phrases
from newsbeat.store.pg_base import PgBase
from newsbeat.store.pg_search import (
    CompiledQuery,
    Stats,
    bm25,
    bound_sql,
    candidates_sql,
    compile_query,
    covered_phrases,
    evaluate_rows,
    idf,
    narrowing_sql,
    phrase_query,
    positions_sql,
    postings_hits_sql,
    postings_ready,
    postings_sql,
    score_sql,
)

__all__ = ["PgSearchBeats"]

_BATCH = 500


class PgSearchBeats(PgBase):
    """Full-text search and the beats' membership."""

    _queries: dict[str, CompiledQuery]
    _hits: dict[str, tuple[tuple[int, int], int]]

    # -- search and beats -----------------------------------------------------------------------
    def _compiled(self, query: str) -> CompiledQuery:
        compiled = self._queries.get(query)
        if compiled is None:
            compiled = compile_query(self.fts, query)
            if len(self._queries) > 256:
                self._queries.clear()
            self._queries[query] = compiled
        return compiled

    def validate_query(self, query: str) -> None:
        """Raise QueryError when FTS5 rejects the query (or it cannot be translated)."""
        self._compiled(query)

    def _stats(self, compiled: CompiledQuery, in_query: bool = False) -> Stats | None:
        """bm25's numbers: rows and tokens of the index, and each phrase's IDF from the rows
        holding it (a word's from ``article_fts_words``, a phrase's counted and remembered
        until articles are added). ``in_query``: a phrase the ranking query can count itself
        (:func:`covered_phrases`) is left to it, unless its count is remembered."""
        row = self._x("SELECT rows, tokens FROM article_fts_stats").fetchone()
        assert row is not None
        rows, tokens = int(row[0]), int(row[1])
        if not rows or compiled.node is None:
            return None
        found = {p.index: p for p in phrases(compiled.node)}
        words = {
            index: p.tokens[0][0]
            for index, p in found.items()
            if len(p.tokens) == 1 and not p.tokens[0][1] and p.columns is None and not p.caret
        }
        held = (
            {
                str(r[0]): int(r[1])
                for r in self._x(
                    "SELECT word, rows FROM article_fts_words WHERE word = ANY(%s)",
                    (sorted(set(words.values())),),
                )
            }
            if words
            else {}
        )
        # A phrase of several words needs its rows read to be counted (the postings find the
        # rows holding its words; each is checked), as the ranking reads them: counted there.
        # A word or prefix is counted from the index alone, more cheaply apart.
        covered = (
            {p.index for p in covered_phrases(compiled.node) if len(p.tokens) > 1}
            if in_query
            else set()
        )
        idfs: dict[int, float] = {}
        counted: set[int] = set()
        for index, tsquery in compiled.phrases:
            if index in words:
                hits = held.get(words[index], 0)
            elif index in covered and not self._remembered(tsquery, (rows, tokens)):
                idfs[index] = 0.0  # unused: the ranking query counts the rows
                counted.add(index)
                continue
            else:
                hits = self._phrase_hits(found[index], tsquery, (rows, tokens))
            idfs[index] = idf(rows, hits)
        return Stats(
            rows=rows,
            avgdl=float(tokens) / float(rows),
            idf=idfs,
            in_query=frozenset(counted),
        )

    def _rows_matching(self, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        """Run a statement using :meth:`_matching` and return its rows."""
        settings = self._join_settings()
        rows: list[tuple[Any, ...]] = self._x(sql, params).fetchall()
        self._restore_joins(settings)
        return rows

    def _join_settings(self) -> tuple[str, str]:
        """Settings of the search's transaction for a statement that joins words' ids from the
        postings (:func:`candidates_sql`); returns the settings replaced, for
        :meth:`_restore_joins`."""
        # The planner guesses a few rows per word: never a nested loop over tens of thousands
        # of ids (see _postings_settings); and a hash join, not a merge join, which sorted
        # both words' ids first (two common words at 100,000 articles: 31-62 ms merged,
        # 18-27 ms hashed)
        row = self._x(
            "SELECT current_setting('enable_nestloop'), current_setting('enable_mergejoin'),"
            " set_config('work_mem', '64MB', true), set_config('enable_nestloop', 'off', true),"
            " set_config('enable_mergejoin', 'off', true)"
        ).fetchone()
        assert row is not None
        return str(row[0]), str(row[1])

    def _restore_joins(self, settings: tuple[str, str]) -> None:
        """Put back what :meth:`_join_settings` changed, for the transaction's later
        statements."""
        self._x(
            "SELECT set_config('enable_nestloop', %s, true), set_config('enable_mergejoin', %s,"
            " true)",
            settings,
        )

    @staticmethod
    def _matching(compiled: CompiledQuery) -> tuple[str, list[object]]:
        """``f.article_id = ANY(...) AND f.tsv @@ %s::tsquery`` and its parameters: the rows of
        the whole index that match the (widened) query, found from the postings of its words
        (the tsvectors have no GIN index), then tested by primary key."""
        candidates, params = candidates_sql(compiled)
        return (
            f"f.article_id = ANY({candidates}) AND f.tsv @@ %s::tsquery",
            [*params, compiled.tsquery],
        )

    def _remembered(self, tsquery: str, size: tuple[int, int]) -> bool:
        known = self._hits.get(tsquery)
        return known is not None and known[0] == size

    def _phrase_hits(self, phrase: Phrase, tsquery: str, size: tuple[int, int]) -> int:
        """How many rows hold the phrase (remembered while the index keeps its ``size``:
        rows and tokens)."""
        known = self._hits.get(tsquery)
        if known is not None and known[0] == size:
            return known[1]
        if phrase.caret:  # rows where the phrase starts a column: checked in Python
            hits = len(self._candidates(phrase_query(phrase), "", []))
        elif len(phrase.tokens) == 1 and phrase.columns is None:  # a prefix: the postings
            hits = int(self._value(*postings_hits_sql(phrase.tokens[0][0])))
        else:
            matching, params = self._matching(phrase_query(phrase))
            sql = f"SELECT count(*) FROM article_fts f WHERE {matching}"
            hits = int(self._rows_matching(sql, params)[0][0])
        if len(self._hits) > 1024:
            self._hits.clear()
        self._hits[tsquery] = (size, hits)
        return hits

    def _candidates(
        self, compiled: CompiledQuery, where: str, params: Sequence[object], *, by_id: bool = False
    ) -> dict[int, tuple[int, dict[int, float]]]:
        """Exact check of the rows the widened query finds: id -> (tokens, frequencies).
        ``by_id``: ``where`` picks the rows by id (no need for the postings to find them)."""
        matching_params: list[object]
        if by_id:
            matching, matching_params = "f.tsv @@ %s::tsquery", [compiled.tsquery]
        else:
            matching, matching_params = self._matching(compiled)
        lengths = {
            int(r[0]): int(r[1])
            for r in self._rows_matching(
                f"SELECT f.article_id, f.ntok FROM article_fts f WHERE {matching}{where}",
                (*matching_params, *params),
            )
        }
        found: dict[int, tuple[int, dict[int, float]]] = {}
        sql, extra = positions_sql(compiled)
        ids = sorted(lengths)
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            rows = self._x(sql, (chunk, *extra)).fetchall()
            for article_id, freqs in evaluate_rows(compiled, rows).items():
                found[article_id] = (lengths[article_id], freqs)
        return found

    def _postings_settings(self) -> str:
        """Settings of the search's transaction for a query over the postings; returns the
        ``enable_nestloop`` it replaced, for :meth:`_nestloop`."""
        # the counts of every matching row are summed in memory (a common word's 40,000
        # rows): the default 4 MB made the sums spill to disk
        # The planner guesses a few rows per word (it cannot see into the arrays): words
        # joined by AND must never be a nested loop over each other's tens of thousands.
        return str(
            self._value(  # the select list is evaluated in order: the setting before the change
                "SELECT current_setting('enable_nestloop'), set_config('work_mem', '64MB', true),"
                " set_config('enable_nestloop', 'off', true)"
            )
        )

    def _nestloop(self, setting: str) -> None:
        """Put ``enable_nestloop`` back after the postings statement: later statements of the
        transaction (the position check's ``unnest`` of each row) need nested loops."""
        self._x("SELECT set_config('enable_nestloop', %s, true)", (setting,))

    def _exact_top(
        self,
        compiled: CompiledQuery,
        stats: Stats,
        where: str,
        params: Sequence[object],
        limit: int,
    ) -> list[tuple[int, float]]:
        """The best ``limit`` rows of a query checked in Python (NEAR, ``^``), with their
        scores. The candidates come in the order of a bound on their score (each phrase's
        every instance counted: :func:`bound_sql`) and are checked in that order until no
        later candidate can beat the last of the best: the same rows and scores as checking
        every candidate."""
        if limit <= 0:
            return []
        if postings_ready(compiled):
            sql, sql_params = postings_sql(compiled, stats, bound=True)
            filters, filter_params = where.replace("f.article_id", "id"), list(params)
            narrowing = narrowing_sql(compiled)
            if narrowing is not None:
                # only the rows where the NEAR's words are near enough, from their positions:
                # most rows holding two common words fail the NEAR, each read to be checked
                filters = f" AND id IN ({narrowing[0]}){filters}"
                filter_params = [*narrowing[1], *filter_params]
            if narrowing is None:
                nestloop = self._postings_settings()
                candidates = self._x(
                    sql.format(where=filters), (*sql_params, *filter_params)
                ).fetchall()
                self._nestloop(nestloop)
            else:  # hash joins for the positions too (_join_settings)
                candidates = self._rows_matching(
                    sql.format(where=filters), (*sql_params, *filter_params)
                )
        else:
            columns, column_params, bound, bound_params = bound_sql(compiled, stats)
            matching, matching_params = self._matching(compiled)
            candidates = self._rows_matching(
                f"SELECT id, ntok, {bound} AS bound FROM (SELECT f.article_id AS id, f.ntok,"
                f" {columns} FROM article_fts f WHERE {matching}{where}) s"
                " ORDER BY bound, id",
                (*bound_params, *column_params, *matching_params, *params),
            )
        sql, extra = positions_sql(compiled, matching=True)
        best: list[tuple[float, int]] = []
        start, step = 0, 100
        while start < len(candidates):
            if len(best) >= limit:
                last = best[limit - 1][0]
                # bm25 here and in SQL may differ in the last bits: stop only well past it
                if float(candidates[start][2]) > last + 1e-9 * max(1.0, abs(last)):
                    break
            chunk = candidates[start : start + step]
            lengths = {int(r[0]): int(r[1]) for r in chunk}
            rows = self._x(sql, (list(lengths), *extra)).fetchall()
            for article_id, freqs in evaluate_rows(compiled, rows).items():
                best.append((bm25(stats, freqs, lengths[article_id]), article_id))
            best.sort()
            del best[limit:]
            start += step
            step = min(step * 2, _BATCH)
        return [(article_id, score) for score, article_id in best]

    def interrupt(self) -> None:
        """Stop the running search (from any thread); later searches on this store stop too."""
        self._interrupted.set()
        with contextlib.suppress(Exception):  # nothing running, or the connection is gone
            self.conn.cancel_safe()

    def search(
        self,
        query: str,
        *,
        beat: str | None = None,
        limit: int = 20,
        timeout: float | None = None,
    ) -> list[SearchHit]:
        """bm25-ranked full-text search with snippets; raises QueryError on bad syntax,
        QueryTimeoutError past ``timeout`` seconds, QueryCancelledError after interrupt().

        The budget is PostgreSQL's ``statement_timeout``, set for this search's transaction: it
        bounds each statement of the search (SQLite's bounds the whole search).
        """
        import psycopg

        if self._interrupted.is_set():
            raise QueryCancelledError(query)
        try:
            with self.transaction():
                if timeout is not None:
                    budget = f"{max(1, round(timeout * 1000))}ms"
                    self._x("SELECT set_config('statement_timeout', %s, true)", (budget,))
                return self._search(query, beat, limit)
        except StoreError as exc:
            if not isinstance(exc.__cause__, psycopg.errors.QueryCanceled):
                raise
            if self._interrupted.is_set() or timeout is None:
                raise QueryCancelledError(query) from None
            raise QueryTimeoutError(query, timeout) from None

    def _search(self, query: str, beat: str | None, limit: int) -> list[SearchHit]:
        compiled = self._compiled(query)
        where, params = "", []
        if beat is not None:
            self.get_beat(beat)
            where = " AND f.article_id IN (SELECT article_id FROM beat_articles WHERE beat = %s)"
            params.append(beat)
        if compiled.node is None:
            return []
        stats = self._stats(compiled, in_query=not compiled.exact)
        if stats is None:
            return []
        if compiled.exact:
            ranked = self._exact_top(compiled, stats, where, params, limit)
        elif postings_ready(compiled):
            sql, sql_params = postings_sql(compiled, stats)
            nestloop = self._postings_settings()
            ranked = [
                (int(r[0]), float(r[2]))
                for r in self._x(
                    sql.format(where=where.replace("f.article_id", "id")) + " LIMIT %s",
                    (*sql_params, *params, limit),
                )
            ]
            self._nestloop(nestloop)
        else:
            columns, column_params, score, score_params = score_sql(compiled, stats)
            select = f", {columns}" if columns else ""
            matching, matching_params = self._matching(compiled)
            ranked = [
                (int(r[0]), float(r[1]))
                for r in self._rows_matching(
                    f"SELECT id, {score} AS score FROM (SELECT f.article_id AS id, f.ntok{select}"
                    f" FROM article_fts f WHERE {matching}{where}) s"
                    " ORDER BY score, id LIMIT %s",
                    (*score_params, *column_params, *matching_params, *params, limit),
                )
            ]
        if not ranked:
            return []
        rows = {
            int(r[0]): r
            for r in self._x(
                "SELECT id, title, standfirst, text, outlet, published, url FROM articles"
                " WHERE id = ANY(%s)",
                ([i for i, _ in ranked],),
            )
        }
        snippets = self.fts.snippets(query, [(i, r[1], r[2], r[3]) for i, r in rows.items()])
        return search_hits(
            ranked, {i: (r[1], r[4], r[5], r[6], snippets.get(i, "")) for i, r in rows.items()}
        )

    def _update_memberships(self, beats: Sequence[Beat], article_ids: list[int] | None) -> None:
        for beat in beats:
            compiled = self._compiled(beat.query)
            if compiled.node is None:
                continue
            by_id = article_ids is not None
            where, params = (" AND f.article_id = ANY(%s)", [article_ids]) if by_id else ("", [])
            if compiled.exact:
                members = sorted(self._candidates(compiled, where, params, by_id=by_id))
                self._many(
                    "INSERT INTO beat_articles (beat, article_id) VALUES (%s,%s)"
                    " ON CONFLICT DO NOTHING",
                    [(beat.name, m) for m in members],
                )
                continue
            if by_id:
                self._x(
                    "INSERT INTO beat_articles (beat, article_id) SELECT %s, f.article_id"
                    f" FROM article_fts f WHERE f.tsv @@ %s::tsquery{where} ON CONFLICT DO NOTHING",
                    (beat.name, compiled.tsquery, *params),
                )
                continue
            matching, matching_params = self._matching(compiled)
            settings = self._join_settings()
            self._x(
                "INSERT INTO beat_articles (beat, article_id) SELECT %s, f.article_id"
                f" FROM article_fts f WHERE {matching} ON CONFLICT DO NOTHING",
                (beat.name, *matching_params),
            )
            self._restore_joins(settings)
