"""The load of ``newsbeat bench serve``: HTTP/1.1 clients on raw asyncio streams.

A general-purpose HTTP client spends, per request, about as much CPU as the web UI's server
spends answering a kept page; on a machine of two cores the clients would then take half of
the CPU the server is measured on. These clients do only what the measure needs: one
keep-alive connection each (no pipelining: a client sends its next request once it has the
whole answer), a ``GET`` with a ``Host`` header, the status line, ``Content-Length`` or
chunked bodies, and ``Connection: close``. Each request's latency is measured from just
before its request is written to just after its answer's last byte is read.

The load runs in its own process (``python -m newsbeat.bench.serve_load``, a JSON plan on
standard input and the result as JSON on standard output) so that its CPU time is its own:
the result carries it (``cpu_seconds``) for readers to see what the load cost the machine.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from dataclasses import dataclass, field
from typing import Any

__all__ = ["HttpAnswer", "LoadPlan", "LoadResult", "fetch", "run_load"]

_REQUEST_TIMEOUT = 30.0  # a request slower than this counts as an error
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class HttpAnswer:
    """An answer: its status, its headers (names in lower case) and its body."""

    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True, kw_only=True)
class LoadPlan:
    """What the clients ask for, and for how long.

    Attributes:
        host, port: the server (loopback).
        paths: the paths of each page kind; a client asks for each kind in turn.
        clients: how many ask at the same time.
        seconds: how long they keep asking (ignored with ``once``).
        once: ask for every path once instead (each kind's paths shared out between the
            clients, in order): the pass that finds no page kept.
        seed: the random choice of paths.
    """

    host: str
    port: int
    paths: dict[str, list[str]]
    clients: int
    seconds: float = 0.0
    once: bool = False
    seed: int = 7


@dataclass
class LoadResult:
    """Latencies (ms) and bytes of body received per page kind, the errors, the elapsed
    seconds and the CPU it took."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    received: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    cpu_seconds: float = 0.0


class _Connection:
    """One keep-alive connection, opened again when the server closes it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.head = f"Host: {host}:{port}\r\nAccept: text/html\r\n\r\n".encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> HttpAnswer:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        try:
            self.writer.write(b"GET " + path.encode("ascii") + b" HTTP/1.1\r\n" + self.head)
            answer = await _read_answer(self.reader)
        except BaseException:
            self.close()
            raise
        if answer.headers.get("connection", "").lower() == "close":
            self.close()
        return answer

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _read_answer(reader: asyncio.StreamReader) -> HttpAnswer:
    head = await reader.readuntil(b"\r\n\r\n")
    if len(head) > _MAX_HEAD:
        raise ValueError("answer head too long")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
        raise ValueError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            chunks.append(await reader.readexactly(size + 2))
            if size == 0:
                break
        body = b"".join(c[:-2] for c in chunks)
    else:
        raise ValueError("answer without Content-Length on a keep-alive connection")
    return HttpAnswer(int(parts[1]), headers, body)


async def fetch(host: str, port: int, path: str, timeout: float = 5.0) -> HttpAnswer:
    """One ``GET`` on a new connection (for readiness checks and tests)."""
    connection = _Connection(host, port)
    try:
        async with asyncio.timeout(timeout):
            return await connection.get(path)
    finally:
        connection.close()


async def _run(plan: LoadPlan) -> LoadResult:
    kinds = list(plan.paths)
    result = LoadResult(latencies={kind: [] for kind in kinds}, received=dict.fromkeys(kinds, 0))
    began = time.perf_counter()
    deadline = began + plan.seconds
    queues: dict[str, list[str]] = {kind: list(reversed(plan.paths[kind])) for kind in kinds}

    def next_once(turn: int) -> tuple[str, str] | None:
        for step in range(len(kinds)):
            kind = kinds[(turn + step) % len(kinds)]
            if queues[kind]:
                return kind, queues[kind].pop()
        return None

    async def client(number: int) -> None:
        rng = random.Random(plan.seed * 1000 + number)
        connection = _Connection(plan.host, plan.port)
        turn = number % len(kinds)
        try:
            while True:
                if plan.once:
                    chosen = next_once(turn)
                    if chosen is None:
                        return
                    kind, path = chosen
                else:
                    if time.perf_counter() >= deadline:
                        return
                    kind = kinds[turn % len(kinds)]
                    path = rng.choice(plan.paths[kind])
                turn += 1
                start = time.perf_counter()
                try:
                    async with asyncio.timeout(_REQUEST_TIMEOUT):
                        answer = await connection.get(path)
                except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError) as exc:
                    result.errors.append(f"{path}: {type(exc).__name__}: {exc}")
                    continue
                latency = (time.perf_counter() - start) * 1000
                if answer.status == 200 and answer.body:
                    result.latencies[kind].append(latency)
                    result.received[kind] += len(answer.body)
                else:
                    result.errors.append(f"{path}: HTTP {answer.status}")
        finally:
            connection.close()

    await asyncio.gather(*(client(n) for n in range(plan.clients)))
    result.elapsed = time.perf_counter() - began
    return result


def run_load(plan: LoadPlan) -> LoadResult:
    """Run the plan's clients in this process and measure them (see the module docstring)."""
    cpu = time.process_time()
    result = asyncio.run(_run(plan))
    result.cpu_seconds = time.process_time() - cpu
    return result


def _main() -> None:
    raw: dict[str, Any] = json.load(sys.stdin)
    result = run_load(LoadPlan(**raw))
    json.dump(
        {
            "latencies": result.latencies,
            "received": result.received,
            "errors": result.errors,
            "elapsed": result.elapsed,
            "cpu_seconds": result.cpu_seconds,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    _main()
