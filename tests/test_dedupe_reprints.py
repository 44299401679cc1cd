"""Near-duplicate detection: trimmed and edited reprints are found, other reports are not."""

from __future__ import annotations

from tests._stories_support import load_fixture, run_stages, store_fixture

from newsbeat.settings import DedupeSettings, Settings
from newsbeat.store import SQLiteStore
from newsbeat.stories.dedupe import (
    EXPANDED_SHARE,
    DedupeOptions,
    ReprintIndex,
    find_reprints,
    shingles,
)

OPTIONS = DedupeOptions()


def _texts() -> dict[str, str]:
    return {a["key"]: a["text"] for a in load_fixture("reprint.json")["articles"]}


def test_shingles_ignore_case_punctuation_and_spacing() -> None:
    a = shingles("The Fire  destroyed, the LIBRARY in Lisk early on Monday.")
    b = shingles("the fire destroyed the library in lisk early on monday")
    assert len(a) > 0 and list(a) == list(b)


def test_trimmed_and_edited_reprints_found_own_report_not() -> None:
    t = _texts()
    found = find_reprints(
        [],
        [(1, t["wire"]), (2, t["reprint-trimmed"]), (3, t["reprint-edited"]), (4, t["own-report"])],
        OPTIONS,
    )
    assert found == {2: 1, 3: 1}


def test_reprint_of_an_already_stored_article() -> None:
    t = _texts()
    assert find_reprints([(10, t["wire"])], [(11, t["reprint-edited"])], OPTIONS) == {11: 10}


def test_an_expanded_copy_is_no_reprint_a_trimmed_one_is() -> None:
    # reader20: a wire story's longer version was filed as the reprint of its first version
    # and everything it added was never read
    wire = _texts()["wire"]
    added = (
        "\n\nLater on Monday the council said the reading room would reopen in a school hall"
        " on Quay Street from next week, with 2,000 books lent by the Orsa library, and that"
        " a public meeting on the rebuilding would be held on Thursday evening. Firefighters"
        " said the blaze had started in a storeroom at the back of the building, where old"
        " newspapers were kept, and that an electrical fault was the most likely cause."
        " The library's head, Maren Voss, said staff had saved the parish registers."
    )
    longer = wire + added
    assert len(shingles(longer)) - len(shingles(wire)) >= EXPANDED_SHARE * len(shingles(longer))
    assert find_reprints([], [(1, wire), (2, longer)], OPTIONS) == {}
    assert find_reprints([], [(1, longer), (2, wire)], OPTIONS) == {2: 1}  # trimmed: a reprint


def test_a_copy_with_a_tail_of_page_furniture_is_still_a_reprint() -> None:
    # the review: a verbatim copy with 30 % of "Related coverage" lines counted as a second
    # source of everything it copied
    wire = _texts()["wire"]
    tail = " ".join(
        f"Related coverage: Orsa story number {n} of the week. Subscribe to our newsletter."
        for n in range(10)
    )
    copy = f"{wire}\n\n{tail}"
    own = 1 - len(shingles(wire)) / len(shingles(copy))
    assert 0.3 < own < EXPANDED_SHARE  # a third of the text, as in the review
    assert find_reprints([], [(1, wire), (2, copy)], OPTIONS) == {2: 1}


def test_short_texts_are_never_called_reprints() -> None:
    index = ReprintIndex(OPTIONS)
    short = shingles("Dunmere choir wins regional contest. More soon.")
    index.add(1, short)
    assert len(index) == 0
    assert index.match(short) is None


def test_threshold_is_configurable() -> None:
    t = _texts()
    strict = DedupeOptions(threshold=0.99)
    found = find_reprints([], [(1, t["wire"]), (2, t["reprint-edited"])], strict)
    assert found == {}


def test_settings_threshold_reaches_the_stage(fresh_store: SQLiteStore) -> None:
    ids = store_fixture(fresh_store, "reprint.json")
    counts = run_stages(fresh_store, Settings(dedupe=DedupeSettings(threshold=0.99)))["dedupe"]
    # At 0.99 only the trimmed copy (a strict subset of the wire text) is still a reprint.
    assert counts == {"checked": 4, "duplicates": 1}
    assert fresh_store.get_article(ids["reprint-edited"]).duplicate_of is None
    assert fresh_store.get_article(ids["reprint-trimmed"]).duplicate_of == ids["wire"]


def test_second_run_checks_only_new_articles(fresh_store: SQLiteStore) -> None:
    store_fixture(fresh_store, "reprint.json")
    assert run_stages(fresh_store)["dedupe"] == {"checked": 4, "duplicates": 2}
    assert run_stages(fresh_store)["dedupe"] == {"checked": 0, "duplicates": 0}
