"""The JSON API under /api/: the same data and keys as the CLI's --json output."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tests._stories_support import STORY_ARTICLE_KEYS
from typer.testing import CliRunner

from _web_support import Seeded, seed
from newsbeat.cli import app as cli_app
from newsbeat.serialize import story_json
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app

pytestmark = pytest.mark.anyio

STORY_KEYS = {
    "id", "title", "beats", "first_seen", "last_updated", "outlets", "languages", "articles"
}  # fmt: skip
ENRICHMENT_KEYS = {
    "entities": {"name", "type", "mentions"},
    "quotes": {"text", "speaker", "speakers", "via", "kind", "article_id", "outlet"},
    "claims": {
        "what",
        "value",
        "low",
        "high",
        "exact",
        "unit",
        "claimant",
        "article_id",
        "outlet",
        "sentence",
    },
    "relations": {"type", "source", "target", "date", "evidence", "article_id", "outlet"},
    "events": {"type", "actor", "date", "evidence", "article_id", "outlet"},
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def seeded(db_path: str) -> Seeded:
    return seed(db_path)


@pytest.fixture
async def client(db_path: str, seeded: Seeded) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


def cli_json(db_path: str, *args: str) -> Any:
    result = CliRunner().invoke(cli_app, [*args, "--json", "--db", db_path])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


async def get_json(client: httpx.AsyncClient, path: str, **params: str) -> Any:
    r = await client.get(path, params=params)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    return r.json()


@pytest.mark.parametrize("beat", [None, "market"])
async def test_articles_equal_the_cli(
    client: httpx.AsyncClient, db_path: str, beat: str | None
) -> None:
    extra = ("--beat", beat) if beat else ()
    expected = cli_json(db_path, "articles", *extra)
    got = await get_json(client, "/api/articles", **({"beat": beat} if beat else {}))
    assert got == expected
    assert len(got) == (1 if beat else 5)
    assert set(got[0]) == set(expected[0])


async def test_articles_since(client: httpx.AsyncClient, db_path: str) -> None:
    got = await get_json(client, "/api/articles", since="2026-03-06")
    assert [a["title"] for a in got] == ["Fish market moves to the old ferry terminal"]
    assert got == cli_json(db_path, "articles", "--since", "2026-03-06")


@pytest.mark.parametrize(
    ("query", "beat"), [("alliance", None), ("terminal OR alliance", "market")]
)
async def test_search_equals_the_cli(
    client: httpx.AsyncClient, db_path: str, query: str, beat: str | None
) -> None:
    extra = ("--beat", beat) if beat else ()
    expected = cli_json(db_path, "search", query, *extra)
    params = {"q": query, **({"beat": beat} if beat else {})}
    got = await get_json(client, "/api/search", **params)
    assert got == expected
    assert got and set(got[0]) == {"id", "title", "outlet", "published", "url", "snippet", "score"}


async def test_search_limit(client: httpx.AsyncClient) -> None:
    assert len(await get_json(client, "/api/search", q="alliance", limit="2")) == 2


async def test_stories_have_the_story_json_shape(client: httpx.AsyncClient, db_path: str) -> None:
    got = await get_json(client, "/api/stories")
    assert [s["id"] for s in got] == ["s-alliance", "s-market"]  # most covered first
    for story in got:
        assert set(story) >= STORY_KEYS
        for article in story["articles"]:
            assert set(article) == STORY_ARTICLE_KEYS
    alliance = got[0]
    assert alliance["outlets"] == sorted(
        [
            "Orsa Courier",
            "The Velmar Post",
            "Kittby Chronicle",
            "Evil <script>alert('x')</script> Times",
        ]
    )
    assert len(alliance["articles"]) == 4  # the reprint is listed as an appearance
    store = SQLiteStore(db_path)
    try:
        assert got == [story_json(store, s) for s in store.list_stories()]
    finally:
        store.close()
    market = await get_json(client, "/api/stories", beat="market")
    assert [s["id"] for s in market] == ["s-market"]


async def test_stories_equal_the_cli(client: httpx.AsyncClient, db_path: str) -> None:
    assert await get_json(client, "/api/stories") == cli_json(db_path, "stories")
    assert await get_json(client, "/api/stories", beat="market") == cli_json(
        db_path, "stories", "--beat", "market"
    )


async def test_one_story_equals_the_cli_plus_the_enrichment_keys(
    client: httpx.AsyncClient, db_path: str
) -> None:
    """Every key of ``newsbeat story ID --json`` with the same value; the API adds only the
    enrichment keys of the contract when the CLI does not have them yet."""
    api = await get_json(client, "/api/stories/s-alliance")
    cli = cli_json(db_path, "story", "s-alliance")
    assert {key: api[key] for key in cli} == cli
    assert set(api) - set(cli) <= set(ENRICHMENT_KEYS)


async def test_one_story_with_its_enrichment(client: httpx.AsyncClient, seeded: Seeded) -> None:
    story = await get_json(client, "/api/stories/s-alliance")
    assert STORY_KEYS | set(ENRICHMENT_KEYS) <= set(story)
    for key, item_keys in ENRICHMENT_KEYS.items():
        assert story[key] or key == "events", key  # the seeded story has no one-sided action
        for item in story[key]:
            assert set(item) == item_keys, key
    assert {q["speaker"] for q in story["quotes"]} >= {"Petra Lind"}
    assert sorted(c["low"] for c in story["claims"] if c["what"] == "crowns") == [18e6, 31e6]
    # an old ID of a merged story answers with the story it was merged into
    old = await get_json(client, "/api/stories/s-old")
    assert old["id"] == "s-alliance"
    assert old == story


@pytest.mark.parametrize(
    ("path", "params", "status", "detail"),
    [
        ("/api/stories/s-nothing", {}, 404, "s-nothing"),
        ("/api/stories", {"beat": "nosuch"}, 404, "nosuch"),
        ("/api/articles", {"beat": "nosuch"}, 404, "nosuch"),
        ("/api/articles", {"since": "last tuesday"}, 400, "last tuesday"),
        ("/api/search", {"q": "alliance", "beat": "nosuch"}, 404, "nosuch"),
        ("/api/search", {"q": "alliance", "limit": "0"}, 400, "limit"),
        ("/api/search", {}, 400, "q"),
        ("/api/nothing", {}, 404, "There is no page at /api/nothing."),
    ],
)
async def test_errors_are_json(
    client: httpx.AsyncClient, path: str, params: dict[str, str], status: int, detail: str
) -> None:
    r = await client.get(path, params=params)
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    assert detail in r.json()["detail"]


async def test_not_found_json_names_no_cli_command(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/stories/s-nothing")
    assert r.status_code == 404
    assert r.json() == {"detail": "no story with id 's-nothing'"}


async def test_bad_query_is_a_400_naming_it(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/search", params={"q": "alliance AND"})
    assert r.status_code == 400
    body = r.json()
    assert body["query"] == "alliance AND"
    assert "invalid query 'alliance AND'" in body["detail"]


async def test_no_interactive_docs_from_a_cdn(client: httpx.AsyncClient) -> None:
    assert (await client.get("/docs")).status_code == 404
    assert (await client.get("/redoc")).status_code == 404
    schema = await get_json(client, "/api/openapi.json")
    assert {"/api/articles", "/api/stories", "/api/stories/{story_id}", "/api/search"} <= set(
        schema["paths"]
    )


async def test_a_database_broken_after_start_is_a_500_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    SQLiteStore(str(path)).close()
    transport = httpx.ASGITransport(app=create_app(str(path), Settings()))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database " * 200)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        api = await c.get("/api/stories")
        assert api.status_code == 500
        assert str(path) in api.json()["detail"]
        page = await c.get("/")
        assert page.status_code == 500
        assert "<h1>Something went wrong</h1>" in page.text and str(path) in page.text
