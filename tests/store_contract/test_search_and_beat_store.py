"""SearchStore and BeatStore: ranked full-text search, query validation, beats and membership."""

from __future__ import annotations

import pytest

from newsbeat.exceptions import NotFoundError, QueryError
from newsbeat.models import Beat
from newsbeat.store import Store
from store_contract.records import add, article


def test_search_ranks_title_matches_first_stems_and_marks_snippets(store: Store) -> None:
    ids = add(
        store,
        article("Council budget", "The towns formed alliances to clean beaches."),
        article(
            "Defence alliance signed",
            "Two states signed a pact.",
            outlet="Harbour Gazette",
            url="https://g.test/pact",
            published="2026-02-03",
        ),
        article("Weather", "Rain all week."),
    )
    hits = store.search("alliance")
    assert [h.article_id for h in hits] == [ids[1], ids[0]]
    assert [h.title for h in hits] == ["Defence alliance signed", "Council budget"]
    best = hits[0]
    assert (best.outlet, best.url, best.published) == (
        "Harbour Gazette",
        "https://g.test/pact",
        "2026-02-03",
    )
    assert "[alliances]" in hits[1].snippet  # the stem matched, marked in brackets
    assert hits[0].score <= hits[1].score  # bm25: lower is better


def test_search_limit_beat_and_no_hits(store: Store) -> None:
    add(
        store,
        *(article(f"Harbour report {i}", "The harbour reopened.") for i in range(5)),
        article("Alliance in the harbour", "An alliance about the harbour."),
    )
    assert len(store.search("harbour", limit=3)) == 3
    store.add_beat(Beat(name="alliance", query="alliance"))
    assert [h.title for h in store.search("harbour", beat="alliance")] == [
        "Alliance in the harbour"
    ]
    assert store.search("volcano") == []
    with pytest.raises(NotFoundError) as caught:
        store.search("harbour", beat="nosuch")
    assert (caught.value.kind, caught.value.key) == ("beat", "nosuch")


@pytest.mark.parametrize("query", ["AND (", '"unterminated', "   "])
def test_bad_queries_raise_query_error_naming_the_query(store: Store, query: str) -> None:
    add(store, article("Something"))
    with pytest.raises(QueryError) as caught:
        store.search(query)
    assert caught.value.query == query and caught.value.reason
    assert repr(query) in str(caught.value)
    with pytest.raises(QueryError):
        store.validate_query(query)


def test_validate_query_accepts_the_query_syntax(store: Store) -> None:
    for query in ("alliance", '"defence pact"', "alliance OR pact", "allian*", "a NOT b"):
        store.validate_query(query)  # no error


def test_beat_membership_follows_new_articles_and_redefinition(store: Store) -> None:
    add(store, article("Alliances formed"), article("Harbour news"))
    assert store.add_beat(Beat(name="alliance", query="alliance")) == 1
    (new,) = add(store, article("New alliance pact"))
    assert store.count_articles(beat="alliance") == 2
    assert store.get_article(new).beats == ["alliance"]
    assert store.add_beat(Beat(name="alliance", query="harbour")) == 1
    assert [a.title for a in store.iter_articles(beat="alliance")] == ["Harbour news"]
    assert store.get_beat("alliance").query == "harbour"
    assert [b.name for b in store.list_beats()] == ["alliance"]


def test_an_invalid_beat_query_creates_nothing(store: Store) -> None:
    with pytest.raises(QueryError):
        store.add_beat(Beat(name="broken", query="AND ("))
    assert store.list_beats() == []


def test_beats_round_trip_and_list_by_name(store: Store) -> None:
    zebra = Beat(name="zebra", query="zebra", created_at="2026-01-02T00:00:00+00:00")
    apple = Beat(name="apple", query='"apple pie"', created_at="2026-01-01T00:00:00+00:00")
    store.add_beat(zebra)
    store.add_beat(apple)
    assert store.get_beat("zebra") == zebra
    assert store.list_beats() == [apple, zebra]


def test_unknown_beat_is_not_found_with_its_kind_and_key(store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.get_beat("nosuch")
    assert (caught.value.kind, caught.value.key) == ("beat", "nosuch")
    assert str(caught.value) == "no beat named 'nosuch'"
    with pytest.raises(NotFoundError):
        store.remove_beat("nosuch")


def test_removing_a_beat_keeps_its_articles(store: Store) -> None:
    (aid,) = add(store, article("Alliance formed"))
    store.add_beat(Beat(name="alliance", query="alliance"))
    store.remove_beat("alliance")
    with pytest.raises(NotFoundError):
        store.get_beat("alliance")
    assert store.count_articles() == 1
    assert store.get_article(aid).beats == []
    assert store.beat_counts() == {}


def test_beat_counts_include_empty_beats(store: Store) -> None:
    add(store, article("Alliance formed"), article("Alliance ends"), article("Harbour"))
    store.add_beat(Beat(name="alliance", query="alliance"))
    store.add_beat(Beat(name="volcano", query="volcano"))
    assert store.beat_counts() == {"alliance": 2, "volcano": 0}


def test_an_interrupted_store_stops_its_searches(store: Store) -> None:
    from newsbeat.exceptions import QueryCancelledError

    add(store, article("Harbour news", "The harbour reopened."))
    assert store.search("harbour", timeout=10.0)  # a budget that is not reached changes nothing
    store.interrupt()
    with pytest.raises(QueryCancelledError) as caught:
        store.search("harbour")
    assert isinstance(caught.value, QueryError)  # callers that catch QueryError see it too
    assert caught.value.query == "harbour"
