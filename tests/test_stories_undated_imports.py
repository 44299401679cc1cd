"""Undated articles read after newer news (an archive import) still find their old stories.

Undated articles are clustered after the dated ones, when the clock stands at the latest
publication date, so a story quiet for more than ``live_days`` had left their sight: ECB+
train+dev stored with half the docs that write a day dated split their undated reports off
(B³ F1 0.848 against 0.919 all undated). Now an undated article that writes a day sees the
stories live around that day (loaded from the store when an earlier run saved them), and one
that writes none sees every story in memory, where a quiet story still asks the score that
revives it. The day never moves the clock, the order or a story's span.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsbeat.models import Article
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.features import FeatureOptions
from newsbeat.stories.stage import StoriesOptions, cluster_store, load_state

_OPENING = (
    "Minister Alva Renholm opens the new Tarsk harbour quay",
    "Minister Alva Renholm opened the new quay at Tarsk harbour on Wednesday and cut a ribbon "
    "with harbour master Piet Oddvar before a crowd of dockers and fishermen. The quay cost 40 "
    "million crowns and lets the Velmar ferry berth in winter storms, Oddvar said.",
)
# Later news on other subjects: they move the clock weeks past the opening.
_LATER = (
    (
        "Floods close the Brennvik mountain road",
        "Heavy rain closed the Brennvik mountain road on Friday as crews cleared mud and rocks "
        "from the pass above the valley farms, and the school bus to Orlund was cancelled.",
    ),
    (
        "Orlund council votes to rebuild the old library",
        "The Orlund town council voted on Monday to rebuild the old library on Kestrel Street "
        "after a long debate; mayor Ingvar Lusk said the work starts next spring.",
    ),
    (
        "Velmar skaters win the northern relay cup",
        "The Velmar skating club won the northern relay cup on Sunday, beating Brennvik by two "
        "seconds in the final lap in front of a packed ice hall.",
    ),
)
_NAMES_THE_DAY = (
    "Tarsk gets its winter quay: Renholm cuts the ribbon",
    "TARSK - Alva Renholm opened Tarsk harbour's new quay on January 14, cutting a ribbon "
    "beside harbour master Piet Oddvar; the Velmar ferry can now berth in winter storms.",
)
_NAMES_NO_DAY = (
    "Renholm opens new Tarsk harbour quay for the Velmar ferry",
    "Minister Alva Renholm opened the new quay at Tarsk harbour and cut a ribbon with harbour "
    "master Piet Oddvar before dockers and fishermen. The 40 million crown quay lets the "
    "Velmar ferry berth in winter storms, Oddvar said.",
)
# Another opening somewhere else: it shares the words of the subject, not the event.
_TOPIC_ONLY = (
    "A new marina opens at Kelsund",
    "Mayor Edda Sorvik opened a new marina at Kelsund with room for sixty yachts and a fuel "
    "pier; sailors from Lundfjord and Harvik moored there on the first evening.",
)
_OPTIONS = StoriesOptions(cluster=ClusterOptions(), features=FeatureOptions())


def _article(text: tuple[str, str], published: str | None = None) -> Article:
    return Article(
        title=text[0],
        text=text[1],
        published=published,
        published_source="metadata" if published else None,
    )


def _dated() -> list[Article]:
    opening = _article(_OPENING, "2026-01-14T10:00:00Z")
    later = [
        _article(text, f"2026-03-{day:02d}T09:00:00Z")
        for text, day in zip(_LATER, (16, 18, 20), strict=True)
    ]
    return [opening, *later]


def _stories(store: SQLiteStore, options: StoriesOptions, *runs: list[Article]) -> list[str]:
    """Each run imported and clustered in turn; the story of every article, in order."""
    ids: list[int] = []
    for run in runs:
        ids.extend(sorted(store.add_articles(run).new_ids))
        cluster_store(store, options)
    found = [store.story_of(i) for i in ids]
    assert None not in found
    return [str(s) for s in found]


def _at(text: str) -> float:
    return datetime.fromisoformat(text).astimezone(UTC).timestamp()


def test_an_undated_report_naming_an_old_day_joins_that_days_story_in_a_later_run(
    fresh_store: SQLiteStore,
) -> None:
    report = _article(_NAMES_THE_DAY)
    stories = _stories(fresh_store, _OPTIONS, _dated(), [report])
    assert stories[-1] == stories[0]
    state = load_state(fresh_store, _OPTIONS.cluster)
    assert state.clock == _at("2026-03-20T09:00:00+00:00")
    opening = fresh_store.get_story(stories[0])
    assert opening.first_seen == opening.last_updated == "2026-01-14T10:00:00+00:00"


def test_undated_reports_in_one_import_find_an_old_story_article_by_article(
    fresh_store: SQLiteStore,
) -> None:
    # One article per batch: the old story is no longer new in the batch of the undated ones,
    # so only the window of what each undated article may join lets them find it.
    options = StoriesOptions(cluster=ClusterOptions(batch_size=1), features=FeatureOptions())
    undated = [_article(_NAMES_THE_DAY), _article(_NAMES_NO_DAY), _article(_TOPIC_ONLY)]
    stories = _stories(fresh_store, options, _dated() + undated)
    opening, day, no_day, topic = stories[0], *stories[-3:]
    assert day == opening
    assert no_day == opening
    assert topic not in {opening, *stories[1:4]}
    assert fresh_store.get_story(opening).last_updated == "2026-01-14T10:00:00+00:00"
