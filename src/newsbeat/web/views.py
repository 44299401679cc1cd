"""The data behind pages and API answers, assembled from the other stages' library functions."""

from __future__ import annotations

from typing import Any

from newsbeat.compare.analysis import AnalysisOptions, story_analyses
from newsbeat.enrich import story_enrichment_json
from newsbeat.models import Story
from newsbeat.settings import Settings
from newsbeat.store import Store
from newsbeat.stories import story_json

__all__ = ["story_detail_json", "story_page_data"]


def story_detail_json(store: Store, story: Story) -> dict[str, Any]:
    """A story in the shape of ``newsbeat story ID --json``: the story keys plus ``entities``,
    ``quotes``, ``claims`` and ``relations``."""
    data: dict[str, Any] = dict(story_json(store, story))
    for key, value in story_enrichment_json(store, story).items():
        data.setdefault(key, value)
    return data


def story_page_data(store: Store, settings: Settings, story: Story) -> dict[str, Any]:
    """Everything the story page shows: the story JSON, its comparison and cited summary.

    The comparison and summary are the stored ones when still current, else computed now
    (nothing is written: the web UI only reads).

    Returns:
        The :func:`story_detail_json` keys plus ``status``, ``first`` (the outlet that was
        first), ``comparison``, ``quote_groups``, ``summary`` and ``analysis_error``.
    """
    data = story_detail_json(store, story)
    analysis = story_analyses(store, [story], AnalysisOptions.from_settings(settings))[story.id]
    compared = analysis.get("compare") or {}
    data["status"] = story.status
    data["first"] = compared.get("first")
    data["comparison"] = compared.get("comparison") or {}
    data["quote_groups"] = compared.get("quotes") or []
    data["summary"] = (analysis.get("summary") or {}).get("sentences") or []
    data["analysis_error"] = (analysis.get("error") or {}).get("message")
    return data
