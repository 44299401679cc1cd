"""Where the heavy pure work runs: in this process, in local worker processes, or on Dask.

The heavy stages are pure functions over partitions of plain data: the enrich stage's analysis
(article texts in, :class:`~newsbeat.models.Enrichment` records out) and the extraction of
archived pages (``(url, html)`` in, articles out). A stage hands such a function and its
partitions to an :class:`Executor` and gets each partition's result back, in partition order, in
the calling process; the caller saves them through the store, so workers never open the
database (an SQLite file is never shared between processes, and an interrupted run keeps what
the caller already saved).

Three executors, one interface, chosen once from options by :func:`open_executor`:

- :class:`SerialExecutor`: in this process;
- :class:`ProcessExecutor`: a pool of local worker processes (``[enrich] processes``);
- :class:`~newsbeat.executors.cluster.DaskExecutor`: a Dask cluster, either at a scheduler's
  address (``--dask tcp://HOST:PORT``) or a ``LocalCluster`` the run starts and closes
  (``--workers N``). Dask is imported only then.

:func:`run_partitioned` splits the items into partitions sized for the executor, smaller towards
the end of a run of known length so that the workers finish together; a small run (fewer than
``min_parallel`` items) runs in this process without starting any worker, since starting
workers (and loading a model in each) costs more than it saves.
"""

from __future__ import annotations

import contextvars
import itertools
import logging
import math
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from newsbeat.settings import EnrichSettings

__all__ = [
    "Executor",
    "ExecutorChoice",
    "ProcessExecutor",
    "SerialExecutor",
    "open_executor",
    "run_partitioned",
]

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_R = TypeVar("_R")

# Partitions per worker slot: a worker that finishes early takes more work instead of idling
# while another ends a long partition (84 articles in 16 s left one core idle for a third of the
# run with one partition per worker).
TASKS_PER_SLOT = 8
# Towards the end of a run of known length a partition takes at most this fraction of what
# remains per worker slot (guided scheduling), down to one item: with equal partitions one
# worker waited on average half a partition for the others at the end (200 articles in 16
# partitions of 13 on 2 workers: ~3 % of the run). The partitions before the tail keep their size.
_TAIL_FRACTION = 0.5
# Partitions in flight per worker slot: enough to keep every worker busy, few enough that a
# backfill of 100,000 articles is never all in memory (or on the wire) at once.
_IN_FLIGHT_PER_SLOT = 3


@dataclass(frozen=True, kw_only=True)
class ExecutorChoice:
    """Which executor a run uses (the ``[enrich]`` settings, or ``--dask``/``--workers``).

    Attributes:
        processes: local worker processes when no Dask option is set (1: this process).
        dask_scheduler: address of a running Dask scheduler (``tcp://host:8786``); wins over the
            others.
        dask_workers: start a local Dask cluster of this many worker processes (0: none).
        retries: how often Dask runs a partition again after its worker failed or died.
    """

    processes: int = 1
    dask_scheduler: str = ""
    dask_workers: int = 0
    retries: int = 2

    @classmethod
    def from_settings(cls, enrich: EnrichSettings) -> ExecutorChoice:
        """The choice the ``[enrich]`` section makes."""
        return cls(
            processes=enrich.processes,
            dask_scheduler=enrich.dask_scheduler,
            dask_workers=enrich.dask_workers,
        )

    @property
    def kind(self) -> str:
        """``dask``, ``processes`` or ``serial``."""
        if self.dask_scheduler or self.dask_workers:
            return "dask"
        return "processes" if self.processes > 1 else "serial"


class Executor(Protocol):
    """Runs a pure function over partitions; results come back to the caller in order."""

    @property
    def name(self) -> str:
        """A short description for logs and progress (``serial``, ``2 processes``, ...)."""

    @property
    def slots(self) -> int:
        """How many partitions can run at once."""

    @property
    def remote(self) -> bool:
        """Whether the work must go to the workers even when it is small (a cluster that was
        already running, whose workers hold what the work needs)."""

    def prepare(self, fn: Callable[..., object], *args: Any) -> None:
        """Have ``fn(*args)`` run once in every worker before it runs partitions (e.g. load a
        model there once, not per partition); a worker that restarts runs it again."""

    def map(
        self, fn: Callable[..., list[_R]], partitions: Iterable[Sequence[_T]], *args: Any
    ) -> Iterator[list[_R]]:
        """``fn(partition, *args)`` for each partition, in partition order.

        ``fn`` and its arguments must be picklable (a module-level function and plain data).
        Partitions are taken lazily, a bounded number in flight at a time.
        """

    def call(self, fn: Callable[..., _R], *args: Any) -> _R:
        """``fn(*args)`` once, where partitions run (e.g. the model version the workers use)."""

    def close(self) -> None:
        """Stop what this executor started (worker processes, a local cluster)."""


