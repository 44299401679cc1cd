"""A bulk of new articles is tokenized by worker processes: the same index as tokenizing in
the ingesting process, no process for a small batch, and a failed worker fails its batch
cleanly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests import _fts_jobs
from tests._postgres import PostgresServer, database_name, positions_mismatches

from newsbeat.beats import define_beat
from newsbeat.exceptions import StoreError
from newsbeat.models import Article
from newsbeat.store import fts_worker, open_store
from newsbeat.store import pg_ingest as pg_module
from newsbeat.store.postgres import PostgresStore

# What the index's tables hold, each as text in a fixed order (the tsvectors as PostgreSQL
# prints them, the postings and positions one code per row).
_TABLES = {
    "tsv": "SELECT article_id, ntok, tsv::text FROM article_fts ORDER BY article_id",
    "postings": "SELECT p.word, p.first_id, c FROM article_fts_postings p, unnest(p.codes) c"
    " ORDER BY 1, 2, 3",
    "positions": "SELECT p.word, p.first_id, c FROM article_fts_positions p, unnest(p.codes) c"
    " ORDER BY 1, 2, 3",
    "words": "SELECT word, rows FROM article_fts_words ORDER BY word",
    "stats": "SELECT rows, tokens FROM article_fts_stats",
    "beats": "SELECT beat, article_id FROM beat_articles ORDER BY 1, 2",
    "articles": "SELECT id, title, content_hash FROM articles ORDER BY id",
}


def _tables(store: PostgresStore) -> dict[str, list[tuple[object, ...]]]:
    return {name: store._x(sql).fetchall() for name, sql in _TABLES.items()}


def _articles(start: int, count: int) -> list[Article]:
    """Generated articles: shared and own words, repeats, accents, quotes, backslashes, a
    word past 256 positions, a column past its last position, rows kept as literals (a token
    too long to index; a literal cut to size), empty rows, and a duplicate of the first."""
    found = []
    for n in range(start, start + count):
        text = f"Strike at dock {n % 7}. The union's d\u00e9j\u00e0 vu, word{n} and w{n % 13} \\x."
        if n % 17 == 0:
            text += " strike" * 300
        if n % 29 == 0:
            text += " " + "y" * 2500
        found.append(
            Article(
                title=f"Harbour news {n}" + (" Quay" * 1100 if n % 31 == 0 else ""),
                standfirst=None if n % 3 else f"Ferry {n} caf\u00e9",
                text=text,
                url=f"https://example.org/{n}",
            )
        )
    found.append(Article(title="\u2014", text="-- . --", url=f"https://example.org/e{start}"))
    if start == 0:  # a literal cut to size (once: it is slow to tokenize)
        found.append(Article(title="Quay", text=" ".join(f"w{i}" for i in range(60_000)), url="x"))
    found.append(Article(title=found[0].title, text=found[0].text, url=found[0].url))
    return found


@pytest.fixture
def two_stores(
    postgres_server: PostgresServer, request: pytest.FixtureRequest
) -> Iterator[tuple[PostgresStore, PostgresStore]]:
    stores = []
    for kind in ("serial", "workers"):
        store = open_store(postgres_server.database(database_name(request.node.nodeid + kind)))
        assert isinstance(store, PostgresStore)
        stores.append(store)
    yield stores[0], stores[1]
    for store in stores:
        store.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bulk_tokenized_by_worker_processes_gives_the_serial_index(
    two_stores: tuple[PostgresStore, PostgresStore],
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
) -> None:
    serial, parallel = two_stores
    monkeypatch.setattr(pg_module, "_BATCH", 40)  # several chunks per batch
    parallel.tokenizers.workers = workers
    for store, threshold in ((serial, 10**9), (parallel, 100)):
        monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", threshold)
        define_beat(store, "strike")
        store.add_articles(_articles(0, 150))
        store.add_articles(_articles(140, 160))  # known and new words, known articles
        store.add_articles(_articles(400, 5))  # below the threshold: a thread
    assert serial.tokenizers._pool is None  # the serial store started no process
    assert parallel.tokenizers._pool is not None
    assert _tables(parallel) == _tables(serial)
    assert positions_mismatches(parallel.conn) == []
    assert [h.article_id for h in parallel.search("word17")] == [18]


def test_a_small_batch_starts_no_process(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        assert isinstance(store, PostgresStore)
        store.add_articles(_articles(0, 40))
        assert store.tokenizers._pool is None
        assert store.count_articles() == 42  # one repeat


@pytest.mark.parametrize(("job", "message"), _fts_jobs.FAILURES)
def test_a_failed_worker_fails_its_batch_and_writes_nothing(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, job: object, message: str
) -> None:
    monkeypatch.setattr(pg_module, "_BATCH", 40)
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 100)
    with open_store(postgres_url) as store:
        assert isinstance(store, PostgresStore)
        store.add_articles(_articles(0, 150))
        before = _tables(store)
        monkeypatch.setattr(fts_worker, "JOB", job)
        broken = _articles(1000, 150)
        broken[100].title = "Broken"  # in the third of four chunks
        with pytest.raises(StoreError) as caught:
            store.add_articles(broken)
        assert message in str(caught.value)
        assert str(caught.value).startswith(store.path)
        assert _tables(store) == before  # the batch was rolled back whole
        # the store goes on (a dead pool is replaced) and the batch can be added again
        monkeypatch.setattr(fts_worker, "JOB", fts_worker.tokenize_chunk)
        assert len(store.add_articles(broken).new_ids) == 151
        assert store.count_articles() == 303
        assert positions_mismatches(store.conn) == []
