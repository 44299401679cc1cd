"""The data behind pages and API answers, assembled from the other stages' library functions."""

from __future__ import annotations

from typing import Any

from newsbeat.compare.analysis import AnalysisOptions, story_analyses
from newsbeat.coverage import story_coverage
from newsbeat.models import Story
from newsbeat.serialize import story_json
from newsbeat.settings import Settings
from newsbeat.store import Store

__all__ = ["story_page_data"]


def story_page_data(store: Store, settings: Settings, story: Story) -> dict[str, Any]:
    """Everything the story page shows: the story JSON, its comparison and cited summary.

    The comparison and summary are the stored ones when still current, else computed now
    (nothing is written: the web UI only reads).

    Returns:
        The :func:`~newsbeat.serialize.story_json` keys plus ``labels`` (article id ->
        "original" or "reprint of article N"), ``status``, ``first`` (the outlet
        that was first), ``comparison``, ``quote_groups``, ``summary`` and ``analysis_error``.
    """
    coverage = story_coverage(store, story)
    data: dict[str, Any] = dict(story_json(store, story, coverage))
    data["labels"] = {a.appearance.article_id: a.label for a in coverage.articles}
    analysis = story_analyses(store, [story], AnalysisOptions.from_settings(settings))[story.id]
    compared = analysis.get("compare") or {}
    data["status"] = story.status
    data["first"] = compared.get("first")
    data["comparison"] = compared.get("comparison") or {}
    data["quote_groups"] = compared.get("quotes") or []
    data["summary"] = (analysis.get("summary") or {}).get("sentences") or []
    data["analysis_error"] = (analysis.get("error") or {}).get("message")
    return data
