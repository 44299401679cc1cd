"""The beat query language (SQLite FTS5's) as a tree, for stores that are not SQLite.

:func:`parse` reads a query with FTS5's grammar: phrases (bare words or ``"quoted"``, joined
by ``+``, a ``*`` after a word for a prefix, ``^`` for the first token of a column), implicit
AND between adjacent phrases (binding tightest), binary ``NOT``, ``AND``, ``OR`` (in that order
of precedence), parentheses, ``NEAR(p1 p2 ..., N)`` and column filters (``title:``,
``{title text}:``, ``-{text}:``, also before a parenthesised expression).

:func:`resolve` then turns each phrase's strings into index tokens with the store's tokenizer
(the same as the SQLite index's, see :mod:`newsbeat.store.fts`) and drops phrases with no
token, as FTS5 does. :func:`matches` evaluates a resolved query on one row's token positions
and counts each phrase's matching instances (what bm25 weighs): the exact reference the
PostgreSQL store falls back on where ``tsquery`` cannot say it (``NEAR``, ``^``).

Validity is not decided here: a store checks a query with SQLite's own parser first (an
in-memory FTS5 table), so this parser only ever sees queries FTS5 accepts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

__all__ = [
    "COLUMNS",
    "And",
    "Evaluation",
    "Near",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "RawAnd",
    "RawNear",
    "RawNot",
    "RawOr",
    "RawPhrase",
    "matches",
    "parse",
    "phrases",
    "position",
    "resolve",
]

COLUMNS = ("title", "standfirst", "text")
DEFAULT_NEAR = 10


@dataclass(frozen=True)
class RawPhrase:
    """A phrase as written: its strings (each with its ``*``), before tokenizing."""

    parts: tuple[tuple[str, bool], ...]
    caret: bool = False
    columns: frozenset[int] | None = None


@dataclass(frozen=True)
class RawNear:
    """``NEAR(...)`` as written."""

    phrases: tuple[RawPhrase, ...]
    distance: int = DEFAULT_NEAR
    columns: frozenset[int] | None = None


@dataclass(frozen=True)
class Phrase:
    """A phrase of index tokens (each ``(token, is_prefix)``), in the order FTS5 numbers them.

    ``index`` is the phrase's number in the query (bm25 sums over phrases in this order).
    """

    tokens: tuple[tuple[str, bool], ...]
    index: int = 0
    caret: bool = False
    columns: frozenset[int] | None = None


@dataclass(frozen=True)
class Near:
    """Phrases that must all occur within ``distance`` tokens of each other in one column."""

    phrases: tuple[Phrase, ...]
    distance: int = DEFAULT_NEAR
    columns: frozenset[int] | None = None


@dataclass(frozen=True)
class And:
    """All children."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Any child."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """``keep`` and not ``drop``."""

    keep: Node
    drop: Node


@dataclass(frozen=True)
class RawAnd:
    """All children (as written)."""

    children: tuple[RawNode, ...]


@dataclass(frozen=True)
class RawOr:
    """Any child (as written)."""

    children: tuple[RawNode, ...]


@dataclass(frozen=True)
class RawNot:
    """``keep`` and not ``drop`` (as written)."""

    keep: RawNode
    drop: RawNode


Node = Phrase | Near | And | Or | Not
RawNode = RawPhrase | RawNear | RawAnd | RawOr | RawNot


# -- parsing ------------------------------------------------------------------------------------
_SINGLE = {
    "(": "LP",
    ")": "RP",
    "{": "LCP",
    "}": "RCP",
    ":": "COLON",
    ",": "COMMA",
    "+": "PLUS",
    "*": "STAR",
    "-": "MINUS",
    "^": "CARET",
}
_SPACE = " \t\n\r"


class QuerySyntax(ValueError):
    """The query does not follow the grammar (FTS5 would have refused it first)."""


def _is_bareword(char: str) -> bool:
    return (char.isascii() and (char.isalnum() or char in "_\x1a")) or not char.isascii()


