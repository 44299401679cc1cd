"""The executor interface: serial and local processes give the same results in the same order,
small runs start no worker, partitions are taken lazily, and the choice follows the options."""

from __future__ import annotations

import contextvars
import itertools
import os
import threading
from collections.abc import Iterator, Sequence

import pytest

from newsbeat.executors import (
    ExecutorChoice,
    ProcessExecutor,
    SerialExecutor,
    open_executor,
    partition_sizes,
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


def _split(count: int | None, slots: int, batch_size: int, items: int) -> list[int]:
    """The partition sizes ``items`` items are cut into."""
    sizes, left = [], items
    for size in partition_sizes(count, slots, batch_size):
        if left <= 0:
            return sizes
        sizes.append(min(size, left))
        left -= size
    return sizes


def test_the_last_partitions_shrink_so_that_workers_finish_together() -> None:
    # 208 articles on 2 workers were 16 partitions of 13: at the end one worker waited for the
    # other's last partition of 13
    sizes = _split(208, 2, 16, 208)
    assert sum(sizes) == 208
    assert sizes[:10] == [13] * 10  # the bulk keeps its size (nlp.pipe batches stay as large)
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] == 1
    done = 0
    for size in sizes:
        if size < 13:  # a tail partition: at most half of what remains per worker
            assert size <= max(1, -(-(208 - done) // 4))
        done += size


@pytest.mark.parametrize(("count", "slots"), [(None, 2), (208, 1)])
def test_partitions_stay_equal_without_a_count_or_on_one_worker(
    count: int | None, slots: int
) -> None:
    sizes = list(itertools.islice(partition_sizes(count, slots, 16), 20))
    assert sizes == [16] * 20


def test_a_short_count_leaves_the_rest_in_full_partitions() -> None:
    sizes = _split(20, 2, 16, 60)
    assert sum(sizes) == 60
    assert sizes[:12] == [2] * 8 + [1] * 4
    assert set(sizes[12:]) == {2}  # past the count: the bulk's size again, not single items


_LABEL: contextvars.ContextVar[str] = contextvars.ContextVar("test_executor_label", default="")


def thread_and_label(items: Sequence[int]) -> list[tuple[int, str]]:
    """A partition function: which thread ran it, and the caller's context variable."""
    return [(threading.get_ident(), _LABEL.get()) for _ in items]


def fail_on_three(items: Sequence[int]) -> list[int]:
    if 3 in items:
        raise ValueError("three")
    return list(items)


def test_serial_partitions_run_in_another_thread_with_the_callers_context() -> None:
    # Off the main thread: glibc's main heap is trimmed and faulted in again between a
    # partition's parse and its analysis (docs/scale.md, perf13f).
    token = _LABEL.set("caller")
    try:
        out = list(SerialExecutor().map(thread_and_label, [[1, 2], [3]]))
    finally:
        _LABEL.reset(token)
    assert [label for part in out for _, label in part] == ["caller"] * 3
    assert all(ident != threading.get_ident() for part in out for ident, _ in part)


def test_a_serial_partition_raises_its_error_in_the_caller() -> None:
    results = SerialExecutor().map(fail_on_three, [[1, 2], [3, 4]])
    assert next(results) == [1, 2]
    with pytest.raises(ValueError, match="three"):
        next(results)


def where_it_ran(items: Sequence[int]) -> list[tuple[int, bool, str]]:
    """A partition function: the worker's pid, whether in its main thread, the thread's name."""
    thread = threading.current_thread()
    return [(os.getpid(), thread is threading.main_thread(), thread.name) for _ in items]


def test_pool_partitions_run_off_the_workers_main_thread_in_one_kept_thread() -> None:
    # In a pool process's main thread the enrich stage took ~1,000 minor page faults per
    # article under load against ~40-60 in a thread (docs/scale.md, perf13g).
    pool = ProcessExecutor(2)
    try:
        out = [r for part in pool.map(where_it_ran, [[k] for k in range(12)]) for r in part]
    finally:
        pool.close()
    assert len(out) == 12
    assert not any(main for _, main, _ in out)
    assert os.getpid() not in {pid for pid, _, _ in out}
    for pid in {pid for pid, _, _ in out}:  # one thread kept per worker process
        assert len({name for p, _, name in out if p == pid}) == 1


def test_a_pool_partition_raises_its_error_in_the_caller() -> None:
    pool = ProcessExecutor(2)
    try:
        results = pool.map(fail_on_three, [[1, 2], [3, 4]])
        assert next(results) == [1, 2]
        with pytest.raises(ValueError, match="three"):
            next(results)
    finally:
        pool.close()
