"""Build a report as plain data: the beat overview and, per story, everything the reader sees.

Comparisons and summaries come from the store when the ``compare`` and ``summarise`` stages have
stored them for the story's current inputs, else they are computed here (see
:mod:`newsbeat.compare.analysis`). Renderers (Markdown, HTML, JSON) only format this data.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from newsbeat import __version__
from newsbeat.compare import CompareOptions
from newsbeat.compare.analysis import AnalysesStore, AnalysisOptions, story_analyses
from newsbeat.compare.summarise import SummaryOptions
from newsbeat.dates import dated_span, day_of
from newsbeat.models import Article, Story
from newsbeat.plurals import counted
from newsbeat.report.first import first_outlets
from newsbeat.settings import Settings
from newsbeat.store import ArticleStore, StoryStore
from newsbeat.story_views.coverage import (
    appearance_label,
    story_coverage,
    story_listing,
    story_order,
)
from newsbeat.story_views.languages import languages_line, story_languages
from newsbeat.story_views.related import RelatedStore, RelatedStory, related_lists
from newsbeat.story_views.shown_speakers import shown_speaker

__all__ = [
    "ReportOptions",
    "ReportStore",
    "build_report",
    "safe_url",
    "speaker_blocks",
    "story_anchor",
    "story_entry",
]

log = logging.getLogger(__name__)

UNKNOWN_OUTLET = "unknown outlet"
_ANCHOR = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True, kw_only=True)
class ReportOptions:
    """What goes into a report.

    Attributes:
        beat: only stories of this beat (None = all stories).
        since: only stories updated since this ISO date/time.
        chart_stories: stories drawn separately in the overview chart (the rest are "other").
        compare: comparison thresholds.
        summary: summary options (None: from the settings).
    """

    beat: str | None = None
    since: str | None = None
    chart_stories: int = 8
    compare: CompareOptions = field(default_factory=CompareOptions)
    summary: SummaryOptions | None = None


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: a ``javascript:`` URL never becomes a link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def story_anchor(story_id: str) -> str:
    """The HTML id of a story's section."""
    return "story-" + _ANCHOR.sub("-", story_id).strip("-")


def _listed(article: Article) -> tuple[bool, str, int]:
    """Listing order: dated articles by date, then the undated ones (never at an import time)."""
    return day_of(article.published) is None, article.order_time, article.id or 0


