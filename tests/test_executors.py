"""The executor interface: serial and local processes give the same results in the same order,
small runs start no worker, partitions are taken lazily, and the choice follows the options."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

import pytest

from newsbeat.executors import (
    ExecutorChoice,
    ProcessExecutor,
    SerialExecutor,
    open_executor,
    run_partitioned,
)
from newsbeat.settings import EnrichSettings

_PREPARED: list[str] = []


def square_all(items: Sequence[int], offset: int) -> list[tuple[int, int]]:
    """A partition function: each item squared plus an offset, with the worker's pid."""
    return [(i * i + offset, os.getpid()) for i in items]


def prepared_here(items: Sequence[int]) -> list[list[str]]:
    return [list(_PREPARED) for _ in items]


def remember(word: str) -> None:
    _PREPARED.append(word)


def test_serial_and_processes_give_the_same_results_in_order() -> None:
    items = list(range(50))
    serial = list(run_partitioned(SerialExecutor(), square_all, items, 1, batch_size=4))
    pool = ProcessExecutor(2)
    try:
        parallel = list(run_partitioned(pool, square_all, items, 1, batch_size=4))
    finally:
        pool.close()
    assert [v for v, _ in serial] == [i * i + 1 for i in items]
    assert [v for v, _ in parallel] == [v for v, _ in serial]
    assert {pid for _, pid in serial} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in parallel}


def test_a_small_run_starts_no_worker() -> None:
    pool = ProcessExecutor(2)
    try:
        out = list(run_partitioned(pool, square_all, [1, 2, 3], 0, batch_size=16, min_parallel=8))
        assert out == [(1, os.getpid()), (4, os.getpid()), (9, os.getpid())]
        assert pool._pool is None  # never started
    finally:
        pool.close()


def test_partitions_are_taken_lazily() -> None:
    taken: list[int] = []

    def items() -> Iterator[int]:
        for i in range(1000):
            taken.append(i)
            yield i

    pool = ProcessExecutor(2)
    try:
        results = run_partitioned(pool, square_all, items(), 0, batch_size=10, min_parallel=1)
        first = next(results)
        assert first[0] == 0
        # a bounded window of partitions in flight, not the whole input
        assert len(taken) <= 10 * 2 * 3 + 10
        assert len(list(results)) == 999
    finally:
        pool.close()


def test_prepare_runs_in_every_worker_before_partitions() -> None:
    _PREPARED.clear()
    pool = ProcessExecutor(2)
    try:
        out = list(
            run_partitioned(
                pool,
                prepared_here,
                list(range(20)),
                batch_size=2,
                min_parallel=1,
                prepare=(remember, ("model",)),
            )
        )
    finally:
        pool.close()
    assert out and all(seen == ["model"] for seen in out)


def test_the_choice_follows_the_options() -> None:
    assert isinstance(open_executor(ExecutorChoice(processes=1)), SerialExecutor)
    assert isinstance(open_executor(ExecutorChoice(processes=2)), ProcessExecutor)
    cluster = open_executor(ExecutorChoice(processes=2, dask_workers=3))
    assert cluster.name == "local dask cluster of 3 workers" and not cluster.remote
    remote = open_executor(
        ExecutorChoice.from_settings(
            EnrichSettings(dask_scheduler="tcp://127.0.0.1:1", dask_workers=3)
        )
    )
    assert remote.name == "dask at tcp://127.0.0.1:1" and remote.remote
    for executor in (cluster, remote):
        executor.close()  # nothing was started


@pytest.mark.parametrize("processes", [0, -3])
def test_processes_are_at_least_one(processes: int) -> None:
    assert ProcessExecutor(processes).slots == 1
