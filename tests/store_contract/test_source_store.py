"""SourceStore: sources (idempotent), their poll state, and pages whose fetch failed."""

from __future__ import annotations

import time

import pytest

from newsbeat.exceptions import NotFoundError
from newsbeat.models import Beat, Source
from newsbeat.store import Store
from store_contract.records import add, article

FEED = "http://127.0.0.1/feed.xml"


def test_sources_are_idempotent_on_type_url_and_beat(store: Store) -> None:
    store.add_beat(Beat(name="alliance", query="alliance"))
    plain = store.add_source(Source(type="feed", url=FEED))
    assert plain.id is not None
    assert store.add_source(Source(type="feed", url=FEED)).id == plain.id
    of_beat = store.add_source(Source(type="feed", url=FEED, beat="alliance"))
    assert of_beat.id not in (None, plain.id)
    assert store.add_source(Source(type="feed", url=FEED, beat="alliance")).id == of_beat.id
    sitemap = store.add_source(Source(type="sitemap", url=FEED))
    assert [s.id for s in store.list_sources()] == [plain.id, of_beat.id, sitemap.id]


def test_list_sources_of_a_beat_includes_sources_without_one(store: Store) -> None:
    for name in ("alliance", "harbour"):
        store.add_beat(Beat(name=name, query=name))
    everywhere = store.add_source(Source(type="feed", url="http://127.0.0.1/all.xml"))
    alliance = store.add_source(Source(type="feed", url=FEED, beat="alliance"))
    store.add_source(Source(type="feed", url="http://127.0.0.1/h.xml", beat="harbour"))
    assert [s.id for s in store.list_sources(beat="alliance")] == [everywhere.id, alliance.id]
    assert len(store.list_sources()) == 3


def test_update_source_keeps_poll_state(store: Store) -> None:
    src = store.add_source(Source(type="feed", url=FEED))
    src.etag, src.last_modified = '"abc"', "Tue, 03 Feb 2026 10:00:00 GMT"
    src.last_poll, src.last_status = "2026-02-03T10:00:00+00:00", "error"
    src.last_error, src.consecutive_errors = "HTTP 503", 2
    store.update_source(src)
    (got,) = store.list_sources()
    assert got == src
    assert store.add_source(Source(type="feed", url=FEED)) == src  # returned with its state


def test_a_source_keeps_its_retry_time_and_its_own_interval(store: Store) -> None:
    src = store.add_source(Source(type="feed", url=FEED, poll_every=600.0))
    assert src.poll_every == 600.0 and src.retry_at is None
    src.retry_at = "2026-02-03T11:00:00+00:00"
    store.update_source(src)
    assert store.list_sources() == [src]
    assert store.add_source(Source(type="feed", url=FEED)).poll_every == 600.0  # kept
    assert store.add_source(Source(type="feed", url=FEED, poll_every=60)).poll_every == 60.0


def test_remove_source(store: Store) -> None:
    src = store.add_source(Source(type="feed", url=FEED))
    assert src.id is not None
    store.remove_source(src.id)
    assert store.list_sources() == []
    with pytest.raises(NotFoundError) as caught:
        store.remove_source(src.id)
    assert (caught.value.kind, caught.value.key) == ("source", src.id)
    assert str(caught.value) == f"no source with id {src.id}"


def test_sources_go_with_their_beat(store: Store) -> None:
    store.add_beat(Beat(name="alliance", query="alliance"))
    kept = store.add_source(Source(type="feed", url="http://127.0.0.1/all.xml"))
    store.add_source(Source(type="feed", url=FEED, beat="alliance"))
    store.remove_beat("alliance")
    assert [s.id for s in store.list_sources()] == [kept.id]


def test_fetch_failures_count_attempts_until_cleared(store: Store) -> None:
    store.record_fetch_failures([("https://a.test/1", "HTTP 500"), ("https://a.test/2", "timeout")])
    first = {f.url: f for f in store.list_fetch_failures()}
    assert {u: (f.error, f.attempts) for u, f in first.items()} == {
        "https://a.test/1": ("HTTP 500", 1),
        "https://a.test/2": ("timeout", 1),
    }
    time.sleep(1.01)  # times have one-second resolution: the next failure is later
    store.record_fetch_failures([("https://a.test/2", "HTTP 404")])
    failures = store.list_fetch_failures()
    assert [f.url for f in failures] == ["https://a.test/2", "https://a.test/1"]  # recent first
    again = failures[0]
    assert (again.error, again.attempts) == ("HTTP 404", 2)
    assert again.first_failed == first["https://a.test/2"].first_failed
    assert again.last_failed > again.first_failed
    store.clear_fetch_failures(["https://a.test/2", "https://a.test/never-failed"])
    assert [f.url for f in store.list_fetch_failures()] == ["https://a.test/1"]
    store.clear_fetch_failures([])
    assert len(store.list_fetch_failures()) == 1


def test_a_url_failing_twice_in_one_batch_counts_two_attempts(store: Store) -> None:
    first, second = "https://a.test/1", "https://a.test/2"
    store.record_fetch_failures([(first, "HTTP 500"), (first, "timeout"), (second, "x")])
    found = {f.url: (f.error, f.attempts) for f in store.list_fetch_failures()}
    assert found == {first: ("timeout", 2), second: ("x", 1)}


def test_fetch_failures_are_independent_of_articles(store: Store) -> None:
    store.record_fetch_failures([("https://a.test/1", "HTTP 500")])
    add(store, article("Fetched at last", url="https://a.test/1"))
    assert [f.url for f in store.list_fetch_failures()] == ["https://a.test/1"]


def test_resolved_links_are_cached_once_per_link(store: Store) -> None:
    wrapped = "https://news.google.com/rss/articles/CBMiAU_yqLabc?oc=5"
    assert store.resolved_links([wrapped]) == {}
    store.save_resolved_links([(wrapped, "https://a.test/1", "news-search")])
    store.save_resolved_links([(wrapped, "https://a.test/2", "news-search")])  # replaced
    store.save_resolved_links([])
    assert store.resolved_links([wrapped, "https://b.test/unknown"]) == {
        wrapped: "https://a.test/2"
    }
    assert store.resolved_links([]) == {}