def _lex(query: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(query)
    while True:
        while i < n and query[i] in _SPACE:
            i += 1
        if i >= n:
            tokens.append(("EOF", ""))
            return tokens
        char = query[i]
        if char in _SINGLE:
            tokens.append((_SINGLE[char], char))
            i += 1
        elif char == '"':
            j, text = i + 1, []
            while True:
                if j >= n:
                    raise QuerySyntax("unterminated string")
                if query[j] == '"':
                    if j + 1 < n and query[j + 1] == '"':
                        text.append('"')
                        j += 2
                        continue
                    break
                text.append(query[j])
                j += 1
            tokens.append(("STRING", "".join(text)))
            i = j + 1
        elif _is_bareword(char):
            j = i + 1
            while j < n and _is_bareword(query[j]):
                j += 1
            word = query[i:j]
            tokens.append((word if word in ("AND", "OR", "NOT") else "STRING", word))
            i = j
        else:
            raise QuerySyntax(f'syntax error near "{char}"')


_PRECEDENCE = {"OR": 1, "AND": 2, "NOT": 3}


class _Parser:
    def __init__(self, query: str) -> None:
        self.tokens = _lex(query)
        self.pos = 0

    def kind(self, ahead: int = 0) -> str:
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)][0]

    def take(self, kind: str | None = None) -> str:
        token_kind, text = self.tokens[self.pos]
        if kind is not None and token_kind != kind:
            raise QuerySyntax(f'syntax error near "{text}"')
        self.pos += 1
        return text

    def parse(self) -> RawNode:
        node = self.expr(1)
        self.take("EOF")
        return node

    def expr(self, lowest: int) -> RawNode:
        left = self.unary()
        while (prec := _PRECEDENCE.get(self.kind(), 0)) >= lowest and prec:
            op = self.take()
            right = self.expr(prec + 1)
            if op == "NOT":
                left = RawNot(left, right)
            elif op == "AND":
                left = RawAnd((left, right))
            else:
                left = RawOr((left, right))
        return left

    def starts_colset(self) -> bool:
        return self.kind() in ("LCP", "MINUS") or (
            self.kind() == "STRING" and self.kind(1) == "COLON"
        )

    def unary(self) -> RawNode:
        if self.kind() == "LP":
            self.take()
            node = self.expr(1)
            self.take("RP")
            return node
        if self.starts_colset():
            columns = self.colset()
            self.take("COLON")
            if self.kind() == "LP":
                self.take()
                node = self.expr(1)
                self.take("RP")
                return _with_columns(node, columns)
            items: list[RawNode] = [_with_columns(self.nearset(), columns)]
        else:
            items = [self.nearset()]
        while self.kind() in ("STRING", "LCP", "MINUS", "CARET"):
            items.append(self.cnearset())
        return items[0] if len(items) == 1 else RawAnd(tuple(items))

    def cnearset(self) -> RawNode:
        if self.starts_colset():
            columns = self.colset()
            self.take("COLON")
            return _with_columns(self.nearset(), columns)
        return self.nearset()

    def colset(self) -> frozenset[int]:
        invert = False
        if self.kind() == "MINUS":
            self.take()
            invert = True
        names: list[str] = []
        if self.kind() == "LCP":
            self.take()
            names.append(self.take("STRING"))
            while self.kind() == "STRING":
                names.append(self.take())
            self.take("RCP")
        else:
            names.append(self.take("STRING"))
        found = set()
        for name in names:
            lowered = name.lower()
            if lowered not in COLUMNS:
                raise QuerySyntax(f"no such column: {name}")
            found.add(COLUMNS.index(lowered))
        if invert:
            found = set(range(len(COLUMNS))) - found
        return frozenset(found)

    def nearset(self) -> RawNode:
        if self.kind() == "CARET":
            self.take()
            return replace(self.phrase(), caret=True)
        if self.kind() == "STRING" and self.kind(1) == "LP":
            word = self.take()
            if word != "NEAR":
                raise QuerySyntax(f'syntax error near "{word}"')
            self.take("LP")
            group = [self.phrase()]
            while self.kind() == "STRING":
                group.append(self.phrase())
            distance = DEFAULT_NEAR
            if self.kind() == "COMMA":
                self.take()
                text = self.take("STRING")
                if not text.isdigit() or not text.isascii():
                    raise QuerySyntax(f'expected integer, got "{text}"')
                distance = int(text)
            self.take("RP")
            return RawNear(tuple(group), distance)
        return self.phrase()

    def phrase(self) -> RawPhrase:
        parts = [self.part()]
        while self.kind() == "PLUS":
            self.take()
            parts.append(self.part())
        return RawPhrase(tuple(parts))

    def part(self) -> tuple[str, bool]:
        text = self.take("STRING")
        star = self.kind() == "STAR"
        if star:
            self.take()
        return text, star


