"""PostgreSQL search against SQLite's: the same matches, ranks and snippets, and the documented
differences (docs/store.md, "Search on PostgreSQL"), each shown here.

Random corpora and random queries in the whole beat query language (phrases, prefixes, column
filters, ``^``, NEAR, AND/OR/NOT, parentheses) run on both backends: the articles found (and
beat members) are always the same; ranks and snippets are the same except for the documented
case of OR mixed with AND/NOT/NEAR.
"""

from __future__ import annotations

import contextlib
import random
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests._postgres import (
    PostgresServer,
    database_name,
    positions_mismatches,
    postings_mismatches,
)

from newsbeat.exceptions import QueryError
from newsbeat.models import Article, Beat, SearchHit
from newsbeat.store import SQLiteStore, Store, open_store
from newsbeat.store.fts import FtsHelper
from newsbeat.store.fts_query import And, Near, Node, Not, Or, Phrase, parse, resolve
from newsbeat.store.pg_search import candidates_sql, narrowing_sql
from newsbeat.store.postgres import PostgresStore

WORDS = [
    "kelp",
    "moss",
    "fern",
    "reed",
    "sedge",
    "alliance",
    "alliances",
    "allied",
    "defence",
    "pact",
    "pacts",
    "harbour",
    "harbours",
    "strike",
    "striking",
    "walkout",
    "walkouts",
    "dock",
    "docks",
    "the",
    "a",
    "of",
    "café",
    "naïve",
    "treaty",
    "signed",
    "signing",
]
SEEDS = range(16)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)) + rng.choice([".", "", ". The end:"])


def _phrase(rng: random.Random) -> str:
    word = rng.choice(WORDS)
    roll = rng.random()
    if roll < 0.15:
        return word[: rng.randint(1, len(word))] + "*"
    if roll < 0.3:
        return '"' + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))) + '"'
    if roll < 0.36:
        column = rng.choice(["title", "text", "standfirst", "{title text}", "-{text}"])
        return f"{column}: {word}"
    if roll < 0.42:
        return "^" + word
    if roll < 0.5:
        distance = f", {rng.randint(0, 4)}" if rng.random() < 0.7 else ""
        return f"NEAR({rng.choice(WORDS)} {rng.choice(WORDS)}{distance})"
    return word


