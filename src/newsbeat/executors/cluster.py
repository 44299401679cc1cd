"""The Dask executor: partitions run on a Dask cluster and their results come back here.

Two ways to get a cluster:

- ``address`` (``--dask tcp://HOST:PORT``): a running scheduler and its workers. Each worker
  needs newsbeat and the spaCy pipeline installed (the same versions as here); workers only
  receive plain data (article texts, pages) and return records, they never open the database.
- ``workers`` (``--workers N``): a ``distributed.LocalCluster`` of N single-threaded worker
  processes on 127.0.0.1, started on first use and closed with the executor. Its workers run
  without Dask's statistical profiler, with glibc's own heap trimming (see
  :func:`worker_environ`) and with fewer timers (:data:`QUIET_TIMERS`); a running cluster
  whose workers trim the heap at Dask's threshold is warned about once.

What :meth:`DaskExecutor.prepare` names runs once in every worker as a worker plugin (a worker
that restarts runs it again), so a worker loads the spaCy pipeline once, not per partition.
A partition whose task fails or whose worker dies is run again (``retries``; the scheduler also
reschedules the tasks of a worker that disappears); results are taken in partition order, so a
retried partition is saved once.
"""

from __future__ import annotations

import itertools
import logging
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError
from typing import Any, TypeVar

import dask
from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin

from newsbeat.exceptions import ExecutorError
from newsbeat.executors import in_order

__all__ = ["QUIET_TIMERS", "DaskExecutor"]

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_R = TypeVar("_R")
_IN_FLIGHT_PER_SLOT = 3
# What Dask's nanny puts in each worker's environment before spawning it, so that glibc hands
# freed heap memory back to the OS above 64 KiB. The parse and the analysis free and reallocate
# blocks that large all the time: the heap's top is then given back and faulted in again
# (~3,950 page faults per article instead of ~100), a third more CPU per article (docs/scale.md).
HEAP_TRIM_VARIABLE = "MALLOC_TRIM_THRESHOLD_"
_PRE_SPAWN = "distributed.nanny.pre-spawn-environ"
# The timers of a local cluster's processes, less often than Dask's defaults (20 ms, 100 ms,
# 500 ms). Each wakes a worker's event loop, which must take the GIL from the thread parsing
# articles: ~63 wake-ups a second for an event-loop health check (its warning comes after 3 s
# anyway), a memory check whose thresholds newsbeat's partitions never near, and the dashboard's
# system figures nobody reads (docs/scale.md).
QUIET_TIMERS: dict[str, str] = {
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
}


def worker_environ() -> dict[str, Any]:
    """The ``distributed.nanny.pre-spawn-environ`` newsbeat's local workers are spawned with:
    Dask's (the thread caps and anything configured) without its heap-trimming threshold, so
    that glibc keeps its own adaptive one. A threshold set in this process's environment is
    still inherited by the workers."""
    environ = dict(dask.config.get(_PRE_SPAWN, default=None) or {})
    environ[HEAP_TRIM_VARIABLE] = None  # None: Dask leaves the variable unset
    return environ


class _Prepare(WorkerPlugin):
    """Runs ``fn(*args)`` when a worker starts (or at once on running workers)."""

    def __init__(self, fn: Callable[..., object], args: tuple[Any, ...]) -> None:
        self.fn = fn
        self.args = args

    def setup(self, worker: Any) -> None:
        self.fn(*self.args)


