"""An actor's mentions as token bounds and offsets of the parse (MentionSpan), read from columns;
the mention over each token (token_mentions)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from newsbeat.enrich.actor_table import ArticleActors, MentionRef
from newsbeat.enrich.doc_arrays import expanded_bounds, pos_id, texts, token_offsets
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

T = TypeVar("T")


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


def _kept_for_mentions(doc: Doc, key: str, table: ArticleActors, build: Callable[[], T]) -> T:
    """What ``build`` makes of the table's mentions, kept with the doc under ``key`` for the
    mentions it was made from (a copy: the passes change the list in place), so passes that ask
    with the mentions unchanged share it: callers must not change it."""
    kept = doc.user_data.get(key)
    if kept is not None and kept[0] == table.mentions:  # equal mentions: the same value
        found: T = kept[1]
        return found
    made = build()
    doc.user_data[key] = (list(table.mentions), made)
    return made


def spans_by_actor(doc: Doc, table: ArticleActors) -> dict[str, list[MentionSpan]]:
    """Each actor's mentions as :class:`MentionSpan`\\s of the parse, kept with the doc for
    unchanged mentions (see :func:`_kept_for_mentions`): callers must not change it."""

    def build() -> dict[str, list[MentionSpan]]:
        out: dict[str, list[MentionSpan]] = {}
        for m in table.mentions:
            span = mention_span(doc, m.start, m.end)
            if span is not None:
                out.setdefault(m.actor, []).append(span)
        return out

    return _kept_for_mentions(doc, _SPANS_KEY, table, build)


_SPANS_KEY = "newsbeat_spans_by_actor"


def token_mentions(doc: Doc, table: ArticleActors) -> list[MentionRef | None]:
    """For each token, the first mention (in ``table.mentions`` order) overlapping it: what
    ``actor_at`` gives for the token, computed for all tokens at once. Kept with the doc for
    unchanged mentions (see :func:`_kept_for_mentions`), so the list passes that ask in turn
    share one map: callers must not change the list."""

    def build() -> list[MentionRef | None]:
        out: list[MentionRef | None] = [None] * len(doc)
        for m in table.mentions:
            bounds = expanded_bounds(doc, m.start, m.end)
            if bounds is None:
                continue
            for i in range(*bounds):
                if out[i] is None:
                    out[i] = m
        return out

    return _kept_for_mentions(doc, _TOKEN_MENTIONS_KEY, table, build)


_TOKEN_MENTIONS_KEY = "newsbeat_token_mentions"


@lru_cache(maxsize=32)
def _pos_ids(*names: str) -> frozenset[int]:
    """The ids of these coarse parts of speech (see :func:`~doc_arrays.pos_id`)."""
    return frozenset(pos_id(name) for name in names)
