"""Ingest: files on disk -> the store, in batches, streaming, recording every failure.

Articles are stored in batches of ``batch_size``, each batch in one transaction: a process
killed mid-way leaves whole batches and nothing half-written, and rerunning the same ingest
completes it (articles already stored only gain provenance, so there are no duplicates). A
beat a dump declares is created (with its default query) before that dump's articles are
stored, so they join it at once; an existing beat keeps its query.

A store that can prepare a batch before it stores it (PostgreSQL's ``prepare_articles``:
tokenizing in its worker processes) is handed each full batch first and given it to store
once the next one is full: it prepares a batch while it writes the one before.

Files are parsed while the main thread stores, with a bounded hand-over queue, so memory stays
flat however large the input: in a reading thread for small inputs, in a child process for
large ones (parsing is pure Python and holds the GIL, so only a process lets parsing and
storing use both cores; below a few megabytes, starting one costs more than it saves).

Given an executor (``newsbeat backfill``), the pages of web-page formats (HTML files, WARC
records) are instead read here as plain data and extracted in partitions on the executor
(:func:`~newsbeat.importers.pages.extract_pages`: local processes or a Dask cluster); their
articles come back in file order and are stored here like any other.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import queue
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from newsbeat.beats import define_beat
from newsbeat.exceptions import ImportFailure, NotFoundError, QueryError
from newsbeat.extract.outlets import outlet_key, preferred_outlet
from newsbeat.importers import (
    DeclaredBeat,
    Importer,
    ImportItem,
    ImportOptions,
    InputSource,
    detect,
    expand_paths,
    read_source,
    registry,
)
from newsbeat.importers.pages import Page, extract_pages
from newsbeat.models import Article
from newsbeat.store import ArticleStore, BeatStore

if TYPE_CHECKING:
    from newsbeat.executors import Executor
    from newsbeat.json_shapes import IngestReportJSON

__all__ = ["DEFAULT_BATCH_SIZE", "IngestProgress", "IngestReport", "OutletNames", "ingest"]

log = logging.getLogger(__name__)

# Articles per transaction. FTS5 writes one index segment per commit and merges them later;
# 2,000 (about 4 MB of text) gave ~15% more articles/s than 500 in `newsbeat bench ingest`.
DEFAULT_BATCH_SIZE = 2000


@dataclass(frozen=True, kw_only=True)
class IngestProgress:
    """Where an ingest is, for progress bars.

    Attributes:
        files_done: files finished.
        files_total: files to read.
        bytes_done: bytes of the files on disk read so far.
        bytes_total: total size of the files on disk.
        new: articles stored so far.
        existing: articles that were already stored.
        failed: failures so far.
        current: the file being read.
    """

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    new: int
    existing: int
    failed: int
    current: str | None = None


@dataclass(kw_only=True)
class IngestReport:
    """What an ingest did.

    Attributes:
        files: files read.
        new: articles stored for the first time.
        existing: articles that were already stored (they gained a provenance).
        failures: one per bad path, file, line or article, each naming where and why.
        beats_created: beats declared by dumps and created by this ingest.
        new_ids: ids of the new articles.
        seconds: wall time.
    """

    files: int = 0
    new: int = 0
    existing: int = 0
    failures: list[ImportFailure] = field(default_factory=list)
    beats_created: list[str] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        """How many failures were recorded."""
        return len(self.failures)

    def to_json(self) -> IngestReportJSON:
        """The JSON shape of ``newsbeat ingest --json`` (a stable contract)."""
        return {
            "files": self.files,
            "new": self.new,
            "existing": self.existing,
            "failed": self.failed,
            "failures": [{"location": f.location, "reason": f.reason} for f in self.failures],
            "beats_created": list(self.beats_created),
            "seconds": round(self.seconds, 3),
        }


class OutletNames:
    """One spelling per outlet across the store.

    Spellings that differ only in case, punctuation or a leading "the" name one outlet
    (:func:`~newsbeat.extract.outlets.outlet_key`); a capitalised leading "The" wins, else the first
    spelling stored (:func:`~newsbeat.extract.outlets.preferred_outlet`). When a preferred spelling
    arrives after another was stored, the stored articles are renamed, so the result does not
    depend on the order files are read in.

    Args:
        store: the store whose outlet names are kept consistent.
    """

    def __init__(self, store: ArticleStore) -> None:
        self.store = store
        self.names: dict[str, str] = {}
        for name in store.outlet_names():
            self._register(name)

    def _register(self, name: str) -> None:
        key = outlet_key(name)
        if not key:
            return
        known = self.names.get(key)
        if known is None:
            self.names[key] = name
            return
        keep = preferred_outlet(known, name)
        if keep != known:
            renamed = self.store.rename_outlet(known, keep)
            log.info("outlet %r is now spelled %r (%d articles)", known, keep, renamed)
            self.names[key] = keep
        elif name != known:
            self.store.rename_outlet(name, keep)  # a stored stray spelling, if any

    def canonicalise(self, articles: Iterable[Article]) -> None:
        """Give each article the one spelling of its outlet (renaming stored ones if needed)."""
        batch = [a for a in articles if a.outlet]
        for article in batch:
            assert article.outlet is not None
            self._register(article.outlet)
        for article in batch:
            assert article.outlet is not None
            article.outlet = self.names.get(outlet_key(article.outlet), article.outlet)


class _IngestStore(ArticleStore, BeatStore, Protocol):
    """What ingesting needs: articles (and their outlet names), and beats declared by dumps."""


class _Ingester:
    def __init__(
        self,
        store: _IngestStore,
        batch_size: int,
        progress: Callable[[IngestProgress], None] | None,
    ) -> None:
        self.store = store
        self.batch_size = max(1, batch_size)
        self.progress = progress
        self.report = IngestReport()
        self.batch: list[Article] = []
        # a full batch handed to the store early (prepare_articles), stored after the next
        # one is handed over: the store tokenizes a batch while it writes the one before
        self.held: list[Article] = []
        self.prepare: Callable[[Sequence[Article]], bool] | None = getattr(
            store, "prepare_articles", None
        )
        self.files_total = 0
        self.bytes_total = 0
        self.bytes_before = 0
        self.source: InputSource | None = None
        self.outlets = OutletNames(store)

    def fail(self, failure: ImportFailure) -> None:
        log.info("%s", failure)
        self.report.failures.append(failure)

    def advance(self) -> None:
        """The batch is full: store it, or hand it to the store to prepare and store the
        one held before it (the store then tokenizes this one while it writes that one)."""
        batch, self.batch = self.batch, []
        if self.prepare is not None and self.prepare(batch):
            held, self.held = self.held, batch
            if held:
                self.store_batch(held)
        else:
            self.flush()
            self.store_batch(batch)

    def flush(self) -> None:
        """Store every article read so far."""
        held, self.held = self.held, []
        batch, self.batch = self.batch, []
        if held and batch and self.prepare is not None:
            self.prepare(batch)
        for articles in (held, batch):
            if articles:
                self.store_batch(articles)

    def store_batch(self, batch: list[Article]) -> None:
        self.outlets.canonicalise(batch)
        result = self.store.add_articles(batch)
        self.report.new += len(result.new_ids)
        self.report.existing += len(result.existing_ids)
        self.report.new_ids.extend(result.new_ids)
        self.notify()

    def declare(self, beat: DeclaredBeat) -> None:
        try:
            self.store.get_beat(beat.name)
            return
        except NotFoundError:
            pass
        self.flush()  # articles read before the declaration are stored first
        try:
            define_beat(self.store, beat.name)
        except QueryError as exc:
            self.fail(ImportFailure(beat.location, f"keyword cannot be a beat: {exc}"))
            return
        self.report.beats_created.append(beat.name)

    def notify(self) -> None:
        if self.progress is None:
            return
        current = self.source
        self.progress(
            IngestProgress(
                files_done=self.report.files,
                files_total=self.files_total,
                bytes_done=self.bytes_before + (current.bytes_read if current else 0),
                bytes_total=self.bytes_total,
                new=self.report.new,
                existing=self.report.existing,
                failed=self.report.failed,
                current=current.display if current else None,
            )
        )

    def take(self, source: InputSource, item: ImportItem | None) -> None:
        """Handle one item read from ``source`` (None: the file is finished)."""
        if item is None:
            self.report.files += 1
            self.bytes_before += _size(source.path)
            self.source = None
            self.notify()
        elif isinstance(item, Article):
            self.source = source
            self.batch.append(item)
            if len(self.batch) >= self.batch_size:
                self.advance()
        elif isinstance(item, DeclaredBeat):
            self.source = source
            self.declare(item)
        else:
            self.fail(item)


_CHUNK = 256  # items handed over at once by the reader
_QUEUE_CHUNKS = 16  # read-ahead limit, in chunks (bounds memory)
_PROCESS_MIN_BYTES = 8 * 1024 * 1024  # smaller inputs are parsed in a thread
_END = "end"

# (index of the source, bytes of it read so far, item or None when the file is finished)
_Entry = tuple[int, int, ImportItem | None]


def _produce(sources: list[InputSource], fmt: str | None, put: Callable[[object], bool]) -> None:
    """Read every source, handing over chunks of entries, then the end marker."""
    try:
        for index, source in enumerate(sources):
            chunk: list[_Entry] = []
            for item in read_source(source, fmt):
                chunk.append((index, source.bytes_read, item))
                if len(chunk) >= _CHUNK:
                    if not put(chunk):
                        return
                    chunk = []
            chunk.append((index, source.bytes_read, None))
            if not put(chunk):
                return
        put(_END)
    except BaseException as exc:  # handed to the caller, who re-raises it
        put(exc)


def _produce_in_child(
    handoff: multiprocessing.Queue[object],
    paths: list[Path],
    options: ImportOptions | None,
    fmt: str | None,
) -> None:
    """The child process's side of :func:`_read_ahead`."""

    def put(chunk: object) -> bool:
        handoff.put(chunk)
        return True

    _produce([InputSource(p, options) for p in paths], fmt, put)


