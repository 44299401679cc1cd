"""A batch tokenized ahead (handed to the store before the batch before it is stored) gives
the serial path's index once renumbered to its new articles' ids; a failed worker fails its
batch cleanly; small batches start nothing; the ingester hands each full batch over early."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import wait
from pathlib import Path

import pytest
from tests import _fts_jobs
from tests._postgres import positions_mismatches
from tests.test_store_postgres_workers import _articles, _tables, two_stores

from newsbeat.beats import define_beat
from newsbeat.bench.ingest import write_dumps
from newsbeat.exceptions import StoreError
from newsbeat.importers.ingest import ingest
from newsbeat.models import Article
from newsbeat.store import fts_worker, open_store
from newsbeat.store import pg_ingest as pg_module
from newsbeat.store.base import AddResult
from newsbeat.store.postgres import PostgresStore
from newsbeat.store.sqlite import SQLiteStore

__all__ = ["two_stores"]  # the fixture, imported


def _batches() -> list[list[Article]]:
    """Three batches: new articles; known ones among new (articles 140-149 and a repeat of
    the batch's first: the words only they hold, a row kept as a literal among them); and
    one edited after it was handed over."""
    first = _articles(0, 150)
    second = _articles(140, 160)
    third = _articles(500, 120)
    third.append(Article(title=first[3].title, text=first[3].text, url=first[3].url))
    return [first, second, third]


def _count_renumbered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    renumber = pg_module.renumber

    def counted(*args: object) -> object:
        calls.append(1)
        return renumber(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pg_module, "renumber", counted)
    return calls


def test_batches_tokenized_ahead_give_the_serial_index(
    two_stores: tuple[PostgresStore, PostgresStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    serial, ahead = two_stores
    monkeypatch.setattr(pg_module, "_BATCH", 40)  # several chunks per batch
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 10**9)
    batches = _batches()
    batches[2][7].text += " an edit"
    define_beat(serial, "strike")
    expected = _add_all(serial, batches)
    serial.add_articles(_articles(900, 3))
    assert serial.tokenizers._pool is None

    renumbered = _count_renumbered(monkeypatch)
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 100)
    first, second, third = _batches()
    define_beat(ahead, "strike")
    assert ahead.prepare_articles(first)
    assert ahead.prepare_articles(second)
    found = [ahead.add_articles(first)]
    assert ahead.prepare_articles(third)
    third[7].text += " an edit"  # after the hand-over: tokenized again, not renumbered
    found += [ahead.add_articles(second), ahead.add_articles(third)]
    assert not ahead.prepare_articles(_articles(900, 3))  # small: nothing started
    ahead.add_articles(_articles(900, 3))
    # every chunk of the first two batches came from ahead, none of the edited one
    assert len(renumbered) == -(-len(first) // 40) - (-len(second) // 40)
    assert [r.new_ids for r in found] == [r.new_ids for r in expected]
    assert [r.existing_ids for r in found] == [r.existing_ids for r in expected]
    assert len(found[1].existing_ids) == 11  # articles 140-149 and a repeat
    assert _tables(ahead) == _tables(serial)
    assert positions_mismatches(ahead.conn) == []
    # the rows themselves too (words a cut literal leaves out have empty ones)
    for table in ("article_fts_postings", "article_fts_positions"):
        rows = f"SELECT word, first_id, cardinality(codes) FROM {table} ORDER BY 1, 2"
        assert ahead._x(rows).fetchall() == serial._x(rows).fetchall()
    hits = [h.article_id for h in ahead.search("word155")]
    assert hits == [h.article_id for h in serial.search("word155")] and len(hits) == 1


def _add_all(store: PostgresStore, batches: Sequence[list[Article]]) -> list[AddResult]:
    return [store.add_articles(batch) for batch in batches]


def test_an_edited_or_unused_batch_ahead_changes_nothing(
    two_stores: tuple[PostgresStore, PostgresStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    serial, ahead = two_stores
    monkeypatch.setattr(pg_module, "_BATCH", 40)
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 10**9)
    batches = _batches()
    batches[2][7].text += " an edit"
    define_beat(serial, "strike")
    expected = _add_all(serial, batches)
    serial.add_articles(_articles(900, 3))

    renumbered = _count_renumbered(monkeypatch)
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 100)
    batches = _batches()
    define_beat(ahead, "strike")
    for batch in batches:
        assert ahead.prepare_articles(batch)
    assert ahead.prepare_articles(batches[0][:-1])  # never stored: forgotten
    assert len(ahead._ahead) == 2  # the first batch's was forgotten too
    batches[2][7].text += " an edit"  # after the hand-over: tokenized again
    found = _add_all(ahead, batches)
    assert len(renumbered) == 0  # the first batch lost its turn, the third was edited
    assert ahead.prepare_articles(batches[1])  # all known: nothing to renumber
    assert ahead.add_articles(batches[1]).new_ids == []
    assert not ahead.prepare_articles(batches[0])  # after a rerun's batch: not ahead
    assert not ahead.prepare_articles(_articles(900, 3))
    ahead.add_articles(_articles(900, 3))
    assert [r.new_ids for r in found] == [r.new_ids for r in expected]
    assert _tables(ahead) == _tables(serial)


def test_the_pipelined_ingest_gives_the_serial_tables(
    two_stores: tuple[PostgresStore, PostgresStore],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    serial, ahead = two_stores
    dumps = write_dumps(tmp_path / "dumps", articles=900, files=3, reprints=0.1)
    monkeypatch.setattr(pg_module, "_BATCH", 40)
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 10**9)
    expected = ingest(serial, dumps, batch_size=150)
    assert serial.tokenizers._pool is None

    renumbered = _count_renumbered(monkeypatch)
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 100)
    found = ingest(ahead, dumps, batch_size=150)
    assert len(renumbered) >= 10  # most batches went ahead
    assert found.new_ids == expected.new_ids
    assert (found.new, found.existing, found.beats_created) == (
        expected.new,
        expected.existing,
        expected.beats_created,
    )
    assert _tables(ahead) == _tables(serial)
    assert positions_mismatches(ahead.conn) == []
    # provenance too (the same dump files)
    provenance = "SELECT article_id, location, position FROM provenance ORDER BY 1, 2, 3"
    assert ahead._x(provenance).fetchall() == serial._x(provenance).fetchall()


@pytest.mark.parametrize(("job", "message"), _fts_jobs.FAILURES)
def test_a_failed_worker_ahead_fails_its_batch_and_writes_nothing(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, job: object, message: str
) -> None:
    monkeypatch.setattr(pg_module, "_BATCH", 40)
    monkeypatch.setattr(pg_module, "_PARALLEL_ROWS", 100)
    with open_store(postgres_url) as store:
        assert isinstance(store, PostgresStore)
        good = _articles(0, 150)
        assert store.prepare_articles(good)
        wait(store._ahead[0].futures)
        monkeypatch.setattr(fts_worker, "JOB", job)
        broken = _articles(1000, 150)
        broken[100].title = "Broken"  # in the third of four chunks
        assert store.prepare_articles(broken)
        assert len(store.add_articles(good).new_ids) == 152
        before = _tables(store)
        with pytest.raises(StoreError) as caught:
            store.add_articles(broken)
        assert message in str(caught.value)
        assert str(caught.value).startswith(store.path)
        assert _tables(store) == before  # the batch was rolled back whole
        assert store._ahead == []
        # the store goes on (a dead pool is replaced) and the batch can be added again
        monkeypatch.setattr(fts_worker, "JOB", fts_worker.tokenize_chunk)
        assert store.prepare_articles(broken)
        assert len(store.add_articles(broken).new_ids) == 151
        assert store.count_articles() == 303
        assert positions_mismatches(store.conn) == []


class _Recorder:
    """A store that records what the ingester hands it (SQLite underneath)."""

    def __init__(self, store: SQLiteStore, accept: bool) -> None:
        self.store = store
        self.accept = accept
        self.calls: list[tuple[str, int]] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    def prepare_articles(self, articles: Sequence[Article]) -> bool:
        self.calls.append(("prepare", len(articles)))
        return self.accept

    def add_articles(self, articles: Sequence[Article]) -> AddResult:
        self.calls.append(("add", len(articles)))
        return self.store.add_articles(articles)


@pytest.mark.parametrize("accept", [True, False])
def test_the_ingester_hands_each_batch_over_before_the_one_before_is_stored(
    tmp_path: Path, accept: bool
) -> None:
    dumps = write_dumps(tmp_path / "dumps", articles=450, files=1)
    with SQLiteStore(tmp_path / "a.db") as plain:
        expected = ingest(plain, dumps, batch_size=100)
    with SQLiteStore(tmp_path / "b.db") as inner:
        recorder = _Recorder(inner, accept)
        found = ingest(recorder, dumps, batch_size=100)  # type: ignore[arg-type]
        assert found.new_ids == expected.new_ids
        assert inner.count_articles() == 450
    if accept:  # the batch before is stored once the next one is handed over
        assert recorder.calls == [
            ("prepare", 100),
            ("prepare", 100),
            ("add", 100),
            ("prepare", 100),
            ("add", 100),
            ("prepare", 100),
            ("add", 100),
            ("prepare", 50),
            ("add", 100),
            ("add", 50),
        ]
    else:  # refused: each batch is stored at once, as without the hand-over
        assert [c for c in recorder.calls if c[0] == "add"] == [("add", 100)] * 4 + [("add", 50)]
        assert recorder.calls.index(("add", 100)) == 1