def _query(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 2 or roll < 0.4:
        return _phrase(rng)
    if roll < 0.55:
        return f"{_phrase(rng)} {_phrase(rng)}"
    left, right = _query(rng, depth + 1), _query(rng, depth + 1)
    left = f"({left})" if rng.random() < 0.5 else left
    right = f"({right})" if rng.random() < 0.5 else right
    return f"{left} {rng.choice(['AND', 'OR', 'NOT'])} {right}"


def _corpus(rng: random.Random) -> list[Article]:
    return [
        Article(
            title=_text(rng, rng.randint(1, 5)),
            standfirst=_text(rng, rng.randint(1, 6)) if rng.random() < 0.6 else None,
            text=_text(rng, rng.randint(1, 40)),
            url=f"https://a.test/{i}",
        )
        for i in range(rng.randint(8, 40))
    ]


def _mixes_or(node: Node, inside: bool = False) -> bool:
    """Whether an OR sits inside an AND, NOT or NEAR, or holds one (the documented case)."""
    if isinstance(node, Phrase):
        return False
    if isinstance(node, Or):
        return inside or any(isinstance(c, And | Not | Near) or _mixes_or(c) for c in node.children)
    if isinstance(node, Near):
        return False
    children = (node.keep, node.drop) if isinstance(node, Not) else node.children
    return any(_mixes_or(c, True) for c in children)


def _ids(hits: list[dict[str, object]]) -> list[int]:
    return sorted(int(str(h["id"])) for h in hits)


def _hits(hits: list[SearchHit]) -> list[dict[str, object]]:
    return [dict(h.to_json()) for h in hits]


@pytest.fixture(scope="module")
def helper() -> Iterator[FtsHelper]:
    found = FtsHelper()
    yield found
    found.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_random_queries_find_the_same_articles_as_sqlite(
    seed: int, postgres_server: PostgresServer, helper: FtsHelper
) -> None:
    rng = random.Random(seed)
    articles = _corpus(rng)
    beats = [Beat(name=f"b{i}", query=_query(rng)) for i in range(4)]
    half = len(articles) // 2
    sqlite = SQLiteStore(":memory:")
    pg = open_store(postgres_server.database(database_name(f"search-{seed}")))
    try:
        for store in (sqlite, pg):
            store.add_articles(articles[:half])
            for beat in beats[:2]:  # membership computed on definition, then on insert
                _add_beat(store, beat)
            store.add_articles(articles[half:])
            for beat in beats[2:]:
                _add_beat(store, beat)
        assert pg.beat_counts() == sqlite.beat_counts()
        for beat in sqlite.list_beats():
            members = [a.id for a in sqlite.iter_articles(beat=beat.name)]
            assert [a.id for a in pg.iter_articles(beat=beat.name)] == members, beat.query
        for _ in range(12):
            query = _query(rng)
            try:
                expected = _hits(sqlite.search(query, limit=50))
            except QueryError:
                with pytest.raises(QueryError):
                    pg.search(query)
                continue
            found = _hits(pg.search(query, limit=50))
            assert _ids(found) == _ids(expected), query
            node = resolve(parse(query), helper.tokenize)
            if node is not None and not _mixes_or(node):
                assert found == expected, query
    finally:
        sqlite.close()
        pg.close()


def _add_beat(store: Store, beat: Beat) -> None:
    with contextlib.suppress(QueryError):  # both refuse it: the beat lists are compared
        store.add_beat(beat)


@pytest.fixture
def pg(postgres_url: str) -> Iterator[PostgresStore]:
    store = open_store(postgres_url)
    assert isinstance(store, PostgresStore)
    yield store
    store.close()


def _both(pg: PostgresStore, *articles: Article) -> SQLiteStore:
    sqlite = SQLiteStore(":memory:")
    sqlite.add_articles(list(articles))
    pg.add_articles(list(articles))
    return sqlite


def test_near_and_caret_are_exact(pg: PostgresStore) -> None:
    """No tsquery says NEAR or ^: rows are checked on their positions, as FTS5 does."""
    sqlite = _both(
        pg,
        Article(title="Harbour strike", text="The dock strike ended near the harbour."),
        Article(title="Strike", text="A harbour far away, many words later: a strike."),
        Article(title="Dock", text="Strike first, then the dock."),
    )
    for query in ("NEAR(dock strike, 1)", "NEAR(harbour strike)", "^strike", "dock NOT ^strike"):
        assert _hits(pg.search(query)) == _hits(sqlite.search(query)), query
    sqlite.close()


def test_or_mixed_with_not_may_rank_and_mark_differently(pg: PostgresStore) -> None:
    """Documented: FTS5 may count and mark a phrase of a branch that did not match the row
    (how it steps through its index decides); the matches are the same."""
    docs = ["moss fern moss moss", "fern kelp reed kelp", "fern kelp"]
    sqlite = _both(pg, *(Article(title="x", text=d) for d in docs))
    query = "kelp OR (moss NOT fern)"
    expected, found = sqlite.search(query), pg.search(query)
    assert [h.article_id for h in found] == [h.article_id for h in expected] == [2, 3]
    assert [h.snippet for h in expected] == ["fern [kelp] reed [kelp]", "fern [kelp]"]
    assert [h.snippet for h in found] == ["[fern] [kelp] reed [kelp]", "fern [kelp]"]
    sqlite.close()


def test_a_word_keeps_at_most_256_positions(pg: PostgresStore) -> None:
    """Documented: a tsvector keeps 256 positions per word, so a word repeated more often in
    one article ranks as if it occurred 256 times (the article is still found)."""
    sqlite = _both(
        pg,
        Article(title="Kelp", text="kelp " * 300),
        Article(title="Moss", text="kelp moss " * 3),
        Article(title="Fern", text="fern"),
    )
    expected, found = sqlite.search("kelp"), pg.search("kelp")
    assert [h.article_id for h in found] == [h.article_id for h in expected]
    assert found[0].score != expected[0].score
    assert [h.score for h in found[1:]] == [h.score for h in expected[1:]]
    sqlite.close()


def test_phrases_past_the_last_position_are_not_found(pg: PostgresStore) -> None:
    """Documented: positions stop at 16,383 (14,383 tokens into the text), so a phrase after
    that is not found; its words still are."""
    text = "filler " * 15_000 + "kelp moss"
    sqlite = _both(pg, Article(title="Long", text=text), Article(title="Short", text="kelp moss"))
    assert [h.article_id for h in sqlite.search('"kelp moss"')] == [2, 1]
    assert [h.article_id for h in pg.search('"kelp moss"')] == [2]
    assert {h.article_id for h in pg.search("kelp moss")} == {1, 2}
    sqlite.close()


def test_nul_characters_are_dropped(pg: PostgresStore) -> None:
    """Documented: PostgreSQL text cannot hold NUL; the store drops them."""
    (aid,) = pg.add_articles([Article(title="Nul\x00title", text="a\x00b")]).new_ids
    article = pg.get_article(aid)
    assert (article.title, article.text) == ("Nultitle", "ab")


def test_bad_queries_are_refused_by_sqlites_own_parser(pg: PostgresStore) -> None:
    for query in ("AND (", '"open', "a:b", "NEAR(a b, x)", "don't", "   "):
        with pytest.raises(QueryError) as caught:
            pg.validate_query(query)
        assert caught.value.query == query


@pytest.mark.parametrize("query", ['"" ""', '"!!"', '"" NOT a'])
def test_queries_without_a_token_match_nothing(pg: PostgresStore, query: str) -> None:
    pg.add_articles([Article(title="a", text="a")])
    assert pg.search(query) == []
    assert pg.add_beat(Beat(name="empty", query=query)) == 0


def _entries(vector: str) -> dict[str, list[str]]:
    """Each lexeme's positions (PostgreSQL merges the entries of one lexeme)."""
    found: dict[str, list[str]] = {}
    for entry in vector.split(" ") if vector else []:
        term, _, spots = entry.rpartition(":")
        found.setdefault(term, []).extend(spots.split(","))
    return {term: sorted(spots) for term, spots in found.items()}


@settings(max_examples=300, deadline=None)
@given(
    title=st.text(max_size=20),
    standfirst=st.none() | st.text(max_size=30),
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(" .,'-_"),
        max_size=80,
    ),
)
def test_the_fast_tokenizer_gives_sqlites_tokens(
    helper: FtsHelper, title: str, standfirst: str | None, text: str
) -> None:
    """Texts are cut at ASCII separators and each piece tokenized once: the same tokens and
    positions as SQLite tokenizing the whole row."""
    ((fast, fast_count),) = helper.vectors([(title, standfirst, text)])
    ((whole, whole_count),) = helper.vectors_by_sqlite([(title, standfirst, text)])
    assert (_entries(fast), fast_count) == (_entries(whole), whole_count)


