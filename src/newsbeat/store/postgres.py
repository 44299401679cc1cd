"""The team store: PostgreSQL through psycopg 3, the same tables and values as SQLite's.

Opened with a ``postgresql://`` or ``postgres://`` URL (libpq's URL form: user, password,
host, port, database, ``?options``). Differences from :class:`~newsbeat.store.sqlite.SQLiteStore`
that callers can see are listed in docs/store.md; the contract suite runs on both.

Concurrency: several processes may use one database at once. Articles are added under a
transaction-level advisory lock (identity-URL and content-hash dedupe stay exact, ids stay
consecutive as SQLite's), and :meth:`PostgresStore.stage_lock` serialises the pipeline's stages
across processes with a session advisory lock.

The articles' writing and their full-text index are :class:`~newsbeat.store.pg_ingest.PgIngest`
(rows in COPY's formats: :mod:`~newsbeat.store.pg_copy`); this module opens the connection,
turns psycopg's errors into StoreError, runs transactions, locks and migrations.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from newsbeat.exceptions import StoreError
from newsbeat.store.article_sql import SqlArticles
from newsbeat.store.beat_sql import SqlBeats
from newsbeat.store.dialect import POSTGRES
from newsbeat.store.fts import FtsHelper
from newsbeat.store.fts_ahead import Ahead
from newsbeat.store.fts_worker import TokenizerPool
from newsbeat.store.pg_alerts import PgAlerts
from newsbeat.store.pg_base import lock_key, mask_url, one_line
from newsbeat.store.pg_beats import PgSearchBeats
from newsbeat.store.pg_ingest import TOKENIZERS, PgIngest
from newsbeat.store.pg_records import PgRecords
from newsbeat.store.pg_schema import MIGRATIONS, VERSION_TABLE
from newsbeat.store.pg_search import CompiledQuery
from newsbeat.store.pg_tables import PgTables

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresStore", "mask_url"]


class PostgresStore(SqlArticles, SqlBeats, PgIngest, PgRecords, PgAlerts, PgSearchBeats, PgTables):
    """A :class:`~newsbeat.store.base.Store` (every part) and a
    :class:`~newsbeat.store.base.TableStore` in a PostgreSQL database.

    Args:
        url: ``postgresql://user:password@host:port/database`` (or ``postgres://``).

    Raises:
        StoreError: the server cannot be reached, refuses the login, has no such database,
            or the database holds another schema (the message names the URL, password
            masked).
    """

    dialect = POSTGRES

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.path = mask_url(url)  # what messages name (as SQLiteStore.path)
        self._depth = 0
        self._interrupted = threading.Event()
        self._queries: dict[str, CompiledQuery] = {}
        self._hits: dict[str, tuple[tuple[int, int], int]] = {}
        self._pool: ThreadPoolExecutor | None = None
        self.tokenizers = TokenizerPool(TOKENIZERS, self.path)
        self._ahead: list[Ahead] = []  # batches handed over early, oldest first
        self._known_share = 0.0  # of the last batch stored
        # articles added since this process's last ANALYZE, and the index's rows then
        self._added = 0
        self._analyzed = 0
        extra: dict[str, Any] = {"autocommit": True, "application_name": "newsbeat"}
        if "connect_timeout" not in url:
            extra["connect_timeout"] = 10
        try:
            self.conn: psycopg.Connection[Any] = psycopg.connect(url, **extra)
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot connect to PostgreSQL: {one_line(exc)}") from exc
        except ValueError as exc:  # a malformed URL
            raise StoreError(f"{self.path}: not a PostgreSQL URL: {one_line(exc)}") from exc
        self.fts = FtsHelper()
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise

    # -- connection, errors, transactions -------------------------------------------------------
    def _error(self, exc: Exception, doing: str = "the database refused a statement") -> StoreError:
        import psycopg

        if isinstance(exc, psycopg.OperationalError) or self.conn.closed:
            return StoreError(f"{self.path}: lost the connection to PostgreSQL: {one_line(exc)}")
        return StoreError(f"{self.path}: {doing}: {one_line(exc)}")

    def _x(self, sql: str, params: Sequence[object] | None = None) -> psycopg.Cursor[Any]:
        """Run one statement; psycopg's errors come out as StoreError."""
        import psycopg

        try:
            return self.conn.execute(sql, params)
        except psycopg.Error as exc:
            doing = "the write was refused" if self._depth else "the database refused a statement"
            raise self._error(exc, doing) from exc

    def _value(self, sql: str, params: Sequence[object] | None = None) -> Any:
        """The first column of the first row of a query that returns one."""
        row = self._x(sql, params).fetchone()
        assert row is not None, sql
        return row[0]

    def _many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        import psycopg

        if not rows:
            return
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(sql, rows)
        except psycopg.Error as exc:
            raise self._error(exc, "the write was refused") from exc

    def _copy(self, sql: str, rows: Iterable[Sequence[object]]) -> int:
        import psycopg

        count = 0
        try:
            with self.conn.cursor() as cursor, cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        except psycopg.Error as exc:
            raise self._error(exc, "the write was refused") from exc
        return count

    def _copy_text(self, sql: str, lines: Iterable[str] | Iterable[bytes]) -> None:
        """COPY rows already written in COPY's format (text lines, escaped; or binary rows
        after the binary header): a row of many values costs one string here instead of a
        driver call per row."""
        import psycopg

        try:
            with self.conn.cursor() as cursor, cursor.copy(sql) as copy:
                block: list[Any] = []
                for line in lines:
                    block.append(line)
                    if len(block) >= 1024:
                        copy.write(block[0][:0].join(block))
                        block.clear()
                if block:
                    copy.write(block[0][:0].join(block))
        except psycopg.Error as exc:
            raise self._error(exc, "the write was refused") from exc

    def _migrate(self) -> None:
        found = self._x(
            "SELECT to_regclass(%s) IS NOT NULL, current_schema()", (VERSION_TABLE,)
        ).fetchone()
        assert found is not None
        has_version, schema = found
        if schema is None:
            raise StoreError(f"{self.path}: no schema to work in (check search_path)")
        if not has_version:
            tables = self._x(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = %s",
                (schema,),
            ).fetchone()
            if tables is not None and tables[0]:
                raise StoreError(
                    f"{self.path}: not a newsbeat database (schema {schema!r} has {tables[0]}"
                    f" table(s) but no {VERSION_TABLE} table); give an empty database"
                )
        latest = len(MIGRATIONS)
        while True:
            with self.transaction():
                # One process migrates at a time; the others then find it done.
                self._x("SELECT pg_advisory_xact_lock(%s)", (lock_key("migrate:" + schema),))
                version = self._version()
                if version > latest:
                    raise StoreError(
                        f"{self.path}: database schema version {version} is newer than this"
                        f" newsbeat ({latest}); upgrade newsbeat"
                    )
                if version == latest:
                    return
                for statement in _split(MIGRATIONS[version]):
                    self._x(statement)
                self._x(f"UPDATE {VERSION_TABLE} SET version = %s", (version + 1,))

    def _version(self) -> int:
        if not self._value("SELECT to_regclass(%s) IS NOT NULL", (VERSION_TABLE,)):
            return 0
        row = self._x(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()
        return int(row[0]) if row is not None and row[0] is not None else 0

    def close(self) -> None:
        """Release the connection."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        self._drop_ahead()
        self.tokenizers.close()
        fts = getattr(self, "fts", None)
        if fts is not None:
            fts.close()
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all (nesting joins the outer one).

        Raises:
            StoreError: the database refused a statement inside (everything is rolled back),
                or the connection was lost.
        """
        import psycopg

        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._x("BEGIN")
        self._depth = 1
        try:
            yield
        except psycopg.Error as exc:
            self._rollback()
            raise self._error(exc, "the write was refused and rolled back") from exc
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except psycopg.Error as exc:
                raise self._error(exc, "the commit was refused") from exc
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        import psycopg

        with contextlib.suppress(psycopg.Error):  # a lost connection rolled back already
            self.conn.execute("ROLLBACK")

    @contextmanager
    def stage_lock(self, name: str, *, wait: bool = True) -> Iterator[bool]:
        """Hold the advisory lock ``name`` of this database (others wait for it); with
        ``wait=False`` yield False at once when another session holds it, else True."""
        key = lock_key(f"stage:{name}")
        if wait:
            self._x("SELECT pg_advisory_lock(%s)", (key,))
        elif not self._value("SELECT pg_try_advisory_lock(%s)", (key,)):
            yield False
            return
        try:
            yield True
        finally:
            import psycopg

            with contextlib.suppress(psycopg.Error):  # a lost connection released it
                self.conn.execute("SELECT pg_advisory_unlock(%s)", (key,))


def _split(script: str) -> list[str]:
    """A migration script's statements: split at semicolons outside ``$$`` bodies and
    ``--`` comments."""
    statements: list[str] = []
    current: list[str] = []
    quoted = False
    for part in re.split(r"(\$\$|;|--[^\n]*)", script):
        if part.startswith("--") and not quoted:
            continue
        if part == "$$":
            quoted = not quoted
        if part == ";" and not quoted:
            statements.append("".join(current).strip())
            current = []
        else:
            current.append(part)
    statements.append("".join(current).strip())
    return [s for s in statements if s]
