"""Every part at once, transactions (all or nothing), and closing (what was stored stays)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbeat.exceptions import StoreError
from newsbeat.models import Beat, Enrichment, Source
from newsbeat.store import (
    AlertStore,
    AnalysisStore,
    ArticleStore,
    BeatStore,
    EnrichmentStore,
    SearchStore,
    SourceStore,
    Store,
    StoreLifecycle,
    StoryStore,
    Transactional,
)
from store_contract.backends import Backend
from store_contract.records import add, article, story

PARTS = (
    StoreLifecycle,
    Transactional,
    ArticleStore,
    SearchStore,
    BeatStore,
    SourceStore,
    AlertStore,
    StoryStore,
    EnrichmentStore,
    AnalysisStore,
)


def _methods(protocol: type) -> set[str]:
    return {name for name, value in vars(protocol).items() if callable(value) and name[0] != "_"}


def test_the_parts_partition_the_store() -> None:
    """Each method of Store is declared by exactly one part (so the suite covers them all)."""
    declared = [name for part in PARTS for name in _methods(part)]
    assert len(declared) == len(set(declared))
    assert set(declared) == {n for n in dir(Store) if not n.startswith("_")}
    assert len(declared) == 60


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.__name__)
def test_the_backend_implements_every_part(store: Store, part: type) -> None:
    assert isinstance(store, part)
    for name in _methods(part):
        assert callable(getattr(store, name)), name


def test_a_transaction_commits_everything_inside(store: Store) -> None:
    with store.transaction():
        (aid,) = add(store, article("Alliance signed"))
        store.add_beat(Beat(name="alliance", query="alliance"))
        store.save_story(story("s-1"))
        store.assign_articles("s-1", [aid])
    assert store.get_story("s-1").article_ids == [aid]
    assert store.count_articles(beat="alliance") == 1


def test_a_failing_transaction_leaves_nothing_half_written(store: Store) -> None:
    (kept,) = add(store, article("Kept"))
    with pytest.raises(ValueError, match="stop here"), store.transaction():
        (aid,) = add(store, article("Alliance signed"))
        store.add_beat(Beat(name="alliance", query="alliance"))
        store.save_story(story("s-1"))
        store.assign_articles("s-1", [aid])
        store.save_enrichment(Enrichment(article_id=kept))
        store.save_story_analysis("s-1", "summary", "stamp", {})
        store.add_source(Source(type="feed", url="http://127.0.0.1/feed.xml"))
        store.set_duplicate(kept, aid)
        store.save_stage_state("stories", b"state")
        raise ValueError("stop here")  # a caller's own error comes out unchanged
    assert [a.id for a in store.iter_articles()] == [kept]
    assert store.get_article(kept).duplicate_of is None
    assert store.list_beats() == [] and store.list_stories() == [] and store.list_sources() == []
    assert store.unenriched_article_ids() == [kept]
    assert store.get_story_analysis("s-1", "summary") is None
    assert store.get_stage_state("stories") is None
    assert store.search("alliance") == []
    add(store, article("Written after the rollback"))  # the store is usable again
    assert store.count_articles() == 2


def test_nested_transactions_join_the_outer_one(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            add(store, article("Inner"))
        add(store, article("Outer"))
        raise RuntimeError("the outer block fails after the inner one ended")
    assert store.count_articles() == 0


def test_a_batch_the_database_refuses_is_a_store_error_and_rolled_back(store: Store) -> None:
    add(store, article("Kept"))
    bad = article("Broken")
    bad.title = None  # type: ignore[assignment]  # a title is required
    with pytest.raises(StoreError):
        store.add_articles([article("Would be new", url="https://a.test/new"), bad])
    assert [a.title for a in store.iter_articles()] == ["Kept"]
    assert not store.has_url("https://a.test/new")


def test_what_was_stored_survives_closing(persistent_backend: Backend, tmp_path: Path) -> None:
    store = persistent_backend.open(tmp_path)
    try:
        (aid,) = add(store, article("Alliance signed", url="https://a.test/1"))
        store.add_beat(Beat(name="alliance", query="alliance"))
        store.save_story(story("s-1"), state=b"state")
        store.assign_articles("s-1", [aid])
    finally:
        store.close()
    again = persistent_backend.open(tmp_path)
    try:
        assert again.get_article(aid).beats == ["alliance"]
        assert again.get_story("s-1").article_ids == [aid]
        assert again.story_state("s-1") == b"state"
        assert [h.article_id for h in again.search("alliance")] == [aid]
        assert again.add_articles([article("Again", url="https://a.test/1")]).existing_ids == [aid]
    finally:
        again.close()
