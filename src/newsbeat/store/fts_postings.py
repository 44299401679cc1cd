"""A batch's postings for PostgreSQL's index, laid out by numpy.

:class:`Postings` is filled by :meth:`~newsbeat.store.fts.FtsHelper.vectors`: per lexeme one
code per row holding it (the row's offset, token count and the lexeme's weighted count there)
and one per occurrence (offset and position), and with a first id the rows' COPY binary index
rows (:mod:`~newsbeat.store.fts_binary`); :class:`PostingsPart` is its picklable content, sent
from a worker process and absorbed into the batch's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from newsbeat.store.fts_binary import fts_rows
from newsbeat.store.fts_layout import BASES, LIMITS, MAX_LENGTH, MAX_POSITIONS

__all__ = ["Postings", "PostingsPart"]


class Postings:
    """A batch's postings, filled by :meth:`FtsHelper.vectors`: per lexeme, one integer per row
    holding it, ``offset << 32 | length << 11 | count`` (``offset``: the row's, given for each
    row in order, e.g. its id less the batch's first; ``length``: its token count,
    :data:`MAX_LENGTH` when at least that; ``count``: the lexeme's column-weighted instance
    count there, :func:`weighted_count`); and per lexeme one integer per occurrence, ``offset
    << 14 | position`` (the position as in the tsvector literal: past a column's last
    position, at that last position; every occurrence, where PostgreSQL keeps 256).

    Both are numpy arrays, built per call of :meth:`FtsHelper.vectors` from the tokens'
    numbers (no Python integer per occurrence), and grouped by lexeme by :meth:`grouped`."""

    def __init__(self, offsets: Sequence[int], *, first: int | None = None) -> None:
        self.offsets = np.asarray(offsets, dtype=np.int64)
        # with ``first`` (the id that offsets count from), each call's index rows are also
        # laid out for COPY binary (:attr:`fts`), but those with a literal
        self.first = first
        self.fts = b""
        self.literal: list[bool] = []  # whether each row of the last call has a literal
        self.rows = 0
        self.names: list[str] = []  # the lexemes, by this batch's own numbers
        self._number: dict[str, int] = {}
        # per call: (lexeme number, code) of each posting, and of each position
        self._postings: list[tuple[NDArray[np.int64], NDArray[np.int64]]] = []
        self._places: list[tuple[NDArray[np.int64], NDArray[np.int64]]] = []

    def add_rows(
        self,
        ids: NDArray[np.int64],
        lengths: NDArray[np.int64],
        counts: NDArray[np.int64],
        exact: dict[int, dict[int, int]],
        names: Sequence[str],
        literal: Sequence[bool] = (),
    ) -> None:
        """Add the next rows: each token occurrence's entry id (``names`` gives its lexeme),
        rows after rows, in each row title, standfirst and text in order; each (row, column)'s
        number of occurrences; each row's token count; the rows whose counts are given (by
        entry id; their other lexemes are left out, as a literal cut to size leaves them);
        and which rows have a literal (left out of :attr:`fts`).
        """
        rows = len(counts)
        self.literal = list(literal)
        offsets = self.offsets[self.rows : self.rows + rows]
        self.rows += rows
        flat = lengths.ravel()
        # each occurrence's row, column and index in its column
        row = np.repeat(np.repeat(np.arange(rows), 3), flat)
        column = np.repeat(np.tile(np.arange(3), rows), flat)
        starts = np.cumsum(flat) - flat
        index = np.arange(len(ids)) - np.repeat(starts, flat)
        position = np.minimum(_BASES[column] + index, _LIMITS[column])
        # the call's lexemes once each, numbered in byte order (a tsvector's order)
        present = np.zeros(len(names), dtype=bool)
        present[ids] = True
        distinct = np.flatnonzero(present)
        inverse = (np.cumsum(present) - 1)[ids]
        encoded = [names[i].encode("utf-8") for i in distinct.tolist()]
        by_bytes = sorted(range(len(encoded)), key=encoded.__getitem__)
        number = np.empty(len(encoded), dtype=np.int64)
        number[by_bytes] = np.arange(len(by_bytes))
        entry = distinct[by_bytes]  # the entry id of each lexeme number
        lexeme = number[inverse]
        small = lexeme.astype(np.uint16) if len(encoded) <= 1 << 16 else lexeme
        order = np.argsort(small, kind="stable")  # then row and position (a radix sort)
        lexeme = lexeme[order]
        row, column, position = row[order], column[order], position[order]
        if self.first is not None:
            self.fts = self._fts(
                offsets, counts, lexeme, row, column, position, [encoded[i] for i in by_bytes]
            )
        if not len(ids):
            return
        weight = _WEIGHT[column]
        new = np.ones(len(lexeme), dtype=bool)
        new[1:] = (lexeme[1:] != lexeme[:-1]) | (row[1:] != row[:-1])
        first = np.flatnonzero(new)  # where each (lexeme, row) starts
        # PostgreSQL keeps a lexeme's first 256 positions in a row (distinct and ascending
        # here, except past a column's last position: those rows are counted in Python)
        sizes = np.diff(np.append(first, len(lexeme)))
        rank = np.arange(len(lexeme)) - np.repeat(first, sizes)
        weight[rank >= MAX_POSITIONS] = 0
        count = np.add.reduceat(weight, first)
        group_lexeme, group_row = lexeme[first], row[first]
        keep = np.ones(len(first), dtype=bool)
        for at, given in exact.items():
            for group in np.flatnonzero(group_row == at).tolist():
                times = given.get(int(entry[group_lexeme[group]]))
                if times is None:
                    keep[group] = False
                else:
                    count[group] = times
        codes = (
            (offsets[group_row] << 32) | (np.minimum(counts[group_row], MAX_LENGTH) << 11) | count
        )
        places = (offsets[row] << 14) | position
        if not keep.all():
            occurrences = np.repeat(keep, sizes)
            codes, group_lexeme = codes[keep], group_lexeme[keep]
            places, lexeme = places[occurrences], lexeme[occurrences]
        # this batch's numbers for the call's lexemes
        known = self._number
        lexemes = self.names
        local = np.zeros(len(entry), dtype=np.int64)
        for at, name in enumerate(names[i] for i in entry.tolist()):
            mine = known.get(name)
            if mine is None:
                mine = known[name] = len(lexemes)
                lexemes.append(name)
            local[at] = mine
        self._postings.append((local[group_lexeme], codes))
        self._places.append((local[lexeme], places))

    def _fts(
        self,
        offsets: NDArray[np.int64],
        counts: NDArray[np.int64],
        lexeme: NDArray[np.int64],
        row: NDArray[np.int64],
        column: NDArray[np.int64],
        position: NDArray[np.int64],
        encoded: list[bytes],
    ) -> bytes:
        """The COPY binary index rows of the rows without a literal, from the occurrences in
        lexeme order (``encoded``: each lexeme's bytes)."""
        assert self.first is not None
        by_row = np.argsort(row.astype(np.int16) if len(counts) < 1 << 15 else row, kind="stable")
        row, lexeme, position = row[by_row], lexeme[by_row], position[by_row]
        weight = _WEIGHT_BITS[column[by_row]]
        if any(self.literal):
            binary = ~np.asarray(self.literal, dtype=bool)
            chosen = binary[row]
            row = (np.cumsum(binary) - 1)[row[chosen]]
            lexeme, position, weight = lexeme[chosen], position[chosen], weight[chosen]
            offsets, counts = offsets[binary], counts[binary]
        return fts_rows(self.first + offsets, counts, row, lexeme, position, weight, encoded)

    def part(self) -> PostingsPart:
        """What :meth:`absorb` takes: the lexemes, each call's postings and positions (for
        sending a chunk's postings from a worker process)."""
        return PostingsPart(list(self.names), list(self._postings), list(self._places))

    def absorb(self, part: PostingsPart) -> None:
        """Add another batch's postings and positions (e.g. a chunk's, tokenized in a
        worker), renumbering its lexemes as :meth:`add_rows` numbers them: the same numbers
        as if those rows had been added here."""
        known = self._number
        lexemes = self.names
        local = np.zeros(len(part.names), dtype=np.int64)
        for at, name in enumerate(part.names):
            mine = known.get(name)
            if mine is None:
                mine = known[name] = len(lexemes)
                lexemes.append(name)
            local[at] = mine
        self._postings.extend((local[n], c) for n, c in part.postings)
        self._places.extend((local[n], c) for n, c in part.places)

    def grouped(self, places: bool = False) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """``(numbers, codes)``: each code with its lexeme's number (:attr:`names`), ordered
        by number and then as added; the postings, or with ``places`` the positions."""
        parts = self._places if places else self._postings
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        numbers = np.concatenate([n for n, _ in parts])
        codes = np.concatenate([c for _, c in parts])
        order = np.argsort(numbers, kind="stable")
        return numbers[order], codes[order]


class PostingsPart(NamedTuple):
    """A :class:`Postings`' content, picklable: its lexemes (by its own numbers) and per call
    of :meth:`Postings.add_rows` the (lexeme number, code) arrays of the postings and of the
    positions."""

    names: list[str]
    postings: list[tuple[NDArray[np.int64], NDArray[np.int64]]]
    places: list[tuple[NDArray[np.int64], NDArray[np.int64]]]


_BASES = np.array(BASES, dtype=np.int64)
_LIMITS = np.array(LIMITS, dtype=np.int64)
_WEIGHT = np.array((5, 2, 1), dtype=np.int64)
_WEIGHT_BITS = np.array((3, 2, 0), dtype=np.int64)  # A, B and D in a tsvector position
