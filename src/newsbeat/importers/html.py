"""HTML files: one saved page, extracted by :func:`newsbeat.extract.article.extract_article`.

The page is decoded as UTF-8, or with the charset its ``<meta>`` declares when it is not UTF-8.
trafilatura gives the text plus title, author, date and site name (the outlet); a missing
outlet, byline or date is then filled from the text (:mod:`newsbeat.extract.outlets`).
A page without extractable text is one failure naming the file.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from newsbeat.exceptions import ExtractionError, ImportFailure
from newsbeat.extract.cleaning import clean_lines
from newsbeat.importers.base import (
    Importer,
    ImportItem,
    InputSource,
    fill_from_text,
    invalid_utf8,
    register,
)
from newsbeat.models import Provenance

__all__ = ["HTML", "decode_html"]

_SUFFIXES = (".html", ".htm", ".xhtml")
_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in _SUFFIXES:
        return True
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    return start.startswith(b"<") and any(marker in start for marker in _MARKERS)


def decode_html(data: bytes, where: str) -> str:
    """Decode a page: UTF-8, else the charset its ``<meta>`` declares.

    Args:
        data: the page's bytes.
        where: the file, for messages.

    Returns:
        The page as text.

    Raises:
        ImportFailure: neither UTF-8 nor a declared charset decodes it (naming the offset).
    """
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:4096])
        if declared is not None:
            name = declared.group(1).decode("ascii", "replace")
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


def read_html(source: InputSource) -> Iterator[ImportItem]:
    """Read one saved HTML page.

    Args:
        source: the file.

    Yields:
        The article.

    Raises:
        ImportFailure: the page cannot be decoded or holds no extractable text.
    """
    from newsbeat.extract.article import extract_article  # imports trafilatura: only when needed

    limit = source.options.max_document_bytes
    with source.open_binary() as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ImportFailure(source.display, f"larger than {limit} bytes; not read")
    html = decode_html(data, source.display)
    try:
        article = extract_article(html)
    except ExtractionError as exc:
        reason = str(exc).removeprefix("HTML page: ")
        raise ImportFailure(source.display, f"no extractable article text ({reason})") from exc
    paragraphs = clean_lines(article.paragraphs)
    if not paragraphs:
        raise ImportFailure(source.display, "no extractable article text (only page junk)")
    article.text = "\n\n".join(paragraphs)
    if (too_large := source.article_too_large(article.text)) is not None:
        raise ImportFailure(source.display, f"extracted text is {too_large}; not stored")
    article.provenance = [Provenance(location=source.location)]
    yield fill_from_text(article, source)


HTML = register(
    Importer(
        name="html",
        suffixes=_SUFFIXES,
        sniff=_sniff,
        read=read_html,
        description="a saved HTML page (trafilatura extraction)",
    )
)