def _with_columns(node: RawNode, columns: frozenset[int]) -> RawNode:
    """Apply a column filter to every phrase group below ``node`` (nested filters intersect)."""
    if isinstance(node, RawPhrase | RawNear):
        merged = columns if node.columns is None else node.columns & columns
        return replace(node, columns=merged)
    if isinstance(node, RawNot):
        return RawNot(_with_columns(node.keep, columns), _with_columns(node.drop, columns))
    return type(node)(tuple(_with_columns(c, columns) for c in node.children))


def parse(query: str) -> RawNode:
    """Read an FTS5 query into a tree of raw phrases.

    Raises:
        ValueError: the query does not follow FTS5's grammar.
    """
    return _Parser(query).parse()


# -- resolving phrases into tokens --------------------------------------------------------------
Tokenize = Callable[[str], list[str]]


@dataclass
class _Counter:
    next: int = 0


def resolve(raw: RawNode, tokenize: Tokenize) -> Node | None:
    """Tokenize every phrase and drop the empty ones (as FTS5 does: an empty phrase is no
    condition in AND/OR, an empty left side of NOT matches nothing).

    Returns:
        The query, or None when nothing is left (it matches no row).
    """
    return _resolve(raw, tokenize, _Counter())


def _phrase(raw: RawPhrase, tokenize: Tokenize, counter: _Counter) -> Phrase | None:
    tokens: list[tuple[str, bool]] = []
    for text, star in raw.parts:
        words = tokenize(text)
        tokens += [(w, star and i == len(words) - 1) for i, w in enumerate(words)]
    index = counter.next
    counter.next += 1
    if not tokens:
        return None
    return Phrase(tuple(tokens), index, raw.caret, raw.columns)


def _resolve(raw: RawNode, tokenize: Tokenize, counter: _Counter) -> Node | None:
    if isinstance(raw, RawPhrase):
        return _phrase(raw, tokenize, counter)
    if isinstance(raw, RawNear):
        found = [_phrase(p, tokenize, counter) for p in raw.phrases]
        kept = tuple(p for p in found if p is not None)
        if not kept:
            return None
        kept = tuple(replace(p, columns=raw.columns) for p in kept)
        if len(kept) == 1:
            return kept[0]
        return Near(kept, raw.distance, raw.columns)
    if isinstance(raw, RawNot):
        keep = _resolve(raw.keep, tokenize, counter)
        drop = _resolve(raw.drop, tokenize, counter)
        if keep is None or drop is None:
            return keep
        return Not(keep, drop)
    children = [_resolve(c, tokenize, counter) for c in raw.children]
    kept_children = tuple(c for c in children if c is not None)
    if not kept_children:
        return None
    if len(kept_children) == 1:
        return kept_children[0]
    return And(kept_children) if isinstance(raw, RawAnd) else Or(kept_children)


def phrases(node: Node) -> Iterator[Phrase]:
    """Every phrase of the query, in query order."""
    if isinstance(node, Phrase):
        yield node
    elif isinstance(node, Near):
        yield from node.phrases
    elif isinstance(node, Not):
        yield from phrases(node.keep)
        yield from phrases(node.drop)
    else:
        for child in node.children:
            yield from phrases(child)


# -- evaluating on one row ----------------------------------------------------------------------
Positions = Mapping[str, Sequence[int]]  # token -> its positions: column << 32 | offset

_COLUMN_SHIFT = 32
_END = 1 << 62


def position(column: int, offset: int) -> int:
    """One token position as FTS5 orders them: by column, then offset."""
    return (column << _COLUMN_SHIFT) | offset


