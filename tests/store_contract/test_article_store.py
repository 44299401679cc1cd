"""ArticleStore: identity (URL, else content hash), provenance, reading back, reprints, outlets."""

from __future__ import annotations

import pytest

from newsbeat.exceptions import NotFoundError, StoreError
from newsbeat.models import Beat, Provenance
from newsbeat.store import Store
from store_contract.records import add, article, story

FULL = {
    "url": "https://a.test/x?utm=1",
    "canonical_url": "https://a.test/x",
    "outlet": "Harbour Gazette",
    "section": "World",
    "standfirst": "Two states sign.",
    "byline": "Ann Reporter",
    "published": "2026-02-03T09:00:00+00:00",
    "published_source": "metadata",
    "language": "en",
    "fetched_at": "2026-02-03T10:00:00+00:00",
}


def test_every_field_round_trips(store: Store) -> None:
    (aid,) = add(store, article("Pact signed", "First.\n\nSecond.", **FULL))
    got = store.get_article(aid)
    assert got.id == aid and got.title == "Pact signed" and got.text == "First.\n\nSecond."
    for name, value in FULL.items():
        assert getattr(got, name) == value, name
    assert got.imported_at is None  # fetched, not imported
    assert got.duplicate_of is None and got.beats == [] and got.provenance == []


def test_an_imported_article_gets_an_import_time(store: Store) -> None:
    ids = add(store, article("Now"), article("Given", imported_at="2026-01-05T00:00:00+00:00"))
    assert store.get_article(ids[0]).imported_at  # set to the time it was stored
    assert store.get_article(ids[1]).imported_at == "2026-01-05T00:00:00+00:00"


def test_new_ids_ascend_in_batch_order(store: Store) -> None:
    first = add(store, article("A"), article("B"))
    second = add(store, article("C"))
    assert first[0] < first[1] < second[0]
    assert [a.title for a in store.iter_articles()] == ["A", "B", "C"]


def test_same_canonical_url_is_one_article_with_every_provenance(store: Store) -> None:
    first = article(
        "Pact signed",
        url="https://a.test/x?utm=1",
        canonical_url="https://a.test/x",
        provenance=[Provenance(location="feed.xml", seen_at="2026-02-03T10:00:00+00:00")],
    )
    again = article(
        "Pact signed (updated)",
        url="https://a.test/x",
        provenance=[
            Provenance(location="zz.txt", seen_at="2026-02-05T10:00:00+00:00"),
            Provenance(
                location="dump.txt", position="article 2", seen_at="2026-02-04T10:00:00+00:00"
            ),
        ],
    )
    (aid,) = add(store, first)
    r2 = store.add_articles([again])
    assert r2.existing_ids == [aid] and r2.new_ids == []
    stored = store.get_article(aid)
    assert stored.title == "Pact signed"  # the first copy stays
    assert [(p.location, p.position, p.seen_at) for p in stored.provenance] == [
        ("feed.xml", None, "2026-02-03T10:00:00+00:00"),  # in the order they were seen
        ("dump.txt", "article 2", "2026-02-04T10:00:00+00:00"),
        ("zz.txt", None, "2026-02-05T10:00:00+00:00"),
    ]
    assert store.count_articles() == 1


def test_the_same_provenance_twice_is_kept_once(store: Store) -> None:
    seen = [Provenance(location="feed.xml", position="item 1")]
    (aid,) = add(store, article("A", url="https://a.test/a", provenance=seen))
    store.add_articles([article("A", url="https://a.test/a", provenance=seen)])
    assert [p.location for p in store.get_article(aid).provenance] == ["feed.xml"]


def test_without_url_the_normalised_content_hash_is_the_identity(store: Store) -> None:
    a = article("Harbour strike ends", "Dockers return.\n\nPay rises.")
    b = article("HARBOUR  strike ends", "Dockers   return.\n\nPay rises.")
    c = article("Harbour strike ends", "A different body.")
    result = store.add_articles([a, b, c])
    assert len(result.new_ids) == 2 and result.existing_ids == [result.new_ids[0]]
    assert store.add_articles([article("harbour strike ENDS", a.text)]).existing_ids == [
        result.new_ids[0]
    ]
    assert store.count_articles() == 2


