"""Stories built from their rows, the same way for both backends.

Each backend reads three result sets with its own SQL (the stories, their member articles in
reading order, their beats); turning them into :class:`~newsbeat.models.Story` objects and the
listing order (most outlets, then most articles, then latest update first) is written once here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from newsbeat.models import Story

__all__ = ["stories_from_rows"]


def stories_from_rows(
    rows: Sequence[Sequence[Any]],
    members: Iterable[tuple[str, int, str | None]],
    beats: Iterable[tuple[str, str]],
) -> list[Story]:
    """Stories from ``rows`` (id, title, first_seen, last_updated, status), their ``members``
    (story id, article id, outlet; in reading order) and ``beats`` (story id, beat; sorted),
    listed with the most outlets first, then the most articles, then the latest update."""
    articles: dict[str, list[tuple[int, str | None]]] = {row[0]: [] for row in rows}
    for story_id, article_id, outlet in members:
        articles[story_id].append((article_id, outlet))
    story_beats: dict[str, list[str]] = {row[0]: [] for row in rows}
    for story_id, beat in beats:
        story_beats[story_id].append(beat)
    stories = [
        Story(
            id=row[0],
            title=row[1],
            first_seen=row[2],
            last_updated=row[3],
            status=row[4],
            article_ids=[m[0] for m in articles[row[0]]],
            outlets=sorted({m[1] for m in articles[row[0]] if m[1]}),
            beats=story_beats[row[0]],
        )
        for row in rows
    ]
    stories.sort(key=lambda s: (len(s.outlets), len(s.article_ids), s.last_updated), reverse=True)
    return stories