def test_long_rows_give_the_same_tsvector_as_sqlites_tokens(
    pg: PostgresStore, helper: FtsHelper
) -> None:
    """Each token occurrence is its own entry of the literal; PostgreSQL's merged tsvector
    equals the one of SQLite's tokens grouped by lexeme, also past the columns' last
    positions, for words repeated past 256 positions and beside a token too long to index;
    the rows holding each word are counted for the index."""
    rows: list[tuple[str, str | None, str]] = [
        ("Harbour strike " * 700, "Ferry " * 1200, "word " * 17_000 + "rare end"),
        ("x" * 3000 + " short", None, "y" * 2500 + " z"),
        ("", None, ""),
        ("Caf\u00e9 d'\u00e9t\u00e9", "L'\u00e9cole", "Na\u00efve ''quoted'' \\back"),
    ]
    words: Counter[str] = Counter()
    fast = helper.vectors(rows, words)
    whole = helper.vectors_by_sqlite(rows)
    for (vector, count), (expected, expected_count) in zip(fast, whole, strict=True):
        assert count == expected_count
        same = pg._x("SELECT %s::tsvector = %s::tsvector", (vector, expected)).fetchone()
        assert same == (True,)
    lexemes: Counter[str] = Counter()
    for vector, _ in fast:
        lexemes.update(pg._value("SELECT tsvector_to_array(%s::tsvector)", (vector,)))
    assert words == lexemes and words["harbour"] == 1 and "x" * 3000 not in words


