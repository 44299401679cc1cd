"""Which rule named a quote's speaker: a trace for reading, off unless asked for.

The quote rules call :func:`note` with a short label where a path decides (``cue=subject``,
``entity``, ``he/she:subject``, ``he/she:last_person``, …). Outside :func:`tracing` a note
costs one test and records nothing, so the analysis itself is unchanged. Inside it,
:func:`~newsbeat.enrich.quotes.extract_quotes` files each direct quote's path under the
quote's start offset: the step that gave the attribution (``cue``, ``colon``, ``partial``,
``said_before``, ``announced``, ``introduced``, ``continues``, ``narrator``, ``none``) and
the labels noted while the speaker's token was resolved, e.g.
``cue|cue=cue:after_quote:plain|pronoun|he/she:subject@1``. ``bench/speaker_paths.py`` reads
it.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["clear", "file_path", "note", "on", "take", "tracing"]

# Context variables, not module globals: a trace taken in one thread (or Dask task) never
# sees another's notes. None when not tracing.
_NOTES: ContextVar[list[str] | None] = ContextVar("speaker_trace_notes", default=None)
_PATHS: ContextVar[dict[int, str] | None] = ContextVar("speaker_trace_paths", default=None)


def on() -> bool:
    """Whether a trace is being taken."""
    return _NOTES.get() is not None


def note(label: str) -> None:
    """Record that the path ``label`` was taken (nothing when not tracing)."""
    notes = _NOTES.get()
    if notes is not None:
        notes.append(label)


def clear() -> None:
    """Forget the notes of the current step."""
    notes = _NOTES.get()
    if notes is not None:
        notes.clear()


def take() -> list[str]:
    """The notes of the current step, which are then forgotten."""
    notes = _NOTES.get()
    if notes is None:
        return []
    out = list(notes)
    notes.clear()
    return out


def file_path(start: int, path: list[str]) -> None:
    """File the path of the quote starting at ``start``."""
    paths = _PATHS.get()
    if paths is not None:
        paths[start] = "|".join(path)


@contextmanager
def tracing() -> Iterator[dict[int, str]]:
    """Take a trace: yields the dict that receives each direct quote's path by its start."""
    paths: dict[int, str] = {}
    notes_token = _NOTES.set([])
    paths_token = _PATHS.set(paths)
    try:
        yield paths
    finally:
        _PATHS.reset(paths_token)
        _NOTES.reset(notes_token)
