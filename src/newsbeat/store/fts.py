"""The SQLite index's tokenizer and snippets, for stores that are not SQLite.

The SQLite store indexes ``title, standfirst, text`` with FTS5's ``porter unicode61
remove_diacritics 2`` tokenizer, ranks with ``bm25(5, 2, 1)`` and cuts snippets with
``snippet(..., '[', ']', ' … ', 12)``. Another backend gets the very same tokens, snippets and
query syntax by asking SQLite itself: :class:`FtsHelper` keeps an in-memory FTS5 database
(stdlib ``sqlite3``, nothing to install) that

- turns rows into ``tsvector`` literals (:meth:`FtsHelper.vectors`): every token with its
  positions, one weight per column (title ``A``, standfirst ``B``, text ``D``), each column in
  its own range of positions (:data:`BASES`) so no phrase spans two columns;
- validates queries with FTS5's own parser and tokenizes their strings
  (:meth:`FtsHelper.validate`, :meth:`FtsHelper.tokenize`);
- cuts the snippets of a page of hits (:meth:`FtsHelper.snippets`): a snippet depends only on
  the row and the query, so SQLite's own function gives SQLite's own snippet.

Limits of a ``tsvector`` (documented in docs/store.md): positions stop at 16,383 (later
tokens of a long text share the last position), a token keeps at most 256 positions, and a
token longer than 2,046 bytes is not indexed (it still counts in the row's length).

The columns' position ranges, weights and a tsvector's limits are in
:mod:`~newsbeat.store.fts_layout`; a batch's postings are in :mod:`~newsbeat.store.fts_postings`.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate, chain
from operator import add

import numpy as np
from numpy.typing import NDArray

from newsbeat.exceptions import QueryError
from newsbeat.store.fts_layout import (
    BASES,
    LIMITS,
    MAX_LEXEME_BYTES,
    MAX_VECTOR_CHARS,
    weighted_count,
)
from newsbeat.store.fts_postings import Postings

__all__ = ["TOKENIZE", "FtsHelper"]

TOKENIZE = "porter unicode61 remove_diacritics 2"

# Pieces of text that may hold tokens: ASCII letters and digits, and anything not ASCII (an
# ASCII character that is not a letter or digit always separates tokens in unicode61).
_PIECE = re.compile(r"[0-9A-Za-z\x80-\U0010ffff]+")
_SUFFIX = ("A", "B", "")
# Each column's positions as written in a literal, from its base to its limit.
_SPOTS = tuple(tuple(f"{p}{_SUFFIX[c]}" for p in range(BASES[c], LIMITS[c] + 1)) for c in range(3))
_CACHE_SIZE = 500_000
# each column's spots' total length (with a space each) up to each count
_SPOT_CHARS = tuple(tuple(accumulate((len(s) + 1 for s in spots), initial=0)) for spots in _SPOTS)


def _spot_chars(column: int, count: int) -> int:
    """The length of ``count`` entries' positions in a column of a literal, with a space
    after each (past the column's last position, each is the last)."""
    chars = _SPOT_CHARS[column]
    if count < len(chars):
        return chars[count]
    return chars[-1] + (count - len(chars) + 1) * (len(_SPOTS[column][-1]) + 1)


class FtsHelper:
    """SQLite's FTS5 in memory, as the tokenizer, query checker and snippet cutter."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # piece of text -> its tokens, and the same as tsvector entries without a position
        self._cache: dict[str, tuple[str, ...]] = {}
        self._quoted: dict[str, tuple[str, ...]] = {}
        self._entry: dict[str, str] = {}  # token -> "'token':"
        self._lexeme: dict[str, str] = {}  # "'token':" -> token
        self._long: set[str] = set()  # pieces holding a token too long to index
        # each entry's number, and the lexeme of each number (the postings' arrays hold these)
        self._entry_id: dict[str, int] = {}
        self._names: list[str] = []
        # piece of text -> its entries' numbers, and their literal entries' total length
        self._numbers: dict[str, tuple[int, ...]] = {}
        self._chars: dict[str, int] = {}
        self._table = _PieceTable()  # the same by piece number, as numpy arrays
        self.conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        columns = "title, standfirst, text"
        self.conn.executescript(
            f"""
            CREATE VIRTUAL TABLE doc USING fts5({columns}, content='', tokenize='{TOKENIZE}');
            CREATE VIRTUAL TABLE doc_i USING fts5vocab(doc, instance);
            CREATE VIRTUAL TABLE one USING fts5(x, content='', tokenize='{TOKENIZE}');
            CREATE VIRTUAL TABLE one_i USING fts5vocab(one, instance);
            CREATE VIRTUAL TABLE snip USING fts5({columns}, tokenize='{TOKENIZE}');
            """
        )

    def close(self) -> None:
        """Release the in-memory database."""
        self.conn.close()

    def vectors(
        self,
        rows: Sequence[tuple[str, str | None, str]],
        words: Counter[str] | None = None,
        postings: Postings | None = None,
    ) -> list[tuple[str, int]]:
        """``(tsvector literal, token count)`` of each ``(title, standfirst, text)`` row.

        The text is cut at ASCII characters that are not letters or digits (separators for
        unicode61 whatever the Unicode version), and each distinct piece is tokenized by
        SQLite once and remembered: unicode61 and porter work token by token, so the pieces'
        tokens in order are the text's tokens (:meth:`vectors_by_sqlite` tokenizes whole rows;
        the tests check that both agree).

        The literal lists each token occurrence as its own entry (``'a':1 'b':2 'a':3``):
        PostgreSQL merges the entries of a lexeme when it reads the literal, which costs the
        server less than grouping positions costs here. ``words``, when given, gains one for
        each distinct lexeme of each row (the rows holding each word, for bm25's IDF).
        ``postings``, when given, gains the rows' postings and word positions (see
        :class:`Postings`), laid out by numpy from each token's entry number: a Python integer
        per occurrence cost more than the rest of the tokenizing.
        """
        pieces = [[_PIECE.findall(value or "") for value in row] for row in rows]
        if len(self._cache) > _CACHE_SIZE:  # forget everything, before this batch's lookups
            for known in (
                self._cache,
                self._quoted,
                self._entry,
                self._lexeme,
                self._long,
                self._entry_id,
                self._names,
                self._numbers,
                self._chars,
            ):
                known.clear()
            self._table = _PieceTable()
        quoted = self._quoted
        distinct = set(chain.from_iterable(chain.from_iterable(pieces)))
        unknown = [p for p in distinct if p not in quoted]
        if unknown:
            self._learn(sorted(unknown))
            quoted = self._quoted
        lookup = quoted.__getitem__
        entry_id = self._entry_id.__getitem__
        long_pieces = self._long
        held: Counter[str] = Counter()  # rows holding each entry ("'token':")
        # every token occurrence's entry id, and each (row, column)'s number of them
        ids: list[int] = []
        lengths: list[int] = []
        exact: dict[int, dict[int, int]] = {}  # rows whose postings are counted in Python
        given = exact if postings is not None else None
        # with postings that lay out the index rows, the literals of the rest are not written
        binary = postings is not None and postings.first is not None
        literal: list[bool] = []  # whether each row's literal is written
        if binary and words is None:  # only the entry numbers, and the literals' lengths
            assert postings is not None
            return self._binary_vectors(pieces, postings)
        found = []
        for number, row in enumerate(pieces):
            if long_pieces and any(not long_pieces.isdisjoint(column) for column in row):
                found.append(self._merged(row, words, given, number))
                literal.append(True)
                if postings is not None:
                    self._add_ids(row, ids, lengths)
                continue
            parts = []
            count = 0
            seen: set[str] = set()
            capped = False
            size = -1  # the literal's length, when it is not written
            for column in (0, 1, 2):
                entries = list(chain.from_iterable(map(lookup, row[column])))
                lengths.append(len(entries))
                if not entries:
                    continue
                if postings is not None:
                    ids.extend(map(entry_id, entries))
                count += len(entries)
                spots = _SPOTS[column]
                if len(entries) > len(spots):  # past the column's last position: kept there
                    spots = spots + (spots[-1],) * (len(entries) - len(spots))
                    capped = True
                if binary:
                    size += sum(map(len, entries)) + _spot_chars(column, len(entries))
                else:
                    parts.append(" ".join(map(add, entries, spots)))
                if words is not None:
                    seen.update(entries)
            vector = " ".join(parts)
            if max(size, len(vector)) > MAX_VECTOR_CHARS:
                found.append(self._merged(row, words, given, number))
                literal.append(True)
                continue
            held.update(seen)
            found.append((vector, count))
            literal.append(False)
            if capped and postings is not None:  # PostgreSQL keeps one of the equal positions
                exact[number] = self._by_id(self._exact_counts(row))
        if words is not None:
            lexeme = self._lexeme
            for entry, rows_holding in held.items():
                words[lexeme[entry]] += rows_holding
        if postings is not None:
            postings.add_rows(
                np.array(ids, dtype=np.int64),
                np.array(lengths, dtype=np.int64).reshape(-1, 3),
                np.array([n for _, n in found], dtype=np.int64),
                exact,
                self._names,
                literal,
            )
        return found

    def _binary_vectors(
        self, pieces: list[list[list[str]]], postings: Postings
    ) -> list[tuple[str, int]]:
        """:meth:`vectors` for index rows laid out in binary (no literal but for the rare
        rows :meth:`_merged` writes): each token's entry number and each row's literal length
        by numpy from the pieces' numbers (:class:`_PieceTable`), not a Python integer per
        token."""
        table = self._table
        rows = len(pieces)
        columns = list(chain.from_iterable(pieces))
        per_column = np.fromiter(map(len, columns), dtype=np.int64, count=3 * rows)
        flat = list(chain.from_iterable(columns))
        piece = np.fromiter(map(table.number.__getitem__, flat), dtype=np.int64, count=len(flat))
        owner = np.repeat(np.arange(3 * rows), per_column)  # each piece's (row, column)
        tokens = table.count[piece]
        lengths = np.bincount(owner, weights=tokens, minlength=3 * rows).astype(np.int64)
        # each token's entry number: the pieces' token runs, one after another
        total = int(tokens.sum())
        starts = np.repeat(table.start[piece] - (np.cumsum(tokens) - tokens), tokens)
        ids = table.tokens[starts + np.arange(total)]
        by_column = lengths.reshape(-1, 3)
        counts = by_column.sum(axis=1)
        # the literal's length (as :meth:`vectors` writes it), whether a column is past its
        # last position, whether a row holds a token too long to index
        size = np.bincount(owner // 3, weights=table.chars[piece], minlength=rows).astype(np.int64)
        size += _spot_lengths(by_column).sum(axis=1) - 1
        capped = (by_column > _COLUMN_SPOTS).any(axis=1)
        long = np.bincount(owner // 3, weights=table.long[piece], minlength=rows) > 0
        special = long | (size > MAX_VECTOR_CHARS)
        found = [("", n) for n in counts.tolist()]
        literal = special.tolist()
        exact: dict[int, dict[int, int]] = {}
        for number in np.flatnonzero(special).tolist():
            found[number] = self._merged(pieces[number], None, exact, number)
        for number in np.flatnonzero(capped & ~special).tolist():
            # PostgreSQL keeps one of the equal positions
            exact[number] = self._by_id(self._exact_counts(pieces[number]))
        postings.add_rows(ids, by_column, counts, exact, self._names, literal)
        return found

    def _exact_counts(
        self, row: list[list[str]], kept: Iterable[str] | None = None
    ) -> dict[str, int]:
        """Each entry's (``'token':``) column-weighted instance count in a row from its
        positions as PostgreSQL keeps them (:func:`weighted_count`)."""
        where: dict[str, list[int]] = defaultdict(list)
        for column in (0, 1, 2):
            tokens = [t for piece in row[column] for t in self._cache[piece]]
            limit = LIMITS[column]
            for spot, token in enumerate(tokens, BASES[column]):
                where[token].append(min(spot, limit))
        chosen = where if kept is None else kept
        return {
            _quote(t): weighted_count(where[t])
            for t in chosen
            if len(t.encode("utf-8")) <= MAX_LEXEME_BYTES
        }

    def _merged(
        self,
        row: list[list[str]],
        words: Counter[str] | None,
        exact: dict[int, dict[int, int]] | None = None,
        number: int = 0,
    ) -> tuple[str, int]:
        """One row's literal with each lexeme's positions grouped, cut to the size limit and
        without tokens too long to index (the rare rows :meth:`vectors` leaves here); with
        ``exact``, the row's postings counts by entry id under ``number`` (the lexemes it
        keeps only)."""
        count = 0
        entries: dict[str, str] = {}
        # Text first, then standfirst and title in front: each term's positions ascending.
        for column in (2, 1, 0):
            tokens = [t for piece in row[column] for t in self._cache[piece]]
            count += len(tokens)
            spots: dict[str, list[int]] = defaultdict(list)
            for spot, token in enumerate(tokens, BASES[column]):
                spots[token].append(spot)
            limit, weight = LIMITS[column], _SUFFIX[column]
            for token, where in spots.items():
                text = ",".join(f"{min(p, limit)}{weight}" for p in where)
                earlier = entries.get(token)
                entries[token] = f"{text},{earlier}" if earlier else text
        kept: list[str] = []
        size = -1
        for token, positions in entries.items():
            if len(token.encode("utf-8")) > MAX_LEXEME_BYTES:
                continue
            entry = f"'{_escape(token)}':{positions}"
            if size + 1 + len(entry) > MAX_VECTOR_CHARS:
                break  # PostgreSQL's size limit: the entries past it are dropped
            size += 1 + len(entry)
            kept.append(token)
            entries[token] = entry
        if words is not None:
            words.update(kept)
        if exact is not None:
            exact[number] = self._by_id(self._exact_counts(row, kept))
        return " ".join(entries[t] for t in kept), count

    def _by_id(self, counts: dict[str, int]) -> dict[int, int]:
        """Counts by entry (``'token':``) as counts by entry id."""
        return {self._entry_id[entry]: times for entry, times in counts.items()}

    def _add_ids(self, row: list[list[str]], ids: list[int], lengths: list[int]) -> None:
        """Add a row's entry ids and the number of each column's tokens."""
        lookup, entry_id = self._quoted.__getitem__, self._entry_id.__getitem__
        for column in row:
            entries = list(chain.from_iterable(map(lookup, column)))
            lengths.append(len(entries))
            ids.extend(map(entry_id, entries))

    def _learn(self, pieces: list[str]) -> None:
        """Tokenize pieces of text with SQLite and remember their tokens."""
        tokens: dict[int, list[str]] = {}
        with self._lock:
            self.conn.execute("BEGIN")
            try:
                self.conn.executemany(
                    "INSERT INTO one (rowid, x) VALUES (?, ?)", list(enumerate(pieces, start=1))
                )
                for doc, term in self.conn.execute(
                    "SELECT doc, term FROM one_i ORDER BY doc, offset"
                ):
                    tokens.setdefault(doc, []).append(term)
                self.conn.execute("INSERT INTO one (one) VALUES ('delete-all')")
            finally:
                self.conn.execute("COMMIT")
        for number, piece in enumerate(pieces, start=1):
            found = tuple(tokens.get(number, ()))
            self._cache[piece] = found
            if any(len(t.encode("utf-8")) > MAX_LEXEME_BYTES for t in found):
                self._long.add(piece)
            entries = []
            for token in found:
                entry = self._entry.get(token)
                if entry is None:
                    entry = self._entry[token] = f"'{_escape(token)}':"
                    self._lexeme[entry] = token
                    self._entry_id[entry] = len(self._names)
                    self._names.append(token)
                entries.append(entry)
            self._quoted[piece] = tuple(entries)
            self._numbers[piece] = tuple(map(self._entry_id.__getitem__, entries))
            self._chars[piece] = sum(map(len, entries))
        self._table.add(pieces, self._numbers, self._chars, self._long)

    def vectors_by_sqlite(
        self, rows: Sequence[tuple[str, str | None, str]]
    ) -> list[tuple[str, int]]:
        """:meth:`vectors`, with SQLite tokenizing whole rows (slower; the reference)."""
        if not rows:
            return []
        sql = f"""
            SELECT doc, group_concat(entry, ' '), sum(n) FROM (
              SELECT doc, count(*) AS n,
                CASE WHEN length(CAST(term AS BLOB)) > {MAX_LEXEME_BYTES} THEN NULL
                ELSE '''' || replace(replace(term, '\\', '\\\\'), '''', '''''') || ''':'
                     || group_concat(p, ',') END AS entry
              FROM (SELECT doc, term, CASE col
                      WHEN 'title' THEN min(offset + {BASES[0]}, {LIMITS[0]}) || 'A'
                      WHEN 'standfirst' THEN min(offset + {BASES[1]}, {LIMITS[1]}) || 'B'
                      ELSE min(offset + {BASES[2]}, {LIMITS[2]}) END AS p
                    FROM doc_i)
              GROUP BY doc, term)
            GROUP BY doc"""
        found: dict[int, tuple[str, int]] = {}
        with self._lock:
            self.conn.execute("BEGIN")
            try:
                self.conn.executemany(
                    "INSERT INTO doc (rowid, title, standfirst, text) VALUES (?,?,?,?)",
                    [(i, t, s or "", x) for i, (t, s, x) in enumerate(rows, start=1)],
                )
                for doc, vector, count in self.conn.execute(sql):
                    found[doc] = (_cap(vector or ""), int(count))
                self.conn.execute("INSERT INTO doc (doc) VALUES ('delete-all')")
            finally:
                self.conn.execute("COMMIT")
        return [found.get(i, ("", 0)) for i in range(1, len(rows) + 1)]

    def validate(self, query: str) -> None:
        """Raise QueryError when the query is empty or FTS5 rejects it."""
        if not query.strip():
            raise QueryError(query, "the query is empty")
        with self._lock:
            try:
                self.conn.execute("SELECT rowid FROM snip WHERE snip MATCH ? LIMIT 1", (query,))
            except sqlite3.Error as exc:
                raise QueryError(query, str(exc)) from exc

    def tokenize(self, text: str) -> list[str]:
        """The index tokens of a query string, in order."""
        with self._lock:
            self.conn.execute("BEGIN")
            try:
                self.conn.execute("INSERT INTO one (rowid, x) VALUES (1, ?)", (text,))
                tokens = [r[0] for r in self.conn.execute("SELECT term FROM one_i ORDER BY offset")]
                self.conn.execute("INSERT INTO one (one) VALUES ('delete-all')")
            finally:
                self.conn.execute("COMMIT")
        return tokens

    def snippets(
        self, query: str, rows: Iterable[tuple[int, str, str | None, str]]
    ) -> dict[int, str]:
        """SQLite's ``snippet(..., 2, '[', ']', ' … ', 12)`` of each ``(id, title, standfirst,
        text)`` row the query matches."""
        with self._lock:
            self.conn.execute("BEGIN")
            try:
                self.conn.executemany(
                    "INSERT INTO snip (rowid, title, standfirst, text) VALUES (?,?,?,?)",
                    [(i, t, s or "", x) for i, t, s, x in rows],
                )
                found = {
                    int(r[0]): str(r[1])
                    for r in self.conn.execute(
                        "SELECT rowid, snippet(snip, 2, '[', ']', ' … ', 12) FROM snip"
                        " WHERE snip MATCH ?",
                        (query,),
                    )
                }
                self.conn.execute("DELETE FROM snip")
            finally:
                self.conn.execute("COMMIT")
        return found


class _PieceTable:
    """What :meth:`FtsHelper.vectors` knows of each piece of text, by the piece's number, as
    numpy arrays: its tokens' entry numbers (a run in :attr:`tokens` from :attr:`start`,
    :attr:`count` long), their literal entries' total length, whether one is too long to
    index."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}
        self.start = np.zeros(0, dtype=np.int64)
        self.count = np.zeros(0, dtype=np.int64)
        self.chars = np.zeros(0, dtype=np.int64)
        self.long = np.zeros(0, dtype=np.int64)
        self.tokens = np.zeros(0, dtype=np.int64)

    def add(
        self,
        pieces: Sequence[str],
        numbers: dict[str, tuple[int, ...]],
        chars: dict[str, int],
        long: set[str],
    ) -> None:
        """Number new pieces (learnt: in ``numbers``, ``chars`` and ``long``)."""
        known = self.number
        for piece in pieces:
            known[piece] = len(known)
        runs = [numbers[p] for p in pieces]
        count = np.fromiter(map(len, runs), dtype=np.int64, count=len(runs))
        start = len(self.tokens) + np.cumsum(count) - count
        self.start = np.concatenate((self.start, start))
        self.count = np.concatenate((self.count, count))
        self.chars = np.concatenate(
            (self.chars, np.fromiter(map(chars.__getitem__, pieces), np.int64))
        )
        self.long = np.concatenate((self.long, np.fromiter((p in long for p in pieces), np.int64)))
        self.tokens = np.concatenate(
            (self.tokens, np.fromiter(chain.from_iterable(runs), np.int64, int(count.sum())))
        )


def _spot_lengths(by_column: NDArray[np.int64]) -> NDArray[np.int64]:
    """:func:`_spot_chars` of each (row, column)'s token count."""
    found = np.empty_like(by_column)
    for column, chars in enumerate(_SPOT_CHARS_NP):
        counts = by_column[:, column]
        inside = np.minimum(counts, len(chars) - 1)
        past = np.maximum(counts - (len(chars) - 1), 0)
        found[:, column] = chars[inside] + past * (len(_SPOTS[column][-1]) + 1)
    return found


_SPOT_CHARS_NP = tuple(np.array(chars, dtype=np.int64) for chars in _SPOT_CHARS)
_COLUMN_SPOTS = np.array([len(spots) for spots in _SPOTS], dtype=np.int64)


def _quote(token: str) -> str:
    return f"'{_escape(token)}':"


def _escape(token: str) -> str:
    if "'" in token or "\\" in token:
        return token.replace("\\", "\\\\").replace("'", "''")
    return token


def _cap(vector: str) -> str:
    """Keep a tsvector literal under PostgreSQL's size limit (drop the entries past it)."""
    if len(vector) <= MAX_VECTOR_CHARS:
        return vector
    return vector[: vector.rfind(" ", 0, MAX_VECTOR_CHARS)]