class SerialExecutor:
    """Everything in the calling process, one partition at a time: while the caller waits,
    in one thread of this process kept for the run of :meth:`map`.

    Why a thread: glibc gives a thread other than the main one a heap arena of its own, and
    on a loaded machine the main thread's heap (``brk``) was handed back to the kernel and
    faulted in again between a partition's parse and its analysis: in the main thread the
    enrich stage's parse took ~850 minor page faults per article against ~260 in a thread and
    ~200-240 for the parse alone, and ~13 % more CPU per article (docs/scale.md, perf13f). On
    a quiet machine both took ~330 and the thread costs nothing. A Dask worker runs its tasks
    in a thread too. The caller's context variables are copied into the thread.
    """

    name = "serial"
    slots = 1
    remote = False

    def prepare(self, fn: Callable[..., object], *args: Any) -> None:
        """Nothing to do: the work function loads what it needs on first use."""

    def map(
        self, fn: Callable[..., list[_R]], partitions: Iterable[Sequence[_T]], *args: Any
    ) -> Iterator[list[_R]]:
        """Run each partition here, in order (in one thread of this process)."""
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsbeat-serial")
        try:
            for partition in partitions:
                context = contextvars.copy_context()
                yield pool.submit(context.run, fn, partition, *args).result()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def call(self, fn: Callable[..., _R], *args: Any) -> _R:
        """``fn(*args)`` here."""
        return fn(*args)

    def close(self) -> None:
        """Nothing to stop."""


def _run_all(calls: list[tuple[Callable[..., object], tuple[Any, ...]]]) -> None:
    for fn, args in calls:
        fn(*args)


# A pool process's thread for its partitions, with the id of the process that started it (a
# forked child must not use its parent's pool, whose thread it does not have).
_WORKER_THREAD: tuple[int, ThreadPoolExecutor] | None = None


def _in_worker_thread(fn: Callable[..., _R], partition: Sequence[Any], *args: Any) -> _R:
    """``fn(partition, *args)`` in a pool process, in one thread kept for the process's life
    rather than its main thread: the main thread's heap took the same page-fault storm there
    as in :class:`SerialExecutor` (~1,000 minor faults per article of the enrich stage at load
    7-8 against ~8 in a pool thread; docs/scale.md, perf13g)."""
    global _WORKER_THREAD
    if _WORKER_THREAD is None or _WORKER_THREAD[0] != os.getpid():
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsbeat-worker")
        _WORKER_THREAD = (os.getpid(), pool)
    context = contextvars.copy_context()
    return _WORKER_THREAD[1].submit(context.run, fn, partition, *args).result()


class ProcessExecutor:
    """A pool of local worker processes, started on first use (forked where the platform allows,
    so that what :meth:`prepare` loaded in this process is shared, not loaded again).

    Args:
        processes: worker processes (capped at the machine's cores).
    """

    remote = False

    def __init__(self, processes: int) -> None:
        self.processes = max(1, min(processes, os.cpu_count() or 1))
        self._prepared: list[tuple[Callable[..., object], tuple[Any, ...]]] = []
        self._pool: ProcessPoolExecutor | None = None
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")

    @property
    def name(self) -> str:
        """``N processes``."""
        return f"{self.processes} processes"

    @property
    def slots(self) -> int:
        """The worker processes."""
        return self.processes

    def prepare(self, fn: Callable[..., object], *args: Any) -> None:
        """Run ``fn(*args)`` here before the workers fork (they inherit it), and in each worker
        started later (spawned workers)."""
        if self._pool is not None:
            return  # already running: workers do it lazily on first use
        if self._context.get_start_method() == "fork":
            fn(*args)
        else:
            self._prepared.append((fn, args))

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=self._context,
                initializer=_run_all,
                initargs=(list(self._prepared),),
            )
        return self._pool

    def map(
        self, fn: Callable[..., list[_R]], partitions: Iterable[Sequence[_T]], *args: Any
    ) -> Iterator[list[_R]]:
        """Run the partitions in the pool, a bounded number in flight, results in order (each
        in a thread of its worker process kept for the process's life: ``_in_worker_thread``)."""
        pool = self._started()
        yield from in_order(
            lambda part: pool.submit(_in_worker_thread, fn, part, *args),
            partitions,
            self.slots * _IN_FLIGHT_PER_SLOT,
        )

    def call(self, fn: Callable[..., _R], *args: Any) -> _R:
        """``fn(*args)`` here: the workers run the same code on the same machine."""
        return fn(*args)

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def in_order(
    submit: Callable[[Sequence[_T]], Any],
    partitions: Iterable[Sequence[_T]],
    window: int,
) -> Iterator[list[_R]]:
    """Submit partitions lazily, at most ``window`` in flight, and yield results in order.

    Args:
        submit: starts one partition, returning something with ``result()`` (a future).
        partitions: the partitions (consumed as room frees up).
        window: the most partitions in flight.
    """
    pending: deque[Any] = deque()  # futures: concurrent.futures' or Dask's
    source = iter(partitions)
    try:
        for partition in itertools.islice(source, max(1, window)):
            pending.append(submit(partition))
        while pending:
            result: list[_R] = pending.popleft().result()
            for partition in itertools.islice(source, 1):
                pending.append(submit(partition))
            yield result
    finally:
        for future in pending:
            cancel = getattr(future, "cancel", None)
            if cancel is not None:
                cancel()


