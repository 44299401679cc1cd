"""AnalysisStore: story analyses with the stamp of their inputs; the stamp tracks the inputs."""

from __future__ import annotations

import time

from newsbeat.models import Enrichment
from newsbeat.store import Store
from store_contract.records import add, article, story


def test_analyses_round_trip_per_story_and_kind(store: Store) -> None:
    store.save_story(story("s-1"))
    store.save_story(story("s-2"))
    data = {"summary": [{"text": "Pact signed – 18 m kronor", "n": 1.5}], "empty": None}
    store.save_story_analysis("s-1", "summary", "stamp-1", data)
    store.save_story_analysis("s-1", "compare", "stamp-c", {"conflicts": []})
    assert store.get_story_analysis("s-1", "summary") == ("stamp-1", data)
    assert store.get_story_analysis("s-1", "compare") == ("stamp-c", {"conflicts": []})
    assert store.get_story_analysis("s-2", "summary") is None
    assert store.get_story_analysis("s-nothing", "summary") is None
    store.save_story_analysis("s-1", "summary", "stamp-2", {"summary": []})
    assert store.get_story_analysis("s-1", "summary") == ("stamp-2", {"summary": []})


def test_the_inputs_stamp_is_stable_until_an_input_changes(store: Store) -> None:
    ids = add(
        store,
        article("A", outlet="X", published="2026-02-01"),
        article("B", outlet="Y", published="2026-02-02"),
        article("Reprint of A", outlet="Z"),
        article("Elsewhere", outlet="W"),
    )
    store.save_story(story("s-1"))
    store.save_story(story("s-2"))
    store.assign_articles("s-1", [ids[0]])
    stamps = [store.story_inputs_stamp("s-1")]
    assert store.story_inputs_stamp("s-1") == stamps[-1]  # the same inputs, the same stamp
    assert isinstance(stamps[-1], str) and stamps[-1]

    def changed() -> bool:
        stamps.append(store.story_inputs_stamp("s-1"))
        return stamps[-1] not in stamps[:-1]

    store.assign_articles("s-1", [ids[1]])
    assert changed(), "an article joined"
    store.set_duplicate(ids[2], ids[0])
    assert changed(), "a reprint of a member was found"
    store.save_enrichment(Enrichment(article_id=ids[0]))
    assert changed(), "a member was enriched"
    time.sleep(1.01)  # times have one-second resolution
    store.save_enrichment(Enrichment(article_id=ids[0]))
    assert changed(), "a member was enriched again"
    store.rename_outlet("Y", "Y Daily")
    assert changed(), "a member's outlet was renamed"
    store.assign_articles("s-2", [ids[1]])
    assert changed(), "an article left"
    # what is not an input leaves the stamp alone
    before = store.story_inputs_stamp("s-1")
    store.save_enrichment(Enrichment(article_id=ids[3]))
    store.save_story_analysis("s-1", "summary", before, {})
    store.save_story(story("s-1", title="Renamed"))
    assert store.story_inputs_stamp("s-1") == before
    assert store.story_inputs_stamp("s-2") != before
