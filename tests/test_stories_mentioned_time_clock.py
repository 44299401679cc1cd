"""The day an undated article writes scores it, but never moves the clock or a story's span.

The stage once gave an undated article the day its headline or lead writes as its ``time``.
That day then set the clustering's clock, the order and the story's span, so one undated page
naming a later year hid every older story from the undated articles after it (ECB+ train+dev
stored undated: B³ F1 0.79 against 0.92 with no day read).
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsbeat.models import Article
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.features import FeatureOptions
from newsbeat.stories.stage import StoriesOptions, cluster_store, load_state

_HARBOUR = (
    "Minister Alva Renholm opens the new Tarsk harbour quay",
    "Minister Alva Renholm opened the new quay at Tarsk harbour {day} and cut a ribbon "
    "with the harbour master Piet Oddvar before a crowd of dockers and fishermen.",
)
_FOLLOW_UP = (
    "Renholm returns to Tarsk harbour to talk about fishing quotas",
    "Alva Renholm came back to Tarsk harbour {day} to meet fishermen about quotas; the quay "
    "she opened is busy, the harbour master Piet Oddvar said.",
)
_FLOODS = (
    "Floods close the Brennvik mountain road",
    "Heavy rain closed the Brennvik mountain road {day} as crews cleared mud and rocks from "
    "the pass above the valley farms and the school bus was cancelled.",
)
# Any shared word joins an active story; only an exact copy would revive a quiet one; no merges.
_OPTIONS = StoriesOptions(
    cluster=ClusterOptions(
        threshold=0.01, revive_threshold=0.99, merge_threshold=9.0, small_merge_threshold=9.0
    ),
    features=FeatureOptions(),
)


def _article(text: tuple[str, str], day: str, published: str | None = None) -> Article:
    return Article(
        title=text[0],
        text=text[1].format(day=day),
        published=published,
        published_source="metadata" if published else None,
    )


def _stories(store: SQLiteStore, *batches: list[Article]) -> list[str | None]:
    """Each batch imported and clustered in turn; the story of every article, in order."""
    ids: list[int] = []
    for batch in batches:
        result = store.add_articles(batch)
        ids.extend(sorted(result.new_ids))
        cluster_store(store, _OPTIONS)
    return [store.story_of(i) for i in ids]


def _midnight(year: int, month: int, day: int) -> float:
    return datetime(year, month, day, tzinfo=UTC).timestamp()


def test_a_later_day_written_by_an_undated_page_hides_no_older_story(
    fresh_store: SQLiteStore,
) -> None:
    opening = _article(_HARBOUR, "on 3 March 2020")
    floods = _article(_FLOODS, "on 14 June 2023")
    follow_up = _article(_FOLLOW_UP, "again")
    first, _, last = _stories(fresh_store, [opening, floods, follow_up])
    assert last == first
    assert load_state(fresh_store, _OPTIONS.cluster).clock is None


def test_undated_articles_naming_a_dated_storys_day_join_it_and_leave_its_span(
    fresh_store: SQLiteStore,
) -> None:
    opening = _article(_HARBOUR, "on Monday", "2026-03-02T09:00:00Z")
    floods = _article(_FLOODS, "on Thursday", "2026-03-12T09:00:00Z")
    # Imported weeks later, with no date of its own: the harbour story is dormant at the
    # clock, but the day the article writes is the story's own.
    follow_up = _article(_FOLLOW_UP, "on March 3")
    first, _, last = _stories(fresh_store, [opening, floods], [follow_up])
    assert last == first
    state = load_state(fresh_store, _OPTIONS.cluster)
    assert first is not None
    assert state.stories[first].features.last_time == _midnight(2026, 3, 2) + 9 * 3600
    assert state.clock == _midnight(2026, 3, 12) + 9 * 3600


def test_an_undated_page_naming_an_old_day_keeps_its_undated_story_in_sight(
    fresh_store: SQLiteStore,
) -> None:
    floods = _article(_FLOODS, "on Thursday", "2026-03-12T09:00:00Z")
    opening = _article(_HARBOUR, "on 3 March 2024")
    follow_up = _article(_FOLLOW_UP, "again")
    _, first, last = _stories(fresh_store, [floods], [opening, follow_up])
    assert last == first
