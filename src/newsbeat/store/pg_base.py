"""What the PostgreSQL store's parts share: small helpers, and the internals each part uses
(declared here, implemented by :class:`~newsbeat.store.postgres.PostgresStore`)."""

from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from newsbeat.exceptions import StoreError

if TYPE_CHECKING:
    import psycopg

    from newsbeat.models import Beat
    from newsbeat.store.fts import FtsHelper

__all__ = ["PgBase", "clean", "lock_key", "mask_url", "one_line"]


def mask_url(url: str) -> str:
    """The URL with its password (in the user part or ``password=``) replaced by ``***``."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, tail = rest.partition("/")
    user, at, host = authority.rpartition("@")
    if at and ":" in user:
        authority = f"{user.partition(':')[0]}:***@{host}"
    tail = re.sub(r"(?i)(password=)[^&]*", r"\1***", tail)
    return f"{scheme}://{authority}{slash}{tail}"


def one_line(exc: BaseException) -> str:
    """An error's message on one line (libpq's span several)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def lock_key(name: str) -> int:
    """A stable 64-bit advisory lock key for a name."""
    return zlib.crc32(name.encode("utf-8")) | (0x4E42 << 32)  # "NB"


def clean(value: object) -> object:
    """PostgreSQL text cannot hold NUL characters: drop them (SQLite keeps them)."""
    return value.replace("\x00", "") if isinstance(value, str) else value


class PgBase:
    """The store's internals its parts call."""

    path: str
    conn: psycopg.Connection[Any]
    fts: FtsHelper
    _interrupted: threading.Event

    def _error(self, exc: Exception, doing: str = "the database refused a statement") -> StoreError:
        raise NotImplementedError

    def _x(self, sql: str, params: Sequence[object] | None = None) -> Any:
        raise NotImplementedError

    def _value(self, sql: str, params: Sequence[object] | None = None) -> Any:
        raise NotImplementedError

    def _many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        raise NotImplementedError

    def _copy(self, sql: str, rows: Iterable[Sequence[object]]) -> int:
        raise NotImplementedError

    def _copy_text(self, sql: str, lines: Iterable[str] | Iterable[bytes]) -> None:
        raise NotImplementedError

    def _index(
        self,
        rows: Sequence[tuple[int, str, str | None, str]],
        before: Callable[[], object] | None = None,
    ) -> None:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def count_articles(self, *, beat: str | None = None) -> int:
        raise NotImplementedError

    def get_beat(self, name: str) -> Beat:
        raise NotImplementedError

    def list_beats(self) -> list[Beat]:
        raise NotImplementedError

    def _update_memberships(self, beats: Sequence[Beat], article_ids: list[int] | None) -> None:
        raise NotImplementedError
