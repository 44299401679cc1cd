"""The data tables every backend has, in foreign-key order, and the order rows are read in.

Shared by the backends' :class:`~newsbeat.store.base.TableStore` methods so that a table
exported from one backend lists the same columns, and its rows in the same order, as from
the other. The full-text index and bookkeeping tables are not data: each backend rebuilds them.
"""

from __future__ import annotations

__all__ = ["COPY_TABLES", "HIDDEN_ORDER", "ROW_ORDER"]

COPY_TABLES: tuple[str, ...] = (
    "articles",
    "provenance",
    "beats",
    "beat_articles",
    "sources",
    "stories",
    "story_articles",
    "story_merges",
    "story_links",
    "enrichments",
    "entities",
    "quotes",
    "claims",
    "relations",
    "story_analyses",
    "stage_state",
    "fetch_failures",
    "alerts",
    "alert_events_sent",
    "resolved_links",
    "beat_events",
)
# Tables without an integer id: read by primary key.
ROW_ORDER: dict[str, str] = {
    "provenance": "article_id, location, position",
    "beats": "name",
    "beat_articles": "beat, article_id",
    "story_articles": "article_id",
    "story_merges": "old_id",
    "story_links": "story_id, related_id",
    "enrichments": "article_id",
    "story_analyses": "story_id, kind",
    "stage_state": "name",
    "fetch_failures": "url",
    "alert_events_sent": "alert_id, event_key",
    "beat_events": "beat, event_key",
    "resolved_links": "url",
}
# Tables read in the order their rows were stored (SQLite's rowid; a hidden column elsewhere),
# because the store lists them in that order.
HIDDEN_ORDER: dict[str, str] = {"entities": "id", "stories": "seq"}