def open_executor(choice: ExecutorChoice) -> Executor:
    """The executor a choice names (nothing is started until it is used).

    Args:
        choice: the run's options.

    Returns:
        A Dask executor when a scheduler or local Dask workers are given, else a process pool
        when ``processes`` > 1, else the serial executor. Close it after use.
    """
    if choice.kind == "dask":
        from newsbeat.executors.cluster import DaskExecutor  # imports dask: only when chosen

        return DaskExecutor(
            address=choice.dask_scheduler or None,
            workers=choice.dask_workers,
            retries=choice.retries,
        )
    if choice.kind == "processes":
        return ProcessExecutor(choice.processes)
    return SerialExecutor()


def _partition_size(count: int | None, slots: int, batch_size: int) -> int:
    size = max(1, batch_size)
    if count is not None and slots > 1:
        size = max(1, min(size, math.ceil(count / (slots * TASKS_PER_SLOT))))
    return size


def partition_sizes(count: int | None, slots: int, batch_size: int) -> Iterator[int]:
    """The sizes of successive partitions of a run (an endless sequence: the items end first).

    Without a known ``count``, or on one slot, every partition has the size
    :func:`_partition_size` gives. Otherwise the partitions keep that size until a partition
    would be more than :data:`_TAIL_FRACTION` of what remains per slot; from there each is
    that fraction (rounded up), down to one item, so that the last partitions are small and
    no worker waits long for another at the end. Past ``count`` (a count that was short) the
    full size again.
    """
    size = _partition_size(count, slots, batch_size)
    remaining = count if count is not None and slots > 1 else 0
    while remaining > 0:
        part = max(1, min(size, math.ceil(remaining * _TAIL_FRACTION / slots)))
        remaining -= part
        yield part
    while True:
        yield size


def _chunks(items: Iterable[_T], sizes: Iterator[int]) -> Iterator[list[_T]]:
    source = iter(items)
    while chunk := list(itertools.islice(source, next(sizes))):
        yield chunk


def run_partitioned(
    executor: Executor,
    fn: Callable[..., list[_R]],
    items: Iterable[_T],
    *args: Any,
    batch_size: int,
    min_parallel: int = 8,
    prepare: tuple[Callable[..., object], tuple[Any, ...]] | None = None,
    count: int | None = None,
) -> Iterator[_R]:
    """Apply a partition function to items, on the executor, one result per item in order.

    Args:
        executor: where the partitions run.
        fn: ``fn(partition, *args) -> list of results``, one result per item of the partition.
        items: the inputs, read lazily (a bounded number of partitions in flight); with a known
            ``count`` (or a sequence) they are split evenly over the workers, the last
            partitions smaller (:func:`partition_sizes`), else in partitions of ``batch_size``.
        *args: further arguments of ``fn`` (plain data).
        batch_size: the largest partition.
        min_parallel: fewer items than this run in this process, starting no worker (unless
            the executor is a running cluster the work must go to).
        prepare: ``(function, args)`` to run once in each worker first (e.g. load a model).
        count: how many items an iterable holds (a sequence's length is taken), to size the
            partitions so that every worker gets several.

    Yields:
        The results of every partition, flattened, in item order.
    """
    source = iter(items)
    head = list(itertools.islice(source, min_parallel))
    if count is None and isinstance(items, Sequence):
        count = len(items)
    if len(head) < min_parallel and not executor.remote:
        for partition in _chunks(head, itertools.repeat(max(1, batch_size))):
            yield from fn(partition, *args)
        return
    log.info("%s: running on %s", getattr(fn, "__name__", "partitions"), executor.name)
    if prepare is not None:
        executor.prepare(prepare[0], *prepare[1])
    sizes = partition_sizes(count, executor.slots, batch_size)
    partitions = _chunks(itertools.chain(head, source), sizes)
    for result in executor.map(fn, partitions, *args):
        yield from result