@pytest.mark.parametrize(
    "query",
    ['"harbour strike"', '"harbour strike" OR "ferry line"', '"ferry line" OR rain OR "no such"'],
)
def test_phrases_counted_by_the_ranking_query_rank_as_sqlite(pg: PostgresStore, query: str) -> None:
    """A phrase every row of which matches the query is counted (for its IDF) by the ranking
    query itself; the ranks are SQLite's, also when the count is remembered from before."""
    rng = random.Random(5)
    filler = ["harbour", "strike", "ferry", "line", "rain", "port"]
    articles = [
        Article(
            title=" ".join(rng.choice(filler) for _ in range(3)),
            text=" ".join(rng.choice(filler) for _ in range(rng.randint(3, 30))),
            url=f"https://a.test/{i}",
        )
        for i in range(30)
    ]
    sqlite = SQLiteStore(":memory:")
    try:
        sqlite.add_articles(articles)
        pg.add_articles(articles)
        expected = _hits(sqlite.search(query, limit=50))
        assert expected
        assert _hits(pg.search(query, limit=50)) == expected
        pg._phrase_hits(  # remembered: the next search takes the count from memory
            Phrase(tokens=(("harbour", False), ("strike", False))),
            "('harbour' <-> 'strike')",
            (30, int(pg._value("SELECT tokens FROM article_fts_stats"))),
        )
        assert _hits(pg.search(query, limit=50)) == expected
    finally:
        sqlite.close()


@pytest.mark.parametrize(
    "query", ["NEAR(harbour strike, 2)", "^ferry", "rain NOT NEAR(harbour strike, 1)"]
)
def test_queries_checked_in_python_stop_early_with_sqlites_best(
    pg: PostgresStore, query: str
) -> None:
    """With hundreds of candidates and a short page, candidates are checked in the order of
    a bound on their score and the checking stops early: the page is still SQLite's."""
    rng = random.Random(11)
    filler = ["harbour", "strike", "ferry", "line", "rain", "port", "crane", "dock"]
    articles = [
        Article(
            title=" ".join(rng.choice(filler) for _ in range(rng.randint(1, 4))),
            text=" ".join(rng.choice(filler) for _ in range(rng.randint(5, 60))),
            url=f"https://a.test/{i}",
        )
        for i in range(400)
    ]
    sqlite = SQLiteStore(":memory:")
    try:
        sqlite.add_articles(articles)
        pg.add_articles(articles)
        assert len(sqlite.search(query, limit=1000)) > 50
        assert len(sqlite.search("harbour OR ferry", limit=1000)) > 300  # candidates to check
        for limit in (1, 5, 20):
            assert _hits(pg.search(query, limit=limit)) == _hits(sqlite.search(query, limit=limit))
    finally:
        sqlite.close()


def test_the_tokenizer_forgets_its_pieces_between_batches_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the cache's size everything is forgotten before a batch is looked up, so pieces
    known before and new ones mix in one batch; the literals are a fresh helper's."""
    monkeypatch.setattr("newsbeat.store.fts._CACHE_SIZE", 3)
    rows = [("Harbour strike", None, "Ferry line closed"), ("Rain", "Port", "Crane dock harbour")]
    fresh = FtsHelper()
    small = FtsHelper()
    try:
        small.vectors(rows[:1])
        assert small.vectors(rows) == fresh.vectors(rows)
        assert small.vectors(rows[::-1]) == fresh.vectors(rows[::-1])
    finally:
        fresh.close()
        small.close()


