"""Copy a whole database to another store, losslessly: SQLite to PostgreSQL and back.

Every table moves row by row with its ids (articles, provenance, beats and their members,
sources, stories with their articles, merges and clustering state, enrichments, analyses,
stage state, fetch failures, alerts and deliveries), so story IDs, alert histories and every
command's ``--json`` stay the same on the copy. The destination must be empty; the whole copy is
one transaction there, so a failure leaves it as empty as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from newsbeat.exceptions import StoreError
from newsbeat.store.base import Store, TableStore, Transactional

if TYPE_CHECKING:
    from newsbeat.json_shapes import CopyJSON

__all__ = ["CopyReport", "copy_store"]


class _Copyable(TableStore, Transactional, Protocol):
    """A store that can be copied from or into."""


@dataclass
class CopyReport:
    """What :func:`copy_store` moved: rows per table, in copy order."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Rows copied in all."""
        return sum(self.rows.values())

    def to_json(self, source: str, destination: str) -> CopyJSON:
        """The public JSON shape of ``newsbeat copy --json``; ``source`` and ``destination``
        as shown to the user (a URL's password masked)."""
        return {
            "source": source,
            "destination": destination,
            "tables": self.rows,
            "total": self.total,
        }


def copy_store(
    source: Store,
    destination: Store,
    *,
    on_table: Callable[[str, int], None] | None = None,
) -> CopyReport:
    """Copy every table of ``source`` into the empty ``destination``, keeping ids.

    Args:
        source: the store to read (left unchanged); its backend must be a TableStore.
        destination: an empty store of the same newsbeat schema (any backend).
        on_table: called with (table, rows) after each table is copied.

    Returns:
        Rows copied per table.

    Raises:
        StoreError: the destination already holds data, the two stores do not have the same
            tables and columns (different newsbeat versions), or a write failed (nothing of the
            copy is kept then).
    """
    if not isinstance(source, TableStore) or not isinstance(destination, TableStore):
        raise StoreError("this store backend cannot be copied (it has no TableStore methods)")
    return _copy(source, destination, on_table)


def _copy(
    source: _Copyable, destination: _Copyable, on_table: Callable[[str, int], None] | None
) -> CopyReport:
    if not destination.is_empty():
        raise StoreError("the destination already holds data; copy needs an empty database")
    tables = source.copy_tables()
    known = set(destination.copy_tables())
    missing = [t for t in tables if t not in known]
    if missing:
        raise StoreError(
            f"the destination has no table {', '.join(missing)}: the two databases are of"
            " different newsbeat versions; open both with the same version first"
        )
    report = CopyReport()
    with destination.transaction():
        for table in tables:
            columns, rows = source.export_rows(table)
            wanted, present = destination.export_rows(table)
            for _ in present:  # empty; read to its end (PostgreSQL streams it on the connection)
                pass
            if set(wanted) != set(columns):
                raise StoreError(
                    f"table {table}: columns differ ({_difference(columns, wanted)}); the two"
                    " databases are of different newsbeat versions"
                )
            report.rows[table] = destination.import_rows(table, columns, rows)
            if on_table is not None:
                on_table(table, report.rows[table])
    return report


def _difference(source: Iterable[str], destination: Iterable[str]) -> str:
    only_source = sorted(set(source) - set(destination))
    only_destination = sorted(set(destination) - set(source))
    parts = []
    if only_source:
        parts.append(f"only in the source: {', '.join(only_source)}")
    if only_destination:
        parts.append(f"only in the destination: {', '.join(only_destination)}")
    return "; ".join(parts)
