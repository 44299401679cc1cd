"""A throw-away PostgreSQL server for the tests.

``NEWSBEAT_TEST_POSTGRES`` (a URL of a server where the tests may create databases) is used
when set. Otherwise :func:`require_server` finds Debian's PostgreSQL binaries
(``/usr/lib/postgresql/*/bin/initdb``, ``pg_ctl``), creates a cluster in a temporary folder
(as the ``postgres`` user when running as root: initdb refuses root), starts it on a free
loopback port with ``fsync=off`` and its unix socket in that folder, and :func:`shutdown`
stops it (``pg_ctl -m immediate stop``) at the end of the session, also after failures.

Each test gets its own database (:meth:`PostgresServer.database`). Without binaries and
without ``NEWSBEAT_TEST_POSTGRES`` the tests that need a server are skipped with a clear
reason, except under ``CI=true``, where a missing server fails them.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import hashlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

__all__ = [
    "PostgresServer",
    "database_name",
    "positions_mismatches",
    "postings_mismatches",
    "require_server",
    "shutdown",
]

ENV_URL = "NEWSBEAT_TEST_POSTGRES"


@dataclass
class PostgresServer:
    """A PostgreSQL server the tests may create databases on.

    Attributes:
        url: URL of its maintenance database (``postgres``) as a superuser.
        folder: the cluster's folder when the tests started it (None for an outside server).
        bin_dir: where its ``pg_ctl`` is (None for an outside server).
    """

    url: str
    folder: Path | None = None
    bin_dir: Path | None = None
    created: set[str] = field(default_factory=set)

    def url_for(
        self, database: str, *, user: str | None = None, password: str | None = None
    ) -> str:
        """The URL of one database on this server (optionally as another user)."""
        parts = urlsplit(self.url)
        netloc = parts.netloc
        if user is not None:
            host = netloc.rpartition("@")[2]
            netloc = f"{user}:{password}@{host}" if password else f"{user}@{host}"
        return urlunsplit((parts.scheme, netloc, "/" + database, parts.query, ""))

    @property
    def port(self) -> int:
        """The server's TCP port."""
        return urlsplit(self.url).port or 5432

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (autocommit: CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(self.url_for(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def database(self, name: str) -> str:
        """An empty database ``name``, created on the first call of the session (replacing
        one left by an earlier session) and reused by later calls; returns its URL."""
        if name not in self.created:
            import psycopg

            with psycopg.connect(self.url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
                conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
            self.created.add(name)
        return self.url_for(name)

    def stop(self) -> None:
        """Stop the cluster the tests started (immediately: nothing in it is worth keeping)."""
        if self.folder is None or self.bin_dir is None:
            return
        data = self.folder / "data"
        if data.exists():
            _run_as_postgres(
                [str(self.bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                check=False,
            )
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


_SERVER: PostgresServer | None = None
_FAILURE: str | None = None


def database_name(key: str) -> str:
    """A database name for a test key (a folder path, a test id): short, stable, valid."""
    return "nb_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def require_server() -> PostgresServer:
    """The session's server, started on first use; skips the test when none can be had
    (fails it under ``CI=true``)."""
    global _SERVER, _FAILURE
    if _SERVER is None and _FAILURE is None:
        try:
            _SERVER = _outside_server() or _start_cluster()
        except _Unavailable as exc:
            _FAILURE = str(exc)
    if _SERVER is None:
        reason = f"no PostgreSQL to test against: {_FAILURE}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + " (CI=true: a missing service is a failure)", pytrace=False)
        pytest.skip(reason)
    return _SERVER


def shutdown() -> None:
    """Stop the cluster if this session started one."""
    global _SERVER
    if _SERVER is not None:
        _SERVER.stop()
        _SERVER = None


class _Unavailable(Exception):
    """No server can be started here."""


def _outside_server() -> PostgresServer | None:
    url = os.environ.get(ENV_URL)
    if not url:
        return None
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as exc:
        raise _Unavailable(f"{ENV_URL}: cannot connect: {exc}") from exc
    return PostgresServer(url=url)


def _find_bin_dir() -> Path:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if not found:
        raise _Unavailable(
            f"{ENV_URL} is not set and no PostgreSQL binaries are installed"
            " (/usr/lib/postgresql/*/bin/initdb, Debian's 'postgresql': `make postgresql`)"
        )
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as_postgres(command: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)


def _start_cluster() -> PostgresServer:
    bin_dir = _find_bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="newsbeat-pg-"))
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise _Unavailable("running as root and there is no 'postgres' user") from exc
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    folder.chmod(0o700)
    data = folder / "data"
    port = _free_port()
    server = PostgresServer(url=f"postgresql://postgres@127.0.0.1:{port}/postgres")
    try:
        _run_as_postgres(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        )
        # Password logins for the fault tests: a role with a password must give it over TCP.
        hba = data / "pg_hba.conf"
        _write_as_postgres(
            hba,
            "local all all trust\n"
            "host all postgres 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n",
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        _run_as_postgres(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        server.folder, server.bin_dir = folder, bin_dir
        server.stop()
        raise _Unavailable(f"could not start a cluster with {bin_dir}: {exc} {detail}") from exc
    server.folder, server.bin_dir = folder, bin_dir
    atexit.register(server.stop)  # also when the session dies before its finalizer
    return server


def _write_as_postgres(path: Path, text: str) -> None:
    path.write_text(text)
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        with contextlib.suppress(OSError):
            os.chown(path, owner.pw_uid, owner.pw_gid)


def postings_mismatches(conn: Any) -> list[tuple[Any, ...]]:
    """Where the store's postings (``article_fts_postings``) differ from a recount from the
    index's tsvectors: each (word, article, token count, weighted count) missing or extra."""
    stored = conn.execute(
        "SELECT p.word, p.first_id + (c >> 32), (c >> 11) & 2097151, c & 2047"
        " FROM article_fts_postings p, unnest(p.codes) AS c"
    ).fetchall()
    expected = conn.execute(
        "SELECT u.lexeme, f.article_id, least(f.ntok, 2097151),"
        " (SELECT sum(CASE w WHEN 'A' THEN 5 WHEN 'B' THEN 2 ELSE 1 END) FROM unnest(u.weights) w)"
        " FROM article_fts f, unnest(f.tsv) AS u"
    ).fetchall()
    stored_set, expected_set = set(stored), set(expected)
    assert len(stored) == len(stored_set), "a posting is stored twice"
    return sorted(stored_set ^ expected_set)


def positions_mismatches(conn: Any) -> list[tuple[Any, ...]]:
    """Where the store's word positions (``article_fts_positions``) fall short of the index's
    tsvectors: each (word, article, position) the tsvector keeps and the positions lack, and
    each (word, article) the positions hold and the tsvector does not (the positions may keep
    more occurrences of a word than the tsvector's 256)."""
    stored = conn.execute(
        "SELECT p.word, p.first_id + (c >> 14), c & 16383"
        " FROM article_fts_positions p, unnest(p.codes) AS c"
    ).fetchall()
    expected = conn.execute(
        "SELECT u.lexeme, f.article_id, p FROM article_fts f, unnest(f.tsv) AS u,"
        " unnest(u.positions) AS p"
    ).fetchall()
    stored_set = set(stored)
    missing = set(expected) - stored_set
    extra = {(w, a) for w, a, _ in stored_set} ^ {(w, a) for w, a, _ in expected}
    return sorted(missing) + sorted(extra)
