"""Miranda et al. (2018) multilingual news clustering as an extra benchmark (not in CI).

"Multilingual Clustering of Streaming News" (EMNLP 2018) released its documents as JSON: a list
of records ``{"id", "lang", "date", "title", "text", "cluster"}`` (``lang`` as ``eng``/``deu``/
``spa``, ``date`` as ``YYYY-MM-DD HH:MM:SS``; other fields are ignored). Anyone with such a file
runs the real stories stage over it in date order with ``newsbeat bench miranda PATH`` and gets
B³ overall, per language, and per language pair (the documents of two languages only).

The file is never shipped or fetched here: the tests use a small invented file of the same shape.
When a file's ``cluster`` ids are per language (the 2018 release keeps its cross-lingual links in
another file), only the per-language scores measure what the gold says; the pair scores then
count every cross-language join as an error.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newsbeat.bench.ecbplus import scores
from newsbeat.bench.multilingual import (
    in_date_order,
    language_scores,
    pair_scores,
    stage_story_ids,
)
from newsbeat.exceptions import NewsbeatError
from newsbeat.models import Article
from newsbeat.stories.features import parse_time

__all__ = ["MirandaDoc", "MirandaError", "iso_language", "load_miranda", "run_miranda"]

FIELDS = ("id", "lang", "date", "title", "text", "cluster")
# ISO 639-2 codes (bibliographic and terminological) of the languages news clustering sees most.
_ISO_639_2 = {
    "ara": "ar",
    "chi": "zh",
    "zho": "zh",
    "deu": "de",
    "ger": "de",
    "ell": "el",
    "gre": "el",
    "eng": "en",
    "spa": "es",
    "fra": "fr",
    "fre": "fr",
    "hin": "hi",
    "ita": "it",
    "jpn": "ja",
    "kor": "ko",
    "lav": "lv",
    "nld": "nl",
    "dut": "nl",
    "pol": "pl",
    "por": "pt",
    "rus": "ru",
    "swe": "sv",
    "tur": "tr",
    "ukr": "uk",
}


class MirandaError(NewsbeatError):
    """A clustering file that cannot be read as the format says (names file and record)."""


@dataclass(frozen=True, kw_only=True)
class MirandaDoc:
    """One document of the file: ``lang`` as an ISO 639-1 code, ``date`` ISO 8601 or None."""

    id: str
    lang: str
    date: str | None
    title: str
    text: str
    cluster: str


def iso_language(code: str) -> str | None:
    """The ISO 639-1 code of a two- or three-letter language code ("deu" -> "de"), or None."""
    folded = code.strip().lower()
    if len(folded) == 2 and folded.isascii() and folded.isalpha():
        return folded
    return _ISO_639_2.get(folded)


def _records(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    """(where, record) for a JSON array or JSON lines; ``where`` names the record for errors."""
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise MirandaError(f"{path}: not JSON ({error.msg}, line {error.lineno})") from None
        for number, record in enumerate(data, start=1):
            yield f"{path}: record {number}", record
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            if _is_one_object(text):
                raise MirandaError(
                    f"{path}: one JSON object; expected an array of documents"
                    " or one document a line"
                ) from None
            raise MirandaError(f"{path}: line {number}: not JSON ({error.msg})") from None
        yield f"{path}: line {number}", record


def _is_one_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except json.JSONDecodeError:
        return False


def _label(value: object) -> str | None:
    """An id or cluster label: a non-empty string or an integer, as a string."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _date(value: object, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or parse_time(value) is None:
        raise MirandaError(f"{where}: date {value!r} is not YYYY-MM-DD[ HH:MM:SS] (ISO 8601)")
    return value.strip().replace(" ", "T", 1)


