"""An actor's mentions as token bounds and offsets of the parse (MentionSpan), read from columns."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.doc_arrays import dep_id, expanded_bounds, pos_id, texts, token_offsets
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _span_key(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = mention_span(doc, start, end)
    return (span.start_char, span.end_char) if span is not None else None


class MentionSpan(NamedTuple):
    """A mention's span of the parse, ``doc.char_span(start, end, "expand")``, as its token
    bounds and character offsets: the rules read the words around it from the doc's columns,
    no span and token objects are made."""

    start: int
    end: int
    start_char: int
    end_char: int


def mention_span(doc: Doc, start: int, end: int) -> MentionSpan | None:
    """The :class:`MentionSpan` of the characters ``start:end`` (None where spaCy's
    ``char_span`` gives none), from the token bounds the earlier actor passes asked for."""
    bounds = expanded_bounds(doc, start, end)
    if bounds is None:
        return None
    first, last = bounds
    offsets = token_offsets(doc)
    start_char = offsets[first] if first < len(offsets) else len(doc_text(doc))
    if first == last:
        return MentionSpan(first, last, start_char, start_char)
    return MentionSpan(first, last, start_char, offsets[last - 1] + len(texts(doc)[last - 1]))


def spans_by_actor(doc: Doc, table: ArticleActors) -> dict[str, list[MentionSpan]]:
    """Each actor's mentions as :class:`MentionSpan`\\s of the parse. Kept with the doc for
    the mentions it was read from (a copy: the passes change the list in place), so passes
    that ask with the mentions unchanged share it: callers must not change it."""
    kept = doc.user_data.get(_SPANS_KEY)
    if kept is not None and kept[0] == table.mentions:  # equal mentions: the same spans
        found: dict[str, list[MentionSpan]] = kept[1]
        return found
    out: dict[str, list[MentionSpan]] = {}
    for m in table.mentions:
        span = mention_span(doc, m.start, m.end)
        if span is not None:
            out.setdefault(m.actor, []).append(span)
    doc.user_data[_SPANS_KEY] = (list(table.mentions), out)
    return out


_SPANS_KEY = "newsbeat_spans_by_actor"


@lru_cache(maxsize=32)
def _pos_ids(*names: str) -> frozenset[int]:
    """The ids of these coarse parts of speech (see :func:`~doc_arrays.pos_id`)."""
    return frozenset(pos_id(name) for name in names)


@lru_cache(maxsize=32)
def _dep_ids(*labels: str) -> frozenset[int]:
    """The ids of these dependency labels (see :func:`~doc_arrays.dep_id`)."""
    return frozenset(dep_id(label) for label in labels)
