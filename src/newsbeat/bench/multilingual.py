"""The multilingual stories gold (issue 17): loader, bench and speed of the multilingual path.

The gold (``multilingual_gold/``, see its README) is hand-written: invented 2026 events, each
told in 3-6 languages by several outlets, grouped in topics of three same-kind events that are
each other's decoys. :func:`run_multilingual` stores one split's reports as articles in a fresh
SQLite store in date order, runs the real stories stage
(:func:`~newsbeat.stories.stage.cluster_store`) and scores B³ against the events, overall and
per language pair (the reports of two languages only). :func:`multilingual_article_rate` times
what the multilingual path adds per article.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from newsbeat.bench.ecbplus import scores
from newsbeat.models import Article
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.features import FeatureOptions, parse_time
from newsbeat.stories.stage import StoriesOptions, cluster_store

__all__ = [
    "GOALS",
    "GOLD_DIR",
    "IMPORTED_AT",
    "ArticleStep",
    "GoldError",
    "GoldEvent",
    "GoldReport",
    "MultilingualGold",
    "in_date_order",
    "language_scores",
    "load_gold",
    "multilingual_article_rate",
    "multilingual_benchmark",
    "multilingual_steps",
    "pair_scores",
    "run_multilingual",
    "stage_story_ids",
    "within_language_ceiling",
]

T = TypeVar("T")

GOLD_DIR = Path(__file__).with_name("multilingual_gold")
GOALS = {
    "multilingual_b3_f1": 0.85,
    "multilingual_b3_precision": 0.95,
    "multilingual_articles_per_s": 50.0,
}
SPLITS = ("train", "test")
MIN_LANGUAGES, MAX_LANGUAGES = 3, 6
MIN_PAIR_REPORTS = 5  # a language pair is scored when both languages have this many reports
_EVENT_FIELDS = ("event", "topic", "split", "date", "what")
_REPORT_FIELDS = ("id", "event", "lang", "outlet", "published", "title", "text")
# Every report is imported at this one instant, after every event of the gold: an undated
# report is placed there by the stories stage, whatever day the bench runs.
IMPORTED_AT = "2026-12-31T12:00:00+00:00"
_LEAD_CHARS = 600  # what the multilingual path reads of an article: its title and lead


class GoldError(ValueError):
    """A gold file that cannot be read as the schema says (the message names file and line)."""


@dataclass(frozen=True, kw_only=True)
class GoldEvent:
    """One event of the gold: its topic (the decoys share it), split and date."""

    event: str
    topic: str
    split: str
    date: str
    what: str


@dataclass(frozen=True, kw_only=True)
class GoldReport:
    """One report of an event, in one language, by one outlet."""

    id: str
    event: str
    lang: str
    outlet: str
    published: str | None
    title: str
    text: str

    def article(self) -> Article:
        """The report as an article (the gold id travels in its URL), imported at
        :data:`IMPORTED_AT`."""
        return Article(
            title=self.title,
            text=self.text,
            url=f"https://multilingual-gold.invalid/{self.id}",
            outlet=self.outlet,
            published=self.published,
            published_source="metadata" if self.published else None,
            language=self.lang,
            imported_at=IMPORTED_AT,
        )


@dataclass(frozen=True)
class MultilingualGold:
    """The events (by id) and the reports of a split, or of the whole gold."""

    events: dict[str, GoldEvent]
    reports: list[GoldReport]


# -- loading -----------------------------------------------------------------------------------
def _records(path: Path, fields: Sequence[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) of a JSON-lines file, each checked for the schema's fields."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path.name}:{number}: not JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise GoldError(f"{path.name}:{number}: not a JSON object")
        missing = [f for f in fields if f not in record]
        if missing:
            raise GoldError(f"{path.name}:{number}: missing field {', '.join(missing)}")
        for name in fields:
            value = record[name]
            if not (isinstance(value, str) and value.strip()) and not (
                name == "published" and value is None
            ):
                raise GoldError(f"{path.name}:{number}: field {name} must be a non-empty string")
        yield number, record


def _unique(
    directory: Path, kind: str, fields: Sequence[str]
) -> Iterator[tuple[dict[str, Any], str]]:
    """(record, ``file:line``) of every ``<kind>s-*.jsonl``; the first field is a unique id."""
    seen: set[str] = set()
    for path in sorted(directory.glob(f"{kind}s-*.jsonl")):
        for number, record in _records(path, fields):
            where, key = f"{path.name}:{number}", record[fields[0]]
            if key in seen:
                raise GoldError(f"{where}: duplicate {kind} id {key}")
            seen.add(key)
            yield {f: record[f] for f in fields}, where


def _load_events(directory: Path) -> dict[str, tuple[GoldEvent, str]]:
    """Every event with where it was read (``file:line``)."""
    events: dict[str, tuple[GoldEvent, str]] = {}
    for record, where in _unique(directory, "event", _EVENT_FIELDS):
        event = GoldEvent(**record)
        if event.split not in SPLITS:
            raise GoldError(f"{where}: split {event.split!r} is not one of {SPLITS}")
        events[event.event] = (event, where)
    return events


def _load_reports(directory: Path, events: dict[str, tuple[GoldEvent, str]]) -> list[GoldReport]:
    reports: list[GoldReport] = []
    for record, where in _unique(directory, "report", _REPORT_FIELDS):
        report = GoldReport(**record)
        if report.event not in events:
            raise GoldError(f"{where}: report {report.id} names unknown event {report.event}")
        reports.append(report)
    return reports


def _check_languages(events: dict[str, tuple[GoldEvent, str]], reports: list[GoldReport]) -> None:
    languages: dict[str, set[str]] = {e: set() for e in events}
    for report in reports:
        languages[report.event].add(report.lang)
    for event, langs in languages.items():
        if not MIN_LANGUAGES <= len(langs) <= MAX_LANGUAGES:
            told = ", ".join(sorted(langs)) or "none"
            raise GoldError(
                f"{events[event][1]}: event {event} is told in {len(langs)} languages ({told});"
                f" the gold needs {MIN_LANGUAGES}-{MAX_LANGUAGES}"
            )


def load_gold(split: str | None = None, directory: Path | None = None) -> MultilingualGold:
    """The gold's events and reports, validated; only those of ``split`` when one is given.

    Reads every ``events-*.jsonl`` and ``reports-*.jsonl`` of ``directory`` (the package's
    gold by default). The whole gold is validated whatever the split: every field present,
    event and report ids unique, every report's event known, every event told in 3-6
    languages.

    Raises:
        GoldError: naming the file and line of the first problem found.
    """
    if split is not None and split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    folder = directory or GOLD_DIR
    events = _load_events(folder)
    reports = _load_reports(folder, events)
    _check_languages(events, reports)
    kept = {e: found for e, (found, _) in events.items() if split in (None, found.split)}
    return MultilingualGold(kept, [r for r in reports if r.event in kept])


# -- scoring -----------------------------------------------------------------------------------
def _over(
    pred: Sequence[Hashable], gold: Sequence[Hashable], langs: Sequence[str], chosen: set[str]
) -> dict[str, float]:
    """The scores over the reports in the ``chosen`` languages only."""
    keep = [i for i, lang in enumerate(langs) if lang in chosen]
    return scores([pred[i] for i in keep], [gold[i] for i in keep])


def _scored_languages(langs: Sequence[str], min_reports: int) -> list[str]:
    return sorted(lang for lang, n in Counter(langs).items() if n >= min_reports)


def pair_scores(
    pred: Sequence[Hashable],
    gold: Sequence[Hashable],
    langs: Sequence[str],
    min_reports: int = MIN_PAIR_REPORTS,
) -> dict[str, dict[str, float]]:
    """B³ (and pairwise F1, clusters) per language pair ("de-en"): over the reports of the
    two languages only.

    Only pairs whose languages both have at least ``min_reports`` reports are scored.
    """
    common = _scored_languages(langs, min_reports)
    return {
        f"{a}-{b}": _over(pred, gold, langs, {a, b}) for a, b in itertools.combinations(common, 2)
    }


def language_scores(
    pred: Sequence[Hashable],
    gold: Sequence[Hashable],
    langs: Sequence[str],
    min_reports: int = MIN_PAIR_REPORTS,
) -> dict[str, dict[str, float]]:
    """The scores within each language with at least ``min_reports`` reports: whether
    differently worded reports of one event in one language join, and decoys stay apart."""
    return {a: _over(pred, gold, langs, {a}) for a in _scored_languages(langs, min_reports)}


def within_language_ceiling(gold: Sequence[Hashable], langs: Sequence[str]) -> float:
    """B³-F1 of a perfect grouping that never links two languages: what crossing languages
    must add beyond it."""
    return scores([f"{g}/{lang}" for g, lang in zip(gold, langs, strict=True)], gold)["b3_f1"]


def in_date_order(items: Sequence[T], date: Callable[[T], str | None]) -> list[T]:
    """Dated items by time (``date`` gives an ISO 8601 date or time, or None), then the
    undated ones; each group keeps the given order."""

    def key(item: T) -> tuple[bool, float]:
        seconds = parse_time(date(item))
        return seconds is None, seconds or 0.0

    return sorted(items, key=key)


def stage_story_ids(
    articles: Sequence[Article], options: StoriesOptions | None = None
) -> list[str]:
    """The story of each article after the real stories stage ran over all of them, in the
    given order, in a fresh temporary store (the default options unless ``options``).

    Every article needs a URL of its own: that is how each answer finds its article. An
    article the stage leaves without a story is a story of its own, not one with the others.
    """
    chosen = options or StoriesOptions(cluster=ClusterOptions(), features=FeatureOptions())
    position = {article.url: n for n, article in enumerate(articles)}
    if None in position or len(position) != len(articles):
        raise ValueError("every article needs a URL of its own")
    stories = [f"alone:{n}" for n in range(len(articles))]
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "stories.db")
        try:
            store.add_articles(list(articles))
            cluster_store(store, chosen)
            for stored in store.iter_articles():
                assert stored.id is not None
                story = store.story_of(stored.id)
                if story is not None:
                    stories[position[stored.url]] = story
        finally:
            store.close()
    return stories


def _cluster(reports: Sequence[GoldReport]) -> list[str]:
    """The story of each report (in the given order) after the stage ran over them by date."""
    ordered = in_date_order(reports, lambda r: r.published)
    stories = stage_story_ids([r.article() for r in ordered])
    found = dict(zip((r.id for r in ordered), stories, strict=True))
    return [found[r.id] for r in reports]


def run_multilingual(split: str | None, gold: MultilingualGold | None = None) -> dict[str, Any]:
    """Cluster one split's reports with the stories stage and score them against the events.

    Returns ``b3_f1``, ``b3_precision``, ``b3_recall`` (all reports), ``pairs`` (the same per
    language pair, see :func:`pair_scores`), ``languages`` (within each language, see
    :func:`language_scores`), ``within_language_ceiling``, ``reports``, ``events`` and
    ``stories``.
    """
    found = gold if gold is not None else load_gold(split)
    reports = [r for r in found.reports if split in (None, found.events[r.event].split)]
    if not reports:
        raise ValueError(f"no reports in split {split!r}")
    pred = _cluster(reports)
    truth = [r.event for r in reports]
    langs = [r.lang for r in reports]
    return {
        **scores(pred, truth),
        "pairs": pair_scores(pred, truth, langs),
        "languages": language_scores(pred, truth, langs),
        "within_language_ceiling": within_language_ceiling(truth, langs),
        "reports": len(reports),
        "events": len(set(truth)),
        "stories": len(set(pred)),
    }


# -- speed -------------------------------------------------------------------------------------
ArticleStep = Callable[[Sequence[Article]], Sized]  # one result per article


def _lead(article: Article) -> str:
    return f"{article.title}\n{article.text[:_LEAD_CHARS]}"


def _vectors(articles: Sequence[Article]) -> Sized:
    """Cross-lingual vectors of every title and lead (uncached: each pass does the work)."""
    from newsbeat.sentence_vectors import _encoder

    encoder = _encoder()
    assert encoder is not None
    return encoder.encode([_lead(a) for a in articles])


def _languages(articles: Sequence[Article]) -> Sized:
    from newsbeat.language import article_language  # type: ignore[import-not-found,unused-ignore]

    return [article_language(a.title, a.text) for a in articles]


def _keys(articles: Sequence[Article]) -> Sized:
    from newsbeat.multilingual.keys import (  # type: ignore[import-not-found,unused-ignore]
        article_keys,
    )

    return [article_keys(a.title, a.text, a.language) for a in articles]


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # the parent package is missing
        return False


def multilingual_steps() -> dict[str, ArticleStep]:
    """The per-article work of the multilingual path that exists here, by name.

    Language identification (``newsbeat.language``), entity keys (``newsbeat.multilingual``)
    and cross-lingual vectors of title and lead, each when its module is installed. Whoever
    adds work to the path per article adds its step here, so that
    ``multilingual_articles_per_s`` times it.
    """
    steps: dict[str, ArticleStep] = {}
    if _installed("newsbeat.language"):
        steps["language"] = _languages
    if _installed("newsbeat.multilingual.keys"):
        steps["keys"] = _keys
    from newsbeat.sentence_vectors import available

    if available():
        steps["vectors"] = _vectors
    return steps


def multilingual_article_rate(
    articles: Sequence[Article], steps: dict[str, ArticleStep] | None = None, passes: int = 3
) -> float:
    """Articles per second of CPU time that the multilingual path's steps take over
    ``articles`` (median of ``passes``; a first untimed call loads models and word lists)."""
    work = multilingual_steps() if steps is None else steps
    if not articles:
        raise ValueError("no articles to time")
    for step in work.values():
        step(articles[:1])
    seconds = []
    for _ in range(passes):
        started = time.process_time()
        for step in work.values():
            step(articles)
        seconds.append(time.process_time() - started)
    return round(len(articles) / max(statistics.median(seconds), 1e-9), 1)


# -- the bench keys ----------------------------------------------------------------------------
def multilingual_benchmark(directory: Path | None = None) -> dict[str, Any]:
    """The ``multilingual_*`` keys of ``newsbeat bench stories``: B³ on the test split (overall,
    per language pair and within each language, with the ceiling of grouping that never crosses
    languages), B³ on the train split, the report counts and the speed."""
    gold = load_gold(directory=directory)
    test = run_multilingual("test", gold)
    train = run_multilingual("train", gold)
    articles = [r.article() for r in gold.reports]
    return {
        "multilingual_b3_f1": test["b3_f1"],
        "multilingual_b3_precision": test["b3_precision"],
        "multilingual_b3_recall": test["b3_recall"],
        "multilingual_train_b3_f1": train["b3_f1"],
        "multilingual_train_b3_precision": train["b3_precision"],
        "multilingual_train_b3_recall": train["b3_recall"],
        "multilingual_pairs": test["pairs"],
        "multilingual_train_pairs": train["pairs"],
        "multilingual_languages": test["languages"],
        "multilingual_within_language_ceiling_b3_f1": test["within_language_ceiling"],
        "multilingual_reports": test["reports"],
        "multilingual_train_reports": train["reports"],
        "multilingual_articles_per_s": multilingual_article_rate(articles),
        "multilingual_steps": sorted(multilingual_steps()),
    }
