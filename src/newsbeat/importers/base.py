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

import re
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO, NamedTuple, Protocol

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
from newsbeat.extract.stamps import first_stamp
from newsbeat.importers.streams import CountingReader, bounded_lines, display_path, open_decoded
from newsbeat.models import Article, Provenance
from newsbeat.settings.sections import IngestSettings

__all__ = [
    "HEAD_BYTES",
    "DatedSource",
    "DeclaredBeat",
    "ImportItem",
    "ImportOptions",
    "Importer",
    "InputSource",
    "Line",
    "Page",
    "article_from_lines",
    "fill_from_text",
    "register",
    "registry",
]

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


_LIMITS = IngestSettings()


@dataclass(frozen=True, kw_only=True)
class ImportOptions:
    """How files are read, and the limits that make a hostile file fail instead of filling
    memory (the defaults are the ``[ingest]`` settings' defaults).

    Attributes:
        max_document_bytes: whole-document formats (HTML, plain text) larger than this fail
            instead of being read into memory.
        max_article_bytes: an article whose text is larger fails (dump articles, JSONL
            records, extracted pages, text files).
        max_line_bytes: a longer line of a dump or JSONL file fails (it is skipped, never
            held whole).
        max_file_bytes: at most this many bytes are read from one file (after decompression).
        max_gzip_ratio: a gzip file expanding more than this many times its compressed size
            stops (a decompression bomb), once past :data:`~newsbeat.importers.streams.RATIO_FLOOR`.
        year_from_mtime: let the file's modification time supply the year of a dateline that
            has none (off by default: a copy or checkout resets mtime, so it is only trusted
            when the user says so).
    """

    max_document_bytes: int = _LIMITS.max_document_bytes
    max_article_bytes: int = _LIMITS.max_article_bytes
    max_line_bytes: int = _LIMITS.max_line_bytes
    max_file_bytes: int = _LIMITS.max_file_bytes
    max_gzip_ratio: float = _LIMITS.max_gzip_ratio
    year_from_mtime: bool = False

    @classmethod
    def from_settings(cls, limits: IngestSettings, **others: bool) -> ImportOptions:
        """The options of the ``[ingest]`` settings (``others``: ``year_from_mtime``)."""
        return cls(
            max_document_bytes=limits.max_document_bytes,
            max_article_bytes=limits.max_article_bytes,
            max_line_bytes=limits.max_line_bytes,
            max_file_bytes=limits.max_file_bytes,
            max_gzip_ratio=limits.max_gzip_ratio,
            **others,
        )


class DatedSource(Protocol):
    """What filling an article from its text needs of where it came from: the dates that give
    a dateline without a year its year (:meth:`InputSource.file_dates`)."""

    def file_dates(self) -> list[date]:
        """Reference dates, nearest first."""


class Line(NamedTuple):
    """One line of an input: 1-based number, byte offset of its start, decoded text.

    ``text`` is None when the line is not valid UTF-8 (``bad_offset`` is then the byte offset,
    from the start of the decompressed file, of the first invalid byte) or longer than
    ``max_line_bytes`` (``too_long`` is then its length in bytes).
    """

    number: int
    offset: int
    text: str | None
    bad_offset: int | None = None
    too_long: int | None = None


@dataclass(frozen=True, kw_only=True)
class Page:
    """One page to extract (plain data, cheap to send to a worker).

    Attributes:
        data: the page's bytes, as stored (HTTP transfer and content encodings removed).
        where: the page for messages: the file, and the record in it.
        location: provenance location (the file's absolute path).
        position: provenance position in the file (``record at offset 1234``), if any.
        url: where the page was fetched from (a WARC record's target URI).
        fetched_at: when it was fetched (ISO 8601 UTC; a WARC record's date).
        charset: the charset its HTTP headers declared, if any.
        dates: reference dates for a dateline without a year (from the file name, a WARC
            record's date); when empty, the dates written in the page are used.
        max_article_bytes: a longer extracted text is refused (``[ingest]``
            ``max_article_bytes``; 0: no limit).
    """

    data: bytes
    where: str
    location: str
    position: str | None = None
    url: str | None = None
    fetched_at: str | None = None
    charset: str | None = None
    dates: tuple[date, ...] = ()
    max_article_bytes: int = 0


