"""EnrichmentStore: what enrich found per article, replaced on each save; what is left to do."""

from __future__ import annotations

from dataclasses import replace

from newsbeat.models import Claim, Enrichment, Entity, Quote, Relation
from newsbeat.store import Store
from store_contract.records import add, article


def _enrichment(article_id: int) -> Enrichment:
    return Enrichment(
        article_id=article_id,
        entities=[
            Entity(name="Lena Holm", type="PERSON", mentions=3, role="Prime Minister"),
            Entity(name="Norland", type="GPE"),
        ],
        quotes=[
            Quote(
                text="It is fair.",
                speaker="Tomas Brandt",
                kind="direct",
                sentence='"It is fair," said Tomas Brandt.',
            ),
            Quote(text="talks went well", speaker=None, kind="indirect", via="a statement"),
        ],
        claims=[
            Claim(
                what="workers",
                low=3000,
                high=None,
                exact=False,
                unit=None,
                claimant="the authority",
                sentence="More than 3,000 workers.",
                hedge="more than",  # the slot (its own column, JSON) round-trips too
                role="total",
                event="strike",
                subject="National Rail and Dock Union",
                place="Velmar",
                voice="bystander",
                occasion="in tuesday 's game",
            ),
            Claim(
                what="crowns",
                low=18e6,
                high=18e6,
                exact=True,
                unit="crowns",
                claimant=None,
                sentence="18 million crowns.",
                time_ref="2026",
            ),
        ],
        relations=[
            Relation(
                type="AGREE", source="Norland", target="Vesta", evidence="signed", date="2026-02-03"
            ),
            Relation(
                type="THREATEN", source="Vesta", target="Norland", evidence="no", negated=True
            ),
        ],
    )


def test_enrichment_round_trips_with_article_and_outlet(store: Store) -> None:
    (aid,) = add(store, article("Pact", outlet="Labour News"))
    assert store.get_enrichment(aid) is None
    saved = _enrichment(aid)
    store.save_enrichment(saved)
    got = store.get_enrichment(aid)
    assert got is not None and got.article_id == aid and got.skipped_reason is None
    assert sorted(got.entities, key=lambda e: e.name) == saved.entities
    stamped = {"article_id": aid, "outlet": "Labour News"}
    assert got.quotes == [replace(q, **stamped) for q in saved.quotes]
    assert got.claims == [replace(c, **stamped) for c in saved.claims]
    assert got.relations == [replace(r, **stamped) for r in saved.relations]


def test_saving_again_replaces_what_was_stored(store: Store) -> None:
    (aid,) = add(store, article("Pact"))
    store.save_enrichment(_enrichment(aid))
    store.save_enrichment(_enrichment(aid))
    got = store.get_enrichment(aid)
    assert got is not None and (len(got.quotes), len(got.claims), len(got.entities)) == (2, 2, 2)
    store.save_enrichment(Enrichment(article_id=aid, skipped_reason="not English"))
    got = store.get_enrichment(aid)
    assert got is not None and got.skipped_reason == "not English"
    assert (got.entities, got.quotes, got.claims, got.relations) == ([], [], [], [])


def test_enrichments_are_per_article(store: Store) -> None:
    ids = add(store, article("A", outlet="X"), article("B", outlet="Y"))
    store.save_enrichment(_enrichment(ids[0]))
    store.save_enrichment(Enrichment(article_id=ids[1], entities=[Entity(name="Y", type="ORG")]))
    first, second = store.get_enrichment(ids[0]), store.get_enrichment(ids[1])
    assert first is not None and second is not None
    assert len(first.entities) == 2 and [e.name for e in second.entities] == ["Y"]
    assert second.quotes == []


def test_unenriched_article_ids_in_id_order(store: Store) -> None:
    ids = add(store, article("A"), article("B"), article("C"))
    assert store.unenriched_article_ids() == ids
    store.save_enrichment(_enrichment(ids[1]))
    store.save_enrichment(Enrichment(article_id=ids[2], skipped_reason="reprint of article 1"))
    assert store.unenriched_article_ids() == [ids[0]]  # a skipped article was seen too


def test_the_version_round_trips(store: Store) -> None:
    ids = add(store, article("A"), article("B"))
    store.save_enrichment(replace(_enrichment(ids[0]), version="en_core_web_sm-3.8.0+rules1"))
    store.save_enrichment(Enrichment(article_id=ids[1], skipped_reason="not English"))
    first, second = store.get_enrichment(ids[0]), store.get_enrichment(ids[1])
    assert first is not None and first.version == "en_core_web_sm-3.8.0+rules1"
    assert second is not None and second.version is None


def test_stale_enrichment_ids_are_those_of_another_or_no_version(store: Store) -> None:
    ids = add(store, article("A"), article("B"), article("C"), article("D"))
    store.save_enrichment(Enrichment(article_id=ids[0], version="m-1+rules2"))
    store.save_enrichment(Enrichment(article_id=ids[1], version="m-1+rules1"))
    store.save_enrichment(Enrichment(article_id=ids[2], skipped_reason="not English"))
    # ids[3] was never enriched: that is unenriched_article_ids' business, not stale
    assert store.stale_enrichment_ids("m-1+rules2") == [ids[1], ids[2]]
    assert store.stale_enrichment_ids("m-1+rules1") == [ids[0], ids[2]]
    assert store.count_stale_enrichments("m-1+rules1") == 2
    store.save_enrichment(Enrichment(article_id=ids[1], version="m-1+rules2"))
    assert store.stale_enrichment_ids("m-1+rules2") == [ids[2]]
    assert store.count_stale_enrichments("m-1+rules2") == 1
    assert store.count_stale_enrichments("m-1+rules3") == 3