def speaker_blocks(groups: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Quote groups by speaker, one block for names that differ only in case ("police" and
    "Police"), shown as written capitalised when an outlet does so."""
    shown: dict[str, str] = {}
    for group in groups:
        name = shown_speaker(group["speaker"], group.get("speakers"))
        known = shown.setdefault(name.casefold(), name)
        if known[:1].islower() and name[:1].isupper():
            shown[name.casefold()] = name
    blocks: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for group in groups:
        name = shown_speaker(group["speaker"], group.get("speakers"))
        blocks[shown[name.casefold()]].append(group)
    return blocks


def story_entry(
    story: Story,
    articles: Sequence[Article],
    reprints: dict[int, list[Article]],
    analysis: dict[str, dict[str, Any]],
    related: Sequence[RelatedStory] = (),
) -> dict[str, Any]:
    """Everything the report shows about one story, as JSON-ready data.

    Args:
        story: the story header.
        articles: its original articles (no reprints).
        reprints: reprints of each original, by the original's id.
        analysis: the story's ``compare`` and ``summary`` analyses (or an ``error``).
        related: the report's stories of the same running matter, in time order
            (:func:`newsbeat.story_views.related.related_lists`).

    Returns:
        The story's report data (keys listed in ``docs/report.md``). ``first_seen`` and
        ``last_updated`` are the dated span of its articles (reprints included), None with
        ``undated`` true when none of them gave a date (:mod:`newsbeat.dates`).
    """
    ordered = sorted(articles, key=_listed)
    compared = analysis.get("compare") or {
        "first": None,
        "comparison": {k: [] for k in ("agreed", "compatible", "conflicts", "updates", "unique")},
        "quotes": [],
        "relations": [],
        "events": [],
        "entities": [],
    }
    summary = (analysis.get("summary") or {"sentences": []})["sentences"]
    appearances: list[tuple[Article, Article | None]] = []  # (appearance, original if reprint)
    for article in ordered:
        appearances.append((article, None))
        appearances.extend((r, article) for r in reprints.get(article.id or -1, []))
    outlet_rows: dict[str, dict[str, Any]] = {}
    for seen, original in sorted(appearances, key=lambda p: _listed(p[0])):
        name = seen.outlet or UNKNOWN_OUTLET
        row = outlet_rows.setdefault(
            name,
            {"outlet": name, "articles": 0, "reprints": 0, "first_published": seen.published},
        )
        row["reprints" if original is not None else "articles"] += 1
    first = compared["first"]
    undated_ids = {a.id for a, _ in appearances if day_of(a.published) is None}
    if first is not None and first.get("article_id") in undated_ids:
        first = first | {"published": None}  # its import time is not when it was published
    if first is not None:
        # the outlets whose dates do not put them after the first one (same day, no time)
        originals = [(a.id or 0, a.outlet, a.published) for a, orig in appearances if not orig]
        first = first | {"outlets": first_outlets(first, originals)}
    for row in outlet_rows.values():
        row["first"] = first is not None and row["outlet"] in first["outlets"]
    # Undated articles are listed but not put on the calendar.
    coverage = Counter(day for a, _ in appearances if (day := day_of(a.published)))
    span = dated_span(a.published for a, _ in appearances)
    by_speaker = speaker_blocks(compared["quotes"])
    languages = story_languages((a.language, a.outlet) for a, _ in appearances)
    return {
        "id": story.id,
        "anchor": story_anchor(story.id),
        "title": story.title,
        "status": story.status,
        "beats": list(story.beats),
        "first_seen": span[0] if span else None,
        "last_updated": span[1] if span else None,
        "undated": span is None,
        "first": first,
        # Named outlets, counted as every view counts them (newsbeat.story_views.coverage):
        # an article without an outlet has a row below but is not one more outlet.
        "outlet_count": len({a.outlet for a, _ in appearances if a.outlet}),
        # Outlets in the order they reported; undated-only outlets last.
        "outlets": sorted(
            outlet_rows.values(), key=lambda r: (not r["first_published"], r["first_published"])
        ),
        "articles": [
            {
                "id": a.id,
                "outlet": a.outlet or UNKNOWN_OUTLET,
                "title": a.title,
                "url": safe_url(a.url),
                "published": a.published,
                "undated": day_of(a.published) is None,
                "headline_only": a.headline_only,
                "language": a.language,
                "reprint_of": original.id if original is not None else None,
                "label": appearance_label(original.id if original is not None else None),
            }
            for a, original in appearances
        ],
        "coverage": [{"date": d, "articles": n} for d, n in sorted(coverage.items())],
        # language -> its outlets, and the line the views show (None: English only)
        "languages": languages,
        "languages_line": languages_line(languages),
        "summary": [s | {"url": safe_url(s["url"])} for s in summary],
        "comparison": compared["comparison"],
        "quotes": [
            {"speaker": speaker, "quotes": groups}
            for speaker, groups in sorted(by_speaker.items(), key=lambda kv: -len(kv[1]))
        ],
        "relations": compared["relations"],
        # An action with no target (EventJSON, :func:`newsbeat.serialize.events_json`).
        "events": compared.get("events", []),
        "entities": compared["entities"],
        # the report's stories of the same running matter (another event), in time order
        "related": [
            {
                "id": r.story.id,
                "anchor": story_anchor(r.story.id),
                "title": r.story.title,
                "first_seen": r.first_seen,
                "actors": list(r.actors),
            }
            for r in related
        ],
        "error": (analysis.get("error") or {}).get("message"),
    }


class ReportStore(AnalysesStore, RelatedStore, StoryStore, Protocol):
    """What a report reads: the stories, their appearances, their analyses and what relates
    them (links and enrichment)."""


def _members(store: ArticleStore, story: Story) -> tuple[list[Article], dict[int, list[Article]]]:
    """A story's original articles and the reprints of each, as every view counts them
    (:func:`newsbeat.story_views.coverage.story_coverage`; outlet, URL, date, title and
    language are all a report needs: the texts are not read)."""
    originals: list[Article] = []
    reprints: dict[int, list[Article]] = defaultdict(list)
    for item in story_coverage(store, story).articles:
        seen = item.appearance
        article = Article(
            id=seen.article_id,
            title=seen.title,
            text="",
            outlet=seen.outlet,
            url=seen.url,
            published=seen.published,
            duplicate_of=item.reprint_of,
            text_status=seen.text_status,
            language=seen.language,
        )
        if item.reprint_of is None:
            originals.append(article)
        else:
            reprints[item.reprint_of].append(article)
    return originals, reprints


def build_report(
    store: ReportStore,
    settings: Settings,
    options: ReportOptions | None = None,
    *,
    on_story: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """The whole report as data: overview plus one entry per story, most covered first.

    Stored analyses are used when their stamp matches the story's inputs; other stories are
    analysed here (without writing to the store).

    Args:
        store: the store to read.
        settings: ``[summarise] sentences`` sets the summary length.
        options: beat, since and thresholds (defaults when None).
        on_story: called with (done, total) as stories are analysed, for progress bars.

    Returns:
        A JSON-ready dict with ``beat``, ``since``, ``generated_at``, ``generator``,
        ``overview`` and ``stories``.

    Raises:
        NotFoundError: the beat does not exist.
    """
    opts = options or ReportOptions()
    analysis_options = AnalysisOptions(
        compare=opts.compare, summary=opts.summary or SummaryOptions.from_settings(settings)
    )
    listing = story_listing(store, beat=opts.beat, since=opts.since)
    stories = listing.stories + listing.undated
    analyses = story_analyses(store, stories, analysis_options, on_story=on_story)
    related = related_lists(store, stories, listing.coverage, listed_only=True)
    entries = []
    for story in stories:
        originals, reprints = _members(store, story)
        entries.append(
            story_entry(story, originals, reprints, analyses[story.id], related[story.id])
        )
    entries.sort(
        key=lambda s: (
            not s["undated"],
            *story_order(s["outlet_count"], len(s["articles"]), s["last_updated"]),
        ),
        reverse=True,
    )
    return {
        "beat": opts.beat,
        "since": opts.since,
        "generated_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "generator": f"newsbeat {__version__}",
        "overview": _overview(entries, opts),
        "stories": entries,
    }


def _days(first: str, last: str) -> list[str]:
    """Every calendar day from ``first`` to ``last`` (ISO dates), both included."""
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]


def _overview(entries: Sequence[dict[str, Any]], opts: ReportOptions) -> dict[str, Any]:
    """Counts per outlet, and articles per day per dated story (the top stories, then the
    rest) over every day from the first to the last: one value per day. Undated stories are
    not on the calendar: they are listed under ``undated``."""
    outlets: dict[str, dict[str, Any]] = {}
    days: set[str] = set()
    for entry in entries:
        for row in entry["outlets"]:
            o = outlets.setdefault(
                row["outlet"], {"outlet": row["outlet"], "articles": 0, "stories": 0, "first": 0}
            )
            o["articles"] += row["articles"] + row["reprints"]
            o["stories"] += 1
            o["first"] += int(row["first"])
        days.update(c["date"] for c in entry["coverage"])
    ordered_days = _days(min(days), max(days)) if days else []
    index = {d: i for i, d in enumerate(ordered_days)}
    series = []
    other = [0] * len(ordered_days)
    others = 0
    dated = [e for e in entries if e["coverage"]]
    other_undated = 0
    for rank, entry in enumerate(dated):
        undated_here = sum(a["undated"] for a in entry["articles"])
        counts = [0] * len(ordered_days)
        for c in entry["coverage"]:
            counts[index[c["date"]]] += c["articles"]
        if rank < opts.chart_stories:
            series.append(
                {
                    "story_id": entry["id"],
                    "anchor": entry["anchor"],
                    "title": entry["title"],
                    "counts": counts,
                    "undated": undated_here,
                }
            )
        else:
            others += 1
            other_undated += undated_here
            other = [a + b for a, b in zip(other, counts, strict=True)]
    if others:
        series.append(
            {
                "story_id": None,
                "anchor": None,
                "title": counted(others, "other story", "other stories"),
                "counts": other,
                "undated": other_undated,
            }
        )
    undated = [
        {
            "story_id": e["id"],
            "anchor": e["anchor"],
            "title": e["title"],
            "articles": len(e["articles"]),
        }
        for e in entries
        if not e["coverage"]
    ]
    named = {o["outlet"] for o in outlets.values() if o["outlet"] != UNKNOWN_OUTLET}
    return {
        "stories": len(entries),
        "articles": sum(len(e["articles"]) for e in entries),
        "outlet_count": len(named),
        # Articles without an outlet last: they are not one outlet, only grouped in one row.
        "outlets": sorted(
            outlets.values(),
            key=lambda o: (o["outlet"] == UNKNOWN_OUTLET, -o["articles"], o["outlet"]),
        ),
        "days": ordered_days,
        "articles_per_day": series,
        "undated": undated,
    }
