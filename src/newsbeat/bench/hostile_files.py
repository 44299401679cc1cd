"""Hostile input files, written streaming, and an ingest run that measures its peak memory.

The files are what an attacker or a broken scraper hands newsbeat: gzip bombs (a few MB on
disk, gigabytes decompressed), a line that never ends, a giant record, deep nesting, a flood of
JSON values. Each is written without holding its content in memory: a gzip bomb is one small
gzip member repeated (gzip files may hold many members, read one after the other), a giant
plain file is one chunk written many times.

:func:`measure_ingest` ingests files in a fresh child process (``python -m
newsbeat.bench.hostile_files``) and returns the ingest report with that process's peak
resident memory (its own and its reader process's), so a test or the benchmark sees the
memory of the import alone.
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "HostileFile",
    "hostile_files",
    "measure_ingest",
    "write_gzip_repeat",
    "write_repeat",
]

MB = 1024 * 1024
_CHUNK = 8 * MB  # decompressed size of the repeated gzip member


def _member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_gzip_repeat(path: Path, head: bytes, chunk: bytes, total: int, tail: bytes = b"") -> Path:
    """A gzip file of ``head``, then ``chunk`` repeated up to ``total`` bytes, then ``tail``.

    Each part is a gzip member of its own (one compressed ``chunk`` written many times), so
    a file that decompresses to gigabytes is written in milliseconds and stays small on disk.
    """
    member = _member(chunk)
    with path.open("wb") as out:
        out.write(_member(head))
        for _ in range(max(1, total // len(chunk))):
            out.write(member)
        if tail:
            out.write(_member(tail))
    return path


def write_repeat(path: Path, head: bytes, chunk: bytes, total: int, tail: bytes = b"") -> Path:
    """A plain file of ``head``, ``chunk`` repeated up to ``total`` bytes, then ``tail``."""
    with path.open("wb") as out:
        out.write(head)
        for _ in range(max(1, total // len(chunk))):
            out.write(chunk)
        out.write(tail)
    return path


def _prose(size: int, seed: int = 5) -> bytes:
    """Roughly ``size`` bytes of sentences of pseudo-words (no newline, JSON-safe)."""
    rng = random.Random(seed)
    words = [
        "".join(rng.choice("etaoinshrdlu") for _ in range(rng.randint(2, 9))) for _ in range(3000)
    ]
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(words) for _ in range(12)).capitalize() + ", it said. "
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts).encode("ascii")


def _record(title: str, text: str) -> bytes:
    return json.dumps({"title": title, "text": text}).encode() + b"\n"


_GOOD_TEXT = (
    "VELMAR, March 2 (CPW) — The harbour council met on Monday to approve the budget for "
    "the new ferry terminal, officials said."
)
_OTHER_TEXT = "The ferry terminal will open next spring, the port authority said on Tuesday."


@dataclass(frozen=True)
class HostileFile:
    """One hostile input and what a clean failure of it says.

    Attributes:
        name: the file name.
        what: one line on what it is.
        expect: a phrase the failure's reason contains.
        write: writes the file into a folder and returns its path.
        stored: how many of its articles are expected to be stored (the good ones around it).
    """

    name: str
    what: str
    expect: str
    write: Callable[[Path], Path]
    stored: int = 0


def hostile_files(size: int = 2048 * MB) -> list[HostileFile]:
    """The hostile inputs of ``newsbeat bench hostile`` and the regression tests.

    Args:
        size: decompressed size of the bombs (the plain giant files are 50 MB whatever it is).
    """
    line = b"A body line of an article whose closing line never comes, the scraper said.\n"
    body = line * (_CHUNK // len(line))
    letters = b"a" * _CHUNK
    prose = _prose(MB)
    good = _record("Harbour council approves ferry terminal budget", _GOOD_TEXT)
    other = _record("Ferry terminal budget passes", _OTHER_TEXT)
    deep = b'{"title": "deep", "text": "x", "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    flood_head = b'{"title": "flood", "text": "x", "a": ['
    dump_head = b"harbour\n\nFirst article\n\n" + _GOOD_TEXT.encode() + b"\n\nSource link\n\n"
    dump_tail = (
        b"\n\nSource link\n\nThird article\n\n" + _OTHER_TEXT.encode() + b"\n\nSource link\n"
    )
    return [
        HostileFile(
            "dump-bomb.dump.gz",
            "gzip bomb: a dump whose second article never closes (GBs of body lines)",
            "decompression bomb",
            lambda d: write_gzip_repeat(
                d / "dump-bomb.dump.gz", dump_head + b"A title with no end\n", body, size
            ),
            stored=1,
        ),
        HostileFile(
            "no-newline.jsonl.gz",
            "gzip bomb: one JSON line that never ends",
            "decompression bomb",
            lambda d: write_gzip_repeat(
                d / "no-newline.jsonl.gz", b'{"title": "t", "text": "', letters, size
            ),
        ),
        HostileFile(
            "page-bomb.html.gz",
            "gzip bomb: an HTML page of GBs",
            "larger than",
            lambda d: write_gzip_repeat(
                d / "page-bomb.html.gz", b"<html><body><p>", b"<p>x</p>" * (MB // 8), size
            ),
        ),
        HostileFile(
            "tag-flood.html",
            "a 19 MB HTML page of 2.5 million tiny elements (under max_document_bytes)",
            "tags; not an article page",
            lambda d: write_repeat(
                d / "tag-flood.html",
                b"<html><body><article><p>",
                b"<i>x</i>" * 4096,
                19 * MB,
                b"</article></body></html>",
            ),
        ),
        HostileFile(
            "giant-record.jsonl",
            "a single 50 MB JSONL record (plain file)",
            "longer than",
            lambda d: write_repeat(
                d / "giant-record.jsonl", b'{"title": "giant", "text": "', prose, 50 * MB, b'"}\n'
            ),
        ),
        HostileFile(
            "big-article.jsonl",
            "a 10 MB article text in one JSONL record, between two good records",
            "article is larger than",
            lambda d: write_repeat(
                d / "big-article.jsonl",
                good + b'{"title": "big", "text": "',
                prose,
                10 * MB,
                b'"}\n' + other,
            ),
            stored=2,
        ),
        HostileFile(
            "giant-line-dump.txt",
            "a dump whose second article is one 50 MB line, between two good articles",
            "longer than",
            lambda d: write_repeat(
                d / "giant-line-dump.txt",
                dump_head + b"Second article\n\n",
                prose,
                50 * MB,
                dump_tail,
            ),
            stored=2,
        ),
        HostileFile(
            "deep-nesting.jsonl",
            "a JSONL line nested 100,000 deep between two good lines",
            "nested",
            lambda d: write_repeat(d / "deep-nesting.jsonl", good, deep, len(deep), other),
            stored=2,
        ),
        HostileFile(
            "value-flood.jsonl",
            "a 20 MB JSONL record of millions of empty arrays",
            "JSON values",
            lambda d: write_repeat(
                d / "value-flood.jsonl", flood_head, b"[]," * 4096, 15 * MB, b"[]]}\n"
            ),
        ),
    ]


def measure_ingest(paths: list[Path], db: Path, *, timeout: float = 600.0) -> dict[str, Any]:
    """Ingest ``paths`` into the database ``db`` in a fresh process; its report and peak memory.

    Returns:
        ``{"report": <ingest --json report>, "peak_mb": float, "own_mb": float,
        "reader_mb": float, "returncode": int, "stderr": str}``: ``peak_mb`` is the larger of
        the ingesting process's peak and its reader process's; ``report`` is None when the
        child did not finish cleanly (a traceback is in ``stderr``).
    """
    proc = subprocess.run(
        [sys.executable, "-m", "newsbeat.bench.hostile_files", str(db), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    result: dict[str, Any] = {"report": None, "peak_mb": None, "returncode": proc.returncode}
    result["stderr"] = proc.stderr
    if proc.returncode == 0 and proc.stdout.strip():
        result.update(json.loads(proc.stdout))
    return result


def _child(argv: list[str]) -> None:
    from newsbeat.bench.ingest import _peak_mb as _own_peak_mb
    from newsbeat.importers.ingest import ingest
    from newsbeat.store import SQLiteStore

    store = SQLiteStore(argv[0])
    try:
        report = ingest(store, argv[1:])
    finally:
        store.close()
    # Own peak by VmHWM: ru_maxrss would carry over the peak of the process that started
    # this one. The reader process (for inputs of 8 MB and more) is a child of this one;
    # its ru_maxrss may include this process's size when it was started (an overestimate).
    own, _ = _own_peak_mb()
    reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    result = {"report": report.to_json(), "peak_mb": round(max(own, reader), 1)}
    result |= {"own_mb": round(own, 1), "reader_mb": round(reader, 1)}
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    _child(sys.argv[1:])