def test_binary_index_rows_are_the_tsvectors_of_the_literals(pg: PostgresStore) -> None:
    """The index rows laid out in COPY's binary form hold what PostgreSQL makes of the
    tokenizer's literals (:meth:`FtsHelper.vectors` without postings): lexemes in byte order
    (accents, quotes, backslashes, digits), repeated words, a word past 256 positions, columns
    past their last position, empty columns and rows, and rows kept as literals beside them (a
    token too long to index, a literal cut to size) in one batch."""
    rows = [
        ("Zebra \u00e9t\u00e9 apple", "L'\u00e9cole d\u00e9j\u00e0 vu", "abc ab a b''c \\x 10 9"),
        ("Strike", None, "strike " * 300 + "dock"),
        ("Harbour " * 1100, "Ferry " * 1200, "word other " * 9000),
        ("", None, ""),
        ("x" * 3000 + " short", None, "y" * 2500 + " z"),
        ("Quay", "Crane", " ".join(f"w{i}" for i in range(60_000))),
        ("\u00c5ngstr\u00f6m \u0394elta", "Caf\u00e9", "na\u00efve coop\u00e9ration"),
    ]
    pg.add_articles([Article(title=t, standfirst=s, text=x) for t, s, x in rows])
    helper = FtsHelper()
    try:
        expected = helper.vectors(rows)
    finally:
        helper.close()
    for number, (literal, count) in enumerate(expected, start=1):
        stored = pg._x(
            "SELECT ntok, tsv::text, tsv = %s::tsvector FROM article_fts WHERE article_id = %s",
            (literal, number),
        ).fetchone()
        assert stored is not None
        assert stored[0] == count
        assert stored[1] == pg._value("SELECT %s::tsvector::text", (literal,))
        assert stored[2] is True
    # a batch without a single token: empty tsvectors
    (empty,) = pg.add_articles([Article(title="\u2014", text="-- . --")]).new_ids
    assert pg._x(
        "SELECT ntok, tsv::text FROM article_fts WHERE article_id = %s", (empty,)
    ).fetchone() == (0, "")


def test_the_postings_hold_each_words_weighted_count_as_the_index(pg: PostgresStore) -> None:
    """The store writes each word's postings (article, token count, instances weighted by
    column) from its own tokens: the same as a recount from PostgreSQL's tsvectors, also past
    the columns' last positions, for words repeated past 256 positions, beside a token too
    long to index and with quotes and backslashes."""
    pg.add_articles(
        [
            Article(
                title="Harbour strike " * 700, standfirst="Ferry " * 1200, text="word " * 17_000
            ),
            Article(title="x" * 3000 + " short", text="y" * 2500 + " z"),
            Article(title="Caf\u00e9 d'\u00e9t\u00e9", standfirst="L'\u00e9cole", text="''q'' \\b"),
            Article(title="Strike", standfirst="Strike strike", text="A strike, the strike."),
        ]
    )
    pg.add_articles([Article(title=f"Dock {i}", text="dock strike " * i) for i in range(1, 30)])
    assert postings_mismatches(pg.conn) == []
    assert positions_mismatches(pg.conn) == []
    assert [h.article_id for h in pg.search("word")] == [1]


def test_a_phrases_candidates_are_the_rows_where_its_words_follow_each_other(
    pg: PostgresStore,
) -> None:
    """From the words' positions, a phrase's candidate rows are only those where its words
    follow each other in order (not every row holding them all), also for a word repeated in
    the phrase and a prefix; the columns' ranges keep a phrase from spanning two columns."""
    pg.add_articles(
        [
            Article(title="Harbour strike", text="Quiet day."),  # 1: in the title
            Article(title="Strike", text="The harbour strike goes on."),  # 2
            Article(title="Strike harbour", text="No harbour, no strike."),  # 3: reversed
            Article(title="Harbour", text="Strike at the harbour."),  # 4: title then text
            Article(title="News", text="Harbours strike back; dock dock strike."),  # 5
            Article(title="Harbour", standfirst="Strike", text="Dock strike dock."),  # 6
        ]
    )

    def candidates(query: str) -> list[int]:
        sql, params = candidates_sql(pg._compiled(query))
        return list(pg._value(f"SELECT {sql}", params))

    assert candidates('"harbour strike"') == [1, 2, 5]  # 5: 'harbours' is stemmed
    assert candidates('"dock dock strike"') == [5]
    assert candidates('"harbour stri"*') == [1, 2, 5]
    assert candidates('"strike dock"') == [6]
    assert candidates("harbour strike") == [1, 2, 3, 4, 5, 6]  # an AND: every row with both
    assert [h.article_id for h in pg.search('"harbour strike"')] == [1, 2, 5]


