"""The importer interface: one signature per format, registered by name.

An importer gets an :class:`InputSource` (one file, already gunzipped, with byte counting and
UTF-8 decoding that reports the offset of a bad byte) and yields, in file order:

- :class:`~newsbeat.models.Article` records,
- :class:`~newsbeat.exceptions.ImportFailure` records for the parts it could not read (one bad
  record never stops the rest), and
- :class:`DeclaredBeat` records when the file declares a beat (keyword dumps do).

An importer raises :class:`ImportFailure` only when nothing of the file can be read.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple, Protocol

from newsbeat.exceptions import ImportFailure
from newsbeat.extract.cleaning import clean_lines
from newsbeat.extract.outlets import (
    TextClues,
    dates_in_name,
    find_dates,
    infer_year,
    parse_dateline,
    read_clues,
    split_title,
)
from newsbeat.models import Article, Provenance

if TYPE_CHECKING:
    from newsbeat.importers.pages import Page

__all__ = [
    "HEAD_BYTES",
    "DatedSource",
    "DeclaredBeat",
    "ImportItem",
    "ImportOptions",
    "Importer",
    "InputSource",
    "Line",
    "article_from_lines",
    "fill_from_text",
    "register",
    "registry",
]

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 64 * 1024


@dataclass(frozen=True, kw_only=True)
class DeclaredBeat:
    """A beat a file declares (the keyword line of a dump).

    Attributes:
        name: the beat name (its default query is the name, stemmed).
        location: where it was declared (``file: line 1``).
    """

    name: str
    location: str


# An importer yields articles, failures and beat declarations in line.
ImportItem = Article | ImportFailure | DeclaredBeat


@dataclass(frozen=True, kw_only=True)
class ImportOptions:
    """How files are read.

    Attributes:
        max_document_bytes: whole-document formats (HTML, plain text) larger than this fail
            instead of being read into memory. Dumps and JSONL stream and have no limit.
        year_from_mtime: let the file's modification time supply the year of a dateline that
            has none (off by default: a copy or checkout resets mtime, so it is only trusted
            when the user says so).
    """

    max_document_bytes: int = 20 * 1024 * 1024
    year_from_mtime: bool = False


class DatedSource(Protocol):
    """What filling an article from its text needs of where it came from: the dates that give
    a dateline without a year its year (:meth:`InputSource.file_dates`)."""

    def file_dates(self) -> list[date]:
        """Reference dates, nearest first."""


class Line(NamedTuple):
    """One line of an input: 1-based number, byte offset of its start, decoded text.

    ``text`` is None when the line is not valid UTF-8; ``bad_offset`` is then the byte offset
    (from the start of the decompressed file) of the first invalid byte.
    """

    number: int
    offset: int
    text: str | None
    bad_offset: int | None = None


class _CountingReader(io.RawIOBase):
    """Counts the bytes read from the file on disk (progress for gzipped files too)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self.count += size
        return size

    def close(self) -> None:
        self.raw.close()
        super().close()


