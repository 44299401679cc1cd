"""Importers: files on disk -> articles, a registry keyed by format, auto-detected.

Formats, in the order auto-detection asks them: ``warc`` (web archives), ``jsonl``, ``html``,
``dump`` (keyword dumps), ``text``. Paths may be files, folders (searched recursively for files
with a known suffix, hidden files skipped) or glob patterns; gzip is read transparently (``.gz``
or by its magic bytes). Every problem is an :class:`~newsbeat.exceptions.ImportFailure` naming
the file (and line or byte offset) that the caller records before going on with the rest.

Typical use::

    for item in read_inputs(["dumps/", "extra/*.jsonl.gz"]):
        ...  # Article | ImportFailure | DeclaredBeat
"""

from __future__ import annotations

import glob
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsbeat.exceptions import ImportFailure, UnknownFormatError
from newsbeat.importers import dump, html, jsonl, text, warc
from newsbeat.importers.base import (
    DeclaredBeat,
    Importer,
    ImportItem,
    ImportOptions,
    InputSource,
    registry,
)
from newsbeat.importers.streams import display_path

__all__ = [
    "DeclaredBeat",
    "ImportItem",
    "ImportOptions",
    "Importer",
    "InputSource",
    "detect",
    "expand_paths",
    "format_names",
    "read_inputs",
    "read_source",
    "registry",
]

# Registration order is the auto-detection order (each module registers itself on import).
log = logging.getLogger(__name__)

_DETECTION_ORDER = (warc.WARC, jsonl.JSONL, html.HTML, dump.DUMP, text.TEXT)
_GLOB_CHARS = frozenset("*?[")
_BINARY_SAMPLE = 8192


def format_names() -> list[str]:
    """The ``--format`` names."""
    return list(registry)


def _suffixes() -> set[str]:
    return {suffix for importer in registry.values() for suffix in importer.suffixes}


def _importable(path: Path) -> bool:
    name = path.with_suffix("") if path.suffix.lower() == ".gz" else path
    return name.suffix.lower() in _suffixes()


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[ImportFailure]]:
    """Expand files, folders and glob patterns into the files to read.

    Folders are searched recursively for files with an importable suffix (``.txt``, ``.dump``,
    ``.jsonl``, ``.ndjson``, ``.html``, ``.htm``, ... optionally ``.gz``); hidden files and
    folders are skipped. A file named explicitly is always read (its format is detected).
    A file reached twice is read once.

    Args:
        paths: what the user named.

    Returns:
        The files in order, and a failure for each path that is missing, matches nothing, or
        is a folder with nothing importable.
    """
    files: list[Path] = []
    failures: list[ImportFailure] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        path = Path(given)
        if not path.exists() and _GLOB_CHARS & set(str(given)):
            matches = sorted(glob.glob(str(given), recursive=True))
            if not matches:
                failures.append(ImportFailure(display_path(given), "no file matches this pattern"))
            for match in matches:
                matched = Path(match)
                if matched.is_dir():
                    failures.extend(_expand_dir(matched, add))
                elif _importable(matched):
                    add(matched)
            continue
        if path.is_dir():
            failures.extend(_expand_dir(path, add))
        elif path.is_file():
            add(path)
        elif path.exists():
            failures.append(ImportFailure(display_path(given), "not a regular file"))
        else:
            failures.append(ImportFailure(display_path(given), "no such file or directory"))
    return files, failures


def _expand_dir(folder: Path, add: Callable[[Path], None]) -> list[ImportFailure]:
    found = [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not _hidden(p, folder) and _importable(p)
    ]
    if not found:
        known = ", ".join(sorted(_suffixes()))
        return [
            ImportFailure(
                display_path(folder),
                f"folder has nothing importable (looked for {known}, also .gz)",
            )
        ]
    for p in found:
        add(p)
    return []


def detect(source: InputSource) -> Importer:
    """The importer for a file, from its name and first bytes.

    Raises:
        ImportFailure: the file is empty, binary or cannot be decompressed.
        UnknownFormatError: no importer recognises it.
    """
    try:
        head = source.head()
    except (OSError, EOFError, zlib.error) as exc:
        # A WARC.gz is a series of gzip members: one damaged member must not hide the others
        # (the WARC reader names it and goes on), so its first member alone may identify it.
        first = _first_gzip_member(source.path)
        for importer in _DETECTION_ORDER:
            if first and importer.binary and importer.sniff(source.name_path, first):
                return importer
        raise ImportFailure(source.display, f"cannot read: {exc}") from exc
    if not head.strip():
        raise ImportFailure(source.display, "empty file: nothing to import")
    for importer in _DETECTION_ORDER:
        if importer.binary and importer.sniff(source.name_path, head):
            return importer
    nul = head.find(b"\x00", 0, _BINARY_SAMPLE)
    if nul >= 0:
        raise ImportFailure(
            source.display,
            f"binary file (NUL byte at offset {nul}), not text; "
            "expected a dump, JSONL, HTML, WARC or text file",
        )
    for importer in _DETECTION_ORDER:
        if not importer.binary and importer.sniff(source.name_path, head):
            return importer
    raise UnknownFormatError(
        source.display,
        "unknown format (not a dump, JSONL, HTML, WARC or text file); use --format "
        + "|".join(format_names()),
    )


def _first_gzip_member(path: Path) -> bytes:
    """The start of a gzip file's first member, decompressed ("" when there is none)."""
    try:
        with path.open("rb") as fh:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(fh.read(_BINARY_SAMPLE), 64)
    except (OSError, zlib.error):
        return b""


def read_source(source: InputSource, fmt: str | None = None) -> Iterator[ImportItem]:
    """Read one file with the named importer, or the detected one.

    Args:
        source: the file.
        fmt: a format name from :data:`registry`, or None to detect it.

    Yields:
        Articles, failures and beat declarations. A file that cannot be read at all yields
        one failure; a read error mid-file yields the articles read so far, then a failure.

    Raises:
        ValueError: ``fmt`` is not a known format.
    """
    if fmt is not None and fmt not in registry:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(format_names())})")
    try:
        importer = registry[fmt] if fmt else detect(source)
        if fmt:
            source.head()  # surfaces unreadable or corrupt files with a clear message
        yield from importer.read(source)
    except ImportFailure as exc:
        yield exc
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile, truncated gzip
        yield ImportFailure(source.display, f"cannot read: {exc}")
    except (RecursionError, MemoryError, ValueError, LookupError, TypeError) as exc:
        # A bug an input found: one file fails, the batch goes on (details in the debug log).
        log.debug("%s: unexpected error", source.display, exc_info=True)
        yield ImportFailure(
            source.display,
            f"cannot read: unexpected {type(exc).__name__} ({exc}); please report it",
        )


def read_inputs(
    paths: Iterable[str | Path],
    fmt: str | None = None,
    *,
    options: ImportOptions | None = None,
) -> Iterator[ImportItem]:
    """Read everything the paths name (files, folders, globs; gzip transparently).

    Args:
        paths: files, folders or glob patterns.
        fmt: force one format for every file; None detects each file's format.
        options: how files are read.

    Yields:
        Articles, failures (one per bad path, file, line or article) and beat declarations,
        in file order. Files are streamed: only one article is held at a time.
    """
    files, failures = expand_paths(paths)
    yield from failures
    for path in files:
        yield from read_source(InputSource(path, options), fmt)
