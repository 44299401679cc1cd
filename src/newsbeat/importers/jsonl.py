"""JSON Lines: one article per line, as a JSON object; or one JSON document holding an array of
article objects (what ``newsbeat articles --json`` writes) or a single article object.

Fields (all strings or null unless said otherwise; unknown fields are ignored):

- ``title`` (required), ``text`` (required; paragraphs separated by blank lines) or
  ``paragraphs`` (a list of strings) instead of ``text``;
- ``url``, ``canonical_url`` (http(s) URLs are normalised: tracking parameters and fragments
  dropped), ``outlet``, ``section``, ``standfirst``, ``byline``, ``language``;
- ``published``: ISO 8601 date or date-time; ``published_source`` (default ``metadata``).
  A record without one is dated by the publication stamp line a copied page keeps under its
  headline (``Published: March 4, 2025``; :mod:`newsbeat.extract.stamps`), ``published_source``
  ``stamp``; else by the full date its address writes (``/2025/03/04/``;
  :mod:`newsbeat.extract.url_dates`), ``published_source`` ``url``.

A missing outlet is the record's own site when it has an http(s) ``url`` (or
``canonical_url``): the domain file's name for it, else its registrable domain, as for a
fetched page (a wire story on a portal is the portal's copy; dedupe finds the original). Without
one, a missing outlet, byline or date is filled from the text by
:mod:`newsbeat.extract.outlets` (dateline, sign-off, ...). A line that is not JSON, not an
object, or misses a required field is one failure naming its line number; the other lines are
read. So is a line longer than ``max_line_bytes`` (skipped unread), a record whose text is larger
than ``max_article_bytes``, a line nested too deeply, and a line of more than
:data:`MAX_JSON_VALUES` values (commas and brackets: a record is a few fields and some text,
and millions of tiny values would take many times the line's size in memory).

A file not named ``.jsonl`` whose first line opens an array or a pretty-printed object is read
as one document, up to ``max_document_bytes``: each array item is a record (a failure names
its item number), and a document that holds no article record is one failure, not one per
line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from newsbeat.exceptions import ImportFailure
from newsbeat.extract.cleaning import is_junk
from newsbeat.extract.stamps import first_stamp
from newsbeat.extract.url_dates import url_date
from newsbeat.importers.base import (
    Importer,
    ImportItem,
    InputSource,
    Line,
    fill_from_text,
    register,
)
from newsbeat.models import Article, Provenance

__all__ = ["JSONL", "MAX_JSON_VALUES", "STRING_FIELDS", "article_from_record", "json_kind"]

# Commas plus opening brackets of one line. An article of 5 MB (max_article_bytes) has some
# 100,000 commas; a line of a million tiny values ([], "ab", 1.5) would take 50-100 bytes each.
MAX_JSON_VALUES = 500_000

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
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"["))


class _BadRecord(ValueError):
    """A JSON object that is not a valid article record."""


def json_kind(value: Any) -> str:
    """What a decoded JSON value is, in JSON's words: ``null``, ``an array``, ``a number``..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    return "a number"


def _valid_iso(value: str) -> bool:
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _today() -> date:
    return datetime.now(UTC).date()


def _normal_url(value: str | None) -> str | None:
    if not value or not value.lower().startswith(("http://", "https://")):
        return value or None
    from newsbeat.extract.article import normalise_url  # imports trafilatura: only when needed

    return normalise_url(value)


def _url_outlet(*urls: str | None) -> str | None:
    """The outlet of the first http(s) address, as for a fetched page (None without one)."""
    for url in urls:
        if url and url.lower().startswith(("http://", "https://")):
            from newsbeat.extract.article import outlet_for_url  # imports trafilatura

            return outlet_for_url(url)
    return None


def _without_junk(text: str) -> str:
    """The text without its junk lines (:mod:`newsbeat.extract.cleaning`): a record written by
    a scraper carries the page's furniture ("Recommended Stories", a video box's teaser) as the
    other importers' inputs do; a text with no junk line is returned unchanged."""
    lines = text.split("\n")
    kept = [line for line in lines if not line.strip() or not is_junk(line)]
    if len(kept) == len(lines):
        return text
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept))


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
        raise _BadRecord(f"expected a JSON object, got {json_kind(record)}")
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
    stamp = first_stamp(text.splitlines(), not_after=_today())
    text = _without_junk(text)
    if not text.strip():
        raise _BadRecord("field 'text' holds nothing but page furniture (junk lines)")
    values: dict[str, str | None] = {}
    for name in STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _BadRecord(f"field {name!r} must be a string or null")
        values[name] = (value.strip() or None) if isinstance(value, str) else None
    published = values["published"]
    if published and not _valid_iso(published):
        raise _BadRecord(f"field 'published' is not an ISO 8601 date: {published!r}")
    source = (values["published_source"] or "metadata") if published else None
    if not published and stamp is not None:  # the stamp line under a copied page's headline
        published, source = stamp.day.isoformat(), "stamp"
    url, canonical_url = _normal_url(values["url"]), _normal_url(values["canonical_url"])
    if not published and (day := url_date(canonical_url or url, not_after=_today())):
        published, source = day.isoformat(), "url"
    return Article(
        title=title.strip(),
        text=text.strip(),
        url=url,
        canonical_url=canonical_url,
        outlet=values["outlet"] or _url_outlet(canonical_url, url),
        section=values["section"],
        standfirst=values["standfirst"],
        byline=values["byline"],
        published=published,
        published_source=source,
        language=values["language"],
    )