class InputSource:
    """One input file as importers see it.

    Args:
        path: the file (gzip is detected by its magic bytes and read transparently).
        options: import options.

    Attributes:
        path: the path as given.
        display: the path as the user wrote it, for messages (unprintable characters such
            as a newline escaped, so a failure stays one line).
        location: the absolute path, stored as provenance.
        name_path: the path without a ``.gz`` suffix (what format sniffing looks at).
    """

    def __init__(self, path: Path, options: ImportOptions | None = None) -> None:
        self.path = path
        self.options = options or ImportOptions()
        self.display = display_path(path)
        self.location = str(path.resolve())
        self.name_path = path.with_suffix("") if path.suffix.lower() == ".gz" else path
        self._reader: CountingReader | None = None
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
        """The file's content as UTF-8 bytes: gunzipped, UTF-16/32 (with a byte order mark)
        transcoded, and bounded by ``max_file_bytes`` and ``max_gzip_ratio`` (past either,
        a read raises :class:`ImportFailure`).

        Args:
            track: count the bytes read towards :attr:`bytes_read` (off for look-ahead reads).
        """
        opened = open_decoded(
            self.path,
            self.display,
            max_file_bytes=self.options.max_file_bytes,
            max_gzip_ratio=self.options.max_gzip_ratio,
        )
        with opened as (stream, disk):
            if track:
                self._reader = disk
            try:
                yield stream
            finally:
                if track:
                    self._done += disk.count
                    self._reader = None

    def head(self) -> bytes:
        """The first decompressed bytes (for format sniffing)."""
        if self._head is None:
            with self.open_binary(track=False) as fh:
                self._head = fh.read(HEAD_BYTES)
        return self._head

    def lines(self, *, track: bool = True) -> Iterator[Line]:
        """The file's lines, decoded, with numbers and byte offsets (line ends removed).

        A line longer than ``max_line_bytes`` comes with ``text=None`` and its length in
        ``too_long``; it is skipped in small reads, never held whole.
        """
        offset = 0
        with self.open_binary(track=track) as fh:
            lines = bounded_lines(fh, self.options.max_line_bytes)
            for number, (raw, size) in enumerate(lines, start=1):
                if raw is None:
                    yield Line(number, offset, None, too_long=size)
                    offset += size
                    continue
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield Line(number, offset, None, offset + exc.start)
                else:
                    if number == 1:
                        text = text.removeprefix("\ufeff")
                    yield Line(number, offset, text.rstrip("\r\n"))
                offset += size

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

    def article_too_large(self, *texts: str | None) -> str | None:
        """Why an article is refused for its size: its texts (text, title, other fields)
        together over ``max_article_bytes`` (None when within)."""
        limit = self.options.max_article_bytes
        present = [t for t in texts if t]
        # Characters are at most 4 bytes in UTF-8: only encode when the count may be over.
        if sum(map(len, present)) * 4 <= limit:
            return None
        if sum(len(t.encode("utf-8")) for t in present) <= limit:
            return None
        return f"larger than {limit} bytes (max_article_bytes)"

    def file_dates(self) -> list[date]:
        """Dates in the file's name, else full dates in the file: the reference for a
        dateline's year (and the mtime when ``year_from_mtime`` is set).

        Read lazily, at most once; the file is scanned in one streaming pass only when its
        name holds no date.
        """
        if self._file_dates is None:
            found = dates_in_name(self.name_path.name)
            if not found:  # the name says nothing: read the file's dates (one streaming pass)
                try:
                    for line in self.lines(track=False):
                        if line.text:
                            found.extend(find_dates(line.text))
                except ImportFailure:
                    pass  # a limit: the dates before it serve; the reading pass reports it
                except (OSError, EOFError, zlib.error):
                    pass  # likewise for a file cut short
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
    stamp = first_stamp(body, not_after=datetime.now(UTC).date())
    lines, clues = read_clues(clean_lines(body))
    if stamp is not None:  # metadata, like the by-line (the junk list drops most stamps)
        lines = [line for line in lines if line != stamp.line]
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
    if stamp is not None:  # the outlet's own full date: no year to guess, unlike a dateline's
        article.published, article.published_source = stamp.day.isoformat(), "stamp"
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


def _read_on(article: Article) -> date:
    """The day the article was fetched or imported (today for an import under way)."""
    for stamp in (article.fetched_at, article.imported_at):
        if stamp:
            try:
                return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
            except ValueError:
                continue
    return datetime.now(UTC).date()


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
        _read_on(article),
    )
    if year is None:
        return
    try:
        article.published = date(year, dateline.month, dateline.day).isoformat()
    except ValueError:  # Feb. 30 and the like: leave the date empty
        return
    article.published_source = "dateline"
