"""``newsbeat bench report``: time report generation on a generated beat.

The generated beat has ``stories`` stories of ``articles_per_story`` articles each (by default
1,000 and 20,000 articles), over 60 days and 30 fictional outlets, with enrichment saved through
the Store API (entities, quotes worded differently by different outlets, figures that agree,
differ in precision or conflict, relations), so the report has the same work to do as on real
data. Generation is not timed; each format is rendered ``runs`` times and the median is kept.

The related-stories links (:mod:`newsbeat.story_views.related`: every story's central actors read
from its stored enrichment, then compared) are timed in lockstep with the JSON report: each run
renders the JSON report with the links and then without them (``related_lists`` answering no
links), so both halves of a pair see the same load; ``related_cpu_share`` is the links' share of
the JSON report's CPU time (issue 12, perf39).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from newsbeat.beats import define_beat
from newsbeat.models import Article, Claim, Enrichment, Entity, Quote, Relation, Story
from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore, Store
from newsbeat.story_views.related import RelatedStory

__all__ = ["ReportBenchOptions", "generate_beat", "run_report_bench", "write_bench_result"]

_SYLLABLES = ("sta", "vik", "lun", "de", "mar", "ko", "ren", "bor", "tal", "sen", "ha", "vel",
              "nor", "dal", "ris", "kel", "an", "to", "mir", "gar")  # fmt: skip
_OUTLETS = (
    "Harbour Herald", "Coastline Courier", "Northern Wire", "Valley Post", "Capital Times",
    "Island Gazette", "Riverside Ledger", "Evening Observer", "Morning Chronicle", "Daily Record",
    "Metro Tribune", "Border Journal", "Union Dispatch", "Frontier Bulletin", "Lakeside Mercury",
    "Radio Nord", "Radio Sud", "Radio Vest", "Radio Ost", "Radio Mitte", "Radio Kyst",
    "Radio Fjell", "Radio By", "Radio Dal", "Radio Sjø", "Radio Skog", "Radio Berg",
    "Radio Strand", "Radio Havn", "Radio Øy",
)  # fmt: skip
_THINGS = (("workers", None), ("troops", None), ("cost", "crowns"), ("families", None),
           ("ships", None), ("volunteers", None), ("budget", "crowns"), ("days", None))  # fmt: skip
_TYPES = ("AGREE", "COOPERATE", "AID", "CONSULT", "SUPPORT", "DEMAND", "REJECT", "THREATEN")


@dataclass(frozen=True, kw_only=True)
class ReportBenchOptions:
    """Size of the generated beat and how often each format is rendered."""

    stories: int = 1000
    articles_per_story: int = 20
    days: int = 60
    runs: int = 3
    seed: int = 7


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _article_text(
    rng: random.Random, town: str, partner: str, person: str, figures: list[tuple[str, str]]
) -> str:
    claims = " ".join(f"The plan involves {v} {w}, officials said." for v, w in figures)
    fillers = [
        f"Talks between {town} and {partner} continued late into the evening, according to "
        f"people familiar with the discussions.",
        f"Residents of {town} gathered outside the town hall as the news spread.",
        f"Critics in {partner} said the agreement left many questions unanswered.",
        f"The council of {town} is expected to vote on the measures next week.",
        "Observers said the deal could serve as a model for other regions along the coast.",
    ]
    rng.shuffle(fillers)
    paragraphs = [
        f"Leaders of {town} and {partner} agreed on a new alliance on the coast, pledging to "
        f"work together on the harbour and the roads.",
        claims,
        f'"This alliance will change the way {town} works with its neighbours," {person} said '
        f"at a press conference.",
        *fillers,
    ]
    return "\n\n".join(paragraphs)


def generate_beat(store: Store, options: ReportBenchOptions) -> dict[str, int]:
    """Fill a store with a generated beat (see the module docstring).

    Returns:
        Counts: ``stories`` and ``articles``.
    """
    rng = random.Random(options.seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    total = 0
    with store.transaction():
        for s in range(options.stories):
            town, partner = _name(rng), _name(rng, 3)
            person = f"{_name(rng)} {_name(rng)}"
            thing, unit = _THINGS[s % len(_THINGS)]
            base = rng.randrange(20, 5000) * 10
            day0 = start + timedelta(days=rng.randrange(options.days - 4))
            outlets = rng.sample(_OUTLETS, k=min(len(_OUTLETS), options.articles_per_story))
            articles, specs = [], []
            for a in range(options.articles_per_story):
                outlet = outlets[a % len(outlets)]
                when = day0 + timedelta(minutes=rng.randrange(4 * 24 * 60))
                roll = rng.random()
                value = base if roll < 0.6 else base * 2 if roll < 0.75 else base + 3
                shown = f"{value:,}" if roll < 0.9 else f"more than {base // 2:,}"
                words = f"{unit} ({thing})" if unit else thing
                text = _article_text(rng, town, partner, person, [(shown, words)])
                articles.append(
                    Article(
                        title=f"{town} and {partner} agree coastal alliance ({outlet})",
                        text=text,
                        url=f"https://bench.example/{s}/{a}",
                        outlet=outlet,
                        published=when.replace(microsecond=0).isoformat(),
                        published_source="metadata",
                        language="en",
                    )
                )
                low = float(base // 2) if roll >= 0.9 else float(value)
                specs.append((low, None if roll >= 0.9 else float(value), roll >= 0.9))
            ids = store.add_articles(articles).new_ids
            dates = sorted(a.published or "" for a in articles)
            story_id = f"bench-{s:05d}"
            store.save_story(
                Story(
                    id=story_id,
                    title=articles[0].title,
                    first_seen=dates[0],
                    last_updated=dates[-1],
                )
            )
            store.assign_articles(story_id, ids)
            quote = f"This alliance will change the way {town} works with its neighbours"
            for article_id, article, (low, high, hedged) in zip(ids, articles, specs, strict=True):
                trimmed = quote if rng.random() < 0.5 else quote.replace(" with its neighbours", "")
                store.save_enrichment(
                    Enrichment(
                        article_id=article_id,
                        entities=[
                            Entity(name=town, type="GPE", mentions=3),
                            Entity(name=partner, type="GPE", mentions=2),
                            Entity(name=person, type="PERSON", mentions=1),
                        ],
                        quotes=[Quote(text=trimmed, speaker=person)],
                        claims=[
                            Claim(
                                what=thing,
                                low=low,
                                high=high,
                                exact=not hedged,
                                unit=unit,
                                claimant="officials",
                                sentence=article.paragraphs[1],
                            )
                        ],
                        relations=[
                            Relation(
                                type=rng.choice(_TYPES[:3]),
                                source=town,
                                target=partner,
                                evidence=article.paragraphs[0],
                            )
                        ],
                    )
                )
            total += len(ids)
    define_beat(store, "bench", "alliance")
    return {"stories": options.stories, "articles": total}


def _median_seconds(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``runs`` calls (CPU time shows the cost on a busy
    machine, where wall-clock time also counts waiting for a core)."""
    wall, cpu = [], []
    for _ in range(max(runs, 1)):
        began, began_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return round(statistics.median(wall), 3), round(statistics.median(cpu), 3)


