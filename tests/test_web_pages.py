"""The web UI's HTML pages, in-process through httpx.ASGITransport (no sockets)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from _web_support import IMG, IMG_ESCAPED, SCRIPT, SCRIPT_ESCAPED, Seeded, parse, seed
from newsbeat.exceptions import StoreError
from newsbeat.models import Article
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app

pytestmark = pytest.mark.anyio


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


def main_text(html: str) -> str:
    """The page between <main> and the footer (the part built from data)."""
    return html.split("<main>", 1)[1].split("<footer>", 1)[0]


async def test_index_lists_beats_with_counts_and_top_stories(client: httpx.AsyncClient) -> None:
    r = await client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    body = main_text(r.text)
    assert '<a href="/stories?beat=alliance">alliance</a>' in body
    assert '<a href="/stories?beat=market">market</a>' in body
    assert "4 articles" in body  # alliance: orsa, velmar, evil, reprint
    assert '<a href="/stories/s-alliance">' in body
    assert '<a href="/stories/s-market">' in body
    assert "5 articles stored · 2 stories" in body


async def test_stories_page_filters_by_beat(client: httpx.AsyncClient) -> None:
    everything = main_text((await client.get("/stories")).text)
    assert "/stories/s-alliance" in everything and "/stories/s-market" in everything
    r = await client.get("/stories", params={"beat": "market"})
    assert r.status_code == 200
    body = main_text(r.text)
    assert "/stories/s-market" in body
    assert "/stories/s-alliance" not in body
    assert "1 story," in body
    assert '<option value="market" selected>' in body
    # the form's "all beats" and empty "since" fields
    form = await client.get("/stories", params={"beat": "", "since": ""})
    assert form.status_code == 200
    assert "/stories/s-market" in form.text and "/stories/s-alliance" in form.text
    recent = main_text((await client.get("/stories", params={"since": "2026-03-08"})).text)
    assert "/stories/s-market" in recent and "/stories/s-alliance" not in recent


async def test_story_page_shows_articles_enrichment_comparison_and_summary(
    client: httpx.AsyncClient, seeded: Seeded
) -> None:
    r = await client.get("/stories/s-alliance")
    assert r.status_code == 200
    body = main_text(r.text)
    # every appearance, the reprint included, links to its article page
    for article_id in (seeded.orsa, seeded.velmar, seeded.evil, seeded.reprint):
        assert f'href="/articles/{article_id}"' in body
    assert "Kittby Chronicle" in body  # the reprint's outlet
    assert "<h2>Summary</h2>" in body
    assert "<h2>Quotes</h2>" in body and "Petra Lind" in body
    assert "<h2>Numeric claims</h2>" in body
    assert "<h2>Relations</h2>" in body and "<code>AGREE</code>" in body
    assert "<h2>Who is involved</h2>" in body
    # 31 million against 18 million crowns: the comparison calls it a conflict
    assert '<span class="badge conflict">conflict</span>' in body
    assert "31 million" in body and "18 million" in body


async def test_old_story_id_redirects_to_the_merged_story(client: httpx.AsyncClient) -> None:
    r = await client.get("/stories/s-old")
    assert r.status_code == 308
    assert r.headers["location"] == "/stories/s-alliance"
    followed = await client.get("/stories/s-old", follow_redirects=True)
    assert followed.status_code == 200
    assert "s-alliance" in followed.text


async def test_search_page_highlights_matches(client: httpx.AsyncClient, seeded: Seeded) -> None:
    r = await client.get("/search", params={"q": "ferry"})
    assert r.status_code == 200
    body = main_text(r.text)
    assert f'href="/articles/{seeded.market}"' in body
    assert "<mark>ferry</mark>" in body
    assert "1 result for" in body
    empty = await client.get("/search")
    assert empty.status_code == 200
    assert "result" not in main_text(empty.text)


async def test_search_in_a_beat(client: httpx.AsyncClient, seeded: Seeded) -> None:
    r = await client.get("/search", params={"q": "terminal OR alliance", "beat": "market"})
    body = main_text(r.text)
    assert f'href="/articles/{seeded.market}"' in body
    assert f'href="/articles/{seeded.orsa}"' not in body


async def test_bad_query_is_a_400_page_quoting_it(client: httpx.AsyncClient) -> None:
    r = await client.get("/search", params={"q": '"unbalanced'})
    assert r.status_code == 400
    body = main_text(r.text)
    assert "invalid query" in body
    assert "<code>&#34;unbalanced</code>" in body
    assert 'value="&#34;unbalanced"' in body  # the form is filled in to fix it


async def test_article_page(client: httpx.AsyncClient, seeded: Seeded) -> None:
    r = await client.get(f"/articles/{seeded.reprint}")
    assert r.status_code == 200
    body = main_text(r.text)
    assert "Kittby Chronicle" in body
    assert f'reprint of <a href="/articles/{seeded.orsa}">' in body
    assert 'Story: <a href="/stories/s-alliance">' in body  # through its original
    assert '<a href="https://kittby.example/wire/alliance"' in body
    original = main_text((await client.get(f"/articles/{seeded.orsa}")).text)
    assert "<h2>Also appeared</h2>" in original
    assert f'href="/articles/{seeded.reprint}"' in original
    assert "<p>&#34;This alliance keeps our beaches clean,&#34; said mayor Petra Lind.</p>" in (
        original
    )


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/articles/99999", 404, "99999"),
        ("/stories/s-nothing", 404, "s-nothing"),
        ("/stories?beat=nosuch", 404, "nosuch"),
        ("/no/such/page", 404, "There is no page at /no/such/page."),
        ("/articles/abc", 400, "article_id"),
        ("/stories?since=yesterday", 400, "yesterday"),
    ],
)
async def test_errors_become_pages(
    client: httpx.AsyncClient, path: str, status: int, message: str
) -> None:
    r = await client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert message in main_text(r.text)


@pytest.mark.parametrize(
    ("path", "link"),
    [
        ("/stories/s-nothing", '<a href="/stories">See the stories</a>'),
        ("/stories?beat=nosuch", '<a href="/">See the beats</a>'),
        ("/articles/99999", '<a href="/search">Search the articles</a>'),
    ],
)
async def test_not_found_pages_link_a_page_not_a_cli_command(
    client: httpx.AsyncClient, path: str, link: str
) -> None:
    r = await client.get(path)
    assert r.status_code == 404
    body = main_text(r.text)
    assert link in body
    # The library's message names no command; the CLI adds those, the browser gets a link.
    for cli_text in ("`newsbeat", "newsbeat stories", "newsbeat beat list", "(see "):
        assert cli_text not in body
    assert body.count('<a href="/">') == 1  # the beats link is not offered twice


async def test_every_internal_link_resolves(client: httpx.AsyncClient) -> None:
    todo, seen = ["/"], set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        r = await client.get(path, follow_redirects=True)
        assert r.status_code == 200, f"{path} -> {r.status_code}"
        if not r.headers["content-type"].startswith("text/html"):
            continue
        for url in parse(r.text).urls:
            parts = urlsplit(url)
            if not parts.scheme and url.startswith("/"):
                todo.append(url)
    assert {"/", "/stories", "/stories/s-alliance", "/stories/s-market", "/search"} <= seen
    assert sum(p.startswith("/articles/") for p in seen) == 5
    assert "/api/stories/s-alliance" in seen


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/stories",
        "/stories?beat=alliance",
        "/stories/s-alliance",
        "/search?q=alliance",
        "/search?q=council",
    ],
)
async def test_xss_payloads_are_escaped(client: httpx.AsyncClient, path: str) -> None:
    html = (await client.get(path)).text
    assert SCRIPT not in html and IMG not in html
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert SCRIPT_ESCAPED in html or "&lt;script&gt;" in html


async def test_xss_article_page_escapes_everything(
    client: httpx.AsyncClient, seeded: Seeded
) -> None:
    html = (await client.get(f"/articles/{seeded.evil}")).text
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert html.count(SCRIPT_ESCAPED) >= 4  # title (twice: <title> and h1), outlet, text...
    assert IMG_ESCAPED in html  # byline and text
    assert "javascript:" not in html  # the url is shown as text nowhere and linked nowhere
    story = (await client.get("/stories/s-alliance")).text
    assert 'href="javascript:' not in story
    assert f"Delegate {IMG_ESCAPED}" in story  # the quote's speaker


async def test_xss_in_a_bad_query_is_escaped(client: httpx.AsyncClient) -> None:
    r = await client.get("/search", params={"q": f'{SCRIPT} "'})
    assert r.status_code == 400
    assert "<script" not in r.text.lower()
    assert SCRIPT_ESCAPED in r.text


async def test_pages_use_no_external_assets(client: httpx.AsyncClient) -> None:
    html = (await client.get("/stories/s-alliance")).text
    page = parse(html)
    assert not [t for t, _ in page.tags if t in {"script", "img", "iframe"}]
    links = [a for t, a in page.tags if t == "link"]
    assert links and all(str(a.get("href")).startswith("data:") for a in links)
    assert "default-src 'none'" in html
    assert "<style>" in html


async def test_each_request_sees_the_current_database(
    client: httpx.AsyncClient, db_path: str
) -> None:
    store = SQLiteStore(db_path)
    try:
        store.add_articles([Article(title="Late alliance news", text="A late alliance item.")])
    finally:
        store.close()
    r = await client.get("/search", params={"q": "late"})
    assert "Late alliance news" in r.text


def test_create_app_refuses_a_database_it_cannot_open(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        create_app(str(tmp_path), Settings())


async def test_an_empty_database_and_one_without_beats(tmp_path: Path) -> None:
    path = str(tmp_path / "empty.db")
    SQLiteStore(path).close()
    transport = httpx.ASGITransport(app=create_app(path, Settings()))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        empty = await c.get("/")
        assert empty.status_code == 200
        assert "0 articles stored · 0 stories" in empty.text
        assert "Nothing yet." in empty.text
        assert "No stories yet." in (await c.get("/stories")).text
        assert (await c.get("/api/stories")).json() == []
        store = SQLiteStore(path)
        try:
            store.add_articles([Article(title=f"Item {SCRIPT}", text="Loose text.", outlet=IMG)])
        finally:
            store.close()
        loose = main_text((await c.get("/")).text)
        assert "no beats yet" in loose
        assert '<a href="/articles/1">Item &lt;script&gt;' in loose
        article = main_text((await c.get("/articles/1")).text)
        assert "in no story yet" in article
        assert IMG_ESCAPED in article


async def test_story_page_lists_related_stories(
    client: httpx.AsyncClient, db_path: str, seeded: Seeded
) -> None:
    r = await client.get(f"/stories/{seeded.story}")
    assert "Related stories" not in main_text(r.text)
    store = SQLiteStore(db_path)
    try:
        store.link_stories(seeded.market_story, seeded.story, 0.2)
        market = store.get_story(seeded.market_story)
    finally:
        store.close()
    # Linked after the first view: the page shows it.
    r = await client.get(f"/stories/{seeded.story}")
    body = main_text(r.text)
    related = body.split("Related stories", 1)[1]
    assert f'<a href="/stories/{seeded.market_story}">{market.title}</a>' in related
