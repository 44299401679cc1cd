"""What sets the stores' SQL apart: each backend's :class:`Dialect` (its placeholder, how it
tests a value against a list given as one parameter, its null-safe comparisons, the column its
rows were stored in the order of), and what both searches build alike: the hits of a ranked
page.

The SQL written once for both stores (:mod:`article_sql`, :mod:`record_sql`,
:mod:`alert_sql`, :mod:`beat_sql`) takes its dialect-dependent words from here; a backend
module keeps only what truly differs (its driver, locks, search and ingest)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsbeat.models import SearchHit
from newsbeat.store.tables import HIDDEN_ORDER

__all__ = ["POSTGRES", "SQLITE", "Dialect", "HitRow", "search_hits"]


@dataclass(frozen=True)
class Dialect:
    """A backend's SQL words where SQLite's and PostgreSQL's differ."""

    param: str  # the placeholder
    in_list: str  # ``{}`` (a column) is in the list given as one parameter (:meth:`list_value`)
    same: str  # null-safe ``=``: true when both sides are NULL
    differs: str  # null-safe ``<>``
    nulls_first: str  # what an ascending ORDER BY term needs to put NULLs first
    # ``{0}`` (a column) is not among the ``{2}`` column of table ``{1}``: each backend's
    # fastest form (SQLite reads the subquery once into an index; PostgreSQL hashes NOT IN
    # only while the subquery fits in work_mem, and plans NOT EXISTS as an anti-join)
    not_in: str
    # the column giving the order a table's rows were stored in, where it is not ``id``
    hidden_order: Mapping[str, str] = field(default_factory=dict)

    def among(self, column: str) -> str:
        """``column`` is one of the values of the list given as one parameter."""
        return self.in_list.format(column)

    def list_value(self, values: Iterable[object]) -> object:
        """The one parameter of :meth:`among` holding ``values``."""
        found = list(values)
        return json.dumps(found) if self is SQLITE else found

    def ids_value(self, ids: Iterable[int]) -> object:
        """The one parameter of ``among("id")`` holding article ids."""
        return self.list_value(int(i) for i in ids)

    def absent(self, column: str, table: str, key: str) -> str:
        """``column`` has no row in ``table`` whose ``key`` holds its value."""
        return self.not_in.format(column, table, key)

    def stored_order(self, table: str) -> str:
        """The column ordering ``table``'s rows as they were stored (SQLite's rowid)."""
        return self.hidden_order.get(table, "id")

    def marks(self, count: int) -> str:
        """``count`` placeholders, comma-separated (a row's ``VALUES``)."""
        return ",".join([self.param] * count)

    def upsert(
        self,
        table: str,
        columns: Sequence[str],
        key: Sequence[str],
        *,
        replace: Sequence[str] | None = None,
        also: Sequence[str] = (),
    ) -> str:
        """``INSERT`` of one row of ``columns`` that, where a row with the same ``key`` is
        stored, gives it the new row's ``replace`` columns (every column but the key when
        None) and does the assignments ``also``."""
        kept = [c for c in columns if c not in key] if replace is None else replace
        assignments = [*(f"{c} = excluded.{c}" for c in kept), *also]
        return (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({self.marks(len(columns))})"
            f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {', '.join(assignments)}"
        )


SQLITE = Dialect(
    "?",
    "{} IN (SELECT value FROM json_each(?))",
    same="IS",
    differs="IS NOT",
    nulls_first="",  # SQLite sorts NULLs first already
    not_in="{0} NOT IN (SELECT {2} FROM {1})",
    hidden_order=dict.fromkeys(HIDDEN_ORDER, "rowid"),
)
POSTGRES = Dialect(
    "%s",
    "{} = ANY(%s)",
    same="IS NOT DISTINCT FROM",
    differs="IS DISTINCT FROM",
    nulls_first=" NULLS FIRST",
    not_in="NOT EXISTS (SELECT 1 FROM {1} WHERE {1}.{2} = {0})",
    hidden_order=HIDDEN_ORDER,
)

# A hit's article fields: title, outlet, published, url, snippet.
HitRow = tuple[str, str | None, str | None, str | None, str]


def search_hits(ranked: Sequence[tuple[int, float]], rows: Mapping[int, HitRow]) -> list[SearchHit]:
    """The hits of a ranked page (article id, score), in rank order, from their articles'
    fields; an article gone since it was ranked is left out."""
    return [
        SearchHit(
            article_id=article_id,
            title=rows[article_id][0],
            outlet=rows[article_id][1],
            published=rows[article_id][2],
            url=rows[article_id][3],
            snippet=rows[article_id][4],
            score=score,
        )
        for article_id, score in ranked
        if article_id in rows
    ]