def _doc(where: str, record: object) -> MirandaDoc:
    if not isinstance(record, dict):
        raise MirandaError(f"{where}: not a JSON object")
    doc_id = _label(record.get("id"))
    if doc_id is not None:
        where = f"{where} (id {doc_id})"
    missing = [name for name in FIELDS if name not in record]
    if missing:
        raise MirandaError(f"{where}: missing field {', '.join(missing)}")
    if doc_id is None:
        raise MirandaError(f"{where}: id must be a non-empty string or an integer")
    cluster = _label(record["cluster"])
    if cluster is None:
        raise MirandaError(f"{where}: cluster must be a non-empty string or an integer")
    lang = iso_language(record["lang"]) if isinstance(record["lang"], str) else None
    if lang is None:
        raise MirandaError(f"{where}: lang {record['lang']!r} is not a known language code")
    title, text = record["title"], record["text"]
    if not isinstance(title, str) or not isinstance(text, str):
        raise MirandaError(f"{where}: title and text must be strings")
    if not (title.strip() or text.strip()):
        raise MirandaError(f"{where}: title and text are both empty")
    return MirandaDoc(
        id=doc_id,
        lang=lang,
        date=_date(record["date"], where),
        title=title.strip(),
        text=text.strip(),
        cluster=cluster,
    )


def load_miranda(path: Path) -> list[MirandaDoc]:
    """The documents of a Miranda-format file (a JSON array, or one JSON object a line).

    Raises:
        MirandaError: the file is unreadable, not JSON, or a record lacks a field, has a value
            of the wrong kind or repeats an id; the message names the file and the record.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise MirandaError(f"{path}: cannot be read ({error})") from None
    docs: list[MirandaDoc] = []
    seen: set[str] = set()
    for where, record in _records(path, text):
        doc = _doc(where, record)
        if doc.id in seen:
            raise MirandaError(f"{where} (id {doc.id}): duplicate id")
        seen.add(doc.id)
        docs.append(doc)
    if not docs:
        raise MirandaError(f"{path}: no documents")
    return docs


def _article(doc: MirandaDoc) -> Article:
    return Article(
        title=doc.title,
        text=doc.text,
        url=f"https://miranda.invalid/{quote(doc.id, safe='')}",
        published=doc.date,
        published_source="metadata" if doc.date else None,
        language=doc.lang,
    )


def _documents(
    found: dict[str, dict[str, float]], langs: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Each row of per-language or per-pair scores with the number of documents it read."""
    counts = Counter(langs)
    return {
        name: {**row, "documents": sum(counts[lang] for lang in name.split("-"))}
        for name, row in found.items()
    }


def run_miranda(
    path: Path, *, languages: Sequence[str] | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Run the stories stage over a Miranda-format file and score it against its clusters.

    Args:
        path: the JSON (array or lines) file.
        languages: keep only documents of these languages (two- or three-letter codes).
        limit: keep only the first ``limit`` documents in date order.

    Returns:
        ``documents``, ``gold_clusters`` and the ECB+ bench's keys over all documents
        (``b3_precision``, ``b3_recall``, ``b3_f1``, ``pairwise_f1``, ``clusters``: the
        stories made), then ``languages`` (the same per language, with its ``documents``) and
        ``pairs`` (per language pair).
    """
    docs = in_date_order(load_miranda(path), lambda d: d.date)
    if languages:
        wanted = {iso_language(code) or code for code in languages}
        docs = [d for d in docs if d.lang in wanted]
    if limit is not None:
        docs = docs[:limit]
    if not docs:
        raise MirandaError(f"{path}: no documents left after the language filter and limit")
    pred = stage_story_ids([_article(d) for d in docs])
    gold = [d.cluster for d in docs]
    langs = [d.lang for d in docs]
    return {
        "documents": len(docs),
        "gold_clusters": len(set(gold)),
        **scores(pred, gold),
        # Every language and pair is scored here, however few its documents.
        "languages": _documents(language_scores(pred, gold, langs, min_reports=1), langs),
        "pairs": _documents(pair_scores(pred, gold, langs, min_reports=1), langs),
    }