class InputSource:
    """One input file as importers see it.

    Args:
        path: the file (gzip is detected by its magic bytes and read transparently).
        options: import options.

    Attributes:
        path: the path as given.
        display: the path as the user wrote it, for messages.
        location: the absolute path, stored as provenance.
        name_path: the path without a ``.gz`` suffix (what format sniffing looks at).
    """

    def __init__(self, path: Path, options: ImportOptions | None = None) -> None:
        self.path = path
        self.options = options or ImportOptions()
        self.display = str(path)
        self.location = str(path.resolve())
        self.name_path = path.with_suffix("") if path.suffix.lower() == ".gz" else path
        self._reader: _CountingReader | None = None
        self._done = 0
        self._head: bytes | None = None
        self._file_dates: list[date] | None = None

    @property
    def bytes_read(self) -> int:
        """Bytes of the file on disk read so far (for progress)."""
        return self._done + (self._reader.count if self._reader else 0)

    def mirror_progress(self, bytes_read: int) -> None:
        """Take over :attr:`bytes_read` from a copy of this source read in another process."""
        self._done = bytes_read

    def where(self, position: str | None = None) -> str:
        """``file`` or ``file: position`` for messages."""
        return f"{self.display}: {position}" if position else self.display

    @contextmanager
    def open_binary(self, *, track: bool = True) -> Iterator[BinaryIO]:
        """The decompressed bytes of the file.

        Args:
            track: count the bytes read towards :attr:`bytes_read` (off for look-ahead reads).
        """
        reader = _CountingReader(self.path.open("rb"))
        if track:
            self._reader = reader
        try:
            buffered = io.BufferedReader(reader, buffer_size=256 * 1024)
            if buffered.peek(2)[:2] == GZIP_MAGIC:
                with gzip.GzipFile(fileobj=buffered, mode="rb") as gz:
                    yield gz  # type: ignore[misc]
            else:
                yield buffered
        finally:
            if track:
                self._done += reader.count
                self._reader = None
            reader.close()

    def head(self) -> bytes:
        """The first decompressed bytes (for format sniffing)."""
        if self._head is None:
            with self.open_binary(track=False) as fh:
                self._head = fh.read(HEAD_BYTES)
        return self._head

    def lines(self, *, track: bool = True) -> Iterator[Line]:
        """The file's lines, decoded, with numbers and byte offsets (line ends removed)."""
        offset = 0
        with self.open_binary(track=track) as fh:
            for number, raw in enumerate(fh, start=1):
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield Line(number, offset, None, offset + exc.start)
                else:
                    if number == 1:
                        text = text.removeprefix("\ufeff")
                    yield Line(number, offset, text.rstrip("\r\n"))
                offset += len(raw)

    def read_text(self) -> str:
        """The whole file as text (for one-document formats: HTML, plain text).

        Raises:
            ImportFailure: larger than ``max_document_bytes``, or not valid UTF-8 (naming the
                byte offset).
        """
        limit = self.options.max_document_bytes
        with self.open_binary() as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise ImportFailure(self.display, f"larger than {limit} bytes; not read")
        try:
            return data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise ImportFailure(self.display, invalid_utf8(data, exc.start)) from exc

    def file_dates(self) -> list[date]:
        """Dates in the file's name, else full dates in the file: the reference for a
        dateline's year (and the mtime when ``year_from_mtime`` is set).

        Read lazily, at most once; the file is scanned in one streaming pass only when its
        name holds no date.
        """
        if self._file_dates is None:
            found = dates_in_name(self.name_path.name)
            if not found:  # the name says nothing: read the file's dates (one streaming pass)
                for line in self.lines(track=False):
                    if line.text:
                        found.extend(find_dates(line.text))
            if self.options.year_from_mtime:
                mtime = datetime.fromtimestamp(self.path.stat().st_mtime, UTC)
                found.append(mtime.date())
            self._file_dates = found
        return self._file_dates


def invalid_utf8(data: bytes, start: int, base: int = 0) -> str:
    """The message for invalid UTF-8 at ``start`` of ``data`` (``base`` = offset of data)."""
    line = data.count(b"\n", 0, start) + 1
    return (
        f"invalid UTF-8 at byte offset {base + start} (line {line}, byte 0x{data[start]:02x}); "
        "convert the file to UTF-8"
    )


@dataclass(frozen=True)
class Importer:
    """A file format newsbeat can read.

    Attributes:
        name: the ``--format`` name.
        suffixes: file name suffixes of the format (picked up when a folder is expanded).
        sniff: given the name path (``.gz`` removed) and the first decompressed bytes, whether
            this format fits. Importers are asked in registration order; the first yes wins.
        read: yields articles, :class:`ImportFailure` records and :class:`DeclaredBeat`
            records for the source.
        description: one line for ``--help`` and the docs.
        pages: for formats of web pages (HTML, WARC): yields the pages to extract, as plain
            :class:`~newsbeat.importers.pages.Page` data, with failures in line; ``read`` then
            extracts them one by one, and a backfill extracts them on an executor.
        binary: files of this format may hold NUL bytes (they are sniffed before the check
            that refuses binary files).
    """

    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[Path, bytes], bool]
    read: Callable[[InputSource], Iterator[ImportItem]]
    description: str = ""
    pages: Callable[[InputSource], Iterator[Page | ImportFailure]] | None = None
    binary: bool = False


