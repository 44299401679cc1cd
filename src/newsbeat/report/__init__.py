"""Reports: a beat's stories as Markdown, one self-contained HTML file, or JSON.

:func:`build_report` gathers the data (overview, and per story the cited summary, coverage,
outlets, comparison, quotes by speaker, relations); :func:`render` formats it; and
:func:`write_report` does both and writes the file atomically (``newsbeat report``, ``run`` and
``demo`` call it).
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from newsbeat.exceptions import StoreError
from newsbeat.report.build import (
    ReportOptions,
    ReportStore,
    build_report,
    safe_url,
    story_anchor,
)
from newsbeat.report.render import RENDERERS, md_escape, render
from newsbeat.report.terminal import digest_lines, story_digest_lines
from newsbeat.settings import Settings

__all__ = [
    "FORMATS",
    "RENDERERS",
    "ReportOptions",
    "ReportStore",
    "build_report",
    "default_report_path",
    "digest_lines",
    "md_escape",
    "render",
    "safe_url",
    "story_anchor",
    "story_digest_lines",
    "write_report",
]

log = logging.getLogger(__name__)

FORMATS = tuple(RENDERERS)


def write_report(
    store: ReportStore,
    settings: Settings,
    *,
    beat: str | None = None,
    since: str | None = None,
    fmt: str = "html",
    path: str | Path,
    on_story: Callable[[int, int], None] | None = None,
) -> Path:
    """Build the report of a beat (or of every story) and write it to ``path``.

    The file is written to a temporary name beside ``path`` and renamed into place, so a failed
    run never leaves a half-written report.

    Args:
        store: the store to read.
        settings: settings (``[summarise] sentences``).
        beat: only this beat's stories (None = all).
        since: only stories updated since this ISO date/time.
        fmt: ``md``, ``html`` or ``json``.
        path: the file to write (parent folders are created).
        on_story: progress callback ``(done, total)``.

    Returns:
        The path written.

    Raises:
        ValueError: unknown format.
        NotFoundError: the beat does not exist.
        StoreError: the file cannot be written (the message names it).
    """
    if fmt not in RENDERERS:
        render({}, fmt)  # raises the ValueError listing the formats
    target = Path(path)
    report = build_report(store, settings, ReportOptions(beat=beat, since=since), on_story=on_story)
    text = render(report, fmt)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            # mkstemp makes the file 0600; a report is the user's document like any other.
            os.chmod(tmp, _file_mode(target))
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StoreError(f"{target}: cannot write the report: {exc.strerror or exc}") from exc
    log.info("wrote %s report to %s (%d stories)", fmt, target, len(report["stories"]))
    return target


def _file_mode(target: Path) -> int:
    """The mode a report gets: the replaced file's, else what the user's umask gives a new
    file (read from /proc where there is one: changing the umask to read it is not
    thread-safe)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        pass
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def default_report_path(settings: Settings, name: str = "newsbeat-report.html") -> Path:
    """Where ``run`` and ``demo`` write their report when not told: beside the database (in the
    current folder for an in-memory database or a PostgreSQL URL), so each database keeps its
    own report."""
    from newsbeat.store import is_url

    db = settings.db_path
    folder = Path.cwd() if db == ":memory:" or is_url(db) else Path(db).resolve().parent
    return folder / name
