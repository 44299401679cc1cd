"""Short articles: they join a story by text score (``story_short_threshold``) or stay singletons.

Fixture ``short_join.json``: two full reports of one event and a brief under
``story_min_words`` words whose headline shares too little with theirs to join by title.
"""

from __future__ import annotations

from tests._stories_support import run_stages, store_fixture, story_by_key

from newsbeat.settings import Settings, StoriesSettings
from newsbeat.store import SQLiteStore
from newsbeat.stories.cluster import ClusterOptions
from newsbeat.stories.features import ArticleText, Vectoriser, build_features
from newsbeat.stories.stage import cluster_options

FIXTURE = "short_join.json"


def _brief_facts(store: SQLiteStore, ids: dict[str, int]) -> tuple[int, float]:
    """Words in the brief and its best headline overlap (Jaccard) with the full reports."""
    article = store.get_article(ids["rescue-brief"])
    item = ArticleText(
        article_id=ids["rescue-brief"], title=article.title, lead="", body=article.text
    )
    length = build_features(Vectoriser(), [item], names=False)[0].length
    brief = set(article.title.casefold().split())
    overlaps = []
    for key in ("rescue-wire", "rescue-courier"):
        other = set(store.get_article(ids[key]).title.casefold().split())
        overlaps.append(len(brief & other) / len(brief | other))
    return length, max(overlaps)


def test_the_setting_reaches_the_clustering() -> None:
    options = cluster_options(Settings(stories=StoriesSettings(short_threshold=0.4))).cluster
    assert options.short_threshold == 0.4
    assert cluster_options(Settings()).cluster.short_threshold == Settings().stories.short_threshold


def test_short_article_joins_a_story_by_text_score(fresh_store: SQLiteStore) -> None:
    ids = store_fixture(fresh_store, FIXTURE)
    counts = run_stages(fresh_store)["stories"]
    length, overlap = _brief_facts(fresh_store, ids)
    # The brief takes the short-article path, and its headline alone would not let it join.
    assert length < Settings().stories.min_words
    assert overlap < ClusterOptions().title_threshold
    story_of = story_by_key(fresh_store, ids)
    assert story_of["rescue-brief"] is not None
    assert story_of["rescue-brief"] == story_of["rescue-wire"] == story_of["rescue-courier"]
    story = fresh_store.get_story(str(story_of["rescue-brief"]))
    assert story.status != "singleton"
    assert sorted(story.article_ids) == sorted(ids.values())
    assert counts["singletons"] == 0


def test_short_article_below_the_setting_stays_a_marked_singleton(
    fresh_store: SQLiteStore,
) -> None:
    ids = store_fixture(fresh_store, FIXTURE)
    counts = run_stages(fresh_store, Settings(stories=StoriesSettings(short_threshold=0.9)))[
        "stories"
    ]
    story_of = story_by_key(fresh_store, ids)
    brief = fresh_store.get_story(str(story_of["rescue-brief"]))
    assert brief.status == "singleton"
    assert brief.article_ids == [ids["rescue-brief"]]
    assert counts["singletons"] == 1
    # The full reports are unaffected: one story, not a singleton.
    assert story_of["rescue-wire"] == story_of["rescue-courier"] != story_of["rescue-brief"]
    full = fresh_store.get_story(str(story_of["rescue-wire"]))
    assert full.status != "singleton"
