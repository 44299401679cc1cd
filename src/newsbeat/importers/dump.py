"""Keyword dumps: a keyword line, then articles each closed by a ``Source link`` line.

Layout (see ``../shared/formats/keyword-dump-example.txt``)::

    harbour                                  <- keyword: declares the beat "harbour"

    Title of the first article | Section     <- title; " | Section" goes to section
    Caption ... File Photo by Staff/Wire      <- optional photo caption (junk: dropped)
    Optional short standfirst                 <- optional standfirst
    VELMAR, Feb. 3 (CPW) — First paragraph.  <- paragraphs, one per line
    ...
    Source link                               <- closes the article

The file is read line by line: only the article being read is held in memory, and at most
``max_article_bytes`` of it (a larger article, or one with a line longer than
``max_line_bytes``, fails and its lines are dropped as they come). Each article's
provenance is the file and ``article N, line L`` (L = its title line). A tail without its
``Source link`` line (a dump cut off mid-article) is reported with its line number; the complete
articles before it are kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from newsbeat.exceptions import ImportFailure
from newsbeat.extract.cleaning import is_junk
from newsbeat.importers.base import (
    HEAD_BYTES,
    DeclaredBeat,
    Importer,
    ImportItem,
    InputSource,
    Line,
    article_from_lines,
    register,
)
from newsbeat.models import Article

__all__ = ["CLOSING_LINE", "DUMP"]

log = logging.getLogger(__name__)

CLOSING_LINE = "source link"
_CLOSING = re.compile(rb"^[ \t]*Source link[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_MAX_KEYWORD_CHARS = 100


def _sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() == ".dump" or _CLOSING.search(head) is not None:
        return True
    if path.suffix.lower() not in (".txt", ".text", ""):
        return False
    # A lone short line is a dump's keyword with no articles (an empty dump), not an article.
    lines = [line for line in head.splitlines() if line.strip()]
    return len(head) < HEAD_BYTES and len(lines) == 1 and len(lines[0]) <= _MAX_KEYWORD_CHARS


def _ignorable(text: str) -> bool:
    return not text.strip() or is_junk(text)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _build(
    source: InputSource, number: int, lines: list[Line], bad: Line | None, oversize: str | None
) -> ImportItem | None:
    """One article from its lines (None when the block is empty)."""
    first = next((line for line in lines if line.text is None or line.text.strip()), None)
    if first is None:
        return None
    where = source.where(f"article {number} (line {first.number})")
    title = first.text or ""
    if oversize is not None:
        return ImportFailure(where, f"{_short(title)!r} {oversize}; article skipped")
    if bad is not None:
        return ImportFailure(
            where,
            f"invalid UTF-8 at byte offset {bad.bad_offset} (line {bad.number}); "
            "article skipped, convert the file to UTF-8",
        )
    body = [line.text or "" for line in lines[lines.index(first) + 1 :]]
    article = article_from_lines(
        title, body, source=source, position=f"article {number}, line {first.number}"
    )
    if article is None:
        return ImportFailure(where, f"{_short(title)!r} has no text after its title")
    if (too_large := source.article_too_large(article.title, article.text)) is not None:
        return ImportFailure(where, f"{_short(title)!r} is {too_large}; article skipped")
    return article


def _oversize(source: InputSource, block: list[Line], line: Line) -> str | None:
    """Why the article being read is too large once ``line`` joins it (None: it is not)."""
    if line.too_long is not None:
        limit = source.options.max_line_bytes
        return f"has a line longer than {limit} bytes (max_line_bytes, line {line.number})"
    limit = source.options.max_article_bytes
    if block and line.offset - block[0].offset > limit:
        return f"is larger than {limit} bytes (max_article_bytes)"
    return None


def read_dump(source: InputSource) -> Iterator[ImportItem]:
    """Read a keyword dump (see the module docstring).

    Args:
        source: the file.

    Yields:
        The keyword's beat (just before the first complete article), then each article;
        failures for articles that cannot be read and for a truncated tail.

    Raises:
        ImportFailure: the dump is empty or declares no keyword.
    """
    lines = source.lines()
    keyword: Line | None = None
    for line in lines:
        if line.too_long is not None:
            raise ImportFailure(
                source.where(f"line {line.number}"),
                f"not a keyword dump: the first line is longer than"
                f" {source.options.max_line_bytes} bytes (max_line_bytes)",
            )
        if line.text is None:
            raise ImportFailure(
                source.where(f"line {line.number}"),
                f"invalid UTF-8 at byte offset {line.bad_offset} in the keyword line; "
                "convert the file to UTF-8",
            )
        if line.text.strip():
            keyword = line
            break
    if keyword is None or keyword.text is None:
        raise ImportFailure(source.display, "empty dump: no keyword line and no articles")
    name = keyword.text.strip()
    if name.casefold() == CLOSING_LINE or len(name) > _MAX_KEYWORD_CHARS:
        raise ImportFailure(
            source.where("line 1"),
            f"not a keyword dump: the first line {_short(name)!r} is not a keyword",
        )
    # Declared with the first complete article: a dump with none creates no beat.
    declaration: DeclaredBeat | None = DeclaredBeat(
        name=name, location=source.where(f"line {keyword.number}")
    )

    number = 0
    block: list[Line] = []
    bad: Line | None = None
    # Past a limit the article's lines are dropped (only its first is kept, for the message).
    oversize: str | None = None
    for line in lines:
        if line.text is None or line.text.strip().casefold() != CLOSING_LINE:
            if oversize is None and (oversize := _oversize(source, block, line)) is not None:
                block = block[:1] or [line]
            if line.text is None and line.too_long is None:
                bad = bad or line
            if oversize is None and (block or line.text is None or line.text.strip()):
                block.append(line)
            continue
        if block:
            number += 1
            item = _build(source, number, block, bad, oversize)
            if item is None:
                number -= 1
            else:
                if declaration is not None and isinstance(item, Article):
                    yield declaration
                    declaration = None
                yield item
        else:
            log.debug("%s: line %d: empty article skipped", source.display, line.number)
        block, bad, oversize = [], None, None

    tail = [line for line in block if line.text is None or not _ignorable(line.text)]
    if tail:
        first = tail[0]
        title = first.text or ""
        yield ImportFailure(
            source.where(f"line {first.number}"),
            f"dump cut off mid-article: {_short(title)!r} (article {number + 1}) has no closing"
            f" 'Source link' line; the {number} complete article(s) before it were read",
        )
    elif number == 0:
        yield ImportFailure(
            source.display, f"empty dump: keyword {name!r} but no articles ('Source link' lines)"
        )


DUMP = register(
    Importer(
        name="dump",
        suffixes=(".dump",),
        sniff=_sniff,
        read=read_dump,
        description="keyword dump: keyword line, articles closed by 'Source link'",
    )
)