class DaskExecutor:
    """Partitions on a Dask cluster: at ``address``, or a local one of ``workers`` processes.

    Args:
        address: a scheduler's address (``tcp://host:8786``); None starts a local cluster.
        workers: worker processes of the local cluster (ignored with ``address``).
        retries: runs of a partition after its task failed or its worker died.
        connect_timeout: seconds to wait for the scheduler.

    Raises:
        ExecutorError: (on first use) the scheduler cannot be reached or the cluster started.
    """

    def __init__(
        self,
        *,
        address: str | None = None,
        workers: int = 0,
        retries: int = 2,
        connect_timeout: float = 10.0,
    ) -> None:
        self.address = address
        self.connect_timeout = connect_timeout
        self.workers = max(1, workers)
        self.retries = retries
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None
        self._plugins: set[str] = set()
        self._checked_workers = False
        # Task keys unique to this executor: a scheduler may serve several clients.
        self._keys = (f"{uuid.uuid4().hex[:12]}-{n}" for n in itertools.count())

    @property
    def name(self) -> str:
        """``dask at ADDRESS`` or ``local dask cluster of N workers``."""
        if self.address:
            return f"dask at {self.address}"
        return f"local dask cluster of {self.workers} workers"

    @property
    def remote(self) -> bool:
        """A scheduler given by address is used even for small work (its workers may be where
        the model is installed); a local cluster is only started for enough work."""
        return self.address is not None

    @property
    def client(self) -> Client:
        """The client, connecting (or starting the local cluster) on first use."""
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Client:
        if self.address:
            try:
                return Client(self.address, timeout=self.connect_timeout, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise ExecutorError(
                    f"cannot reach the Dask scheduler at {self.address}: {exc}"
                ) from exc
        try:
            # Workers of a local cluster are ours: no statistical profiler sampling the parse
            # every 10 ms for a dashboard nobody reads (the nannies hand the setting on), no
            # heap trimming at 64 KiB (see HEAP_TRIM_VARIABLE), fewer timers (QUIET_TIMERS).
            settings = {
                "distributed.worker.profile.enabled": False,
                _PRE_SPAWN: worker_environ(),
                **QUIET_TIMERS,
            }
            with dask.config.set(settings):
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    # the scheduler serves HTTP even without a dashboard: loopback, any free port
                    dashboard_address="127.0.0.1:0",
                    silence_logs=logging.ERROR,
                )
            return Client(self._cluster, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ExecutorError(f"cannot start a local Dask cluster: {exc}") from exc

    @property
    def slots(self) -> int:
        """Worker threads of the cluster (at least 1)."""
        if self._client is None and not self.address:
            return self.workers
        return max(1, sum(self.client.nthreads().values()))

    def prepare(self, fn: Callable[..., object], *args: Any) -> None:
        """Run ``fn(*args)`` in every worker, now and in each worker that starts later."""
        key = f"newsbeat-prepare-{fn.__module__}.{fn.__qualname__}{args!r}"
        if key in self._plugins:
            return
        self._warn_heap_trimming()
        self.client.register_plugin(_Prepare(fn, args), name=key)
        self._plugins.add(key)

    def _warn_heap_trimming(self) -> None:
        """Warn once when a running cluster's workers trim the heap at a fixed threshold."""
        if self._checked_workers or not self.address:
            return
        self._checked_workers = True
        try:
            # os.getenv, not a function of ours: workers of another newsbeat version answer too
            found = self.client.run(os.getenv, HEAP_TRIM_VARIABLE)
        except Exception as exc:  # only advice: a worker that cannot answer must not stop the run
            log.debug("%s: could not read the workers' environment: %s", self.name, exc)
            return
        trimming = sorted({value for value in found.values() if value is not None})
        if trimming:
            log.warning(
                "%s: %d of %d workers run with %s=%s (Dask's nanny sets it), which costs the"
                " enrich stage about a third more CPU per article; start them with"
                " distributed.nanny.pre-spawn-environ.%s set to null in their Dask config"
                " (docs/scale.md)",
                self.name,
                sum(value is not None for value in found.values()),
                len(found),
                HEAP_TRIM_VARIABLE,
                "/".join(trimming),
                HEAP_TRIM_VARIABLE,
            )

    def map(
        self, fn: Callable[..., list[_R]], partitions: Iterable[Sequence[_T]], *args: Any
    ) -> Iterator[list[_R]]:
        """Run the partitions on the cluster, a bounded number in flight, results in order.

        Raises:
            ExecutorError: a partition killed its worker more often than the scheduler allows.
        """
        client = self.client

        def submit(partition: Sequence[_T]) -> Any:
            return client.submit(
                fn,
                partition,
                *args,
                key=f"{getattr(fn, '__name__', 'partition')}-{next(self._keys)}",
                retries=self.retries,
                pure=False,
            )

        try:
            yield from in_order(submit, partitions, self.slots * _IN_FLIGHT_PER_SLOT)
        except KilledWorker as exc:
            raise ExecutorError(
                f"{self.name}: a partition was lost with its worker too many times ({exc})"
            ) from exc
        except CancelledError as exc:  # the scheduler went away mid-run
            raise ExecutorError(
                f"{self.name}: lost the cluster ({type(exc).__name__}: {exc}); what was saved"
                " stays, and a rerun does the rest"
            ) from exc

    def call(self, fn: Callable[..., _R], *args: Any) -> _R:
        """``fn(*args)`` on one worker."""
        result: _R = self.client.submit(fn, *args, pure=False).result()
        return result

    def close(self) -> None:
        """Disconnect, and stop the local cluster if this executor started it."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
