"""The byte streams under the importers: counted, bounded, decompressed and transcoded.

:func:`open_decoded` opens one input file as UTF-8 bytes, whatever it was on disk:

- gzip (by its magic bytes) is decompressed as it is read, never all at once;
- at most ``max_file_bytes`` come out of one file, and a gzip file that expands more than
  ``max_gzip_ratio`` times its compressed size (checked once more than :data:`RATIO_FLOOR`
  bytes have come out) is a decompression bomb: both stop the file with an
  :class:`~newsbeat.exceptions.ImportFailure` while what came before stays read;
- UTF-16 and UTF-32 files with a byte order mark are transcoded to UTF-8 on the fly.

:func:`bounded_lines` splits such a stream into lines of at most ``limit`` bytes: a longer line
is skipped in small reads (never held whole) and reported by its size.
"""

from __future__ import annotations

import codecs
import gzip
import io
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO, cast

from newsbeat.exceptions import ImportFailure

__all__ = [
    "GZIP_MAGIC",
    "RATIO_FLOOR",
    "CountingReader",
    "bounded_lines",
    "display_path",
    "open_decoded",
]

GZIP_MAGIC = b"\x1f\x8b"
# Below this many decompressed bytes the gzip ratio is not checked: small files of repeated
# text legitimately compress very well, and the read-ahead of the compressed side makes the
# ratio of the first megabytes meaningless.
RATIO_FLOOR = 32 * 1024 * 1024
_SKIP_READ = 1024 * 1024
_TRANSCODE_READ = 64 * 1024

# Byte order marks, longest first (a UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def display_path(path: str | Path) -> str:
    """A path as messages show it: characters that are not printable (a newline, a tab, a
    terminal escape) are written as escapes, so a failure stays on its one line."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class CountingReader(io.RawIOBase):
    """Counts the bytes read from the file on disk (progress, and the gzip ratio)."""

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


class _Limited(io.RawIOBase):
    """The decompressed bytes, stopped at ``limit`` bytes or past ``ratio`` × compressed."""

    def __init__(
        self,
        inner: io.BufferedIOBase,
        where: str,
        *,
        limit: int,
        ratio: float | None,
        compressed: CountingReader,
    ) -> None:
        self.inner = inner
        self.where = where
        self.limit = limit
        self.ratio = ratio
        self.compressed = compressed
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        room = self.limit - self.count
        if room <= 0:
            if self.inner.read(1):
                what = "decompressed " if self.ratio is not None else ""
                raise ImportFailure(
                    self.where,
                    f"more than {self.limit} bytes {what}(max_file_bytes); stopped there,"
                    " what was read before is kept",
                )
            return 0
        view = memoryview(buffer)[: min(len(buffer), room)]
        size = self.inner.readinto(view)
        self.count += size
        if (
            self.ratio is not None
            and self.count > RATIO_FLOOR
            and self.count > self.ratio * self.compressed.count
        ):
            raise ImportFailure(
                self.where,
                f"gzip data expands more than {self.ratio:g} times its compressed size"
                f" (max_gzip_ratio; a decompression bomb?); stopped after {self.count} bytes,"
                " what was read before is kept",
            )
        return size


class _Transcoder(io.RawIOBase):
    """UTF-16 or UTF-32 bytes (with their byte order mark) as UTF-8, decoded as they come."""

    def __init__(self, inner: io.BufferedIOBase, codec: str, name: str, where: str) -> None:
        self.inner = inner
        self.decoder = codecs.getincrementaldecoder(codec)("strict")
        self.name = name
        self.where = where
        self.consumed = 0
        self.pending = memoryview(b"")
        self.done = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        chunk = self.inner.read(_TRANSCODE_READ)
        held = len(self.decoder.getstate()[0])
        try:
            text = self.decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            offset = self.consumed - held + exc.start
            raise ImportFailure(
                self.where,
                f"invalid {self.name} at byte offset {offset} ({exc.reason});"
                " convert the file to UTF-8",
            ) from None
        self.consumed += len(chunk)
        self.pending = memoryview(text.encode("utf-8"))
        self.done = not chunk

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self.pending and not self.done:
            self._fill()
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size


@contextmanager
def open_decoded(
    path: Path,
    where: str,
    *,
    max_file_bytes: int,
    max_gzip_ratio: float,
) -> Iterator[tuple[BinaryIO, CountingReader]]:
    """The file's content as UTF-8 bytes (see the module docstring), and its disk counter.

    Args:
        path: the file.
        where: the file as messages name it.
        max_file_bytes: most bytes that may come out (after decompression).
        max_gzip_ratio: largest decompressed/compressed ratio of a gzip file.

    Yields:
        A buffered binary stream, and the reader counting the bytes taken from disk.
    """
    with ExitStack() as stack:
        disk = CountingReader(path.open("rb"))
        stack.callback(disk.close)
        buffered = io.BufferedReader(disk, buffer_size=256 * 1024)
        inner: io.BufferedIOBase = buffered
        ratio: float | None = None
        if buffered.peek(2)[:2] == GZIP_MAGIC:
            inner = stack.enter_context(gzip.GzipFile(fileobj=buffered, mode="rb"))
            ratio = max_gzip_ratio
        limited = _Limited(inner, where, limit=max_file_bytes, ratio=ratio, compressed=disk)
        stream: io.BufferedReader = io.BufferedReader(limited, buffer_size=256 * 1024)
        start = stream.peek(4)[:4]
        for bom, codec, name in _BOMS:
            if start.startswith(bom):
                transcoder = _Transcoder(stream, codec, name, where)
                stream = io.BufferedReader(transcoder, buffer_size=256 * 1024)
                break
        yield cast(BinaryIO, stream), disk


def _skip_line(stream: BinaryIO) -> int:
    """Read past the end of the current line in small reads; how many bytes were skipped."""
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_READ)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """The stream's lines (with their line ends), each at most ``limit`` bytes.

    Yields:
        ``(line, size)``: ``line`` is None for a line longer than ``limit`` (skipped without
        holding it), ``size`` its length in bytes.
    """
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            yield None, len(raw) + _skip_line(stream)
        else:
            yield raw, len(raw)
