"""Stable story IDs across runs, incremental runs, merges that keep old IDs resolvable."""

from __future__ import annotations

import dataclasses

from tests._stories_support import articles_of, load_fixture, run_stages, story_by_key

from newsbeat.settings import Settings
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import ArticleText, Vectoriser, build_features
from newsbeat.stories.stage import StoriesOptions, cluster_options, cluster_store


def _partition(store: SQLiteStore, name: str) -> dict[str, str | None]:
    fixture = load_fixture(name)
    result = store.add_articles(articles_of(fixture, name))
    ids = dict(zip((a["key"] for a in fixture["articles"]), result.new_ids, strict=True))
    run_stages(store)
    return story_by_key(store, ids)


def test_same_input_gives_same_story_ids_in_two_databases() -> None:
    first, second = SQLiteStore(":memory:"), SQLiteStore(":memory:")
    try:
        assert _partition(first, "same_event.json") == _partition(second, "same_event.json")
        third = SQLiteStore(":memory:")
        assert all(s and s.startswith("s-") for s in _partition(third, "reprint.json").values())
        third.close()
    finally:
        first.close()
        second.close()


def test_ids_stay_put_when_new_articles_arrive(fresh_store: SQLiteStore) -> None:
    fixture = load_fixture("same_event.json")
    articles = articles_of(fixture, "same_event.json")
    keys = [a["key"] for a in fixture["articles"]]
    early = [0, 4]  # bridge-wire and ferry-wire
    first = fresh_store.add_articles([articles[i] for i in early])
    run_stages(fresh_store)
    before = {keys[i]: fresh_store.story_of(n) for i, n in zip(early, first.new_ids, strict=True)}
    rest = [i for i in range(len(articles)) if i not in early]
    second = fresh_store.add_articles([articles[i] for i in rest])
    counts = run_stages(fresh_store)["stories"]
    assert counts["articles"] == len(rest)  # only the new ones were clustered
    after = {keys[i]: fresh_store.story_of(n) for i, n in zip(rest, second.new_ids, strict=True)}
    assert after["bridge-post"] == before["bridge-wire"]
    assert after["bridge-chronicle"] == before["bridge-wire"]
    assert after["ferry-post"] == before["ferry-wire"]
    for i, article_id in zip(early, first.new_ids, strict=True):  # first run's IDs unchanged
        assert fresh_store.story_of(article_id) == before[keys[i]]
        assert fresh_store.get_story(str(before[keys[i]])).id == before[keys[i]]


def test_merge_pass_records_merge_and_old_id_resolves(fresh_store: SQLiteStore) -> None:
    fixture = load_fixture("same_event.json")
    articles = articles_of(fixture, "same_event.json")[:4]  # the four bridge reports
    base = cluster_options(Settings())
    strict = StoriesOptions(
        cluster=dataclasses.replace(
            base.cluster, threshold=0.99, merge_threshold=2.0, small_merge_threshold=2.0
        ),
        features=base.features,
    )
    first = fresh_store.add_articles(articles[:2])
    cluster_store(fresh_store, strict)  # no joins, no merges: two stories
    old = [fresh_store.story_of(i) for i in first.new_ids]
    assert old[0] != old[1]
    fresh_store.add_articles(articles[2:])
    counts = cluster_store(fresh_store, base)  # normal thresholds: the merge pass joins them
    assert counts["merged"] >= 1
    merged = {fresh_store.story_of(i) for i in first.new_ids}
    assert len(merged) == 1
    survivor = merged.pop()
    for story_id in old:
        assert fresh_store.get_story(str(story_id)).id == survivor
    story = fresh_store.get_story(str(survivor))
    assert len(story.article_ids) == 4


def test_batch_size_does_not_change_the_result() -> None:
    texts = (
        load_fixture("shared_keyword.json")["articles"]
        + load_fixture("same_event.json")["articles"]
    )
    items = [
        ArticleText(article_id=n + 1, title=a["title"], lead=a["text"][:400], body=a["text"][400:])
        for n, a in enumerate(texts)
    ]
    vectoriser = Vectoriser()
    results = []
    for size in (1, 3, 256):
        feats = build_features(vectoriser, items)
        options = ClusterOptions(batch_size=size)
        result = cluster_articles(ClusterState(), feats, options)
        results.append([(a.story_id, round(a.score, 3)) for a in result.assignments])
    assert results[0] == results[1] == results[2]


def test_small_stories_get_a_second_chance_in_the_merge_pass() -> None:
    # Join threshold out of reach and normal merges off: each bridge report starts a story.
    # Stories of at most small_story_size members still merge at small_merge_threshold.
    texts = load_fixture("same_event.json")["articles"][:4]
    items = [
        ArticleText(article_id=n + 1, title=a["title"], lead=a["text"][:400], body=a["text"][400:])
        for n, a in enumerate(texts)
    ]
    feats = build_features(Vectoriser(), items)
    strict = ClusterOptions(threshold=0.99, merge_threshold=2.0)
    merged = cluster_articles(ClusterState(), feats, strict)
    assert merged.merges
    assert len({a.story_id for a in merged.assignments}) == 1
    without = dataclasses.replace(strict, small_story_size=0)
    apart = cluster_articles(ClusterState(), feats, without)
    assert not apart.merges
    assert len({a.story_id for a in apart.assignments}) == 4


def test_second_chance_is_not_loosened_by_nearness_in_time() -> None:
    # Two reports of the same day: the time bonus raises ordinary scores, but the small-story
    # threshold is a floor on text alone. Find the highest small threshold at which the two
    # merge undated, then set it just above: dated on the same day, they must stay apart.
    texts = load_fixture("same_event.json")["articles"][:2]

    def merged(small_threshold: float, time: float | None, bonus: float = 1.0) -> bool:
        items = [
            ArticleText(
                article_id=n + 1,
                title=a["title"],
                lead=a["text"][:400],
                body=a["text"][400:],
                time=time,
            )
            for n, a in enumerate(texts)
        ]
        options = ClusterOptions(
            threshold=0.99,
            merge_threshold=2.0,
            small_merge_threshold=small_threshold,
            same_day_bonus=bonus,
        )
        return bool(
            cluster_articles(ClusterState(), build_features(Vectoriser(), items), options).merges
        )

    grid = [round(0.01 * k, 2) for k in range(1, 100)]
    highest = max(t for t in grid if merged(t, None))
    above = highest + 0.01
    assert not merged(above, None)
    assert above < highest * (1.0 + ClusterOptions().time_bonus)  # the bonus would reach it
    assert not merged(above, 20_000.0)
    assert merged(highest, 20_000.0)
    # save for a lone report whose headline and lead tell the other's event (two same-day
    # reports of one bridge strike): it keeps same_day_bonus of the time factor, not all of it
    # (tests/test_stories_lone_report.py)
    bonus = ClusterOptions().same_day_bonus
    assert merged(above, 20_000.0, bonus)
    assert not merged(round(highest * bonus + 0.02, 2), 20_000.0, bonus)
