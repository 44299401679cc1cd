"""Story grouping on hand-written fixtures (tests/fixtures/stories/*.json, expectations inside)."""

from __future__ import annotations

import pytest
from tests._stories_support import FIXTURES, load_fixture, run_stages, store_fixture, story_by_key

from newsbeat.store import SQLiteStore

NAMES = sorted(p.name for p in FIXTURES.glob("*.json"))


def test_fixtures_exist() -> None:
    assert {"same_event.json", "shared_keyword.json", "reprint.json", "short_text.json"} <= set(
        NAMES
    )


@pytest.mark.parametrize("name", NAMES)
def test_expected_stories(fresh_store: SQLiteStore, name: str) -> None:
    fixture = load_fixture(name)
    ids = store_fixture(fresh_store, name)
    run_stages(fresh_store)
    story_of = story_by_key(fresh_store, ids)
    groups = fixture["expect"]["stories"]
    for group in groups:
        found = {story_of[key] for key in group}
        assert len(found) == 1 and None not in found, f"{name}: {group} split over {found}"
    firsts = [story_of[group[0]] for group in groups]
    assert len(set(firsts)) == len(firsts), f"{name}: different stories were merged: {groups}"


@pytest.mark.parametrize("name", NAMES)
def test_expected_duplicates(fresh_store: SQLiteStore, name: str) -> None:
    fixture = load_fixture(name)
    ids = store_fixture(fresh_store, name)
    run_stages(fresh_store)
    marked = {
        (key, fresh_store.get_article(i).duplicate_of)
        for key, i in ids.items()
        if fresh_store.get_article(i).duplicate_of is not None
    }
    expected = {(reprint, ids[original]) for reprint, original in fixture["expect"]["duplicates"]}
    assert marked == expected


def test_reprint_keeps_every_appearance(fresh_store: SQLiteStore) -> None:
    ids = store_fixture(fresh_store, "reprint.json")
    run_stages(fresh_store)
    appearances = fresh_store.appearances(ids["wire"])
    outlets = {a.outlet for a in appearances}
    assert outlets == {"Coastline Press Wire", "Kittby Chronicle", "Orsa Courier"}
    # Nothing lost: the reprint keeps its own headline, text, URL and provenance.
    reprint = fresh_store.get_article(ids["reprint-trimmed"])
    assert reprint.title == "Lisk library burns down overnight"
    assert reprint.url == "https://chronicle.example/lisk-library-blaze"
    assert reprint.provenance and reprint.provenance[0].location == "reprint.json#reprint-trimmed"
    assert fresh_store.story_of(ids["reprint-trimmed"]) is None  # in the story through its copy


def test_short_texts_are_marked_singletons(fresh_store: SQLiteStore) -> None:
    fixture = load_fixture("short_text.json")
    ids = store_fixture(fresh_store, "short_text.json")
    counts = run_stages(fresh_store)["stories"]
    story_of = story_by_key(fresh_store, ids)
    for key in fixture["expect"]["singletons"]:
        story = fresh_store.get_story(str(story_of[key]))
        assert story.status == "singleton"
        assert story.article_ids == [ids[key]]
    assert counts["singletons"] == len(fixture["expect"]["singletons"])
    quay = fresh_store.get_story(str(story_of["quay-1"]))
    assert quay.status != "singleton"


def test_all_caps_headline_is_not_the_title(fresh_store: SQLiteStore) -> None:
    ids = store_fixture(fresh_store, "edge_cases.json")
    run_stages(fresh_store)
    story = fresh_store.get_story(str(story_by_key(fresh_store, ids)["fennick-budget-1"]))
    assert not story.title.isupper()
    assert story.title in {
        "Council approves budget",
        "Fennick school extension underfunded, opposition says after budget vote",
    }


def test_undated_article_uses_import_time_and_is_counted(fresh_store: SQLiteStore) -> None:
    ids = store_fixture(fresh_store, "edge_cases.json")
    counts = run_stages(fresh_store)["stories"]
    assert counts["undated"] == 1
    undated = fresh_store.get_article(ids["fennick-undated"])
    assert undated.published is None and undated.imported_at
    hallan = fresh_store.get_story(str(story_by_key(fresh_store, ids)["hallan-budget"]))
    assert hallan.first_seen.startswith("2026-08-24")
