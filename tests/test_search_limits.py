"""Search cost bounded (issue 15): query shape limits, a time budget, cancellation.

Hostile queries from the issue (``a* OR a* OR ...`` 200 times, ``a* OR b* ... OR z*``) are
refused by their shape before they run; a query that gets through but runs long is stopped by
the store at ``search.timeout``; a web request whose client leaves interrupts its search.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsbeat.cli import app as cli_app
from newsbeat.exceptions import QueryCancelledError, QueryError, QueryTimeoutError
from newsbeat.models import Article
from newsbeat.query import bounded_search, check_query, query_shape
from newsbeat.settings import SearchSettings, Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app
from newsbeat.web.deps import run_cancellable

pytestmark = pytest.mark.anyio

LIMITS = SearchSettings()
MANY_PREFIXES = " OR ".join(["a*"] * 200)
ALPHABET = " OR ".join(f"{c}*" for c in "abcdefghijklmnopqrstuvwxyz")
# Never ends by itself: only the time budget or an interrupt stops it.
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _fill(path: str, count: int = 300) -> None:
    words = [
        "alpha",
        "about",
        "after",
        "again",
        "against",
        "amber",
        "apple",
        "beacon",
        "border",
        "bridge",
        "cabin",
    ]
    with SQLiteStore(path) as store:
        store.add_articles(
            [
                Article(
                    title=f"Article {i} {words[i % len(words)]}",
                    text=" ".join(words[(i + j) % len(words)] for j in range(60)),
                )
                for i in range(count)
            ]
        )


@pytest.mark.parametrize(
    ("query", "terms", "prefixes"),
    [
        ("alliance", 1, 0),
        ("alliance AND treaty OR NOT pact", 3, 0),
        ('"dock strike" OR walkout*', 3, 1),
        ('"a b c d e"*', 5, 1),
        ("NEAR(harbour strike, 10)", 2, 0),
        ("title:harbour AND {title text}:strike", 2, 0),
        ('"unterminated phrase', 2, 0),
        ('"say ""hi"" there"', 3, 0),
        (MANY_PREFIXES, 200, 200),
        (ALPHABET, 26, 26),
        ("", 0, 0),
    ],
)
def test_query_shape_counts_terms_and_prefixes(query: str, terms: int, prefixes: int) -> None:
    shape = query_shape(query)
    assert (shape.terms, shape.prefix_terms, shape.chars) == (terms, prefixes, len(query))


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        (MANY_PREFIXES, "1196 characters; at most 500 are allowed (search.max_query_chars)"),
        (ALPHABET, "26 prefix* terms; at most 8 are allowed (search.max_prefix_terms)"),
        (" ".join(["the"] * 40), "40 search terms; at most 32 are allowed (search.max_terms)"),
        ('"' + " ".join(["the"] * 40) + '"', "40 search terms; at most 32 are allowed"),
        ("   ", "the query is empty"),
    ],
)
def test_hostile_queries_are_refused_by_their_shape(query: str, reason: str) -> None:
    with pytest.raises(QueryError) as caught:
        check_query(query, LIMITS)
    assert reason in caught.value.reason


def test_a_query_within_the_limits_passes() -> None:
    assert check_query("strik* OR walkout* OR picket*", LIMITS).prefix_terms == 3


def test_a_search_past_its_time_budget_stops(db_path: str) -> None:
    _fill(db_path)
    with SQLiteStore(db_path) as store:
        assert store.search("a*", timeout=30.0)  # the same search within its budget
        with pytest.raises(QueryTimeoutError) as caught:
            bounded_search(store, "a*", dataclasses.replace(LIMITS, timeout=1e-9))
        assert caught.value.query == "a*"
        assert "(search.timeout)" in str(caught.value)
        assert store.search("a*")  # the store is usable afterwards


def test_the_time_budget_stops_a_statement_that_never_ends() -> None:
    store = SQLiteStore(":memory:")
    with pytest.raises(QueryTimeoutError), store._time_budget("endless", 0.05):
        store.conn.execute(ENDLESS).fetchall()
    store.close()


def test_interrupt_from_another_thread_stops_a_running_statement() -> None:
    with SQLiteStore(":memory:") as store:
        timer = threading.Timer(0.05, store.interrupt)
        timer.start()
        try:
            # the 60 s budget only keeps a broken interrupt from hanging the test
            with pytest.raises(QueryCancelledError), store._time_budget("endless", 60.0):
                store.conn.execute(ENDLESS).fetchall()
        finally:
            timer.cancel()


class _GoneRequest:
    """A request whose client has left."""

    async def is_disconnected(self) -> bool:
        return True


async def test_a_web_search_stops_when_its_client_goes_away(db_path: str) -> None:
    _fill(db_path)
    with SQLiteStore(db_path) as store:

        def work() -> object:
            # stands for a long search: it is still running when the client leaves
            assert store._interrupted.wait(30.0)
            return store.search("a*")

        with pytest.raises(QueryCancelledError):
            await run_cancellable(_GoneRequest(), store, work)  # type: ignore[arg-type]


@pytest.fixture
async def client(db_path: str) -> AsyncIterator[httpx.AsyncClient]:
    _fill(db_path)
    app = create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1"
    ) as c:
        yield c


async def test_web_refuses_hostile_queries_with_a_400_naming_the_limit(
    client: httpx.AsyncClient,
) -> None:
    api = await client.get("/api/search", params={"q": ALPHABET})
    assert api.status_code == 400
    assert "search.max_prefix_terms" in api.json()["detail"]
    page = await client.get("/search", params={"q": MANY_PREFIXES})
    assert page.status_code == 400
    assert "search.max_query_chars" in page.text


async def test_web_search_past_its_budget_is_a_503_with_the_reason(db_path: str) -> None:
    _fill(db_path)
    settings = Settings(store=StoreSettings(db=db_path), search=SearchSettings(timeout=1e-9))
    transport = httpx.ASGITransport(app=create_app(db_path, settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        api = await c.get("/api/search", params={"q": "a*"})
        assert api.status_code == 503
        assert "took too long" in api.json()["detail"]
        assert api.json()["query"] == "a*"
        page = await c.get("/search", params={"q": "a*"})
        assert page.status_code == 503
        assert "search.timeout" in page.text


def test_cli_search_over_a_limit_exits_2_and_past_its_budget_exits_1(
    cli: CliRunner, db_path: str, tmp_path: Path
) -> None:
    _fill(db_path)
    refused = cli.invoke(cli_app, ["search", ALPHABET, "--db", db_path])
    assert refused.exit_code == 2
    assert "search.max_prefix_terms" in refused.stderr
    config = tmp_path / "settings.toml"
    config.write_text("[search]\ntimeout = 1e-9\n", encoding="utf-8")
    slow = cli.invoke(cli_app, ["search", "a*", "--db", db_path, "--config", str(config)])
    assert slow.exit_code == 1
    assert "took too long" in slow.stderr and "(search.timeout)" in slow.stderr
