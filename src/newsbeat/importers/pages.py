"""Web pages to extract (saved HTML files, WARC response records) as plain data, and the pure
function that turns a partition of them into articles.

A page importer (``html``, ``warc``) reads its file into :class:`Page` records: the raw bytes
and where they came from, nothing parsed. :func:`extract_pages` decodes and extracts a
partition of them with trafilatura (:func:`newsbeat.extract.article.extract_article`); it holds
no file, store or state, so ``newsbeat backfill`` runs it on an executor (local processes or a
Dask cluster) while ``newsbeat ingest`` calls it page by page in its reader.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from newsbeat.exceptions import ExtractionError, ImportFailure
from newsbeat.extract.cleaning import clean_lines
from newsbeat.extract.outlets import find_dates
from newsbeat.importers.base import ImportItem, InputSource, Page, fill_from_text, invalid_utf8
from newsbeat.models import Article, Provenance

__all__ = ["Page", "decode_html", "extract_page", "extract_pages", "read_pages"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


class _PageDates:
    """A page's reference dates, as :meth:`InputSource.file_dates` gives a file's."""

    def __init__(self, page: Page, html: str) -> None:
        self.page = page
        self.html = html

    def file_dates(self) -> list[date]:
        if self.page.dates:
            return list(self.page.dates)
        return [found for line in self.html.splitlines() for found in find_dates(line)]


def decode_html(data: bytes, where: str, charset: str | None = None) -> str:
    """Decode a page: UTF-8, else the charset its HTTP headers or its ``<meta>`` declare.

    Args:
        data: the page's bytes.
        where: the page, for messages.
        charset: the charset the HTTP headers declared, if any.

    Returns:
        The page as text.

    Raises:
        ImportFailure: neither UTF-8 nor a declared charset decodes it (naming the offset).
    """
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:4096])
        names = [charset] if charset else []
        if declared is not None:
            names.append(declared.group(1).decode("ascii", "replace"))
        for name in names:
            try:
                codec = codecs.lookup(name)
            except LookupError:
                raise ImportFailure(where, f"unknown charset {name!r} declared") from exc
            if codec.name != "utf-8":
                try:
                    return data.decode(codec.name)
                except UnicodeDecodeError as inner:
                    raise ImportFailure(
                        where, f"not valid {name} at byte offset {inner.start}"
                    ) from inner
        raise ImportFailure(where, invalid_utf8(data, exc.start)) from exc


def extract_page(page: Page) -> Article | ImportFailure:
    """The article of one page, or the failure naming the page and what is wrong.

    trafilatura gives the text plus title, author, date and site name (the outlet); junk lines
    are dropped, and a missing outlet, byline or date is filled from the text.
    """
    from newsbeat.extract.article import extract_article  # imports trafilatura: only when needed

    try:
        html = decode_html(page.data, page.where, page.charset)
        article = extract_article(html, url=page.url)
    except ImportFailure as exc:
        return exc
    except ExtractionError as exc:
        reason = str(exc).split(": ", 1)[-1]
        return ImportFailure(page.where, f"no extractable article text ({reason})")
    paragraphs = clean_lines(article.paragraphs)
    if not paragraphs:
        return ImportFailure(page.where, "no extractable article text (only page junk)")
    article.text = "\n\n".join(paragraphs)
    limit = page.max_article_bytes
    if limit and len(article.text) * 4 > limit and len(article.text.encode("utf-8")) > limit:
        return ImportFailure(
            page.where,
            f"extracted text is larger than {limit} bytes (max_article_bytes); not stored",
        )
    if article.url is None and article.canonical_url:
        # a saved page was fetched from somewhere: its own canonical link is where readers
        # find it (the reports, the web UI and --json link to it)
        article.url = article.canonical_url
    seen = {"seen_at": page.fetched_at} if page.fetched_at else {}
    article.provenance = [Provenance(location=page.location, position=page.position, **seen)]
    if page.fetched_at:
        article.fetched_at = page.fetched_at
    return fill_from_text(article, _PageDates(page, html))


def extract_pages(pages: Sequence[Page]) -> list[Article | ImportFailure]:
    """Extract a partition of pages: the pure function an executor's workers run.

    Returns:
        One article or failure per page, in order.
    """
    return [extract_page(page) for page in pages]


def read_pages(
    pages: Callable[[InputSource], Iterator[Page | ImportFailure]],
) -> Callable[[InputSource], Iterator[ImportItem]]:
    """An importer's ``read`` from its ``pages``: each page extracted here, in order."""

    def read(source: InputSource) -> Iterator[ImportItem]:
        for page in pages(source):
            yield page if isinstance(page, ImportFailure) else extract_page(page)

    return read
