"""Beats: a name and an FTS5 query (the beat query language is FTS5's)."""

from __future__ import annotations

from newsbeat.exceptions import BeatNameError, QueryError
from newsbeat.models import Beat
from newsbeat.store import BeatStore

__all__ = ["default_query", "define_beat"]


def default_query(name: str) -> str:
    """The query a beat gets when none is given: its name, stemmed by the index's porter tokenizer.

    A one-word name is used as is (``alliance`` also matches ``alliances``); a longer name
    becomes a phrase, quotes doubled as FTS5 wants.
    """
    words = name.split()
    if len(words) == 1 and words[0].isalnum():
        return words[0]
    return '"' + " ".join(words).replace('"', '""') + '"'


def define_beat(store: BeatStore, name: str, query: str | None = None) -> tuple[Beat, int]:
    """Create or redefine a beat and recompute membership.

    Returns:
        The beat and how many stored articles belong to it.

    Raises:
        BeatNameError: the name is blank.
        QueryError: the query is given but blank, or FTS5 rejects it (the message quotes it).
    """
    if not name.strip():
        raise BeatNameError("a beat needs a name, e.g. `newsbeat beat add alliance`")
    if query is not None and not query.strip():
        raise QueryError(query, "the query is empty (leave --query out to use the beat's name)")
    beat = Beat(name=name.strip(), query=(query or default_query(name)).strip())
    count = store.add_beat(beat)
    return beat, count
