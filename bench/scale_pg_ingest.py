"""One PostgreSQL (or SQLite) ingest of generated dumps, with its CPU seconds, for comparing
two versions of the store's code in turn on one machine.

Run with the code under test first on the path; the dumps are written once into ``--dumps``
(reused when there) by ``newsbeat bench ingest``'s generator. The database named by ``--db``
(a PostgreSQL URL of a maintenance database, or a folder for SQLite) gets a fresh database
``--name``. Prints one JSON line: articles, wall seconds and rate, the client's CPU seconds
(``getrusage`` of this process and of its children: the dump reader and the tokenizing
workers, counted once the store is closed; also each of the three apart), the server backend's
(``/proc/PID/stat`` of the backend, PostgreSQL on this machine only), and the load average at
the start and the end. With ``--statements`` it also prints ``pg_stat_statements``' top
statements (the server needs the extension loaded; it is reset before the ingest).

    PYTHONPATH=src .venv/bin/python bench/scale_pg_ingest.py --dumps /tmp/d20k --articles 20000 \
        --db postgresql://postgres@127.0.0.1:55471/postgres --name run1

Linux only (``/proc``, load average).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path
from typing import Any


def _backend_cpu(pid: int) -> float:
    """User + system CPU seconds of a process on this machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu(who: int) -> float:
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def _client_cpu() -> float:
    return _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)


def _time_parts(store: Any) -> dict[str, float]:
    """Wrap the store's ingest internals (on this instance) to add up their wall seconds."""
    parts: dict[str, float] = {}

    def timed(name: str | Any, call: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                key = name(*args) if callable(name) else name
                parts[key] = parts.get(key, 0.0) + time.perf_counter() - started

        return wrapper

    def kind(sql: str, *_: Any) -> str:
        words = sql.split()
        if words[0] in {"COPY", "ANALYZE"}:
            return " ".join(words[:2])
        if words[0] in {"UPDATE", "INSERT"}:
            return " ".join(words[:3])
        return words[0]

    for method in ("_copy", "_copy_text", "_x"):
        setattr(store, method, timed(kind, getattr(store, method)))
    for method in ("_existing", "_add_provenance", "_update_memberships", "_refresh_statistics"):
        setattr(store, method, timed(method.strip("_"), getattr(store, method)))
    pool = store.tokenizers
    pool.result = timed("wait tokenizer", pool.result)
    store.add_articles = timed("add_articles", store.add_articles)
    execute = store.conn.execute
    store.conn.execute = timed(kind, execute)
    return parts


def _fresh(url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    return url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    """Parse the arguments, ingest once, print the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dumps", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--db", required=True)
    parser.add_argument("--name", default="pgingest")
    parser.add_argument("--statements", action="store_true")
    parser.add_argument("--parts", action="store_true")
    parser.add_argument("--label", default="")
    args = parser.parse_args()

    from newsbeat.bench.ingest import write_dumps
    from newsbeat.importers.ingest import ingest
    from newsbeat.store import open_store

    if not args.dumps.exists():
        write_dumps(args.dumps, articles=args.articles, files=10)
    paths = sorted(args.dumps.glob("*"))
    postgres = args.db.startswith("postgres")
    location = _fresh(args.db, args.name) if postgres else str(Path(args.db) / f"{args.name}.db")
    if not postgres:
        Path(location).unlink(missing_ok=True)
    store: Any = open_store(location)
    backend = int(store._value("SELECT pg_backend_pid()")) if postgres else 0
    if postgres and args.statements:
        store._x("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        store._x("SELECT pg_stat_statements_reset()")
    parts = _time_parts(store) if postgres and args.parts else None
    load = [round(os.getloadavg()[0], 2)]
    server0 = _backend_cpu(backend) if postgres else 0.0
    client0 = _client_cpu()
    own0, children0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    report = ingest(store, paths)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {
        "label": args.label,
        "backend": "postgresql" if postgres else "sqlite",
        "articles": report.new,
        "seconds": round(seconds, 2),
        "articles_per_s": round(report.new / seconds, 1),
        "server_cpu_s": round(_backend_cpu(backend) - server0, 2) if postgres else None,
        "load_average": [*load, round(os.getloadavg()[0], 2)],
    }
    if parts is not None:
        parts["outside add_articles"] = seconds - parts.get("add_articles", 0.0)
        result["parts"] = {k: round(v, 2) for k, v in sorted(parts.items(), key=lambda kv: -kv[1])}
    if postgres and args.statements:
        result["statements"] = [
            [round(float(ms) / 1000, 2), int(calls), str(query)[:90]]
            for ms, calls, query in store._x(
                "SELECT total_exec_time, calls, query FROM pg_stat_statements"
                " ORDER BY total_exec_time DESC LIMIT 12"
            )
        ]
    # the dump reader's process has ended: its CPU is the children's so far
    reader = _cpu(resource.RUSAGE_CHILDREN) - children0
    store.close()  # its worker processes end: their CPU counts as the children's
    result["client_cpu_s"] = round(_client_cpu() - client0, 2)
    result["own_cpu_s"] = round(_cpu(resource.RUSAGE_SELF) - own0, 2)
    result["reader_cpu_s"] = round(reader, 2)
    result["workers_cpu_s"] = round(_cpu(resource.RUSAGE_CHILDREN) - children0 - reader, 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
