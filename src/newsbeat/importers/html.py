"""HTML files: one saved page, extracted by :func:`newsbeat.extract.article.extract_article`.

The page is decoded as UTF-8, or with the charset its ``<meta>`` declares when it is not UTF-8.
trafilatura gives the text plus title, author, date and site name (the outlet); a missing
outlet, byline or date is then filled from the text (:mod:`newsbeat.extract.outlets`).
A page without extractable text is one failure naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsbeat.exceptions import ImportFailure
from newsbeat.extract.outlets import dates_in_name
from newsbeat.importers.base import Importer, InputSource, register
from newsbeat.importers.pages import Page, decode_html, read_pages

__all__ = ["HTML", "decode_html", "html_pages"]

_SUFFIXES = (".html", ".htm", ".xhtml")
_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article")


def _sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in _SUFFIXES:
        return True
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    return start.startswith(b"<") and any(marker in start for marker in _MARKERS)


def html_pages(source: InputSource) -> Iterator[Page | ImportFailure]:
    """The page of one saved HTML file (extracted later, here or on an executor).

    Args:
        source: the file.

    Yields:
        The page.

    Raises:
        ImportFailure: the file is larger than ``max_document_bytes``.
    """
    limit = source.options.max_document_bytes
    with source.open_binary() as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ImportFailure(source.display, f"larger than {limit} bytes; not read")
    dates = source.file_dates() if _dated_without_reading(source) else []
    yield Page(
        data=data,
        where=source.display,
        location=source.location,
        dates=tuple(dates),
        max_article_bytes=source.options.max_article_bytes,
    )


def _dated_without_reading(source: InputSource) -> bool:
    """Whether the file's reference dates need no pass over its text (the name or the
    modification time gives them): then they are read here; else the extraction reads the
    page's own dates."""
    return bool(dates_in_name(source.name_path.name)) or source.options.year_from_mtime


HTML = register(
    Importer(
        name="html",
        suffixes=_SUFFIXES,
        sniff=_sniff,
        read=read_pages(html_pages),
        description="a saved HTML page (trafilatura extraction)",
        pages=html_pages,
    )
)