def _decode(text: str) -> Any:
    """One line's JSON value.

    Raises:
        _BadRecord: not JSON, nested too deeply or too many values (the message says which).
    """
    values = text.count(",") + text.count("[") + text.count("{")
    if values > MAX_JSON_VALUES:
        raise _BadRecord(
            f"more than {MAX_JSON_VALUES} JSON values (commas and brackets) in one line;"
            " not an article record, line skipped"
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"not JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise _BadRecord("JSON nested too deeply; line skipped") from None


def _record_article(source: InputSource, line: Line) -> ImportItem:
    """The article of one non-blank line, or the failure naming what is wrong with it."""
    where = source.where(f"line {line.number}")
    if line.too_long is not None:
        return ImportFailure(
            where,
            f"longer than {source.options.max_line_bytes} bytes (max_line_bytes); line skipped",
        )
    if line.text is None:
        return ImportFailure(
            where,
            f"invalid UTF-8 at byte offset {line.bad_offset}; line skipped, "
            "convert the file to UTF-8",
        )
    try:
        article = article_from_record(_decode(line.text))
    except _BadRecord as exc:
        return ImportFailure(where, str(exc))
    fields = [article.title, article.text, article.standfirst, article.outlet, article.byline]
    fields += [article.section, article.url, article.canonical_url, article.language]
    if (too_large := source.article_too_large(*fields)) is not None:
        return ImportFailure(where, f"article is {too_large}; record skipped")
    article.provenance.append(Provenance(location=source.location, position=f"line {line.number}"))
    return fill_from_text(article, source)


def _document(source: InputSource) -> Any:
    """The file's JSON document when it is one rather than JSON Lines (else None): its first
    non-blank line opens an array (``[``) or is a lone ``{`` (a pretty-printed object), and the
    whole file, within ``max_document_bytes`` and :data:`MAX_JSON_VALUES`, is JSON. A file
    named ``.jsonl`` (``.ndjson``, ...) is always read line by line."""
    if source.name_path.suffix.lower() in _SUFFIXES:
        return None
    for line in source.lines(track=False):
        if line.text is None:
            return None
        first = line.text.strip()
        if not first:
            continue
        if not (first.startswith("[") or first == "{"):
            return None
        break
    else:
        return None
    limit = source.options.max_document_bytes
    with source.open_binary(track=False) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit or sum(map(data.count, (b",", b"[", b"{"))) > MAX_JSON_VALUES:
        return None  # read line by line: each line's own limits apply
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, RecursionError, UnicodeDecodeError):
        return None
    return document if isinstance(document, (list, dict)) else None


def _document_articles(
    source: InputSource, document: list[Any] | dict[str, Any]
) -> Iterator[ImportItem]:
    """The records of one JSON document: an array of article objects, or one object."""
    records = document if isinstance(document, list) else [document]
    if not records:
        yield ImportFailure(source.display, "empty JSON array: no records")
        return
    for number, record in enumerate(records, start=1):
        position = f"item {number}" if isinstance(document, list) else None
        try:
            article = article_from_record(record)
        except _BadRecord as exc:
            reason = str(exc)
            if not isinstance(document, list):
                reason += (
                    ": one JSON object that is no article record (newsbeat reads JSON Lines,"
                    " one article object per line, or a JSON array of article objects)"
                )
            yield ImportFailure(source.where(position), reason)
            continue
        fields = [article.title, article.text, article.standfirst, article.outlet]
        if (too_large := source.article_too_large(*fields, article.byline)) is not None:
            yield ImportFailure(source.where(position), f"article is {too_large}; record skipped")
            continue
        article.provenance.append(Provenance(location=source.location, position=position))
        yield fill_from_text(article, source)


def read_jsonl(source: InputSource) -> Iterator[ImportItem]:
    """Read a JSON Lines file, or one JSON document (see the module docstring).

    Args:
        source: the file.

    Yields:
        Articles, and one failure per bad line (or array item).
    """
    if (document := _document(source)) is not None:
        yield from _document_articles(source, document)
        return
    seen = 0
    for line in source.lines():
        if line.text is not None and not line.text.strip():
            continue
        seen += 1
        yield _record_article(source, line)
    if seen == 0:
        yield ImportFailure(source.display, "empty JSONL file: no records")


JSONL = register(
    Importer(
        name="jsonl",
        suffixes=_SUFFIXES,
        sniff=_sniff,
        read=read_jsonl,
        description="JSON Lines: one article object per line (or a JSON array of them)",
    )
)
