"""The records build the public JSON shapes that the CLI prints (one place for each shape)."""

from __future__ import annotations

from newsbeat.json_shapes import BeatJSON, CopyJSON
from newsbeat.models import Beat
from newsbeat.store.copy import CopyReport


def test_a_beat_lists_its_name_query_and_article_count() -> None:
    shown = Beat(name="harbour", query="harbour OR quay").to_json(4)
    assert shown == {"name": "harbour", "query": "harbour OR quay", "articles": 4}
    assert list(shown) == list(BeatJSON.__annotations__)


def test_a_copy_reports_its_tables_in_copy_order_and_their_total() -> None:
    report = CopyReport(rows={"articles": 3, "beats": 1, "stories": 0})
    shown = report.to_json("old.db", "postgresql://tarsk:***@db/news")
    assert shown == {
        "source": "old.db",
        "destination": "postgresql://tarsk:***@db/news",
        "tables": {"articles": 3, "beats": 1, "stories": 0},
        "total": 4,
    }
    assert list(shown) == list(CopyJSON.__annotations__)
