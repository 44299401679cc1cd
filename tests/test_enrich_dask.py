"""The enrich stage on Dask: the same JSON as a serial run, byte for byte, on the demo corpus; a
worker killed mid-partition costs nothing (the partition runs again, every article is saved
once); local workers keep glibc's own heap trimming, and a running cluster whose workers trim
at Dask's threshold is warned about; clear errors for a scheduler that is not there and for
contradictory options."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import dask
import pytest
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.demo import corpus_path
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.stage import enrich_articles, enrich_stage
from newsbeat.exceptions import ExecutorError
from newsbeat.executors.cluster import HEAP_TRIM_VARIABLE, DaskExecutor
from newsbeat.importers.ingest import ingest
from newsbeat.models import Enrichment
from newsbeat.settings import EnrichSettings, Settings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore


def _plain_cluster(n_workers: int) -> Any:
    """A LocalCluster as Dask starts it by default (not newsbeat's), on loopback, quiet."""
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=50,
    )


def _newsbeat(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbeat", *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def _json_views(db: str) -> dict[str, str]:
    """The read-only JSON a user sees: stories, actors and every story with its enrichment."""
    runner = CliRunner()
    views: dict[str, str] = {}
    for name, args in {"stories": ["stories", "--json"], "actors": ["actors", "--json"]}.items():
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 0, result.output
        views[name] = result.stdout
    store = SQLiteStore(db)
    try:
        story_ids = [s.id for s in store.list_stories()]
    finally:
        store.close()
    assert story_ids
    for story_id in story_ids:
        result = runner.invoke(app, ["story", story_id, "--json", "--db", db])
        assert result.exit_code == 0, result.output
        views[story_id] = result.stdout
    return views


@pytest.mark.slow
def test_a_two_worker_local_cluster_gives_the_serial_json_byte_for_byte(tmp_path: Path) -> None:
    base = tmp_path / "base.db"
    store = SQLiteStore(base)
    try:
        ingest(store, [corpus_path()])
    finally:
        store.close()
    serial, dask = str(tmp_path / "serial.db"), str(tmp_path / "dask.db")
    shutil.copy(base, serial)
    shutil.copy(base, dask)
    config = tmp_path / "serial.toml"
    config.write_text("[enrich]\nprocesses = 1\n", encoding="utf-8")

    one = _newsbeat("update", "--db", serial, "--config", str(config), "--json")
    assert one.returncode == 0, one.stderr
    two = _newsbeat("update", "--db", dask, "--workers", "2", "--json")
    assert two.returncode == 0, two.stderr
    assert one.stdout == two.stdout  # the same stage counts
    enriched = next(s for s in json.loads(one.stdout)["stages"] if s["name"] == "enrich")
    assert enriched["counts"]["enriched"] >= 8  # enough for the cluster to be used

    serial_views, dask_views = _json_views(serial), _json_views(dask)
    assert serial_views.keys() == dask_views.keys()
    for name, text in serial_views.items():
        assert dask_views[name] == text, name
    assert '"quotes": [\n' in serial_views["stories"]


class KillFirstRun:
    """A partition function that kills its own worker process the first time it runs."""

    def __init__(self, marker: str, fn: Callable[..., list[Enrichment]]) -> None:
        self.marker = marker
        self.fn = fn
        self.__name__ = "kill_first_run"

    def __call__(self, partition: Sequence[ArticleInput], *args: Any) -> list[Enrichment]:
        try:
            fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return self.fn(partition, *args)
        os.close(fd)
        os.kill(os.getpid(), signal.SIGKILL)  # mid-partition, as a crash or an OOM kill would
        raise AssertionError("unreachable")


class KillingExecutor(DaskExecutor):
    """The Dask executor, with the first partition to run killing its worker."""

    def __init__(self, marker: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.marker = str(marker)
        self.partitions = 0

    def map(
        self, fn: Callable[..., list[Any]], partitions: Iterable[Sequence[Any]], *args: Any
    ) -> Iterator[list[Any]]:
        def counted() -> Iterator[Sequence[Any]]:
            for partition in partitions:
                self.partitions += 1
                yield partition

        return super().map(KillFirstRun(self.marker, fn), counted(), *args)


def _rows(db: str, table: str) -> int:
    store = SQLiteStore(db)
    try:
        return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        store.close()


@pytest.mark.slow
def test_a_worker_killed_mid_partition_costs_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "kill.db")
    store = SQLiteStore(db)
    try:
        ingest(store, [corpus_path() / "jsonl"])  # no beat declared: every article is enriched
        inputs = [ArticleInput.of(a) for a in store.iter_articles()]
        with _plain_cluster(2) as cluster:
            executor = KillingExecutor(tmp_path / "killed", address=cluster.scheduler_address)
            try:
                result = enrich_stage(
                    store,
                    Settings(enrich=EnrichSettings(processes=1)),
                    RunOptions(executor=executor),
                )
            finally:
                executor.close()
        assert (tmp_path / "killed").exists()  # a worker did die
        assert executor.partitions > 1
        assert not result.failures
        assert store.unenriched_article_ids() == []
        expected = {e.article_id: e for e in enrich_articles(inputs, EnrichOptions(processes=1))}
        saved = {i.id: store.get_enrichment(i.id) for i in inputs}
    finally:
        store.close()
    # every article saved once, with what a serial run finds
    assert result.counts["enriched"] + result.counts["skipped"] == len(inputs)
    assert _rows(db, "enrichments") == len(inputs)
    assert _rows(db, "quotes") == sum(len(e.quotes) for e in expected.values())
    for article_id, found in saved.items():
        assert found is not None
        assert (found.entities, found.quotes, found.claims, found.relations) == (
            expected[article_id].entities,
            expected[article_id].quotes,
            expected[article_id].claims,
            expected[article_id].relations,
        )


@pytest.mark.slow
def test_local_workers_keep_glibcs_own_heap_trimming(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # a default LocalCluster started earlier in this process leaves Dask's value in os.environ
    monkeypatch.delenv(HEAP_TRIM_VARIABLE, raising=False)
    executor = DaskExecutor(workers=1)
    try:
        found = executor.client.run(os.getenv, HEAP_TRIM_VARIABLE)
        threads = executor.client.run(os.getenv, "OMP_NUM_THREADS")
        assert len(found) == 1
        assert list(found.values()) == [None]
        assert list(threads.values()) == ["1"]  # Dask's other pre-spawn settings stay
        assert HEAP_TRIM_VARIABLE not in os.environ  # the nanny's process is left alone too
        # the same workers reached by address: nothing to warn about
        running = DaskExecutor(address=executor.client.scheduler_info()["address"])
        try:
            with caplog.at_level("WARNING", logger="newsbeat.executors.cluster"):
                running.prepare(os.getpid)
            assert not [r for r in caplog.records if HEAP_TRIM_VARIABLE in r.getMessage()]
        finally:
            running.close()
    finally:
        executor.close()


@pytest.mark.slow
def test_local_workers_wake_their_event_loop_less_often_than_dasks_defaults() -> None:
    def intervals(dask_worker: Any) -> dict[str, float]:
        timers = dask_worker.periodic_callbacks
        return {name: timers[name].callback_time for name in ("tick", "memory_monitor", "monitor")}

    executor = DaskExecutor(workers=1)
    try:
        found = executor.client.run(intervals)
    finally:
        executor.close()
    # milliseconds; Dask's defaults are 20, 100 and 500
    assert list(found.values()) == [{"tick": 1000.0, "memory_monitor": 500.0, "monitor": 2000.0}]


@pytest.mark.slow
def test_a_running_cluster_whose_workers_trim_the_heap_is_warned_about_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with _plain_cluster(1) as cluster:
        executor = DaskExecutor(address=cluster.scheduler_address)
        try:
            with caplog.at_level("WARNING", logger="newsbeat.executors.cluster"):
                executor.prepare(os.getpid)
                executor.prepare(os.getppid)
        finally:
            executor.close()
    warned = [r.getMessage() for r in caplog.records if HEAP_TRIM_VARIABLE in r.getMessage()]
    assert len(warned) == 1
    dasks = dask.config.get(f"distributed.nanny.pre-spawn-environ.{HEAP_TRIM_VARIABLE}")
    assert "1 of 1 workers" in warned[0] and f"{HEAP_TRIM_VARIABLE}={dasks}" in warned[0]


def test_a_scheduler_that_is_not_there_is_a_clear_error() -> None:
    executor = DaskExecutor(address="tcp://127.0.0.1:9", connect_timeout=0.5)
    try:
        with pytest.raises(ExecutorError, match=r"cannot reach the Dask scheduler at tcp://127"):
            list(executor.map(_double, [[1, 2]]))
    finally:
        executor.close()


def _double(items: Sequence[int]) -> list[int]:
    return [2 * i for i in items]


def test_dask_and_workers_together_are_a_usage_error(db_path: str) -> None:
    result = CliRunner().invoke(
        app, ["update", "--db", db_path, "--dask", "tcp://127.0.0.1:9", "--workers", "2"]
    )
    assert result.exit_code == 2
    assert "not both" in result.output


def test_a_bad_dask_address_is_a_usage_error(db_path: str) -> None:
    result = CliRunner().invoke(app, ["update", "--db", db_path, "--dask", "127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--dask '127.0.0.1:8786'" in result.output and "tcp://host:8786" in result.output
