"""JSON Lines: one article per line, as a JSON object.

Fields (all strings or null unless said otherwise; unknown fields are ignored):

- ``title`` (required), ``text`` (required; paragraphs separated by blank lines) or
  ``paragraphs`` (a list of strings) instead of ``text``;
- ``url``, ``canonical_url`` (http(s) URLs are normalised: tracking parameters and fragments
  dropped), ``outlet``, ``section``, ``standfirst``, ``byline``, ``language``;
- ``published``: ISO 8601 date or date-time; ``published_source`` (default ``metadata``).

A missing outlet, byline or date is filled from the text by
:mod:`newsbeat.extract.outlets` (dateline, sign-off, ...). A line that is not JSON, not an
object, or misses a required field is one failure naming its line number; the other lines are
read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsbeat.exceptions import ImportFailure
from newsbeat.importers.base import (
    Importer,
    ImportItem,
    InputSource,
    fill_from_text,
    register,
)
from newsbeat.models import Article, Provenance

__all__ = ["JSONL", "STRING_FIELDS", "article_from_record"]

STRING_FIELDS = (
    "url",
    "canonical_url",
    "outlet",
    "section",
    "standfirst",
    "byline",
    "published",
    "published_source",
    "language",
)
_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def _sniff(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in _SUFFIXES:
        return True
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


class _BadRecord(ValueError):
    """A JSON object that is not a valid article record."""


def _valid_iso(value: str) -> bool:
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _normal_url(value: str | None) -> str | None:
    if not value or not value.lower().startswith(("http://", "https://")):
        return value or None
    from newsbeat.extract.article import normalise_url  # imports trafilatura: only when needed

    return normalise_url(value)


def article_from_record(record: Any) -> Article:
    """An :class:`Article` from one decoded JSON record (without provenance).

    Args:
        record: the decoded JSON value.

    Returns:
        The article.

    Raises:
        ValueError: the record is not an object, misses ``title``/``text``, or a field has the
            wrong type (the message names the field).
    """
    if not isinstance(record, dict):
        raise _BadRecord(f"expected a JSON object, got {type(record).__name__}")
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _BadRecord("missing field 'title' (a non-empty string)")
    text = record.get("text")
    if text is None and "paragraphs" in record:
        paragraphs = record["paragraphs"]
        if not isinstance(paragraphs, list) or not all(isinstance(p, str) for p in paragraphs):
            raise _BadRecord("field 'paragraphs' must be a list of strings")
        text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    if not isinstance(text, str) or not text.strip():
        raise _BadRecord("missing field 'text' (a non-empty string) or 'paragraphs'")
    values: dict[str, str | None] = {}
    for name in STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _BadRecord(f"field {name!r} must be a string or null")
        values[name] = (value.strip() or None) if isinstance(value, str) else None
    published = values["published"]
    if published and not _valid_iso(published):
        raise _BadRecord(f"field 'published' is not an ISO 8601 date: {published!r}")
    return Article(
        title=title.strip(),
        text=text.strip(),
        url=_normal_url(values["url"]),
        canonical_url=_normal_url(values["canonical_url"]),
        outlet=values["outlet"],
        section=values["section"],
        standfirst=values["standfirst"],
        byline=values["byline"],
        published=published,
        published_source=(values["published_source"] or "metadata") if published else None,
        language=values["language"],
    )


def read_jsonl(source: InputSource) -> Iterator[ImportItem]:
    """Read a JSON Lines file (see the module docstring).

    Args:
        source: the file.

    Yields:
        Articles, and one failure per bad line.
    """
    seen = 0
    for line in source.lines():
        where = source.where(f"line {line.number}")
        if line.text is None:
            yield ImportFailure(
                where,
                f"invalid UTF-8 at byte offset {line.bad_offset}; line skipped, "
                "convert the file to UTF-8",
            )
            continue
        if not line.text.strip():
            continue
        seen += 1
        try:
            record = json.loads(line.text)
        except json.JSONDecodeError as exc:
            yield ImportFailure(where, f"not JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            article = article_from_record(record)
        except _BadRecord as exc:
            yield ImportFailure(where, str(exc))
            continue
        article.provenance.append(
            Provenance(location=source.location, position=f"line {line.number}")
        )
        yield fill_from_text(article, source)
    if seen == 0:
        yield ImportFailure(source.display, "empty JSONL file: no records")


JSONL = register(
    Importer(
        name="jsonl",
        suffixes=_SUFFIXES,
        sniff=_sniff,
        read=read_jsonl,
        description="JSON Lines: one article object per line",
    )
)
