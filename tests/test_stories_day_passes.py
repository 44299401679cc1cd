"""A dated import is clustered one day at a time, each day closed by a merge pass.

A dated import used to move the clock to its last day in one batch, so the stories of its
first weeks left the live window before the run's merge pass saw them: two reports of one
event that just missed each other at their join stayed two stories (session 35: one
sub-topic's three same-day reports, three stories). A stream's daily runs each close their day
with a merge pass; ``day_passes`` does the same within one call (the call's term counts are
still taken first, so the IDF does not depend on how the call is cut).

The reports are invented. ``_NO_JOIN`` raises the join threshold so that every article starts
its own story and the merge pass alone decides.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsbeat.stories import cluster
from newsbeat.stories.cluster import ClusterOptions, ClusterState, _day_bounds, cluster_articles
from newsbeat.stories.features import ArticleFeatures, ArticleText, Vectoriser, build_features
from newsbeat.stories.features import parse_time as _time

_REPORTS = {
    "lock": (
        "Brannock canal lock gate bursts, barges stranded at Tolvey",
        "The upper gate of the Tolvey lock on the Brannock canal burst on Monday night and "
        "drained the reach above it, leaving eleven barges stranded on the mud, the Brannock "
        "Waterways Trust said.\n\n"
        "Engineers from the Trust said the oak gate, fitted in 1961, had split along a seam. "
        "Nobody was hurt, but two narrowboats tipped on their sides as the water fell.",
        "2026-02-02T08:00:00+00:00",
    ),
    "lock-later": (
        "Tolvey lock repairs on the Brannock canal to take six weeks",
        "Repairs to the burst Tolvey lock gate on the Brannock canal will take six weeks, the "
        "Brannock Waterways Trust said on Tuesday, as crews began lifting the stranded barges "
        "off the mud.\n\n"
        "A new oak gate will be made at the Trust's yard. Boat owners asked for the reach to be "
        "refilled first so that their barges could float.",
        "2026-02-03T09:00:00+00:00",
    ),
}

# one-article stories of other subjects that move the clock on, a week apart
_SUBJECTS = [
    ("Orchard growers count the cost of a late frost", "frost blossom orchard growers fires"),
    ("Harbour club wins the cup final on penalties", "cup final penalties goalkeeper trophy"),
    ("Grain prices fall as the new harvest comes in", "grain harvest prices traders stocks"),
    ("Choir of the old mill town sings in the capital", "choir concert singers hall applause"),
    ("School of music opens a new wing for drummers", "music school drummers wing pupils"),
    ("Apple growers expect a record crop this autumn", "apples crop autumn pickers weather"),
    ("Coastal path reopens after winter landslips", "coastal path landslips walkers cliffs"),
    ("Museum of clocks shows its oldest pendulum", "museum clocks pendulum visitors display"),
    ("Chess club of the river town wins the league", "chess league players moves tournament"),
]


def _background(start_day: int) -> dict[str, tuple[str, str, str]]:
    out = {}
    for n, (title, words) in enumerate(_SUBJECTS):
        day = start_day + 7 * n
        month, mday = divmod(day - 1, 28)
        body = (
            f"{title}. The {words} were the talk of the region this week. "
            f"Local people said the {words} had never been seen like this before, and "
            "the council said it would look at the figures again next month."
        )
        out[f"bg{n}"] = (title, body, f"2026-{month + 2:02d}-{mday + 1:02d}T12:00:00+00:00")
    return out


_NO_JOIN = replace(ClusterOptions(), threshold=0.95, revive_threshold=0.95)


def _features(
    reports: dict[str, tuple[str, str, str]], keys: list[str], dated: set[str]
) -> list[ArticleFeatures]:
    items = []
    for n, key in enumerate(keys, start=1):
        title, text, published = reports[key]
        items.append(
            ArticleText(
                article_id=n,
                title=title,
                lead=text[:300],
                body=text[300:],
                time=_time(published) if key in dated else None,
            )
        )
    items.sort(key=lambda item: (item.time is None, item.time or 0.0, item.article_id))
    return build_features(Vectoriser(), items, names=False)


def _groups(
    keys: list[str], options: ClusterOptions, *, undated: frozenset[str] = frozenset()
) -> set[frozenset[str]]:
    reports = {**_REPORTS, **_background(3)}
    features = _features(reports, keys, set(keys) - undated)
    result = cluster_articles(ClusterState(), features, options)
    stories: dict[str, set[str]] = {}
    for assignment in result.assignments:
        stories.setdefault(assignment.story_id, set()).add(keys[assignment.article_id - 1])
    return {frozenset(members) for members in stories.values()}


_BACKGROUND = [f"bg{n}" for n in range(len(_SUBJECTS))]


def test_the_background_moves_the_clock_past_the_window() -> None:
    times = [_time(report[2]) for report in _background(3).values()]
    lock = _time(_REPORTS["lock-later"][2])
    assert (max(times) - lock) / 86400 > ClusterOptions().live_days


def test_a_pass_closes_the_day_of_two_reports_that_missed_each_other() -> None:
    keys = ["lock", "lock-later", *_BACKGROUND]
    assert frozenset({"lock", "lock-later"}) in _groups(keys, _NO_JOIN)
    left_behind = _groups(keys, replace(_NO_JOIN, day_passes=False))
    assert frozenset({"lock"}) in left_behind
    assert frozenset({"lock-later"}) in left_behind


def test_each_day_is_closed_by_a_merge_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = ["lock", "lock-later", *_BACKGROUND]
    features = _features({**_REPORTS, **_background(3)}, keys, set(keys))
    passes = []
    real = cluster.merge_pass

    def counted(*args: object, **kwargs: object) -> None:
        passes.append(1)
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cluster, "merge_pass", counted)
    cluster_articles(ClusterState(), features, _NO_JOIN)
    days = {int(f.time // 86400) for f in features if f.time is not None}
    assert len(days) > 2
    assert len(passes) == len(days)
    passes.clear()
    cluster_articles(ClusterState(), features, replace(_NO_JOIN, day_passes=False))
    assert len(passes) == 1


def test_undated_articles_after_the_dated_ones_are_one_run() -> None:
    keys = ["lock", "lock-later", *_BACKGROUND]
    reports = {**_REPORTS, **_background(3)}
    undated = {"bg7", "bg8"}
    features = _features(reports, keys, set(keys) - undated)
    runs = _day_bounds(features)
    days = {int(f.time // 86400) for f in features if f.time is not None}
    assert len(runs) == len(days) + 1
    assert [end - first for first, end in runs[:-1]] == [
        sum(1 for f in features if f.time is not None and int(f.time // 86400) == day)
        for day in sorted(days)
    ]
    first, end = runs[-1]
    assert [f.article_id for f in features[first:end]] == [
        keys.index(k) + 1 for k in sorted(undated)
    ]
