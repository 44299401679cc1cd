"""The data behind pages and API answers, assembled from the other stages' library functions."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from markupsafe import Markup

from newsbeat.compare.analysis import AnalysisOptions, story_analyses
from newsbeat.dates import is_dated
from newsbeat.models import Story
from newsbeat.report.first import first_outlets
from newsbeat.serialize import story_json
from newsbeat.settings import Settings
from newsbeat.store import Store
from newsbeat.story_views.coverage import story_coverage
from newsbeat.story_views.languages import languages_line
from newsbeat.web.readable import reader_date

__all__ = ["story_page_data", "timeline_chart"]

_COMPARISON_LISTS = ("conflicts", "updates", "compatible", "agreed", "unique")


def timeline_chart(articles: list[dict[str, Any]]) -> Markup | None:
    """The coverage timeline (one row per outlet, a dot per dated article) as inline SVG, or
    None when fewer than two articles have a date (nothing to compare over time).

    The report's chart (:func:`newsbeat.report.charts.timeline`), with its dates in a
    reader's words: each dot's tooltip in the article's own time, the axis ends in UTC.
    """
    from newsbeat.report.charts import timeline, timeline_svg  # networkx: only when drawn

    dated = [a for a in articles if is_dated(a.get("published"))]
    if len(dated) < 2:
        return None
    chart = timeline(dated)
    for row, outlet in zip(chart.rows, dict.fromkeys(a["outlet"] for a in dated), strict=True):
        mine = [a for a in dated if a["outlet"] == outlet]
        for dot, article in zip(row["dots"], mine, strict=False):
            shown = article["published"][:16]
            dot["tip"] = reader_date(article["published"]) + dot["tip"][len(shown) :]
    for tick in chart.ticks:
        try:
            moment = datetime.strptime(tick["label"], "%Y-%m-%d %H:%M UTC")
        except ValueError:
            continue
        tick["label"] = f"{reader_date(moment)} UTC"
    return timeline_svg(chart)


def _by_outlet(items: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Items grouped by their ``outlet`` (in the order the outlets first appear)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        groups[item.get("outlet") or "unknown outlet"].append(item)
    return list(groups.items())


def story_page_data(store: Store, settings: Settings, story: Story) -> dict[str, Any]:
    """Everything the story page shows: the story JSON, its comparison and cited summary, the
    coverage timeline, and the "one outlet only" items grouped per outlet.

    The comparison and summary are the stored ones when still current, else computed now
    (nothing is written: the web UI only reads).

    Returns:
        The :func:`~newsbeat.serialize.story_json` keys plus ``labels`` (article id ->
        "original" or "reprint of article N"), ``status``, ``first`` (the outlet that was
        first), ``comparison``, ``unique_by_outlet``, ``quote_groups``, ``summary``,
        ``first_outlets`` (the outlets that may have been first: the same day without a time),
        ``languages_line`` (:func:`newsbeat.story_views.languages.languages_line`: None when the
        story was told in English only),
        ``analysis_error``, ``timeline`` (SVG or None), ``undated`` (how many articles have
        no date, by :func:`newsbeat.dates.is_dated`) and ``actor_names`` (the folded names
        that have an actor page).
    """
    coverage = story_coverage(store, story)
    data: dict[str, Any] = dict(story_json(store, story, coverage))
    data["labels"] = {a.appearance.article_id: a.label for a in coverage.articles}
    analysis = story_analyses(store, [story], AnalysisOptions.from_settings(settings))[story.id]
    compared = analysis.get("compare") or {}
    data["status"] = story.status
    data["first"] = compared.get("first")
    originals = [
        (a.appearance.article_id, a.appearance.outlet, a.appearance.published)
        for a in coverage.articles
        if a.reprint_of is None
    ]
    data["first_outlets"] = first_outlets(data["first"], originals)
    # Every list the page reads, empty when the story was not compared (a failed analysis).
    comparison = dict(compared.get("comparison") or {})
    for key in _COMPARISON_LISTS:
        comparison[key] = comparison.get(key) or []
    data["comparison"] = comparison
    data["unique_by_outlet"] = _by_outlet(comparison["unique"])
    data["quote_groups"] = compared.get("quotes") or []
    data["languages_line"] = languages_line(data["languages"])
    data["summary"] = (analysis.get("summary") or {}).get("sentences") or []
    data["analysis_error"] = (analysis.get("error") or {}).get("message")
    # the chart draws a reprint as an open circle (the coverage says which are)
    reprint_of = {a.appearance.article_id: a.reprint_of for a in coverage.articles}
    data["timeline"] = timeline_chart(
        [{**a, "reprint_of": reprint_of.get(a["id"])} for a in data["articles"]]
    )
    data["undated"] = sum(1 for a in data["articles"] if not is_dated(a.get("published")))
    data["actor_names"] = _actor_names(data)
    return data


def _actor_names(story: dict[str, Any]) -> frozenset[str]:
    """The story's names an actor page exists for (folded): entities, speakers, claimants and
    the sides of relations, as :func:`newsbeat.actors.graph.actor_file` finds them. A quote's
    "via" that is none of these (``media``) is shown as text, not linked to a missing page."""
    names = [e["name"] for e in story["entities"]]
    names += [q["speaker"] for q in story["quotes"]] + [c["claimant"] for c in story["claims"]]
    names += [side for r in story["relations"] for side in (r.get("source"), r.get("target"))]
    return frozenset(n.casefold() for n in names if n)
