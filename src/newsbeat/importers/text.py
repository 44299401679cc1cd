"""Plain text: one article per file; the first line is the title, paragraphs follow.

Paragraphs are separated by blank lines (the lines of one paragraph are joined, so hard-wrapped
text reads right); a file with no blank line after its title has one paragraph per line. The
same junk removal, standfirst rule and outlet inference as keyword dumps apply.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsbeat.exceptions import ImportFailure
from newsbeat.importers.base import (
    Importer,
    ImportItem,
    InputSource,
    article_from_lines,
    register,
)

__all__ = ["TEXT", "split_paragraphs"]

_SUFFIXES = (".txt", ".text", ".md")


def _sniff(path: Path, head: bytes) -> bool:
    return path.suffix.lower() in (*_SUFFIXES, "")


def split_paragraphs(lines: list[str]) -> list[str]:
    """Body lines as paragraphs: blank-line separated blocks, else one paragraph per line."""
    if not any(not line.strip() for line in lines):
        return [line.strip() for line in lines if line.strip()]
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    return paragraphs


def read_text(source: InputSource) -> Iterator[ImportItem]:
    """Read one plain-text article.

    Args:
        source: the file.

    Yields:
        The article.

    Raises:
        ImportFailure: the file is empty, not UTF-8, or has no text after its title.
    """
    lines = source.read_text().splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ImportFailure(source.display, "empty text file: nothing to import")
    body = lines[1:]
    while body and not body[0].strip():
        body.pop(0)
    article = article_from_lines(lines[0], split_paragraphs(body), source=source, position="line 1")
    if article is None:
        raise ImportFailure(
            source.display, f"{lines[0].strip()[:60]!r} has no text after its title"
        )
    if (too_large := source.article_too_large(article.title, article.text)) is not None:
        raise ImportFailure(source.display, f"article is {too_large}; not stored")
    yield article


TEXT = register(
    Importer(
        name="text",
        suffixes=_SUFFIXES,
        sniff=_sniff,
        read=read_text,
        description="plain text: first line is the title, paragraphs follow",
    )
)