def test_a_near_of_two_words_is_narrowed_to_the_rows_where_they_are_near(
    pg: PostgresStore,
) -> None:
    """A NEAR of two words ranks (and checks) only the rows where the words' positions are
    within its distance, either way round; the search finds SQLite's rows."""
    filler = " ".join(["calm"] * 8)
    pg.add_articles(
        [
            Article(title="News", text=f"harbour {filler} strike"),  # 1: 9 apart
            Article(title="News", text="strike at the harbour"),  # 2: 3 apart
            Article(title="News", text=f"harbour {filler} {filler} strike"),  # 3: 17 apart
            Article(title="Harbour", text="strike"),  # 4: two columns
            Article(title="News", text="harbour strike"),  # 5
        ]
    )

    def narrowed(query: str) -> list[int] | None:
        found = narrowing_sql(pg._compiled(query))
        if found is None:
            return None
        return sorted(r[0] for r in pg._x(found[0], found[1]))

    assert narrowed("NEAR(harbour strike, 2)") == [2, 5]
    assert narrowed("NEAR(strike harbour, 8)") == [1, 2, 5]
    assert narrowed("NEAR(harbour strike, 8) calm") == [1]
    assert narrowed("harbour strike") is None  # nothing to narrow: every row with both
    assert narrowed("NEAR(harbour strike, 2) OR calm") is None
    for query in ("NEAR(harbour strike, 2)", "NEAR(strike harbour, 8)", "NEAR(harbour strike)"):
        assert [h.article_id for h in pg.search(query)] == [
            h.article_id for h in pg.search(query.replace("harbour", "harbour*"))
        ]
    assert [h.article_id for h in pg.search("NEAR(harbour strike, 2)")] == [5, 2]


@pytest.mark.parametrize("seed", range(4))
def test_ranking_from_the_postings_is_the_tsvector_rankings(
    seed: int, postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Queries of words and prefixes (with AND, OR, NOT, and NEAR or ``^`` bounded) rank from
    the postings: the same rows and scores, page by page, as reading every row's tsvector."""
    from newsbeat.store import pg_beats

    rng = random.Random(100 + seed)
    articles = _corpus(rng)
    pg = open_store(postgres_server.database(database_name(f"postings-{seed}")))
    try:
        pg.add_articles(articles[: len(articles) // 2])
        pg.add_articles(articles[len(articles) // 2 :])
        queries = [_query(rng) for _ in range(30)] + [
            "strike OR harbour",
            "dock NOT strike",
            "alli* OR pact",
            "NEAR(strike dock, 2)",
            "^strike",
            "strike (dock OR harbour) NOT kelp",
            "the",
            # every word required (joined), words in OR and NOT (full-joined), with prefixes
            "strike dock harbour",
            "NEAR(strike dock harbour, 5)",
            "NEAR(strike dock, 3) harbour",
            "strike OR dock OR kelp",
            "strike NOT dock NOT kelp",
            "(strike OR dock) harbour",
            "(strike OR dock) alli*",
        ]
        for query in queries:
            for limit in (1, 5, 20):
                try:
                    fast = _hits(pg.search(query, limit=limit))
                except QueryError:
                    continue
                with monkeypatch.context() as patch:
                    patch.setattr(pg_beats, "postings_ready", lambda compiled: False)
                    slow = _hits(pg.search(query, limit=limit))
                assert fast == slow, (query, limit)
    finally:
        pg.close()


@pytest.mark.parametrize(
    "query", ["kelp moss", "kelp OR moss", "NEAR(kelp moss, 2)", '"kelp moss"', "title:moss"]
)
def test_a_search_leaves_nested_loops_as_they_were(pg: PostgresStore, query: str) -> None:
    """The postings statement turns nested loops off; a search inside a caller's transaction
    gives the setting back for the caller's later statements."""
    pg.add_articles(
        [Article(title="Kelp", text="kelp moss fern"), Article(title="Moss", text="moss reed")]
    )
    with pg.transaction():
        assert [h.article_id for h in pg.search(query)]
        assert pg._value("SELECT current_setting('enable_nestloop')") == "on"
        assert pg._value("SELECT current_setting('enable_mergejoin')") == "on"
