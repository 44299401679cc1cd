"""The :class:`~newsbeat.store.base.ArticleStore` reads both stores share, written once over the
SQL dialect: one article, the articles in id order (filtered, in pages), counts and the URL
check. Adding articles is each backend's own (SQLite's FTS5 triggers, PostgreSQL's COPY).

A mixin of both stores, which give their :class:`~newsbeat.store.dialect.Dialect` and their
statement runner ``_x``; it comes first among the store's bases, before the stubs of
:class:`~newsbeat.store.pg_base.PgBase`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from newsbeat.exceptions import NotFoundError
from newsbeat.language import article_language, language_tag
from newsbeat.models import Article, Provenance
from newsbeat.store.dialect import Dialect

__all__ = [
    "NEW_ARTICLE_COLUMNS",
    "PAGE_ROWS",
    "SqlArticles",
    "articles_query",
    "new_article_values",
]

_ARTICLE_COLUMNS = (
    "id, url, canonical_url, outlet, section, title, standfirst, byline, published, "
    "published_source, language, text, fetched_at, imported_at, duplicate_of, text_status"
)
PAGE_ROWS = 500
# what both stores write for a new article, in this order (the id is the store's own)
NEW_ARTICLE_COLUMNS = (
    "url, canonical_url, identity_url, content_hash, outlet, section, title, standfirst,"
    " byline, published, published_source, language, text, fetched_at, imported_at,"
    " text_status"
)


def new_article_values(a: Article, now: str, digest: str) -> tuple[object, ...]:
    """The values of :data:`NEW_ARTICLE_COLUMNS` for a new article whose content hash is
    ``digest``; an article neither fetched nor given an import time is imported ``now``.

    Every ingest path stores through here, so this is where an article's language is decided
    (:func:`~newsbeat.language.article_language`: its title and lead, else what the page
    declares)."""
    return (
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
        article_language(a.title, a.text, a.language, a.standfirst),
        a.text,
        a.fetched_at,
        a.imported_at or (None if a.fetched_at else now),
        a.text_status,
    )


def _filters(
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
        where.append(dialect.among("id"))
        params.append(dialect.ids_value(ids))
    if not include_duplicates:
        where.append("duplicate_of IS NULL")
    return where, params


def articles_query(where: Sequence[str]) -> str:
    """The articles' columns of the rows meeting every condition of ``where``, by id."""
    found = f"SELECT {_ARTICLE_COLUMNS} FROM articles"
    if where:
        found += " WHERE " + " AND ".join(where)
    return found + " ORDER BY id"


class SqlArticles:
    """One article, articles in id order, their count, and whether a URL is stored."""

    dialect: Dialect

    if TYPE_CHECKING:  # the store's own (declared only: a stub here would shadow it)

        def _x(self, sql: str, params: Sequence[object] | None = None) -> Any: ...

    def get_article(self, article_id: int) -> Article:
        """One article with its provenance and beats; raises NotFoundError."""
        found = list(self.iter_articles(ids=[article_id]))
        if not found:
            raise NotFoundError("article", article_id)
        return found[0]

    def iter_articles(
        self,
        *,
        beat: str | None = None,
        since: str | None = None,
        ids: Iterable[int] | None = None,
        include_duplicates: bool = True,
        after_id: int | None = None,
    ) -> Iterator[Article]:
        """Articles in id order, optionally filtered (``since`` compares ``published``)."""
        where, params = _filters(
            self.dialect, beat=beat, since=since, ids=ids, include_duplicates=include_duplicates
        )
        for rows in self._article_pages(where, params, after_id):
            yield from self._hydrate(rows)

    def _article_pages(
        self, where: list[str], params: list[object], after_id: int | None
    ) -> Iterator[Sequence[Sequence[Any]]]:
        """The rows of the articles meeting ``where`` past ``after_id``, in pages by id
        (keyset: a large store streams instead of loading at once, and no cursor stays open
        between two pages; SQLite reads its one cursor in pages instead)."""
        p = self.dialect.param
        last = after_id
        while True:
            page_where = [*where, f"id > {p}"] if last is not None else where
            page_params = [*params, last] if last is not None else params
            sql = articles_query(page_where) + f" LIMIT {PAGE_ROWS}"
            rows = self._x(sql, page_params).fetchall()
            if rows:
                yield rows
            if len(rows) < PAGE_ROWS:
                return
            last = rows[-1][0]

    def _hydrate(self, rows: Sequence[Sequence[Any]]) -> list[Article]:
        """The articles of ``rows`` (:data:`_ARTICLE_COLUMNS`) with their provenance and beats."""
        d = self.dialect
        ids = [row[0] for row in rows]
        listed = (d.list_value(ids),)
        provenance: dict[int, list[Provenance]] = {i: [] for i in ids}
        for p in self._x(
            "SELECT article_id, location, position, seen_at FROM provenance"
            f" WHERE {d.among('article_id')} ORDER BY seen_at, location, position",
            listed,
        ):
            provenance[p[0]].append(Provenance(location=p[1], position=p[2] or None, seen_at=p[3]))
        beats: dict[int, list[str]] = {i: [] for i in ids}
        for b in self._x(
            f"SELECT article_id, beat FROM beat_articles WHERE {d.among('article_id')}"
            " ORDER BY beat",
            listed,
        ):
            beats[b[0]].append(b[1])
        # Each field by position: building a dict of names per row cost a tenth more.
        return [
            Article(
                id=r[0],
                url=r[1],
                canonical_url=r[2],
                outlet=r[3],
                section=r[4],
                title=r[5],
                standfirst=r[6],
                byline=r[7],
                published=r[8],
                published_source=r[9],
                language=_stored_language(r[10], r[5], r[11], r[6]),
                text=r[11],
                fetched_at=r[12],
                imported_at=r[13],
                duplicate_of=r[14],
                text_status=r[15],
                provenance=provenance[r[0]],
                beats=beats[r[0]],
            )
            for r in rows
        ]

    def count_articles(self, *, beat: str | None = None) -> int:
        """How many articles are stored (in a beat)."""
        if beat is None:
            return int(self._x("SELECT count(*) FROM articles").fetchone()[0])
        return int(
            self._x(
                f"SELECT count(*) FROM beat_articles WHERE beat = {self.dialect.param}", (beat,)
            ).fetchone()[0]
        )

    def has_url(self, url: str) -> bool:
        """Whether an article with this identity URL (or fetched URL) is stored."""
        p = self.dialect.param
        row = self._x(
            f"SELECT 1 FROM articles WHERE identity_url = {p} OR url = {p} LIMIT 1", (url, url)
        ).fetchone()
        return row is not None


def _stored_language(
    stored: str | None, title: str, text: str, standfirst: str | None
) -> str | None:
    """The language of a stored article: the column as stored (its language subtag), or, for
    a row stored before languages were detected (NULL), detected now from its title and lead.

    Detecting on read, not in a migration: migrations are SQL on both backends, and the
    detection costs ~0.05 ms for the rows that need it, so old databases need no rewrite. A
    language a page declared in a database of then is kept as it was stored.
    """
    return language_tag(stored) or article_language(title, text, None, standfirst)
