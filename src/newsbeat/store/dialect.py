"""What both stores write alike but for their SQL dialect: the article filters of
``iter_articles`` and the search hits of a ranked page, written once for SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsbeat.models import SearchHit

__all__ = ["POSTGRES", "SQLITE", "Dialect", "HitRow", "article_filters", "search_hits"]


@dataclass(frozen=True)
class Dialect:
    """A backend's placeholder and how it tests ``id`` against a list of ids."""

    param: str
    ids_clause: str  # ``id`` in the list given as one parameter

    def ids_value(self, ids: Iterable[int]) -> object:
        """The one parameter of :attr:`ids_clause`."""
        values = [int(i) for i in ids]
        return json.dumps(values) if self is SQLITE else values


SQLITE = Dialect("?", "id IN (SELECT value FROM json_each(?))")
POSTGRES = Dialect("%s", "id = ANY(%s)")

# A hit's article fields: title, outlet, published, url, snippet.
HitRow = tuple[str, str | None, str | None, str | None, str]


def article_filters(
    dialect: Dialect,
    *,
    beat: str | None,
    since: str | None,
    ids: Iterable[int] | None,
    include_duplicates: bool,
) -> tuple[list[str], list[object]]:
    """The WHERE conditions (joined by AND) and parameters of ``iter_articles``' filters."""
    p = dialect.param
    where: list[str] = []
    params: list[object] = []
    if beat is not None:
        where.append(f"id IN (SELECT article_id FROM beat_articles WHERE beat = {p})")
        params.append(beat)
    if since is not None:
        where.append(f"coalesce(published, imported_at, fetched_at) >= {p}")
        params.append(since)
    if ids is not None:
        where.append(dialect.ids_clause)
        params.append(dialect.ids_value(ids))
    if not include_duplicates:
        where.append("duplicate_of IS NULL")
    return where, params


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
