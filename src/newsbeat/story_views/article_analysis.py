"""What analysis each article of a story got, named one way in every view.

The enrich stage reads English in full; an article in another language gets its entities only
(:mod:`newsbeat.enrich.other_languages`); some articles are not read at all (headline only, a
language nothing here can name). A story's JSON says which, per article, in two keys:

* ``analysis``: ``"full"`` (entities, quotes, claims and relations), ``"entities only"`` (another
  language than English), ``"skipped"`` (nothing read), or null when the enrich stage has not
  seen the article yet;
* ``analysis_note``: why, in the stored words of the enrich stage, when the analysis is not
  full ("language de (stated); entities only: quotes, claims and relations are read in English
  only", "headline only (paywall): no text to analyse"); else null.

A reprint is credited its original's analysis (its own text is never parsed again). Views show
one short line for an article in another language (:func:`analysis_line`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsbeat.enrich.other_languages import ENTITIES_ONLY, entities_only
from newsbeat.models import Enrichment
from newsbeat.story_views.languages import is_english, language_code, shown_name

__all__ = [
    "ANALYSES",
    "ENTITIES_ONLY",
    "FULL",
    "SKIPPED",
    "ArticleAnalysis",
    "analysis_line",
    "article_analysis",
]

FULL = "full"
SKIPPED = "skipped"
ANALYSES = (FULL, ENTITIES_ONLY, SKIPPED)
_ENGLISH_ONLY = "quotes, claims and relations are read in English"


@dataclass(frozen=True)
class ArticleAnalysis:
    """The ``analysis`` and ``analysis_note`` keys of one article (both None: not enriched)."""

    analysis: str | None = None
    note: str | None = None


def article_analysis(enrichment: Enrichment | None) -> ArticleAnalysis:
    """What an article's stored enrichment (None: not enriched yet) says it got."""
    if enrichment is None:
        return ArticleAnalysis()
    reason = enrichment.skipped_reason
    if not reason:
        return ArticleAnalysis(FULL)
    return ArticleAnalysis(ENTITIES_ONLY if entities_only(reason) else SKIPPED, reason)


def analysis_line(article: Mapping[str, Any]) -> str | None:
    """The line a view shows under an article of a story's JSON in another language than
    English: "German, entities only: quotes, claims and relations are read in English", or
    "Kazakh, skipped: <the stored reason>". None for an English (or unknown-language) article,
    one analysed in full and one not enriched yet: those say nothing the reader needs."""
    language = article.get("language")
    analysis = article.get("analysis")
    if is_english(language) or analysis not in (ENTITIES_ONLY, SKIPPED):
        return None
    name = shown_name(language_code(language))
    if analysis == ENTITIES_ONLY:
        return f"{name}, {ENTITIES_ONLY}: {_ENGLISH_ONLY}"
    return f"{name}, {SKIPPED}: {article.get('analysis_note') or 'not read'}"