registry: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    """Add an importer to the registry (keyed by its name)."""
    registry[importer.name] = importer
    return importer


# -- shared by the line-based formats (dumps, plain text) ------------------------------------
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?(\s|$)")
_QUOTE_CHARS = ('"', "“", "”")
STANDFIRST_MAX_CHARS = 300
_ATTRIBUTION = re.compile(
    r"\b(said|says|told|according to|announced|reported|reports|stated|confirmed)\b",
    re.IGNORECASE,
)


def _is_standfirst(line: str, rest: list[str]) -> bool:
    """A standfirst is a short line before the text: at most two sentences, no quotation, no
    attribution (a lead paragraph reports: "..., the union said"), no dateline, and at least
    two paragraphs after it."""
    if len(rest) < 2 or len(line) > STANDFIRST_MAX_CHARS:
        return False
    if parse_dateline(line) is not None or any(q in line for q in _QUOTE_CHARS):
        return False
    if _ATTRIBUTION.search(line):
        return False
    return len(_SENTENCE_END.findall(line)) <= 2


def article_from_lines(
    title_line: str,
    body: list[str],
    *,
    source: InputSource,
    position: str,
) -> Article | None:
    """Build an article from a title line and the body lines that follow it.

    Junk lines are dropped (:mod:`newsbeat.extract.cleaning`), a `` | Section`` title suffix becomes
    the section, metadata lines (by-line, sign-off, copyright) are read and removed
    (:mod:`newsbeat.extract.outlets`), the first short line becomes the standfirst, and the outlet,
    byline and dateline date are inferred from the text.

    Args:
        title_line: the article's first line.
        body: the following lines, one paragraph each (blank lines allowed).
        source: the file (its dates give a dateline's year).
        position: provenance position (``article 3, line 12``).

    Returns:
        The article, or None when no text is left after cleaning.
    """
    title, section = split_title(title_line.strip())
    lines, clues = read_clues(clean_lines(body))
    if not lines or not title:
        return None
    standfirst = None
    if _is_standfirst(lines[0], lines[1:]):
        standfirst, lines = lines[0], lines[1:]
    article = Article(
        title=title,
        text="\n\n".join(lines),
        section=section,
        standfirst=standfirst,
        outlet=clues.outlet,
        byline=clues.byline,
        provenance=[Provenance(location=source.location, position=position)],
    )
    _apply_dateline(article, lines, clues, source)
    return article


def fill_from_text(article: Article, source: DatedSource) -> Article:
    """Fill a structured record's missing outlet, byline and date from its text.

    The text itself is left as given (JSONL and HTML text is not re-cleaned here).

    Args:
        article: an article whose ``outlet``, ``byline`` or ``published`` may be missing.
        source: the file it came from (its dates give a dateline's year).

    Returns:
        The same article.
    """
    if article.outlet and article.byline and article.published:
        return article
    _, clues = read_clues(article.paragraphs)
    if article.outlet is None:
        article.outlet = clues.outlet
    if article.byline is None:
        article.byline = clues.byline
    _apply_dateline(article, article.paragraphs, clues, source)
    return article


def _apply_dateline(
    article: Article, lines: list[str], clues: TextClues, source: DatedSource
) -> None:
    dateline = next((d for d in map(parse_dateline, lines[:2]) if d is not None), None)
    if dateline is None:
        return
    if article.outlet is None and dateline.outlet:
        article.outlet = dateline.outlet
    if article.published or not (dateline.month and dateline.day):
        return
    year = dateline.year or infer_year(
        dateline.month,
        dateline.day,
        [found for line in (article.title, *lines) for found in find_dates(line)],
        source.file_dates,
        clues.copyright_years,
    )
    if year is None:
        return
    try:
        article.published = date(year, dateline.month, dateline.day).isoformat()
    except ValueError:  # Feb. 30 and the like: leave the date empty
        return
    article.published_source = "dateline"