def _read_ahead(
    sources: list[InputSource], fmt: str | None, options: ImportOptions | None
) -> Iterator[tuple[InputSource, ImportItem | None]]:
    """Read the sources while the caller stores: ``(source, item)`` in file order,
    ``(source, None)`` when a file is finished."""
    if sum(_size(s.path) for s in sources) >= _PROCESS_MIN_BYTES:
        entries = _entries_from_child(sources, fmt, options)
    else:
        entries = _entries_from_thread(sources, fmt)
    for index, bytes_read, item in entries:
        source = sources[index]
        source.mirror_progress(bytes_read)
        yield source, item


def _entries_from_thread(sources: list[InputSource], fmt: str | None) -> Iterator[_Entry]:
    handoff: queue.Queue[object] = queue.Queue(maxsize=_QUEUE_CHUNKS)
    stop = threading.Event()

    def put(chunk: object) -> bool:
        while not stop.is_set():
            try:
                handoff.put(chunk, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    # The thread reads its own copies so that progress is only set from this side.
    copies = [InputSource(s.path, s.options) for s in sources]
    reader = threading.Thread(
        target=_produce, args=(copies, fmt, put), name="newsbeat-ingest-reader", daemon=True
    )
    reader.start()
    try:
        yield from _drain(handoff.get)
    finally:
        stop.set()
        reader.join()


def _entries_from_child(
    sources: list[InputSource], fmt: str | None, options: ImportOptions | None
) -> Iterator[_Entry]:
    # spawn, not fork: the parent may hold threads and an open database.
    context = multiprocessing.get_context("spawn")
    handoff: multiprocessing.Queue[object] = context.Queue(maxsize=_QUEUE_CHUNKS)
    child = context.Process(
        target=_produce_in_child,
        args=(handoff, [s.path for s in sources], options, fmt),
        name="newsbeat-ingest-reader",
        daemon=True,
    )
    child.start()
    try:
        yield from _drain(handoff.get)
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        handoff.close()


def _drain(get: Callable[[], object]) -> Iterator[_Entry]:
    while True:
        chunk = get()
        if isinstance(chunk, str) and chunk == _END:
            return
        if isinstance(chunk, BaseException):
            raise chunk
        yield from cast(list[_Entry], chunk)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


_PAGES_PER_PARTITION = 8  # pages extracted per executor task (~0.3 s of work)
_MIN_PARALLEL_PAGES = 8  # fewer pages in all are extracted here, starting no worker

# (the source, a page to extract or an item as read, None when the file is finished)
_PageEntry = tuple[InputSource, Page | ImportItem | None]


def _split_page_files(
    sources: list[InputSource], fmt: str | None
) -> tuple[list[InputSource], list[tuple[InputSource, Importer]]]:
    """The sources read as usual, and those of a web-page format with their importer."""
    plain: list[InputSource] = []
    paged: list[tuple[InputSource, Importer]] = []
    for source in sources:
        try:
            importer = registry[fmt] if fmt else detect(source)
        except (ImportFailure, OSError, EOFError, zlib.error):
            plain.append(source)  # read_source reports what is wrong with it
            continue
        if importer.pages is not None:
            paged.append((source, importer))
        else:
            plain.append(source)
    return plain, paged


def _page_entries(paged: list[tuple[InputSource, Importer]]) -> Iterator[_PageEntry]:
    for source, importer in paged:
        assert importer.pages is not None
        try:
            for item in importer.pages(source):
                yield source, item
        except ImportFailure as exc:
            yield source, exc
        except (OSError, EOFError, zlib.error) as exc:
            yield source, ImportFailure(source.display, f"cannot read: {exc}")
        yield source, None


def _extracted(
    paged: list[tuple[InputSource, Importer]], executor: Executor
) -> Iterator[tuple[InputSource, ImportItem | None]]:
    """The pages' articles (extracted on the executor) and the other items, in file order."""
    blocks: deque[list[_PageEntry]] = deque()

    def partitions() -> Iterator[list[Page]]:
        block: list[_PageEntry] = []
        for entry in _page_entries(paged):
            block.append(entry)
            pages = [item for _, item in block if isinstance(item, Page)]
            if len(pages) >= _PAGES_PER_PARTITION:
                blocks.append(block)
                yield pages
                block = []
        if block:
            blocks.append(block)
            yield [item for _, item in block if isinstance(item, Page)]

    parts = partitions()
    head = list(itertools.islice(parts, 2))
    few = len(head) < 2 and sum(map(len, head)) < _MIN_PARALLEL_PAGES
    if few and not executor.remote:
        results: Iterator[list[Article | ImportFailure]] = iter(map(extract_pages, head))
    else:
        results = executor.map(extract_pages, itertools.chain(head, parts))
    for extracted in results:
        found = iter(extracted)
        for source, item in blocks.popleft():
            yield source, next(found) if isinstance(item, Page) else item


def ingest(
    store: _IngestStore,
    paths: Iterable[str | Path],
    *,
    fmt: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[IngestProgress], None] | None = None,
    options: ImportOptions | None = None,
    executor: Executor | None = None,
) -> IngestReport:
    """Import files, folders and globs into the store.

    Args:
        store: where articles go.
        paths: files, folders (searched recursively) or glob patterns; gzip is read
            transparently.
        fmt: force one format (``dump``, ``jsonl``, ``html``, ``text``); None detects each.
        batch_size: articles per transaction.
        progress: called after each batch and each file.
        options: how files are read.
        executor: extract the pages of HTML and WARC files on it, after the other files are
            stored (None: in the reader, in file order).

    Returns:
        Counts of new and already-stored articles, and every failure (path, file, line or
        article, with the reason). Failures never stop the rest of the batch.

    Raises:
        ValueError: ``fmt`` is not a known format.
        StoreError: the database cannot be written (nothing of the failing batch is stored).
    """
    if fmt is not None and fmt not in registry:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(registry)})")
    started = time.perf_counter()
    ingester = _Ingester(store, batch_size, progress)
    files, failures = expand_paths(paths)
    for failure in failures:
        ingester.fail(failure)
    ingester.files_total = len(files)
    ingester.bytes_total = sum(_size(p) for p in files)
    ingester.notify()
    sources = [InputSource(p, options) for p in files]
    paged: list[tuple[InputSource, Importer]] = []
    if executor is not None:
        sources, paged = _split_page_files(sources, fmt)
    for source, item in _read_ahead(sources, fmt, options):
        ingester.take(source, item)
    if paged:
        assert executor is not None
        for source, item in _extracted(paged, executor):
            ingester.take(source, item)
    ingester.flush()
    ingester.report.seconds = time.perf_counter() - started
    return ingester.report
