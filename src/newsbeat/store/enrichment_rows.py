"""An enrichment as rows of its four tables and back, shared by the backends.

Both backends store what the enrich stage found in the same tables with the same columns
(``entities``, ``quotes``, ``claims``, ``relations``, each keyed by ``article_id``), so the
record-to-row and row-to-record mapping is written once here; a backend only runs the SQL,
with its own placeholder (``?`` or ``%s``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsbeat.models import Claim, Enrichment, Entity, Quote, Relation

__all__ = [
    "ENTITIES_PART",
    "PARTS",
    "Part",
    "build_enrichment",
    "insert_sql",
    "part_rows",
    "select_sql",
]


@dataclass(frozen=True)
class Part:
    """One table of an enrichment: its columns (after ``article_id``) and the mapping."""

    table: str
    columns: tuple[str, ...]
    to_row: Callable[[Any], tuple[object, ...]]
    from_row: Callable[[Sequence[Any], int, str | None], Any]

    def items(self, enrichment: Enrichment) -> list[Any]:
        """The enrichment's records stored in this table."""
        found: list[Any] = getattr(enrichment, self.table)
        return found


_SLOT_FIELDS = (
    "hedge", "role", "event", "subject", "place", "voice", "occasion", "carried", "recipient"
)  # fmt: skip


def _slot(stored: str | None) -> dict[str, str]:
    """A claim's slot fields from its ``slot`` column (JSON; NULL before slots were read)."""
    if not stored:
        return {}
    try:
        found = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: str(v) for k, v in found.items() if k in _SLOT_FIELDS and v}


def _speakers(stored: str | None) -> tuple[str, ...]:
    """A quote's joint speakers from its ``speakers`` column (JSON; NULL for one or none)."""
    if not stored:
        return ()
    try:
        found = json.loads(stored)
    except ValueError:
        return ()
    return tuple(str(n) for n in found) if isinstance(found, list) else ()


PARTS: tuple[Part, ...] = (
    Part(
        "entities",
        ("name", "type", "mentions", "role"),
        lambda e: (e.name, e.type, e.mentions, e.role),
        lambda r, aid, outlet: Entity(name=r[0], type=r[1], mentions=r[2], role=r[3]),
    ),
    Part(
        "quotes",
        ("text", "speaker", "via", "kind", "sentence", "speakers"),
        lambda q: (
            q.text,
            q.speaker,
            q.via,
            q.kind,
            q.sentence,
            json.dumps(list(q.speakers), ensure_ascii=False) if q.speakers else None,
        ),
        lambda r, aid, outlet: Quote(
            text=r[0],
            speaker=r[1],
            via=r[2],
            kind=r[3],
            sentence=r[4],
            article_id=aid,
            outlet=outlet,
            speakers=_speakers(r[5]),
        ),
    ),
    Part(
        "claims",
        ("what", "low", "high", "exact", "unit", "claimant", "sentence", "time_ref", "slot"),
        lambda c: (
            c.what,
            c.low,
            c.high,
            int(c.exact),
            c.unit,
            c.claimant,
            c.sentence,
            c.time_ref,
            json.dumps(c.slot, ensure_ascii=False) if c.slot else None,
        ),
        lambda r, aid, outlet: Claim(
            what=r[0],
            low=r[1],
            high=r[2],
            exact=bool(r[3]),
            unit=r[4],
            claimant=r[5],
            sentence=r[6],
            time_ref=r[7],
            article_id=aid,
            outlet=outlet,
            **_slot(r[8]),
        ),
    ),
    Part(
        "relations",
        ("type", "source", "target", "date", "evidence", "negated"),
        lambda r: (r.type, r.source, r.target, r.date, r.evidence, int(r.negated)),
        lambda r, aid, outlet: Relation(
            type=r[0],
            source=r[1],
            target=r[2],
            date=r[3],
            evidence=r[4],
            negated=bool(r[5]),
            article_id=aid,
            outlet=outlet,
        ),
    ),
)
# the entities part alone (:meth:`~newsbeat.store.record_sql.SqlRecords.get_enrichment_entities`)
ENTITIES_PART = PARTS[0]


def insert_sql(part: Part, placeholder: str) -> str:
    """``INSERT INTO table (article_id, ...) VALUES (...)`` with the backend's placeholder."""
    names = ("article_id", *part.columns)
    return (
        f"INSERT INTO {part.table} ({', '.join(names)})"
        f" VALUES ({', '.join([placeholder] * len(names))})"
    )


def select_sql(part: Part, placeholder: str, order: str = "id") -> str:
    """The part's columns of one article, in stored order (``order``: the backend's insertion
    order column; entities have no id in SQLite, so it passes ``rowid``)."""
    return (
        f"SELECT {', '.join(part.columns)} FROM {part.table}"
        f" WHERE article_id = {placeholder} ORDER BY {order}"
    )


def part_rows(enrichment: Enrichment) -> Iterator[tuple[Part, list[tuple[object, ...]]]]:
    """Each part with its rows (``article_id`` first) for the enrichment."""
    aid = enrichment.article_id
    for part in PARTS:
        yield part, [(aid, *part.to_row(item)) for item in part.items(enrichment)]


def build_enrichment(
    article_id: int,
    *,
    skipped_reason: str | None,
    version: str | None,
    outlet: str | None,
    rows: Mapping[str, Sequence[Sequence[Any]]],
) -> Enrichment:
    """The enrichment from its head and the rows of each part (by table name)."""
    found = {
        part.table: [part.from_row(row, article_id, outlet) for row in rows.get(part.table, ())]
        for part in PARTS
    }
    return Enrichment(
        article_id=article_id,
        skipped_reason=skipped_reason,
        version=version,
        entities=found["entities"],
        quotes=found["quotes"],
        claims=found["claims"],
        relations=found["relations"],
    )
