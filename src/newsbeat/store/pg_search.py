"""Full-text search on PostgreSQL with SQLite FTS5's query language, ranking and snippets.

The index (``article_fts``) holds, per article, a ``tsvector`` of SQLite's own tokens
(:mod:`newsbeat.store.fts`) and the article's token count. A beat or search query is parsed
with FTS5's grammar (:mod:`newsbeat.store.fts_query`), its strings tokenized by SQLite, and
translated to a ``tsquery``: a phrase becomes ``'a' <-> 'b'``, a prefix ``'a':*``, a column
filter a weight (``title`` A, ``standfirst`` B, ``text`` D), AND/OR/NOT ``&``/``|``/``& !``.

Ranking is FTS5's ``bm25(5, 2, 1)`` computed with the same numbers: rows and tokens of the
whole index, rows holding each phrase (its IDF), the row's token count, and each phrase's
column-weighted instance count, read with ``ts_rank_cd`` (with weights 1, 0.4 and 0.2 and no
normalisation it adds up the weights of the phrase's instances: times 5, the count). A phrase
counts only where every AND/NOT around it matched the row, as FTS5 reports instances.

``NEAR`` and ``^`` (first token of a column) have no ``tsquery`` form: such a query is widened
(NEAR as AND, ``^`` dropped) to find candidate rows, and each candidate is checked, and its
phrase instances counted, in Python on the row's token positions (:func:`fts_query.matches`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsbeat.exceptions import QueryError
from newsbeat.store.fts import FtsHelper
from newsbeat.store.fts_layout import MAX_LENGTH, MAX_LEXEME_BYTES, WEIGHTS, column_of
from newsbeat.store.fts_query import (
    And,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    matches,
    parse,
    phrases,
    position,
    resolve,
)

__all__ = [
    "COLUMN_WEIGHTS",
    "RANK_WEIGHTS",
    "CompiledQuery",
    "Stats",
    "bm25",
    "bound_sql",
    "candidates_sql",
    "compile_query",
    "covered_phrases",
    "evaluate_rows",
    "narrowing_sql",
    "phrase_query",
    "postings_hits_sql",
    "postings_ready",
    "postings_sql",
    "score_sql",
]

K1 = 1.2
B = 0.75
# bm25(articles_fts, 5.0, 2.0, 1.0): title, standfirst, text.
COLUMN_WEIGHTS = (5.0, 2.0, 1.0)
# ts_rank_cd weights {D, C, B, A}: each instance adds its column's weight / 5.
RANK_WEIGHTS = "{0.2, 0, 0.4, 1.0}"


@dataclass
class CompiledQuery:
    """A query ready for SQL.

    Attributes:
        text: the query as written.
        node: the resolved query; None when no phrase has a token (it matches nothing).
        tsquery: what rows must match (widened when ``exact``).
        exact: whether rows must be re-checked in Python (NEAR, ``^``).
        phrases: each phrase's index and ``tsquery``, in query order.
        conditions: per phrase index, what else a row must match for its instances to count
            (``None``: never, it sits under a NOT's excluded side).
    """

    text: str
    node: Node | None
    tsquery: str = ""
    exact: bool = False
    phrases: list[tuple[int, str]] = field(default_factory=list)
    conditions: dict[int, str | None] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)


def _lexeme(token: str, prefix: bool, columns: frozenset[int] | None) -> str:
    if len(token.encode("utf-8")) > MAX_LEXEME_BYTES:
        raise QueryError(token[:40] + "…", f"a word longer than {MAX_LEXEME_BYTES} bytes")
    label = ("*" if prefix else "") + (
        "".join(WEIGHTS[c] for c in sorted(columns)) if columns is not None else ""
    )
    quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:{label}" if label else quoted


def _phrase_tsquery(phrase: Phrase) -> str:
    if phrase.columns is not None and not phrase.columns:
        return "'' & !''"  # an empty column set matches nothing (never produced by the grammar)
    parts = [_lexeme(t, p, phrase.columns) for t, p in phrase.tokens]
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def _walk(
    node: Node, compiled: CompiledQuery, required: tuple[str, ...] | None, top: bool = False
) -> str:
    """The node's tsquery; records each phrase's tsquery and counting condition on the way.

    ``required``: the tsqueries of the AND/NOT nodes around this one (None below a NOT's
    excluded side). The top node is the row's own match: it requires nothing more.
    """
    if isinstance(node, Phrase):
        text = _phrase_tsquery(node)
        compiled.phrases.append((node.index, text))
        compiled.conditions[node.index] = None if required is None else " & ".join(required)
        for token, prefix in node.tokens:
            (compiled.prefixes if prefix else compiled.tokens).add(token)
        if node.caret:
            compiled.exact = True
        return text
    if isinstance(node, Near):
        compiled.exact = True
        each = [_walk(p, compiled, required) for p in node.phrases]
        return _near_tsquery(node) or "(" + " & ".join(each) + ")"
    if isinstance(node, Or):
        return "(" + " | ".join(_walk(c, compiled, required) for c in node.children) + ")"
    inner = required if top or required is None else (*required, _render(node))
    if isinstance(node, Not):
        keep = _walk(node.keep, compiled, inner)
        drop = _walk(node.drop, compiled, None)
        if _needs_python(node.drop):
            return keep  # a widened NEAR or ^ would exclude too much: Python excludes
        return f"({keep} & !{drop})"
    return "(" + " & ".join(_walk(c, compiled, inner) for c in node.children) + ")"


_NEAR_EXPANDED = 50


def _near_tsquery(near: Near) -> str | None:
    """Rows where every two words of a NEAR group of single words are within its distance:
    ``a <1> b | b <1> a | a <2> b | ...`` for each pair (FTS5's NEAR of single words allows
    ``distance + 1`` positions between their starts). Exact for two words, a close superset
    for more (Python then checks); None when the group has phrases or a long distance."""
    if near.distance > _NEAR_EXPANDED or any(len(p.tokens) != 1 for p in near.phrases):
        return None
    words = [_lexeme(*p.tokens[0], p.columns) for p in near.phrases]
    if len(set(words)) < len(words):
        return None
    pairs = []
    for i, first in enumerate(words):
        for second in words[i + 1 :]:
            steps = [
                f"{first} <{k}> {second} | {second} <{k}> {first}"
                for k in range(1, near.distance + 2)
            ]
            pairs.append("(" + " | ".join(steps) + ")")
    return "(" + " & ".join(pairs) + ")"


def _needs_python(node: Node) -> bool:
    """Whether the node holds a NEAR or a ``^`` (no tsquery says them exactly)."""
    if isinstance(node, Phrase):
        return node.caret
    if isinstance(node, Near):
        return True
    if isinstance(node, Not):
        return _needs_python(node.keep) or _needs_python(node.drop)
    return any(_needs_python(c) for c in node.children)


def _render(node: Node) -> str:
    """The node's tsquery alone (for counting conditions)."""
    return _walk(node, CompiledQuery(text="", node=None), (), top=True)


def compile_query(helper: FtsHelper, query: str) -> CompiledQuery:
    """Validate (with SQLite's parser), parse, tokenize and translate a query.

    Raises:
        QueryError: the query is empty, FTS5 rejects it, or it cannot be translated.
    """
    helper.validate(query)
    try:
        node = resolve(parse(query), helper.tokenize)
    except ValueError as exc:  # FTS5 accepted it: a gap in this translation
        raise QueryError(query, f"cannot be translated for PostgreSQL: {exc}") from exc
    compiled = CompiledQuery(text=query, node=node)
    if node is not None:
        compiled.tsquery = _walk(node, compiled, (), top=True)
    return compiled


def phrase_query(phrase: Phrase) -> CompiledQuery:
    """One phrase as a query of its own (to count the rows holding it)."""
    compiled = CompiledQuery(text="", node=phrase)
    compiled.tsquery = _walk(phrase, compiled, (), top=True)
    return compiled


@dataclass(frozen=True)
class Stats:
    """What bm25 needs of the whole index: its rows, the mean tokens per row, each phrase's
    IDF (by phrase index). ``in_query``: phrases whose rows are counted by the ranking query
    itself (their ``idf`` entry is unused): every row holding one matches the query, so
    counting them there reads no row twice."""

    rows: int
    avgdl: float
    idf: dict[int, float]
    in_query: frozenset[int] = frozenset()


def covered_phrases(node: Node) -> list[Phrase]:
    """The phrases every row holding which matches the query: the query itself, or the
    phrases reached from it through ORs only."""
    if isinstance(node, Phrase):
        return [node]
    if isinstance(node, Or):
        return [p for child in node.children for p in covered_phrases(child)]
    return []


def idf(rows: int, hits: int) -> float:
    """FTS5's IDF of a phrase found in ``hits`` of ``rows`` rows (never below 1e-6)."""
    value = math.log((rows - hits + 0.5) / (hits + 0.5))
    return value if value > 0.0 else 1e-6


def bm25(stats: Stats, freqs: dict[int, float], length: int) -> float:
    """FTS5's bm25 of one row (lower is better), with the same arithmetic in the same order."""
    score = 0.0
    for index in sorted(stats.idf):
        f = freqs.get(index, 0.0)
        score += stats.idf[index] * (
            (f * (K1 + 1.0)) / (f + K1 * (1 - B + B * float(length) / stats.avgdl))
        )
    return -1.0 * score


def score_sql(compiled: CompiledQuery, stats: Stats) -> tuple[str, list[object], str, list[object]]:
    """bm25 in SQL: the select list of each phrase's weighted instance count (``f0``, ``f1``,
    ... of a row of ``article_fts f``) and of the IDF of the phrases counted in the query
    (``i0``, ...: a window count over the matching rows) with its parameters, then the score
    over those columns with its parameters."""
    columns: list[str] = []
    column_params: list[object] = []
    score = "0.0::float8"
    score_params: list[object] = []
    queries = dict(compiled.phrases)
    for index in sorted(stats.idf):
        condition = compiled.conditions.get(index)
        if condition is None:
            continue  # never counted: adds idf * 0 = 0 to the sum
        freq = f"round(ts_rank_cd('{RANK_WEIGHTS}', f.tsv, %s::tsquery, 0) * 5)::float8"
        params: list[object] = [queries[index]]
        if condition:
            freq = f"CASE WHEN f.tsv @@ %s::tsquery THEN {freq} ELSE 0.0::float8 END"
            params.insert(0, condition)
        name = f"f{len(columns)}"
        columns.append(f"{freq} AS {name}")
        column_params += params
        weight = "%s::float8"
        if index in stats.in_query:
            # FTS5's IDF of the rows holding the phrase, with idf()'s arithmetic.
            if isinstance(compiled.node, Phrase):
                hits, hit_params = "count(*) OVER ()", []
            else:
                hits = "count(*) FILTER (WHERE f.tsv @@ %s::tsquery) OVER ()"
                hit_params = [queries[index]]
            value = (
                f"ln(((%s::bigint - {hits})::float8 + 0.5::float8)"
                f" / ({hits}::float8 + 0.5::float8))"
            )
            weight = f"i{index}"
            columns.append(
                f"CASE WHEN {value} > 0.0::float8 THEN {value} ELSE 1e-6::float8 END AS {weight}"
            )
            column_params += [stats.rows, *hit_params, *hit_params] * 2
            idf_params: list[object] = []
        else:
            idf_params = [stats.idf[index]]
        score = (
            f"({score} + {weight} * (({name} * %s::float8) / ({name} + %s::float8"
            f" * (%s::float8 + %s::float8 * ntok::float8 / %s::float8))))"
        )
        score_params += [*idf_params, K1 + 1.0, K1, 1 - B, B, stats.avgdl]
    return ", ".join(columns), column_params, f"(-1.0::float8 * {score})", score_params


def bound_sql(compiled: CompiledQuery, stats: Stats) -> tuple[str, list[object], str, list[object]]:
    """As :func:`score_sql`, with every phrase's instances in the row counted whatever else
    the row holds: no exact count (a NEAR group's, a ``^`` phrase's, one that only counts
    where other parts match) is larger, so no row scores better than this bound."""
    columns: list[str] = []
    column_params: list[object] = []
    score = "0.0::float8"
    score_params: list[object] = []
    queries = dict(compiled.phrases)
    for index in sorted(stats.idf):
        name = f"f{len(columns)}"
        columns.append(
            f"round(ts_rank_cd('{RANK_WEIGHTS}', f.tsv, %s::tsquery, 0) * 5)::float8 AS {name}"
        )
        column_params.append(queries[index])
        score = (
            f"({score} + %s::float8 * (({name} * %s::float8) / ({name} + %s::float8"
            f" * (%s::float8 + %s::float8 * ntok::float8 / %s::float8))))"
        )
        score_params += [stats.idf[index], K1 + 1.0, K1, 1 - B, B, stats.avgdl]
    return ", ".join(columns), column_params, f"(-1.0::float8 * {score})", score_params


def positions_sql(compiled: CompiledQuery, *, matching: bool = False) -> tuple[str, list[object]]:
    """SQL reading the query's tokens' positions of some rows (``%s``: their ids). With
    ``matching``, only of the rows that match the widened query (``compiled.tsquery``): the
    others cannot match, and ``@@`` costs far less than unnesting a row's whole tsvector."""
    sql = (
        "SELECT f.article_id, u.lexeme, u.positions, u.weights FROM article_fts f"
        " CROSS JOIN LATERAL unnest(f.tsv) AS u(lexeme, positions, weights)"
        " WHERE f.article_id = ANY(%s)"
        + (" AND f.tsv @@ %s::tsquery" if matching else "")
        + " AND (u.lexeme = ANY(%s) OR u.lexeme ^@ ANY(%s))"
    )
    return sql, [
        *([compiled.tsquery] if matching else []),
        sorted(compiled.tokens),
        sorted(compiled.prefixes),
    ]


def evaluate_rows(
    compiled: CompiledQuery, rows: Iterable[tuple[int, str, Sequence[int], Sequence[str]]]
) -> dict[int, dict[int, float]]:
    """Check candidate rows in Python: article id -> each phrase's weighted instance count,
    for the rows that match. ``rows`` are ``(id, lexeme, positions, weights)``."""
    assert compiled.node is not None
    by_article: dict[int, dict[str, list[int]]] = {}
    for article_id, lexeme, where, weights in rows:
        found = by_article.setdefault(article_id, {}).setdefault(lexeme, [])
        for pos, weight in zip(where, weights, strict=True):
            found.append(position(*column_of(weight, pos)))
    result: dict[int, dict[int, float]] = {}
    for article_id, tokens in by_article.items():
        outcome = matches(compiled.node, tokens)
        if outcome.matched:
            result[article_id] = {
                index: sum(COLUMN_WEIGHTS[p >> 32] for p in where)
                for index, where in outcome.instances.items()
            }
    return result


# -- ranking from the postings ------------------------------------------------------------------
# ``article_fts_postings`` holds, per word, the articles holding it with the word's weighted
# instance count there (what ts_rank_cd adds up for the word alone, times 5) and the article's
# token count. A query made of single words and prefixes (AND, OR, NOT, and NEAR or ``^`` for a
# bound) needs nothing else to be ranked: no tsvector is read.


def postings_ready(compiled: CompiledQuery) -> bool:
    """Whether the query's rows and counts can be read from the postings: every phrase is one
    word or prefix in any column (``^`` and NEAR only as a bound: ``compiled.exact``)."""
    if compiled.node is None:
        return False
    return all(len(p.tokens) == 1 and p.columns is None for p in phrases(compiled.node))


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class _Scans:
    """The postings each phrase reads (one scan per distinct word or prefix)."""

    keys: list[tuple[str, bool]] = field(default_factory=list)
    of_phrase: dict[int, int] = field(default_factory=dict)

    def add(self, phrase: Phrase) -> str:
        key = phrase.tokens[0]
        if key not in self.keys:
            self.keys.append(key)
        scan = self.keys.index(key)
        self.of_phrase[phrase.index] = scan
        return f"c{scan} > 0"


def _match(
    node: Node,
    scans: _Scans,
    conditions: dict[int, str | None],
    required: tuple[str, ...] | None,
    top: bool = False,
) -> str:
    """The node's match over the scans' counts (``c0``...), as :func:`_walk` renders it as a
    tsquery (NEAR as AND of its words, ``^`` dropped: a bound), with each phrase's counting
    condition."""
    if isinstance(node, Phrase):
        conditions[node.index] = None if required is None else " AND ".join(required) or ""
        return scans.add(node)
    if isinstance(node, Near):
        each = [_match(p, scans, conditions, required) for p in node.phrases]
        return "(" + " AND ".join(each) + ")"
    if isinstance(node, Or):
        each = [_match(c, scans, conditions, required) for c in node.children]
        return "(" + " OR ".join(each) + ")"
    inner = required
    if not top and required is not None:
        inner = (*required, _match(node, scans, {}, (), top=True))
    if isinstance(node, Not):
        keep = _match(node.keep, scans, conditions, inner)
        drop = _match(node.drop, scans, conditions, None)
        if _needs_python(node.drop):
            return keep  # Python excludes
        return f"({keep} AND NOT {drop})"
    return "(" + " AND ".join(_match(c, scans, conditions, inner) for c in node.children) + ")"


def _all_required(node: Node) -> bool:
    """Whether every phrase of the query must be in a matching row (ANDs and NEARs only)."""
    if isinstance(node, Phrase):
        return True
    if isinstance(node, Near):
        return True
    if isinstance(node, And):
        return all(_all_required(c) for c in node.children)
    return False


def postings_sql(
    compiled: CompiledQuery, stats: Stats, *, bound: bool = False
) -> tuple[str, list[object]]:
    """A query over the postings giving ``(id, ntok, score)`` of every matching row in rank
    order (ties by id): FTS5's bm25 with :func:`score_sql`'s arithmetic, or with ``bound`` the
    bound of :func:`bound_sql` (every instance of each phrase counted). ``%s`` placeholders
    after the returned parameters: none; the caller appends ``AND ...`` filters on ``id`` by
    formatting ``{where}`` and a ``LIMIT``."""
    assert compiled.node is not None
    scans = _Scans()
    conditions: dict[int, str | None] = {}
    match = _match(compiled.node, scans, conditions, (), top=True)
    parts: list[str] = []
    params: list[object] = []
    for number, (token, prefix) in enumerate(scans.keys):
        test = "p.word LIKE %s" if prefix else "p.word = %s"
        # unnest in the select list: no tuplestore (3x faster than unnest(a, b, c) in FROM)
        parts.append(
            f"SELECT x.first_id + (x.c >> 32) AS id, (x.c >> 11) & {MAX_LENGTH} AS n,"
            f" (x.c & 2047)::integer AS t, {number} AS k FROM (SELECT p.first_id,"
            f" unnest(p.codes) AS c FROM article_fts_postings p WHERE {test}) x"
        )
        params.append(_like(token) if prefix else token)

    # a length too large for a posting is read from the row
    def ntok(n: str, row: str = "e") -> str:
        return (
            f"CASE WHEN {n} = {MAX_LENGTH} THEN (SELECT f.ntok FROM article_fts f"
            f" WHERE f.article_id = {row}.id) ELSE {n} END AS ntok"
        )

    scan = ["e", *(f"s{n}" for n in range(1, len(parts)))]
    if len(scans.keys) == 1 and not scans.keys[0][1]:  # one word: one entry per row
        rows = f"SELECT e.id, {ntok('e.n')}, e.t::float8 AS c0 FROM ({parts[0]}) e"
    elif any(prefix for _, prefix in scans.keys):  # a prefix: several entries per row
        counts = ", ".join(
            f"coalesce(sum(e.t) FILTER (WHERE e.k = {n}), 0)::float8 AS c{n}"
            for n in range(len(scans.keys))
        )
        rows = (
            f"SELECT e.id, {ntok('max(e.n)')}, {counts}"
            f" FROM ({' UNION ALL '.join(parts)}) e GROUP BY e.id"
        )
    elif _all_required(compiled.node):
        # Words, each once per row, all required: joining the words' entries builds only
        # the rows holding all of them (grouping every entry of every word, as for a
        # prefix, hashed them all: 2.5x slower for two common words).
        joined = " ".join(
            f"JOIN ({part}) {scan[n]} ON {scan[n]}.id = e.id" for n, part in enumerate(parts[1:], 1)
        )
        counts = ", ".join(f"{scan[n]}.t::float8 AS c{n}" for n in range(len(parts)))
        rows = f"SELECT e.id, {ntok('e.n')}, {counts} FROM ({parts[0]}) e {joined}"
    else:
        # Words, each once per row, in OR or NOT: a full join of their entries.
        ids = [f"{s}.id" for s in scan]
        joined = " ".join(
            f"FULL JOIN ({part}) {scan[n]} ON {scan[n]}.id = coalesce({', '.join(ids[:n])})"
            for n, part in enumerate(parts[1:], 1)
        )
        lengths = ", ".join(f"{s}.n" for s in scan)
        counts = ", ".join(f"coalesce({scan[n]}.t, 0)::float8 AS c{n}" for n in range(len(parts)))
        rows = (
            f"SELECT j.id, {ntok('j.n', 'j')}, {', '.join(f'j.c{n}' for n in range(len(parts)))}"
            f" FROM (SELECT coalesce({', '.join(ids)}) AS id, coalesce({lengths}) AS n, {counts}"
            f" FROM ({parts[0]}) e {joined}) j"
        )
    columns: list[str] = []
    score = "0.0::float8"
    score_params: list[object] = []
    for index in sorted(stats.idf):
        condition = conditions.get(index)
        count = f"c{scans.of_phrase[index]}"
        if not bound:
            if condition is None:
                continue
            if condition:
                count = f"CASE WHEN {condition} THEN {count} ELSE 0.0::float8 END"
        name = f"f{len(columns)}"
        columns.append(f"{count} AS {name}")
        score = (
            f"({score} + %s::float8 * (({name} * %s::float8) / ({name} + %s::float8"
            f" * (%s::float8 + %s::float8 * ntok::float8 / %s::float8))))"
        )
        score_params += [stats.idf[index], K1 + 1.0, K1, 1 - B, B, stats.avgdl]
    select = "".join(f", {c}" for c in columns)
    sql = (
        f"SELECT id, ntok, (-1.0::float8 * {score}) AS score FROM ("
        f"SELECT id, ntok{select} FROM ("
        f"{rows}) m WHERE {match}{{where}}) s ORDER BY score, id"
    )
    return sql, [*score_params, *params]


def _word_ids(token: str, prefix: bool) -> tuple[str, list[object]]:
    """The ids of the rows holding a word (each once) or a word with this prefix."""
    test = "p.word LIKE %s" if prefix else "p.word = %s"
    # unnest in the select list: no tuplestore (see postings_sql)
    return (
        f"SELECT {'DISTINCT ' if prefix else ''}x.first_id + (x.c >> 32) AS id FROM"
        f" (SELECT p.first_id, unnest(p.codes) AS c FROM article_fts_postings p WHERE {test}) x",
        [_like(token) if prefix else token],
    )


def _word_places(token: str, prefix: bool, step: int) -> tuple[str, list[object]]:
    """Each position of a word (or of the words with this prefix) in each row as ``id << 14 |
    position``, less ``step``: the key of where a phrase holding it ``step`` words in starts."""
    test = "p.word LIKE %s" if prefix else "p.word = %s"
    return (
        f"SELECT (x.first_id << 14) + x.c - {step} AS k FROM"
        f" (SELECT p.first_id, unnest(p.codes) AS c FROM article_fts_positions p WHERE {test}) x",
        [_like(token) if prefix else token],
    )


def _phrase_candidates(phrase: Phrase) -> tuple[str, list[object]]:
    """Ids of the rows where the phrase's words follow each other (each once), from the
    words' positions (migration 15): a phrase of two common words holds in a few rows of the
    many holding both."""
    parts = [
        _word_places(token, prefix, step) for step, (token, prefix) in enumerate(phrase.tokens)
    ]
    joined = " ".join(
        f"JOIN ({sql}) j{n} ON j{n}.k = j0.k" for n, (sql, _) in enumerate(parts[1:], 1)
    )
    return (
        f"SELECT DISTINCT j0.k >> 14 AS id FROM ({parts[0][0]}) j0 {joined}",
        [p for _, params in parts for p in params],
    )


def _near_words(node: Node) -> tuple[str, str] | None:
    """The two words of a NEAR of two different single words (no prefix, any columns)."""
    if not isinstance(node, Near) or len(node.phrases) != 2:
        return None
    tokens = [p.tokens for p in node.phrases]
    if any(len(t) != 1 or t[0][1] for t in tokens) or tokens[0][0][0] == tokens[1][0][0]:
        return None
    return tokens[0][0][0], tokens[1][0][0]


def _near_candidates(near: Near, words: tuple[str, str]) -> tuple[str, list[object]]:
    """Ids of the rows where the two words are within the NEAR's distance (between 1 and
    ``distance + 1`` positions apart, either way, as :func:`_near_tsquery` says), each once,
    from their positions: a NEAR of two common words holds in a part of the rows holding
    both."""
    first, first_params = _word_places(words[0], False, 0)
    second, second_params = _word_places(words[1], False, 0)
    return (
        f"SELECT DISTINCT j0.k >> 14 AS id FROM ({first}) j0 JOIN ({second}) j1"
        f" ON j1.k >> 14 = j0.k >> 14 WHERE abs(j1.k - j0.k) <= {near.distance + 1}",
        [*first_params, *second_params],
    )


def _candidates(node: Node) -> tuple[str, list[object]]:
    """Ids of the rows holding every word the node needs, each once (see
    :func:`candidates_sql`)."""
    if isinstance(node, Phrase) and len(node.tokens) > 1:
        return _phrase_candidates(node)
    words = _near_words(node)
    if words is not None:
        assert isinstance(node, Near)
        return _near_candidates(node, words)
    if isinstance(node, Phrase | Near | And):
        if isinstance(node, Phrase):
            parts = [_word_ids(token, prefix) for token, prefix in dict.fromkeys(node.tokens)]
        else:
            children = node.phrases if isinstance(node, Near) else node.children
            parts = [_candidates(child) for child in children]
        if len(parts) == 1:
            return parts[0]
        # Each part holds an id once: their join is their intersection (joining two common
        # words' ids took a fifth to a quarter of the time of INTERSECT).
        joined = " ".join(
            f"JOIN ({sql}) j{n} ON j{n}.id = j0.id" for n, (sql, _) in enumerate(parts[1:], 1)
        )
        return (
            f"SELECT j0.id FROM ({parts[0][0]}) j0 {joined}",
            [p for _, params in parts for p in params],
        )
    if isinstance(node, Or):
        parts = [_candidates(child) for child in node.children]
        return (
            " UNION ".join(f"({sql})" for sql, _ in parts),
            [p for _, params in parts for p in params],
        )
    return _candidates(node.keep)  # a NOT's rows are among its kept side's


def candidates_sql(compiled: CompiledQuery) -> tuple[str, list[object]]:
    """An array of the ids of the rows that may match the query, from the postings: a
    superset of its matches (column filters, NEAR distances and NOT's excluded side are not
    tested; a phrase's words' order and distances are, from their positions), for
    ``f.article_id = ANY(...) AND f.tsv @@ ...``. The index has no GIN index on the
    tsvectors (migration 14): this is how a query over the whole index finds its rows."""
    assert compiled.node is not None
    sql, params = _candidates(compiled.node)
    return f"ARRAY(SELECT c.id FROM ({sql}) c ORDER BY c.id)", params


def _narrows(node: Node) -> bool:
    """Whether the positions narrow the node's rows down from those holding its words: it
    holds a phrase of several words or a NEAR of two words that every match needs."""
    if isinstance(node, Phrase):
        return len(node.tokens) > 1
    if isinstance(node, Near):
        return _near_words(node) is not None or any(_narrows(p) for p in node.phrases)
    if isinstance(node, And):
        return any(_narrows(c) for c in node.children)
    if isinstance(node, Not):
        return _narrows(node.keep)
    return False


def narrowing_sql(compiled: CompiledQuery) -> tuple[str, list[object]] | None:
    """A query of the ids of the rows that may match (:func:`candidates_sql`'s rows) when the
    words' positions narrow them down (a NEAR of two words, a phrase), for ``id IN (...)``
    beside a ranking over the postings; None when they would not."""
    assert compiled.node is not None
    if not _narrows(compiled.node):
        return None
    return _candidates(compiled.node)


def postings_hits_sql(token: str) -> tuple[str, list[object]]:
    """How many rows hold a word with this prefix, from the postings."""
    return (
        "SELECT count(DISTINCT x.first_id + (x.c >> 32)) FROM (SELECT p.first_id,"
        " unnest(p.codes) AS c FROM article_fts_postings p WHERE p.word LIKE %s) x",
        [_like(token)],
    )
