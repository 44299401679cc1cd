"""The load clients of ``bench serve``: HTTP/1.1 keep-alive on raw asyncio streams, against a
small server this test starts on 127.0.0.1 (bodies by length and chunked, a closed
connection reopened, a refusal and a dropped connection counted as errors)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from newsbeat.bench.serve_load import LoadPlan, fetch, run_load

ANSWERS = {
    b"/len": b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
    b"/chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    + b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
    b"/close": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
    b"/missing": b"HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnope",
}


@pytest.fixture
def server() -> Iterator[tuple[int, list[bytes]]]:
    """A loopback server answering the paths of ANSWERS (``/drop`` closes the connection
    without an answer); yields its port and the connections' request lines."""
    seen: list[bytes] = []
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    port: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ")[1]
                seen.append(path)
                if path == b"/drop":
                    break
                writer.write(ANSWERS[path])
                await writer.drain()
                if path == b"/close":
                    break
        except asyncio.IncompleteReadError:
            pass
        writer.close()

    stop: list[asyncio.Event] = []

    async def main() -> None:
        stop.append(asyncio.Event())
        listening = await asyncio.start_server(handle, "127.0.0.1", 0)
        port.append(listening.sockets[0].getsockname()[1])
        ready.set()
        async with listening:
            await stop[0].wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    ready.wait(10)
    yield port[0], seen
    loop.call_soon_threadsafe(stop[0].set)
    thread.join(10)
    loop.close()


def test_bodies_by_length_and_chunked(server: tuple[int, list[bytes]]) -> None:
    port, _ = server
    answer = asyncio.run(fetch("127.0.0.1", port, "/chunked"))
    assert (answer.status, answer.body) == (200, b"abcde")
    answer = asyncio.run(fetch("127.0.0.1", port, "/len"))
    assert (answer.status, answer.body, answer.headers["content-length"]) == (200, b"hello", "5")


def test_every_path_once_with_errors_counted(server: tuple[int, list[bytes]]) -> None:
    port, seen = server
    paths = {"a": ["/len", "/close", "/len", "/missing"], "b": ["/chunked", "/drop", "/len"]}
    result = run_load(LoadPlan(host="127.0.0.1", port=port, paths=paths, clients=1, once=True))
    assert sorted(seen) == sorted(p.encode() for kind in paths.values() for p in kind)
    assert [len(result.latencies[k]) for k in ("a", "b")] == [3, 2]
    assert len(result.errors) == 2
    assert any("/missing: HTTP 404" in e for e in result.errors)
    assert any(e.startswith("/drop: IncompleteReadError") for e in result.errors)
    assert all(ms > 0 for kind in result.latencies.values() for ms in kind)
    assert result.elapsed > 0 and result.cpu_seconds > 0


def test_clients_keep_asking_for_the_time_given(server: tuple[int, list[bytes]]) -> None:
    port, _ = server
    plan = LoadPlan(
        host="127.0.0.1", port=port, paths={"a": ["/len"], "b": ["/chunked"]}, clients=3
    )
    result = run_load(LoadPlan(**{**plan.__dict__, "seconds": 0.3}))
    assert result.errors == []
    assert len(result.latencies["a"]) > 3 and len(result.latencies["b"]) > 3
    assert result.elapsed >= 0.3
