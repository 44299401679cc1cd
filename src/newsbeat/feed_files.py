"""Where each beat's Atom feed file lives, and how it is written (atomically).

The file is ``<folder of the database>/feeds/<beat>.atom`` (the beat name percent-encoded),
or in ``[alerts] feed_dir``. It is written to a temporary file in the same folder, synced and
renamed into place, so a reader never sees half a feed. (A light module: ``alert list``
shows the paths without loading the report machinery.)
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import quote

import platformdirs

from newsbeat.settings import APP_NAME, Settings

__all__ = ["feed_path", "write_feed"]


def feed_path(settings: Settings, beat: str) -> Path | None:
    """Where a beat's feed file goes: ``[alerts] feed_dir``, else ``feeds/`` beside the SQLite
    database, else (PostgreSQL) in the user data folder; None for an in-memory database."""
    from newsbeat.store import is_url

    name = f"{quote(beat, safe='') or '%20'}.atom"
    if settings.alerts.feed_dir:
        return Path(settings.alerts.feed_dir).expanduser() / name
    db = settings.db_path
    if db == ":memory:":
        return None
    if is_url(db):
        return Path(platformdirs.user_data_dir(APP_NAME)) / "feeds" / name
    return Path(db).resolve().parent / "feeds" / name


def write_feed(path: Path, text: str) -> bool:
    """Write a feed atomically (a temporary file in the same folder, renamed into place),
    with the user's umask; returns False when the file already held exactly this text.

    Raises:
        OSError: the folder cannot be made or the file written (the temporary file is removed).
    """
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True