@dataclass
class Evaluation:
    """Whether a row matches, and the positions of the phrase instances bm25 counts (by phrase
    index): those of phrases whose every enclosing AND/NOT matched the row, as FTS5 reports."""

    matched: bool
    instances: dict[int, list[int]] = field(default_factory=dict)


def _token_positions(positions: Positions, token: str, prefix: bool) -> set[int]:
    if not prefix:
        return set(positions.get(token, ()))
    found: set[int] = set()
    for term, where in positions.items():
        if term.startswith(token):
            found.update(where)
    return found


def _phrase_starts(phrase: Phrase, positions: Positions) -> list[int]:
    starts: set[int] | None = None
    for i, (token, prefix) in enumerate(phrase.tokens):
        at = {p - i for p in _token_positions(positions, token, prefix)}
        starts = at if starts is None else starts & at
        if not starts:
            return []
    assert starts is not None
    mask = (1 << _COLUMN_SHIFT) - 1
    if phrase.columns is not None:
        starts = {p for p in starts if p >> _COLUMN_SHIFT in phrase.columns}
    if phrase.caret:
        starts = {p for p in starts if p & mask == 0}
    return sorted(starts)


def _near(near: Near, positions: Positions) -> dict[int, list[int]]:
    """FTS5's NEAR test: a sweep over each phrase's instances; a set of instances matches when
    no phrase starts more than its length plus the distance before the latest start. Keeps
    the instances the sweep stood on at each match (what FTS5 reports to bm25)."""
    lists = [_phrase_starts(p, positions) for p in near.phrases]
    if any(not found for found in lists):
        return {}
    sizes = [len(p.tokens) for p in near.phrases]
    at = [0] * len(lists)
    kept: list[list[int]] = [[] for _ in lists]

    def current(i: int) -> int:
        return lists[i][at[i]] if at[i] < len(lists[i]) else _END

    while True:
        latest = current(0)
        matched = False
        while not matched:
            matched = True
            for i in range(len(lists)):
                lowest = latest - sizes[i] - near.distance
                if current(i) < lowest or current(i) > latest:
                    matched = False
                    while current(i) < lowest:
                        at[i] += 1
                    if current(i) == _END:
                        return _near_result(near, kept)
                    latest = max(latest, current(i))
        for i in range(len(lists)):
            if not kept[i] or kept[i][-1] != current(i):
                kept[i].append(current(i))
        advance, lowest_next = 0, _lookahead(lists[0], at[0])
        for i in range(1, len(lists)):
            if _lookahead(lists[i], at[i]) < lowest_next:
                advance, lowest_next = i, _lookahead(lists[i], at[i])
        at[advance] += 1
        if current(advance) == _END:
            return _near_result(near, kept)


def _lookahead(found: list[int], at: int) -> int:
    return found[at + 1] if at + 1 < len(found) else _END


def _near_result(near: Near, kept: list[list[int]]) -> dict[int, list[int]]:
    if not kept[0]:
        return {}
    return {p.index: where for p, where in zip(near.phrases, kept, strict=True)}


def matches(node: Node, positions: Positions) -> Evaluation:
    """Evaluate a query on one row; ``positions`` maps each index token of the row to its
    positions (:func:`position`)."""
    found = _eval(node, positions)
    return Evaluation(found is not None, found or {})


def _eval(node: Node, positions: Positions) -> dict[int, list[int]] | None:
    """None when the node does not match, else the instances it reports."""
    if isinstance(node, Phrase):
        starts = _phrase_starts(node, positions)
        return {node.index: starts} if starts else None
    if isinstance(node, Near):
        return _near(node, positions) or None
    if isinstance(node, Not):
        keep = _eval(node.keep, positions)
        if keep is None or _eval(node.drop, positions) is not None:
            return None
        return keep
    results = [_eval(child, positions) for child in node.children]
    if isinstance(node, And) and any(r is None for r in results):
        return None
    merged: dict[int, list[int]] = {}
    for result in results:
        for index, where in (result or {}).items():
            merged[index] = sorted(set(merged.get(index, [])) | set(where))
    return merged if any(r is not None for r in results) else None
