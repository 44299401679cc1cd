"""Fuzz targets: any bytes in, and newsbeat must answer cleanly (``newsbeat bench fuzz``).

Each target takes raw bytes (the shape a coverage-guided fuzzer such as atheris hands over) and
raises :class:`FuzzFailure` (or lets an unexpected exception escape) only when newsbeat did
something it must never do:

- ``importers``: the bytes as a file (format, ``.gz`` and small limits picked by the first
  bytes) through :func:`~newsbeat.importers.read_source`: only articles, declared beats and
  one-line failures may come out; never an exception, never the "unexpected" safety net.
- ``query``: the bytes as a search query: its translation for the keyword search sources
  (:mod:`newsbeat.collect.query`) raises only QuerySyntaxError,
  :func:`~newsbeat.query.query_shape` never raises,
  :func:`~newsbeat.query.check_query` raises only QueryError, and a store runs what passes
  within its budget or raises a QueryError.
- ``since``: :func:`~newsbeat.since.parse_since` returns an ISO bound or raises ValueError.
- ``claims``: the range logic of numeric claims: ``classify_ranges`` is symmetric and
  reflexive, ``format_range`` always has words for a finite range, a hedge's range contains
  its value.

The hypothesis tests (``tests/test_fuzz_properties.py``) call these targets; the regression
test replays every input kept under ``tests/fixtures/fuzz/<target>/``.
"""

from __future__ import annotations

import contextlib
import gzip
import math
import struct
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from newsbeat.exceptions import ImportFailure, QueryError
from newsbeat.importers import DeclaredBeat, ImportOptions, InputSource, read_source
from newsbeat.models import Article, Claim
from newsbeat.query import check_query, query_shape
from newsbeat.settings import SearchSettings
from newsbeat.since import parse_since

__all__ = ["KNOWN_ISSUES", "TARGETS", "FuzzFailure"]

# Found by these targets and not yet fixed: name -> what fails (skipped by the targets until
# fixed). "claims-huge" (inf from a 309-digit number, an overflowing midpoint) is fixed.
KNOWN_ISSUES: dict[str, str] = {}

_NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
_FORMATS: tuple[tuple[str | None, str], ...] = (
    (None, ".txt"),
    (None, ".jsonl"),
    (None, ".html"),
    (None, ""),
    ("jsonl", ".jsonl"),
    ("dump", ".txt"),
    ("text", ".txt"),
    ("html", ".html"),
)
_TINY = ImportOptions(
    max_document_bytes=512,
    max_article_bytes=256,
    max_line_bytes=128,
    max_file_bytes=1024,
    max_gzip_ratio=2.0,
)


class FuzzFailure(AssertionError):
    """newsbeat answered an input in a way it never may (the message says how)."""


@cache
def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="newsbeat-fuzz-"))


def fuzz_importers(data: bytes) -> None:
    """Read the bytes as an input file (see the module docstring)."""
    if not data:
        return
    control, body = data[0], data[1:]
    fmt, suffix = _FORMATS[control % len(_FORMATS)]
    if control & 0x10:
        body = gzip.compress(body, mtime=0)
        suffix += ".gz"
    options = _TINY if control & 0x20 else ImportOptions()
    path = _folder() / f"input{suffix}"
    path.write_bytes(body)
    for item in read_source(InputSource(path, options), fmt):
        if isinstance(item, ImportFailure):
            if "\n" in str(item) or "\r" in str(item):
                raise FuzzFailure(f"a failure on more than one line: {item!r}")
            if item.reason.startswith("cannot read: unexpected"):
                raise FuzzFailure(f"an importer raised: {item.reason}")
        elif isinstance(item, Article):
            if not item.title.strip() or not item.text.strip():
                raise FuzzFailure(f"an article without title or text: {item!r}")
            if len(item.text.encode("utf-8")) > options.max_article_bytes:
                raise FuzzFailure("an article over max_article_bytes was stored")
        elif not isinstance(item, DeclaredBeat):
            raise FuzzFailure(f"an importer yielded {type(item).__name__}")


@cache
def _search_store() -> object:
    from newsbeat.store import SQLiteStore

    store = SQLiteStore(":memory:")
    words = ["harbour", "strike", "alliance", "ferry", "budget", "storm", "treaty", "port"]
    store.add_articles(
        [
            Article(title=f"{words[i % 8]} news {i}", text=" ".join(words[i % 5 :] * 3))
            for i in range(40)
        ]
    )
    return store