def _lockstep_seconds(
    runs: int, first: Callable[[], object], second: Callable[[], object]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median wall-clock and CPU seconds of ``first`` and of ``second``, called alternately
    (first, second, first, ...: a pair sees the same load on a shared machine)."""
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(max(runs, 1)):
        for n, work in enumerate((first, second)):
            began, began_cpu = time.perf_counter(), time.process_time()
            work()
            walls[n].append(time.perf_counter() - began)
            cpus[n].append(time.process_time() - began_cpu)
    first_m, second_m = (
        (round(statistics.median(walls[n]), 3), round(statistics.median(cpus[n]), 3))
        for n in (0, 1)
    )
    return first_m, second_m


def _no_links(
    store: object, stories: Sequence[Story], *args: object, **kwargs: object
) -> dict[str, list[RelatedStory]]:
    """``related_lists`` answering no related story (the report without its links)."""
    return {s.id: [] for s in stories}


@contextmanager
def _without_related() -> Iterator[None]:
    """The report built without the related-stories links (for timing them)."""
    import newsbeat.report.build as build

    kept = build.related_lists
    build.related_lists = _no_links
    try:
        yield
    finally:
        build.related_lists = kept


def run_report_bench(
    settings: Settings, options: ReportBenchOptions | None = None, *, db: str | None = None
) -> dict[str, Any]:
    """Generate the beat, analyse its stories, then time writing the report in each format.

    Args:
        settings: settings (``[summarise] sentences``).
        options: beat size and number of runs.
        db: reuse this database file when it already holds articles (else a temporary
            database is generated and removed afterwards).

    Returns:
        The benchmark record: ``html_seconds`` (median wall clock; the goal is < 10 s for 1,000
        stories and 20,000 articles), ``html_cpu_seconds`` and ``html_bytes``, the same for
        ``md`` and ``json``, ``analyse_seconds`` (the compare and summarise stages on every
        story, cold, using every core), the beat's size, and the machine's load average at the
        end (other work on the machine inflates wall-clock times).
    """
    from newsbeat.compare.analysis import AnalysisOptions, story_analyses
    from newsbeat.report import write_report

    opts = options or ReportBenchOptions()
    with tempfile.TemporaryDirectory(prefix="newsbeat-bench-report-") as tmp:
        path = db or str(Path(tmp) / "bench.db")
        store = SQLiteStore(path)
        try:
            began = time.perf_counter()
            if store.count_articles() == 0:
                counts = generate_beat(store, opts)
            else:
                counts = {"stories": len(store.list_stories()), "articles": store.count_articles()}
            record: dict[str, Any] = {
                **counts,
                "runs": opts.runs,
                "generate_seconds": round(time.perf_counter() - began, 1),
            }
            began = time.perf_counter()
            story_analyses(
                store, store.list_stories(), AnalysisOptions.from_settings(settings), save=True
            )
            record["analyse_seconds"] = round(time.perf_counter() - began, 2)
            for fmt in ("html", "md"):
                out = Path(tmp) / f"report.{fmt}"
                work = partial(write_report, store, settings, beat="bench", fmt=fmt, path=out)
                seconds, cpu = _median_seconds(opts.runs, work)
                record[f"{fmt}_seconds"] = seconds
                record[f"{fmt}_cpu_seconds"] = cpu
                record[f"{fmt}_bytes"] = out.stat().st_size
            out = Path(tmp) / "report.json"
            work = partial(write_report, store, settings, beat="bench", fmt="json", path=out)

            def unlinked() -> None:
                with _without_related():
                    write_report(
                        store, settings, beat="bench", fmt="json", path=Path(tmp) / "bare.json"
                    )

            (seconds, cpu), (bare, bare_cpu) = _lockstep_seconds(opts.runs, work, unlinked)
            record["json_seconds"] = seconds
            record["json_cpu_seconds"] = cpu
            record["json_bytes"] = out.stat().st_size
            record["json_no_related_seconds"] = bare
            record["json_no_related_cpu_seconds"] = bare_cpu
            record["related_cpu_share"] = round(1.0 - bare_cpu / cpu, 3) if cpu > 0 else 0.0
        finally:
            store.close()
    record["cpus"] = os.cpu_count()
    record["load_average_1m"] = round(os.getloadavg()[0], 2)
    record["measured_at"] = datetime.now(UTC).replace(microsecond=0).isoformat()
    return record


def write_bench_result(record: dict[str, Any], path: str | Path) -> Path:
    """Save a benchmark record as JSON (``bench/results/report.json``)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return target
