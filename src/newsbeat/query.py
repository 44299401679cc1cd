"""Search queries: their cost bounded before and while a store runs them.

A search query is FTS5 syntax (words, ``"phrases"``, ``AND``/``OR``/``NOT``, ``NEAR(...)``,
``prefix*``, ``column:``). What makes one expensive is how many terms it has (each term's list
of articles is read and merged) and how many are prefixes (``a*`` reads every indexed word
starting with ``a``). :func:`query_shape` counts both without running anything;
:func:`check_query` refuses a query over the ``[search]`` limits with a
:class:`~newsbeat.exceptions.QueryError` that says which limit; :func:`bounded_search` checks,
then lets the store run it within the ``timeout`` (a
:class:`~newsbeat.exceptions.QueryTimeoutError` past it).

Counting is deliberately generous: every word inside a phrase counts (a phrase of 20 words
costs as much as 20 words), and so does every ``*``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbeat.exceptions import QueryError
from newsbeat.models import SearchHit
from newsbeat.settings.sections import SearchSettings
from newsbeat.store.base import SearchStore

__all__ = ["QueryShape", "bounded_search", "check_query", "query_shape"]

_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
# What the index's tokenizer makes words of: runs of letters and digits (unicode61 splits on
# everything else, the underscore included).
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(
    r"""
      (?P<string>"(?:[^"]|"")*"?)      # a phrase; "" is a quote inside; may be unterminated
    | (?P<columns>\{[^}]*\}?)       # {title text}: a set of column names
    | (?P<word>[^\s"():*^+,{}\-]+)     # a bareword (FTS5 rejects the odd ones itself)
    | (?P<space>\s+)
    | (?P<star>\*)
    | (?P<colon>:)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class QueryShape:
    """What a query asks of the index.

    Attributes:
        chars: its length in characters.
        terms: words searched for (each word of a phrase counts; operators, column names and
            NEAR distances do not).
        prefix_terms: ``*`` prefix markers.
    """

    chars: int
    terms: int
    prefix_terms: int


def query_shape(query: str) -> QueryShape:
    """Count a query's terms and prefix terms (never raises; FTS5 judges the syntax)."""
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(query) if m.lastgroup != "space"]
    terms = stars = 0
    for index, (kind, text) in enumerate(tokens):
        if kind == "star":
            stars += 1
        elif kind == "string":
            terms += len(_WORD.findall(text.replace('""', '"')))
        elif kind == "word" and text not in _OPERATORS:
            following = tokens[index + 1][0] if index + 1 < len(tokens) else None
            previous = tokens[index - 1][1] if index > 0 else None
            if following == "colon" or (previous == "," and text.isdigit()):
                continue  # a column name, or the distance of NEAR(a b, 10)
            terms += len(_WORD.findall(text))
    return QueryShape(chars=len(query), terms=terms, prefix_terms=stars)


def check_query(query: str, limits: SearchSettings) -> QueryShape:
    """The query's shape, when it is within the limits.

    Raises:
        QueryError: the query is empty, too long, or has too many terms or prefix terms (the
            message names the setting and its value).
    """
    if not query.strip():
        raise QueryError(query, "the query is empty")
    if len(query) > limits.max_query_chars:
        raise QueryError(
            _short(query),
            f"{len(query)} characters; at most {limits.max_query_chars} are allowed"
            " (search.max_query_chars)",
        )
    shape = query_shape(query)
    if shape.terms > limits.max_terms:
        raise QueryError(
            query,
            f"{shape.terms} search terms; at most {limits.max_terms} are allowed"
            " (search.max_terms)",
        )
    if shape.prefix_terms > limits.max_prefix_terms:
        raise QueryError(
            query,
            f"{shape.prefix_terms} prefix* terms; at most {limits.max_prefix_terms} are allowed"
            " (search.max_prefix_terms)",
        )
    return shape


def _short(query: str, limit: int = 80) -> str:
    return query if len(query) <= limit else query[: limit - 1] + "…"


def bounded_search(
    store: SearchStore,
    query: str,
    limits: SearchSettings,
    *,
    beat: str | None = None,
    limit: int = 20,
) -> list[SearchHit]:
    """Search within the ``[search]`` limits: the query's shape first, then its run time.

    Args:
        store: the store to search.
        query: the FTS5 query.
        limits: the ``[search]`` settings.
        beat: only articles of this beat.
        limit: how many hits.

    Returns:
        The hits, best first.

    Raises:
        QueryError: the query is invalid or over a limit.
        QueryTimeoutError: it ran longer than ``limits.timeout``.
        QueryCancelledError: the store was interrupted meanwhile.
        NotFoundError: ``beat`` does not exist.
    """
    check_query(query, limits)
    return store.search(query, beat=beat, limit=limit, timeout=limits.timeout)