def test_with_urls_the_same_text_at_two_urls_is_two_articles(store: Store) -> None:
    ids = add(
        store,
        article("Wire story", url="https://one.test/a"),
        article("Wire story", url="https://two.test/a"),
    )
    assert len(set(ids)) == 2


def test_a_batch_repeating_a_url_stores_it_once(store: Store) -> None:
    result = store.add_articles(
        [article("A", url="https://a.test/1"), article("A again", url="https://a.test/1")]
    )
    assert len(result.new_ids) == 1 and result.existing_ids == result.new_ids
    assert store.get_article(result.new_ids[0]).title == "A"


def test_unknown_article_is_not_found_with_its_kind_and_key(store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.get_article(404)
    assert (caught.value.kind, caught.value.key) == ("article", 404)
    assert str(caught.value) == "no article with id 404"
    with pytest.raises(NotFoundError) as caught:
        store.appearances(404)
    assert caught.value.kind == "article"


def test_iter_articles_filters(store: Store) -> None:
    ids = add(
        store,
        article("Old alliance", published="2026-01-01T00:00:00+00:00"),
        article("New alliance", published="2026-03-01T00:00:00+00:00"),
        article("Undated harbour", imported_at="2026-02-15T00:00:00+00:00"),
        article("New alliance, reprinted", published="2026-03-02T00:00:00+00:00"),
    )
    store.set_duplicate(ids[3], ids[1])
    store.add_beat(Beat(name="alliance", query="alliance"))

    def titles(**filters: object) -> list[str]:
        return [a.title for a in store.iter_articles(**filters)]  # type: ignore[arg-type]

    assert titles() == [
        "Old alliance",
        "New alliance",
        "Undated harbour",
        "New alliance, reprinted",
    ]
    assert titles(beat="alliance") == ["Old alliance", "New alliance", "New alliance, reprinted"]
    assert titles(beat="nosuch") == []
    # since compares the publication date, else when the article was imported
    assert titles(since="2026-02-01T00:00:00+00:00") == [
        "New alliance",
        "Undated harbour",
        "New alliance, reprinted",
    ]
    assert titles(ids=[ids[2], ids[0], 999]) == ["Old alliance", "Undated harbour"]
    assert titles(ids=[]) == []
    assert titles(ids=iter([ids[1]])) == ["New alliance"]  # any iterable
    assert titles(include_duplicates=False) == ["Old alliance", "New alliance", "Undated harbour"]
    assert titles(after_id=ids[1]) == ["Undated harbour", "New alliance, reprinted"]
    assert titles(beat="alliance", since="2026-02-01", include_duplicates=False) == ["New alliance"]
    assert [a.beats for a in store.iter_articles(ids=[ids[0], ids[2]])] == [["alliance"], []]


def test_iter_articles_keeps_id_order_across_pages(store: Store) -> None:
    ids = add(store, *(article(f"Article {i}", f"Text number {i}.") for i in range(1234)))
    streamed = store.iter_articles()
    assert next(streamed).id == ids[0]
    assert [a.id for a in streamed] == ids[1:]


def test_count_articles(store: Store) -> None:
    assert store.count_articles() == 0
    add(store, article("Alliance formed"), article("Harbour news"))
    store.add_beat(Beat(name="alliance", query="alliance"))
    assert store.count_articles() == 2
    assert store.count_articles(beat="alliance") == 1
    assert store.count_articles(beat="nosuch") == 0


def test_has_url_knows_identity_and_fetched_urls(store: Store) -> None:
    add(store, article("A", url="https://a.test/x?utm=1", canonical_url="https://a.test/x"))
    assert store.has_url("https://a.test/x")
    assert store.has_url("https://a.test/x?utm=1")
    assert not store.has_url("https://a.test/y")


def test_set_duplicate_marks_clears_and_refuses_itself(store: Store) -> None:
    ids = add(store, article("Original"), article("Reprint"))
    store.set_duplicate(ids[1], ids[0])
    assert store.get_article(ids[1]).duplicate_of == ids[0]
    store.set_duplicate(ids[1], None)
    assert store.get_article(ids[1]).duplicate_of is None
    with pytest.raises(StoreError) as caught:
        store.set_duplicate(ids[0], ids[0])
    assert caught.value.kind == "article"
    assert store.get_article(ids[0]).duplicate_of is None


def test_appearances_list_the_original_and_reprints_by_date(store: Store) -> None:
    ids = add(
        store,
        article(
            "Wire: pact signed",
            outlet="Coastline Press Wire",
            url="https://wire.test/pact",
            published="2026-02-03",
        ),
        article("Pact signed, wire reports", outlet="Harbour Gazette", published="2026-02-05"),
        article("Pact signed", outlet="Labour News", published="2026-02-04"),
        article("Unrelated", outlet="Labour News", published="2026-02-04"),
    )
    store.set_duplicate(ids[1], ids[0])
    store.set_duplicate(ids[2], ids[0])
    from_reprint = store.appearances(ids[1])
    assert from_reprint == store.appearances(ids[0])
    assert [(a.article_id, a.outlet) for a in from_reprint] == [
        (ids[0], "Coastline Press Wire"),
        (ids[2], "Labour News"),
        (ids[1], "Harbour Gazette"),
    ]
    first = from_reprint[0]
    assert (first.url, first.published, first.title) == (
        "https://wire.test/pact",
        "2026-02-03",
        "Wire: pact signed",
    )
    assert [a.article_id for a in store.appearances(ids[3])] == [ids[3]]


def test_story_appearances_group_each_original_with_its_reprints(store: Store) -> None:
    ids = add(
        store,
        article("A", outlet="X", published="2026-02-03"),
        article("B", outlet="Y", published="2026-02-01"),
        article("A reprinted", outlet="Z", published="2026-02-02"),
        article("Elsewhere", outlet="W"),
    )
    store.set_duplicate(ids[2], ids[0])  # the reprint itself is in no story
    store.save_story(story("s-1"))
    store.assign_articles("s-1", ids[:2])
    found = store.story_appearances("s-1")
    assert set(found) == {ids[0], ids[1]}
    assert [a.article_id for a in found[ids[0]]] == [ids[2], ids[0]]  # by date
    assert [a.outlet for a in found[ids[1]]] == ["Y"]
    assert store.story_appearances("s-nothing") == {}


def test_outlet_names_and_rename(store: Store) -> None:
    add(
        store,
        article("A", outlet="the Gazette"),
        article("B", outlet="The Gazette"),
        article("C", outlet="Courier"),
        article("D", outlet="the Gazette", url="https://g.test/d"),
        article("E"),
    )
    assert store.outlet_names() == ["Courier", "The Gazette", "the Gazette"]
    assert store.rename_outlet("the Gazette", "The Gazette") == 2
    assert store.outlet_names() == ["Courier", "The Gazette"]
    assert [a.outlet for a in store.iter_articles()] == [
        "The Gazette",
        "The Gazette",
        "Courier",
        "The Gazette",
        None,
    ]
    assert store.rename_outlet("Nobody", "Somebody") == 0


_GERMAN_LEAD = (
    "Der Stadtrat von Velmar hat am Dienstag beschlossen, dass die alte Brücke im Mai für die "
    "Bauarbeiten gesperrt wird, weil sie nicht mehr sicher ist."
)


def test_the_language_stored_is_detected_from_title_and_lead(store: Store) -> None:
    # pages often declare "en" site-wide: a German lead is stored as German all the same
    ids = add(
        store,
        article("Brücke wird gesperrt", _GERMAN_LEAD, language="en"),
        article("Brücke gesperrt", _GERMAN_LEAD + " Nachtrag.", language=None),
    )
    assert [store.get_article(i).language for i in ids] == ["de", "de"]


def test_a_text_too_short_to_tell_keeps_the_declared_language(store: Store) -> None:
    ids = add(
        store,
        article("Velmar vote", "Short.", language="nb-NO"),
        article("Velmar vote again", "Short.", language=None),
    )
    assert [store.get_article(i).language for i in ids] == ["nb", None]


def test_a_row_stored_without_a_language_is_detected_on_read(store: Store) -> None:
    (aid,) = add(store, article("Brücke wird gesperrt", _GERMAN_LEAD))
    # a database written before languages were detected left the column empty
    with store.transaction():  # type: ignore[attr-defined]
        store._x("UPDATE articles SET language = NULL")  # type: ignore[attr-defined]
    assert store.get_article(aid).language == "de"
    assert [a.language for a in store.iter_articles()] == ["de"]