def fuzz_query(data: bytes) -> None:
    """Use the bytes as a search query (see the module docstring)."""
    from newsbeat.collect.query import QuerySyntaxError, to_gdelt, to_search
    from newsbeat.store import SQLiteStore

    query = data.decode("utf-8", "replace")
    for translate in (to_gdelt, to_search):
        with contextlib.suppress(QuerySyntaxError):
            translate(query)
    shape = query_shape(query)
    if min(shape.terms, shape.prefix_terms) < 0 or shape.chars != len(query):
        raise FuzzFailure(f"a shape that cannot be: {shape}")
    try:
        check_query(query, SearchSettings())
    except QueryError:
        return
    store = _search_store()
    assert isinstance(store, SQLiteStore)
    try:
        hits = store.search(query, timeout=5.0)
    except QueryError:
        return
    if len(hits) > 20:
        raise FuzzFailure(f"{len(hits)} hits for a limit of 20")


def fuzz_since(data: bytes) -> None:
    """Use the bytes as a ``--since`` value (see the module docstring)."""
    value = data.decode("utf-8", "replace")
    try:
        bound = parse_since(value, now=_NOW)
    except ValueError as exc:
        if "\n" in str(exc)[: len("--since ") + 80]:
            raise FuzzFailure(f"an unquoted value in the message: {exc}") from None
        return
    if bound is None:
        raise FuzzFailure("no bound for a value")
    datetime.fromisoformat(bound)  # a bound newsbeat can compare


def _float(raw: bytes) -> float | None:
    """A float from 8 bytes; None for NaN and infinities (no text parses to them)."""
    (value,) = struct.unpack("<d", raw)
    return value if math.isfinite(value) else None


def fuzz_claims(data: bytes) -> None:
    """Check the range logic of claims on values taken from the bytes."""
    from newsbeat.compare.claim_context import classify_ranges
    from newsbeat.compare.records import format_range

    raw = data.ljust(34, b"\0")
    low_a, high_a, low_b, high_b = (_float(raw[i : i + 8]) for i in range(0, 32, 8))
    exact_a, exact_b = bool(raw[32] & 1), bool(raw[33] & 1)
    a = _claim(low_a, high_a, exact_a)
    b = _claim(low_b, high_b, exact_b)
    verdict = classify_ranges(a, b)
    if verdict not in ("agree", "compatible", "disjoint"):
        raise FuzzFailure(f"classify_ranges said {verdict!r}")
    if classify_ranges(b, a) != verdict:
        raise FuzzFailure(f"classify_ranges is not symmetric for {a} and {b}")
    if classify_ranges(a, a) != "agree":
        raise FuzzFailure(f"a claim does not agree with itself: {a}")
    for claim in (a, b):
        if not format_range(claim.low, claim.high, exact=claim.exact):
            raise FuzzFailure(f"no words for {claim}")
    _check_hedges(low_a)


def _check_hedges(value: float | None) -> None:
    from newsbeat.enrich.claim_hedges import _range

    if value is None or value < 0:
        return
    for hedge in (" about", " nearly", " more than", " up to", " exactly", ""):
        low, high, _, _ = _range(value, hedge)
        # The bounds are rounded to 6 decimals: below 1e-5 "nearly x" can come out as
        # (2e-06, 1.67e-06). Harmless for news figures; tolerated up to the rounding.
        if low is not None and high is not None and low > high + 1e-6:
            raise FuzzFailure(f"_range({value}, {hedge!r}) = ({low}, {high})")
        if (low is not None and low > value + 1e-6) or (high is not None and high < value - 1e-6):
            raise FuzzFailure(f"_range({value}, {hedge!r}) = ({low}, {high}) misses it")


def _claim(low: float | None, high: float | None, exact: bool) -> Claim:
    if low is not None and high is not None and low > high:
        low, high = high, low
    if exact and low is not None:
        high = low
    return Claim(
        what="workers", low=low, high=high, exact=exact, unit=None, claimant=None, sentence=""
    )


TARGETS: dict[str, Callable[[bytes], None]] = {
    "importers": fuzz_importers,
    "query": fuzz_query,
    "since": fuzz_since,
    "claims": fuzz_claims,
}
