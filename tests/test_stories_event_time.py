"""Event time of undated articles: the day their headline or lead reports, never import time.

An undated article used to be compared on text alone and was never held to a quiet story's
revive score, so a later event on the same subject joined the earlier story only because it
had no date. Now it is placed at the day it writes ("on March 11", a dateline, a full date),
and one that writes none is held to the revive score of a story quiet at the latest time seen.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.event_time import mentioned_time
from newsbeat.stories.features import ArticleText, Vectoriser, build_features

_MARCH_12 = datetime(2026, 3, 12, 9, tzinfo=UTC).timestamp()


def _day(year: int, month: int, day: int) -> float:
    return datetime(year, month, day, tzinfo=UTC).timestamp()


def test_on_a_day_of_a_month_takes_the_year_nearest_the_clock() -> None:
    when = mentioned_time("Back in Tarsk", "The minister returned on March 11 to", _MARCH_12)
    assert when == _day(2026, 3, 11)
    assert mentioned_time("x", "Talks ended on 2 January after a week.", _MARCH_12) == _day(
        2026, 1, 2
    )
    # Near the turn of the year the nearer year wins.
    jan_3 = _day(2027, 1, 3)
    assert mentioned_time("x", "The ferry sank on December 30.", jan_3) == _day(2026, 12, 30)


def test_dateline_and_full_dates_count_and_the_latest_wins() -> None:
    lead = "TARSK, March 9 (Nordkyst Wire) — The harbour opened on March 4, 2026, and ..."
    assert mentioned_time("Harbour", lead, _MARCH_12) == _day(2026, 3, 9)
    assert mentioned_time("Pact signed 3 March 2026", "Ministers met.", None) == _day(2026, 3, 3)


def test_no_usable_day_gives_none() -> None:
    # A weekday has no week to count in; a day without a clock has no year; a plan is later
    # than anything seen; a day in the body (not the lead) is background.
    assert mentioned_time("Talks", "The minister arrived on Tuesday for talks.", _MARCH_12) is None
    assert mentioned_time("Talks", "The minister arrived on March 11 for talks.", None) is None
    assert mentioned_time("Talks", "Talks resume on March 20, officials said.", _MARCH_12) is None
    assert mentioned_time("Talks", "x " * 250 + "It opened on March 4.", _MARCH_12) is None
    assert mentioned_time("Talks", "She spoke on 12 March 2026 at 10:00.", _MARCH_12) == _day(
        2026, 3, 12
    )


_VISIT = (
    "Minister Alva Renholm opens the new Tarsk harbour quay",
    "Minister Alva Renholm opened the new quay at Tarsk harbour on Monday and cut a ribbon "
    "with the harbour master Piet Oddvar before a crowd of dockers and fishermen.",
)
_OTHER = (
    "Floods close the Brennvik mountain road",
    "Heavy rain closed the Brennvik mountain road for the third day as crews cleared mud "
    "and rocks from the pass above the valley farms and the school bus was cancelled.",
)
_FOLLOW_UP = (
    "Renholm returns to Tarsk harbour to talk about fishing quotas",
    "Alva Renholm came back to Tarsk harbour to meet fishermen about quotas; the quay she "
    "opened is busy, the harbour master Piet Oddvar said.",
)
# Any shared word joins an active story; only an exact copy would revive a quiet one; no merges.
_OPTIONS = ClusterOptions(
    threshold=0.01, revive_threshold=0.99, merge_threshold=9.0, small_merge_threshold=9.0
)


def _stories(follow_up_lead: str, follow_up_time: float | None) -> list[str]:
    texts = [
        ArticleText(article_id=1, title=_VISIT[0], lead=_VISIT[1], body="", time=_day(2026, 3, 2)),
        ArticleText(article_id=2, title=_OTHER[0], lead=_OTHER[1], body="", time=_MARCH_12),
        ArticleText(
            article_id=3, title=_FOLLOW_UP[0], lead=follow_up_lead, body="", time=follow_up_time
        ),
    ]
    features = build_features(Vectoriser(), texts, names=False)
    result = cluster_articles(ClusterState(), features, _OPTIONS)
    return [a.story_id for a in result.assignments]


def test_undated_later_event_does_not_join_a_quiet_story() -> None:
    for batch in (1, 3):
        options = ClusterOptions(**{**_OPTIONS.__dict__, "batch_size": batch})
        texts = [
            ArticleText(
                article_id=1, title=_VISIT[0], lead=_VISIT[1], body="", time=_day(2026, 3, 2)
            ),
            ArticleText(article_id=2, title=_OTHER[0], lead=_OTHER[1], body="", time=_MARCH_12),
            ArticleText(article_id=3, title=_FOLLOW_UP[0], lead=_FOLLOW_UP[1], body=""),
        ]
        result = cluster_articles(
            ClusterState(), build_features(Vectoriser(), texts, names=False), options
        )
        visit, _, follow_up = (a.story_id for a in result.assignments)
        assert follow_up != visit, batch


def test_dated_follow_up_on_the_same_days_still_joins() -> None:
    visit, _, follow_up = _stories(_FOLLOW_UP[1], _day(2026, 3, 3))
    assert follow_up == visit


def test_stage_gives_an_undated_article_the_day_it_writes() -> None:
    from newsbeat.stories.stage import _with_mentioned_times

    items = [
        ArticleText(article_id=1, title="a", lead="b", body="", time=_MARCH_12),
        ArticleText(article_id=2, title="c", lead="It happened on March 3.", body="", seen=1e10),
        ArticleText(article_id=3, title="d", lead="No day here.", body="", seen=1e10),
    ]
    out = _with_mentioned_times(items, None)
    assert [a.time for a in out] == [_MARCH_12, None, None]
    assert [a.mentioned_time for a in out] == [None, _day(2026, 3, 3), None]


def test_a_full_date_in_capitals_is_read() -> None:
    lead = "MONDAY, MAY 23, 2005 - The harbour board of Tarsk met for the last time."
    assert mentioned_time("TARSK BOARD MEETS", lead, None) == _day(2005, 5, 23)
    assert mentioned_time("BOARD MEETS ON 23 MAY 2005", "x", None) == _day(2005, 5, 23)
