"""Rows and literals in the forms PostgreSQL reads fastest, for the store's bulk writes.

:func:`array_rows` and :func:`position_rows` lay out ``(word, first_id, codes)`` rows of the
postings and positions in COPY's binary format with numpy; :func:`int_array` and
:func:`text_array` write array literals (cheaper than the driver adapting each value);
:func:`copy_field` escapes a value for COPY's text format.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator, Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "BINARY_END",
    "BINARY_HEADER",
    "array_rows",
    "copy_field",
    "int_array",
    "position_rows",
    "text_array",
]


# A position code is ``offset << 14 | position`` in an integer: offsets below 2 ** 17.
_BLOCK = 17
# COPY's binary format: its signature, flags and header extension; the end of the rows
BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
BINARY_END = struct.pack("!h", -1)
_INT4, _INT8 = 23, 20  # the type oids of an array's integers
_pack = struct.pack


def position_rows(
    names: Sequence[str],
    numbers: NDArray[np.int64],
    codes: NDArray[np.int64],
    first: int,
    last: int,
) -> Iterator[bytes]:
    """``article_fts_positions`` rows in COPY's binary format from ``offset << 14 | position``
    codes (offsets from ``first``, at most ``last``), each of word ``names[n]`` (``numbers``,
    ascending): one row per word, or per word and block of 2 ** 17 offsets when the batch spans
    more (each code must fit an integer)."""
    starts = [first] * len(names)
    if last >= 1 << _BLOCK:
        # one row per (word, block): the rows' own numbers, in order of word and block
        block = codes >> (_BLOCK + 14)
        order = np.lexsort((block, numbers))
        numbers, block = numbers[order], block[order]
        codes = codes[order] & ((1 << (_BLOCK + 14)) - 1)
        new = np.ones(len(numbers), dtype=bool)
        new[1:] = (numbers[1:] != numbers[:-1]) | (block[1:] != block[:-1])
        heads = np.flatnonzero(new)
        words = [names[n] for n in numbers[heads].tolist()]
        starts = (first + (block[heads] << _BLOCK)).tolist()
        numbers = np.cumsum(new) - 1
        return array_rows(words, numbers, codes, starts, 4)
    return array_rows(names, numbers, codes, starts, 4)


def array_rows(
    names: Sequence[str],
    numbers: NDArray[np.int64],
    codes: NDArray[np.int64],
    starts: Sequence[int],
    size: int,
) -> Iterator[bytes]:
    """Rows ``(word, first_id, codes)`` in COPY's binary format: ``names[n]`` with
    ``starts[n]`` and its codes (``numbers`` ascending, each code's row; as ``size``-byte
    integers). Binary, laid out by numpy: as text, writing hundreds of numbers per article cost
    more client CPU than tokenizing them."""
    # every integer as its length and its value, big-endian, as the array's elements
    kind = ">i4" if size == 4 else ">i8"
    data = np.empty(len(codes), dtype=[("length", ">i4"), ("value", kind)])
    data["length"] = size
    data["value"] = codes
    raw = data.tobytes()
    step = 4 + size
    ends = np.searchsorted(numbers, np.arange(len(names)), side="right").tolist()
    oid = _INT4 if size == 4 else _INT8
    yield BINARY_HEADER
    at = 0
    for name, start, end in zip(names, starts, ends, strict=True):
        word = name.encode("utf-8")
        count = end - at
        yield (
            _pack(f"!hi{len(word)}siqi", 3, len(word), word, 8, start, 20 + count * step)
            + _pack("!iiiii", 1, 0, oid, count, 1)
            + raw[at * step : end * step]
        )
        at = end
    yield BINARY_END


def int_array(values: list[int]) -> str:
    """An integer array's literal (faster than the driver adapting each number)."""
    return "{" + ",".join(map(str, values)) + "}"


_COPY_SPECIAL = re.compile(r"[\\\t\n\r]")
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_field(value: str) -> str:
    """A text value as a field of COPY's text format."""
    return value.translate(_COPY_ESCAPES) if _COPY_SPECIAL.search(value) else value


def text_array(values: list[str]) -> str | list[str]:
    """A text array's literal (faster than the driver adapting each string); the list itself
    when a value holds a quote or a backslash (the driver quotes those)."""
    if any('"' in value or "\\" in value for value in values):
        return values
    return '{"' + '","'.join(values) + '"}' if values else "{}"
