"""Translate a beat's FTS5 query into the syntax of the keyword search sources.

The beat query language is SQLite FTS5's: bare terms (implicit AND), ``"phrases"``, ``AND``,
``OR``, ``NOT`` (binary: ``a NOT b``), ``NEAR(a b, 10)``, prefixes ``word*``, parentheses and
column filters (``title:word``). Search engines know a subset:

- **GDELT DOC 2.0**: terms separated by spaces are ANDed; ``"phrase"``; ``OR`` only inside
  parentheses; ``-term`` excludes; no prefix search.
- **news-search RSS** (Google-News-like): terms ANDed; ``"phrase"``; ``OR``; ``-term``.

What a target cannot express is widened, never narrowed: a prefix becomes its stem word, a
``NEAR`` group becomes an AND of its terms, a column filter is dropped (the store re-checks
membership with the real FTS5 query after extraction, so a wider search only costs fetches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuerySyntaxError", "parse_query", "short_terms", "to_gdelt", "to_search"]


class QuerySyntaxError(ValueError):
    """The beat query cannot be read (FTS5 itself would reject it too)."""


@dataclass(frozen=True)
class Term:
    """A word, possibly a prefix (``word*``)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    """A quoted phrase."""

    text: str


@dataclass(frozen=True)
class And:
    """All of the parts."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Any of the parts."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """``keep`` without ``drop``."""

    keep: Node
    drop: Node


Node = Term | Phrase | And | Or | Not

_TOKEN = re.compile(
    r'\s*(?:(?P<phrase>"(?:[^"]|"")*")|(?P<op>\(|\)|,)|(?P<word>[^\s()",]+))', re.UNICODE
)
_KEYWORDS = {"AND", "OR", "NOT"}


def _tokens(query: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    query = query.strip()
    while pos < len(query):
        match = _TOKEN.match(query, pos)
        if not match or match.end() == pos:
            raise QuerySyntaxError(f"cannot read the query {query!r} at position {pos}")
        pos = match.end()
        kind = match.lastgroup
        assert kind is not None
        tokens.append((kind, match.group(kind)))
    return tokens


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokens(query)
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node:
        node = self.or_expr()
        if self.peek() is not None:
            raise QuerySyntaxError(f"unexpected {self.peek()[1]!r} in {self.query!r}")  # type: ignore[index]
        return node

    def or_expr(self) -> Node:
        parts = [self.and_expr()]
        while self.peek() == ("word", "OR"):
            self.take()
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self) -> Node:
        node = self.not_expr()
        parts = [node]
        while (token := self.peek()) is not None and token not in (("op", ")"), ("word", "OR")):
            if token == ("word", "AND"):
                self.take()
            parts.append(self.not_expr())
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def not_expr(self) -> Node:
        node = self.atom()
        while self.peek() == ("word", "NOT"):
            self.take()
            node = Not(node, self.atom())
        return node

    def atom(self) -> Node:
        if self.peek() is None:
            raise QuerySyntaxError(f"the query {self.query!r} ends too early")
        kind, value = self.take()
        if kind == "phrase":
            return Phrase(value[1:-1].replace('""', '"'))
        if value == "(":
            node = self.or_expr()
            if self.peek() != ("op", ")"):
                raise QuerySyntaxError(f"unbalanced parenthesis in {self.query!r}")
            self.take()
            return node
        if kind == "op" or value in _KEYWORDS:
            raise QuerySyntaxError(f"unexpected {value!r} in {self.query!r}")
        if value.upper() == "NEAR" and self.peek() == ("op", "("):
            return self.near()
        if ":" in value:  # column filter (``title:word``, ``title: "a b"``): keep the rest
            value = value.partition(":")[2]
            if not value:
                return self.atom()
        return Term(value.lstrip("^+").rstrip("*"), prefix=value.endswith("*"))

    def near(self) -> Node:
        self.take()  # (
        parts: list[Node] = []
        while (token := self.peek()) is not None and token != ("op", ")"):
            if token == ("op", ","):
                self.take()
                if self.peek() is not None and self.peek() != ("op", ")"):
                    self.take()  # the distance
                continue
            parts.append(self.atom())
        if self.peek() != ("op", ")"):
            raise QuerySyntaxError(f"unbalanced NEAR( in {self.query!r}")
        self.take()
        return parts[0] if len(parts) == 1 else And(tuple(parts))


def parse_query(query: str) -> Node:
    """Read an FTS5 query into a tree.

    Raises:
        QuerySyntaxError: the query is empty or malformed.
    """
    if not query.strip():
        raise QuerySyntaxError("the query is empty")
    try:
        return _Parser(query).parse()
    except RecursionError:  # FTS5 refuses nesting 100 deep; this parser would reach ~300
        raise QuerySyntaxError(f"the query nests parentheses too deeply: {query[:40]!r}…") from None


def _render(node: Node, *, or_needs_parens: bool, top: bool = True) -> str:
    if isinstance(node, Term):
        return node.text
    if isinstance(node, Phrase):
        return '"' + node.text.replace('"', "") + '"'
    if isinstance(node, And):
        return " ".join(_render(p, or_needs_parens=or_needs_parens, top=False) for p in node.parts)
    if isinstance(node, Or):
        inner = " OR ".join(
            _render(p, or_needs_parens=or_needs_parens, top=False) for p in node.parts
        )
        return inner if top and not or_needs_parens else f"({inner})"
    keep = _render(node.keep, or_needs_parens=or_needs_parens, top=top)
    if isinstance(node.drop, Term | Phrase):
        return f"{keep} -{_render(node.drop, or_needs_parens=or_needs_parens, top=False)}"
    return keep  # a complex exclusion cannot be expressed: widen


def _terms(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Phrase):
        return []
    if isinstance(node, And | Or):
        return [t for part in node.parts for t in _terms(part)]
    return _terms(node.keep) + _terms(node.drop)


def short_terms(query: str, minimum: int = 3) -> list[str]:
    """The bare words of a query shorter than ``minimum`` letters, in order, once each.

    GDELT drops such words from a query without saying so (``EU alliance`` searches for
    ``alliance``), so the search it runs is not the beat's: the GDELT source warns about them.

    Raises:
        QuerySyntaxError: the query is empty or malformed.
    """
    found: list[str] = []
    for term in _terms(parse_query(query)):
        if len(term.text) < minimum and term.text not in found:
            found.append(term.text)
    return found


def to_gdelt(query: str) -> str:
    """The beat query in GDELT DOC 2.0 syntax (``OR`` groups always parenthesised).

    Examples:
        ``alliance`` -> ``alliance``; ``nato OR alliance*`` -> ``(nato OR alliance)``;
        ``"trade deal" NOT tariff`` -> ``"trade deal" -tariff``.
    """
    return _render(parse_query(query), or_needs_parens=True)


def to_search(query: str) -> str:
    """The beat query in news-search syntax (to be URL-encoded into the template)."""
    return _render(parse_query(query), or_needs_parens=False)
