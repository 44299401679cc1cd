"""WARC files (``.warc``, ``.warc.gz``): web archives, read with ``warcio``.

Each ``response`` record with a 2xx HTTP status and HTML content becomes a page to extract
(:class:`~newsbeat.importers.pages.Page`): its ``WARC-Target-URI`` is the article's URL, its
``WARC-Date`` the fetch time, and the record's byte offset in the file (compressed offset for
``.warc.gz``, as CDX indexes give it) its provenance position. Other records (requests,
metadata, revisits, redirects, images) are skipped.

A record that cannot be read is one failure naming the file and the record's offset; reading
goes on at the next record found after it (the next gzip member, or the next ``WARC/1.x``
line), so one damaged record does not cost the rest of the archive.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from newsbeat.exceptions import ImportFailure
from newsbeat.extract.outlets import dates_in_name
from newsbeat.importers.base import Importer, InputSource, register
from newsbeat.importers.pages import Page, read_pages
from newsbeat.importers.streams import GZIP_MAGIC

__all__ = ["WARC", "warc_pages"]

log = logging.getLogger(__name__)

_SUFFIXES = (".warc",)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SCAN_CHUNK = 1 << 20


def _sniff(path: Path, head: bytes) -> bool:
    return path.suffix.lower() in _SUFFIXES or head.startswith((b"WARC/1.0", b"WARC/1.1"))


def _iso(value: str | None) -> str | None:
    """A WARC-Date (``2026-03-02T10:00:00Z``) as newsbeat writes times (ISO 8601, UTC)."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0).isoformat()


def _page(record: Any, source: InputSource, offset: int, name_dates: list[date]) -> Page | None:
    """The page of a response record with HTML content, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    if not status.startswith("2") or not url:
        return None
    limit = source.options.max_document_bytes
    where = source.where(f"record at offset {offset} ({url})")
    if content_type and not content_type.startswith(_HTML_TYPES):
        return None
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        raise ImportFailure(where, f"larger than {limit} bytes; not read")
    if not content_type and b"<html" not in data[:2048].lower():
        return None
    charset = None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            charset = value.strip("\"' ")
    fetched = _iso(record.rec_headers.get_header("WARC-Date"))
    dates = [datetime.fromisoformat(fetched).date()] if fetched else []
    return Page(
        data=data,
        where=where,
        location=source.location,
        position=f"record at offset {offset}",
        url=url,
        fetched_at=fetched,
        charset=charset,
        dates=tuple(name_dates + dates),
        max_article_bytes=source.options.max_article_bytes,
    )


def warc_pages(source: InputSource) -> Iterator[Page | ImportFailure]:
    """The HTML pages of a WARC file, with a failure for each record that cannot be read.

    Args:
        source: the file (``.warc`` or ``.warc.gz``).

    Yields:
        Pages in file order, and failures naming the file and the record's byte offset.
    """
    from warcio.archiveiterator import ArchiveIterator  # imported only for WARC files

    name_dates = dates_in_name(source.name_path.name)
    with source.path.open("rb") as fh:
        compressed = fh.read(2) == GZIP_MAGIC
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            records = ArchiveIterator(fh)  # its offsets are positions in the file
            try:
                for record in records:
                    # the record's start (get_record_offset() would first read it to its end)
                    offset = records.offset
                    try:
                        page = _page(record, source, offset, name_dates)
                    except ImportFailure as exc:
                        yield exc
                        continue
                    source.mirror_progress(fh.tell())
                    if page is not None:
                        yield page
                start = None
            except Exception as exc:  # warcio raises several types on damaged input
                failed = max(records.offset, start)
                yield ImportFailure(
                    source.where(f"record at offset {failed}"),
                    f"unreadable WARC record ({type(exc).__name__}: {exc}); skipped to the next",
                )
                start = _next_record(fh, failed + 1, compressed)
        source.mirror_progress(source.path.stat().st_size)


def _next_record(fh: BinaryIO, after: int, compressed: bool) -> int | None:
    """Where the next record may start at or after ``after`` (None: nowhere): the next gzip
    member that holds a WARC header, or the next ``WARC/1.`` (a false start fails again and is
    skipped the same way)."""
    marker = GZIP_MAGIC + b"\x08" if compressed else b"WARC/1."
    position, carry = after, b""
    fh.seek(position)
    while chunk := fh.read(_SCAN_CHUNK):
        data = carry + chunk
        base = position - len(carry)
        found = data.find(marker)
        while found >= 0:
            at = base + found
            if at >= after and (not compressed or _gzip_starts_warc(fh, at)):
                return at
            found = data.find(marker, found + 1)
        carry = data[-(len(marker) - 1) :]
        position += len(chunk)
        fh.seek(position)
    return None


def _gzip_starts_warc(fh: BinaryIO, at: int) -> bool:
    """Whether a gzip member starting at ``at`` decompresses to a WARC record header."""
    here = fh.tell()
    try:
        fh.seek(at)
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        head = member.decompress(fh.read(4096), 16)
        return head.startswith(b"WARC/")
    except zlib.error:
        return False
    finally:
        fh.seek(here)


WARC = register(
    Importer(
        name="warc",
        suffixes=_SUFFIXES,
        sniff=_sniff,
        read=read_pages(warc_pages),
        description="a web archive (WARC, WARC.gz): its HTML responses, extracted",
        pages=warc_pages,
        binary=True,
    )
)
