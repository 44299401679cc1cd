"""``get_enrichment_entities`` (issue 12/13, perf39): many articles' entities in two queries,
each article's as :meth:`get_enrichment` reads them, on SQLite and PostgreSQL; and a story's
central actors read through it are those read from the whole enrichments."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsbeat.actors import central_actors
from newsbeat.enrich.reading import story_enrichments
from newsbeat.models import Article, Claim, Enrichment, Entity, Quote, Relation, Story
from newsbeat.store import SQLiteStore, Store, open_store
from newsbeat.story_views.related import story_actors


def _fill(store: Store) -> list[int]:
    """Four invented articles: three enriched (one skipped as a reprint), one not."""
    ids = store.add_articles(
        [
            Article(title=f"Harbour talks in Kessel {n}", text=f"Text {n}.", url=f"https://x/{n}")
            for n in range(4)
        ]
    ).new_ids
    names = (("Tomas Vireo", "PERSON"), ("Kessel Harbour Board", "ORG"), ("Vireo", "PERSON"))
    store.save_enrichment(
        Enrichment(
            article_id=ids[0],
            entities=[Entity(name=n, type=t, mentions=2 + k) for k, (n, t) in enumerate(names)],
            quotes=[Quote(text="We will sign the deal this week", speaker="Vireo")],
            claims=[
                Claim(
                    what="ships",
                    low=12.0,
                    high=12.0,
                    exact=True,
                    unit=None,
                    claimant=None,
                    sentence="It has 12 ships.",
                )
            ],
            relations=[
                Relation(
                    type="AGREE",
                    source="Tomas Vireo",
                    target="Kessel Harbour Board",
                    evidence="Tomas Vireo and the Kessel Harbour Board agreed.",
                )
            ],
        )
    )
    store.save_enrichment(
        Enrichment(
            article_id=ids[1],
            entities=[
                Entity(name="Lina Castel", type="PERSON", role="mayor"),
                Entity(name="Tomas Vireo", type="PERSON"),
            ],
        )
    )
    store.save_enrichment(Enrichment(article_id=ids[2], skipped_reason="reprint of article 1"))
    return ids


def _check(store: Store) -> None:
    ids = _fill(store)
    found = store.get_enrichment_entities([*ids, 999])
    assert set(found) == set(ids[:3])  # the unenriched article and an unknown id are absent
    for aid in ids[:3]:
        whole = store.get_enrichment(aid)
        assert whole is not None
        assert found[aid].entities == whole.entities  # same entities, same order
        assert found[aid].skipped_reason == whole.skipped_reason
        assert found[aid].version == whole.version
        assert found[aid].quotes == found[aid].claims == found[aid].relations == []
    assert store.get_enrichment_entities([]) == {}
    story = Story(
        id="s-1", title="Harbour talks", first_seen="2026-03-02", last_updated="2026-03-02"
    )
    store.save_story(story)
    store.assign_articles("s-1", ids)
    read = story_actors(store, store.get_story("s-1")).central  # type: ignore[arg-type]
    assert read == central_actors(story_enrichments(store, ids))
    assert set(read.actors) == {"Tomas Vireo"}


def test_sqlite_reads_the_entities_of_many_articles(db_path: str) -> None:
    store = SQLiteStore(db_path)
    try:
        _check(store)
    finally:
        store.close()


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Store]:
    store = open_store(postgres_url)
    yield store
    store.close()


def test_postgres_reads_the_entities_of_many_articles(pg: Store) -> None:
    _check(pg)
