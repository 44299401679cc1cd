"""StoryStore: stories, their articles, merges (old ids resolve), order and filters, state."""

from __future__ import annotations

import pytest

from newsbeat.exceptions import NotFoundError
from newsbeat.models import Beat
from newsbeat.store import Store
from store_contract.records import add, article, story


def test_a_story_reads_back_with_members_outlets_and_beats(store: Store) -> None:
    ids = add(
        store,
        article("Late", outlet="Y", published="2026-02-05T00:00:00+00:00"),
        article("Early alliance", outlet="X", published="2026-02-01T00:00:00+00:00"),
        article("Undated", outlet="X", imported_at="2026-02-03T00:00:00+00:00"),
        article("Outside"),
    )
    store.add_beat(Beat(name="alliance", query="alliance"))
    store.add_beat(Beat(name="body", query="body"))
    store.save_story(story("s-1", title="Pact", status="dormant"))
    store.assign_articles("s-1", ids[:3], similarity=0.8)
    got = store.get_story("s-1")
    assert (got.id, got.title, got.status) == ("s-1", "Pact", "dormant")
    assert (got.first_seen, got.last_updated) == (
        "2026-02-01T00:00:00+00:00",
        "2026-02-02T00:00:00+00:00",
    )
    assert got.article_ids == [ids[1], ids[2], ids[0]]  # by date (else import time), then id
    assert got.outlets == ["X", "Y"]
    assert got.beats == ["alliance", "body"]
    assert [store.story_of(i) for i in ids] == ["s-1", "s-1", "s-1", None]


def test_save_story_updates_the_header_and_keeps_state_unless_given(store: Store) -> None:
    store.save_story(story("s-1", title="First"), state=b"centroid-1")
    store.save_story(story("s-1", title="Second", last_updated="2026-02-09T00:00:00+00:00"))
    got = store.get_story("s-1")
    assert (got.title, got.last_updated) == ("Second", "2026-02-09T00:00:00+00:00")
    assert store.story_state("s-1") == b"centroid-1"
    store.save_story(story("s-1"), state=b"\x00centroid-2\xff")
    assert store.story_state("s-1") == b"\x00centroid-2\xff"
    assert store.story_state("s-nothing") is None
    assert len(store.list_stories()) == 1


def test_assigning_moves_articles_between_stories(store: Store) -> None:
    ids = add(store, article("A"), article("B"))
    for sid in ("s-1", "s-2"):
        store.save_story(story(sid))
    store.assign_articles("s-1", ids)
    store.assign_articles("s-2", iter([ids[1]]))  # any iterable
    assert store.get_story("s-1").article_ids == [ids[0]]
    assert store.get_story("s-2").article_ids == [ids[1]]
    assert store.story_of(ids[1]) == "s-2"


def test_unknown_story_is_not_found_with_its_kind_and_key(store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.get_story("s-nothing")
    assert (caught.value.kind, caught.value.key) == ("story", "s-nothing")
    assert str(caught.value) == "no story with id 's-nothing'"


def test_merged_stories_move_articles_and_old_ids_resolve(store: Store) -> None:
    ids = add(store, article("A", outlet="X"), article("B", outlet="Y"), article("C", outlet="Y"))
    for sid, members in (("s-1", ids[:1]), ("s-2", ids[1:2]), ("s-3", ids[2:])):
        store.save_story(story(sid), state=sid.encode())
        store.assign_articles(sid, members)
    store.merge_stories("s-2", "s-1")
    merged = store.get_story("s-2")
    assert merged.id == "s-1" and merged.article_ids == ids[:2] and merged.outlets == ["X", "Y"]
    assert store.story_of(ids[1]) == "s-1"
    assert store.story_state("s-1") == b"s-1"
    assert sorted(s.id for s in store.list_stories()) == ["s-1", "s-3"]
    # merges chain: an id merged into a story that was merged later still resolves
    store.merge_stories("s-1", "s-3")
    assert store.get_story("s-2").id == "s-3"
    assert store.get_story("s-1").article_ids == ids
    assert [s.id for s in store.list_stories()] == ["s-3"]


def test_related_stories_read_both_ways_and_follow_merges(store: Store) -> None:
    ids = add(store, *(article(t) for t in ("A", "B", "C", "D")))
    for sid, member in zip(("s-1", "s-2", "s-3", "s-4"), ids, strict=True):
        store.save_story(story(sid, title=f"Story {sid}"))
        store.assign_articles(sid, [member])
    store.link_stories("s-2", "s-1", 0.2)
    store.link_stories("s-3", "s-1", 0.3)
    store.link_stories("s-3", "s-1", 0.9)  # known: keeps its first score
    store.link_stories("s-4", "s-4", 0.5)  # a story is not related to itself
    assert [(s.id, s.title) for s in store.related_stories("s-1")] == [
        ("s-3", "Story s-3"),
        ("s-2", "Story s-2"),
    ]
    assert [s.id for s in store.related_stories("s-2")] == ["s-1"]
    assert store.related_stories("s-4") == []
    # a related story merged away resolves to the story it went into...
    store.merge_stories("s-2", "s-4")
    assert [s.id for s in store.related_stories("s-1")] == ["s-3", "s-4"]
    # ...the links of a story merged into another are that story's...
    assert [s.id for s in store.related_stories("s-4")] == ["s-1"]
    # ...and two related stories merged into one are no longer related to each other.
    store.merge_stories("s-3", "s-1")
    assert [s.id for s in store.related_stories("s-1")] == ["s-4"]
    assert [s.id for s in store.related_stories("s-3")] == ["s-4"]


def test_list_stories_most_covered_then_newest_first(store: Store) -> None:
    ids = add(
        store,
        *(article(f"A{i}", outlet=o) for i, o in enumerate(["X", "Y", "X", "X", "X", "Y", "Z"])),
    )
    layout = {
        "s-two-outlets": (ids[0:2], "2026-02-01T00:00:00+00:00"),
        "s-one-outlet-three": (ids[2:5], "2026-02-05T00:00:00+00:00"),
        "s-one-outlet-old": (ids[5:6], "2026-02-01T00:00:00+00:00"),
        "s-one-outlet-new": (ids[6:7], "2026-02-03T00:00:00+00:00"),
    }
    for sid, (members, updated) in layout.items():
        store.save_story(story(sid, last_updated=updated))
        store.assign_articles(sid, members)
    assert [s.id for s in store.list_stories()] == [
        "s-two-outlets",
        "s-one-outlet-three",
        "s-one-outlet-new",
        "s-one-outlet-old",
    ]
    assert [s.id for s in store.list_stories(since="2026-02-03T00:00:00+00:00")] == [
        "s-one-outlet-three",
        "s-one-outlet-new",
    ]


def test_list_stories_whose_span_meets_a_period(store: Store) -> None:
    ids = add(store, article("Quay opens"), article("Road closed"), article("Ferry sails"))
    spans = {
        "s-january": ("2026-01-10T00:00:00+00:00", "2026-01-20T00:00:00+00:00"),
        "s-february": ("2026-02-01T00:00:00+00:00", "2026-02-03T00:00:00+00:00"),
        "s-march": ("2026-03-05T00:00:00+00:00", "2026-03-09T00:00:00+00:00"),
    }
    for (sid, (first, last)), member in zip(spans.items(), ids, strict=True):
        store.save_story(story(sid, first_seen=first, last_updated=last))
        store.assign_articles(sid, [member])
    found = store.list_stories(since="2026-01-15T00:00:00+00:00", until="2026-02-01T00:00:00+00:00")
    assert sorted(s.id for s in found) == ["s-february", "s-january"]
    assert [s.id for s in store.list_stories(until="2026-01-31T00:00:00+00:00")] == ["s-january"]


def test_list_stories_of_a_beat(store: Store) -> None:
    ids = add(store, article("Alliance signed"), article("Harbour opens"))
    store.add_beat(Beat(name="alliance", query="alliance"))
    store.add_beat(Beat(name="volcano", query="volcano"))
    for sid, aid in (("s-alliance", ids[0]), ("s-harbour", ids[1])):
        store.save_story(story(sid))
        store.assign_articles(sid, [aid])
    assert [s.id for s in store.list_stories(beat="alliance")] == ["s-alliance"]
    assert store.list_stories(beat="volcano") == []
    with pytest.raises(NotFoundError) as caught:
        store.list_stories(beat="nosuch")
    assert (caught.value.kind, caught.value.key) == ("beat", "nosuch")


def test_unclustered_article_ids_leave_out_reprints_and_members(store: Store) -> None:
    ids = add(store, article("A"), article("B"), article("C"), article("D"))
    assert store.unclustered_article_ids() == ids
    store.set_duplicate(ids[3], ids[0])
    store.save_story(story("s-1"))
    store.assign_articles("s-1", [ids[1]])
    assert store.unclustered_article_ids() == [ids[0], ids[2]]


def test_stage_state_round_trips_and_is_replaced(store: Store) -> None:
    assert store.get_stage_state("stories") is None
    store.save_stage_state("stories", b"\x00\x01counts")
    store.save_stage_state("other", b"x")
    store.save_stage_state("stories", b"\x02new")
    assert store.get_stage_state("stories") == b"\x02new"
    assert store.get_stage_state("other") == b"x"


def test_story_languages_lists_each_storys_article_languages(store: Store) -> None:
    ids = add(
        store,
        article("One", language="en"),
        article("Two", language="nb"),
        article("Three", language="en"),
        article("Four"),
        article("Five"),
    )
    for sid in ("s-1", "s-2", "s-3"):
        store.save_story(story(sid))
    store.assign_articles("s-1", ids[:3])
    store.assign_articles("s-2", [ids[3]])  # no language known
    assert store.story_languages() == {"s-1": ["en", "nb"]}
