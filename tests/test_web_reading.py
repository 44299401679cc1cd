"""The web UI for daily reading (issue 14, item 3): the story page read top-down, actor pages,
filters and pages on the story list and search (and their /api/ mirrors), dates in a reader's
words, dark mode, the /api/ index and errors in a reader's words. In-process, through
httpx.ASGITransport."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator, Callable
from urllib.parse import quote

import httpx
import pytest

from _web_support import IMG_ESCAPED, SCRIPT, SCRIPT_ESCAPED, Seeded, parse, seed
from newsbeat.actors.graph import actor_file
from newsbeat.compare.analysis import AnalysisOptions, story_analyses
from newsbeat.models import Article, Story
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app
from newsbeat.web.readable import is_undated, reader_date

pytestmark = pytest.mark.anyio

RAW_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# A story as a pipeline run stores it, from another connection: its articles, then the story.
AddStory = Callable[..., list[int]]


@pytest.fixture
def add_story(db_path: str) -> AddStory:
    def add(story_id: str, title: str, articles: list[Article], first: str, last: str) -> list[int]:
        store = SQLiteStore(db_path)
        try:
            new = store.add_articles(articles).new_ids
            with store.transaction():
                store.save_story(
                    Story(id=story_id, title=title, first_seen=first, last_updated=last)
                )
                store.assign_articles(story_id, new)
        finally:
            store.close()
        return new

    return add


@pytest.fixture
def seeded(db_path: str, add_story: AddStory) -> Seeded:
    ids = seed(db_path)
    store = SQLiteStore(db_path)
    try:
        # The comparison a pipeline run stores (the conflicts filter reads it).
        story_analyses(store, store.list_stories(), AnalysisOptions(workers=1), save=True)
    finally:
        store.close()
    # One Norwegian story with an undated article.
    add_story(
        "s-quay",
        "Fergekaien i Orsa stenger",
        [
            Article(
                title="Fergekaien i Orsa stenger",
                outlet="Orsa Avis",
                language="nb",
                published="2026-02-10T07:30:00+01:00",
                text="Fergekaien i Orsa stenger for vinteren, sier havnesjefen.",
            ),
            Article(
                title="Fergekai i Orsa stengt",
                outlet="Orsa Avis",
                language="nb",  # Norwegian text: an English one would be stored as "en"
                text="Kaien i Orsa er stengt for vinteren, og fergen går ikke før i april.",
            ),
        ],
        "2026-02-10T07:30:00+01:00",
        "2026-02-10T07:30:00+01:00",
    )
    return ids


@pytest.fixture
async def client(db_path: str, seeded: Seeded) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


def main_text(html: str) -> str:
    return html.split("<main>", 1)[1].split("<footer>", 1)[0]


async def body(client: httpx.AsyncClient, path: str, **params: str) -> str:
    r = await client.get(path, params=params)
    assert r.status_code == 200, (path, r.status_code, r.text[-500:])
    return main_text(r.text)


def story_ids(html: str) -> list[str]:
    return re.findall(r'href="/stories/(s-[a-z]+)"', html)


# -- dates -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "source", "shown"),
    [
        ("2026-03-03T09:10:00+01:00", None, "3 Mar 2026, 09:10"),
        ("2026-03-03T09:10:00", "metadata", "3 Mar 2026, 09:10"),
        ("2026-12-31T23:59:59+00:00", "dateline", "31 Dec 2026, 23:59"),
        ("2026-03-03", None, "3 Mar 2026"),
        ("2026-03-03T00:00:00+00:00", None, "3 Mar 2026"),  # how a date alone is stored
        (None, None, "undated"),
        ("", None, "undated"),
        ("2026-03-03T09:10:00+00:00", "import", "undated"),  # the import time stood in
        ("early March", None, "early March"),  # not ISO: shown as stored, never hidden
    ],
)
def test_dates_in_a_readers_words(value: str | None, source: str | None, shown: str) -> None:
    assert reader_date(value, source) == shown
    # undated by the one rule of every view (newsbeat.dates): no ISO date of its own
    assert is_undated(value, source) == (shown == "undated" or value == "early March")


@pytest.mark.parametrize(
    "path", ["/", "/stories", "/stories/s-alliance", "/stories/s-quay", "/search?q=alliance"]
)
async def test_no_page_shows_a_raw_iso_date(client: httpx.AsyncClient, path: str) -> None:
    html = await body(client, path)
    assert not RAW_ISO.search(html), RAW_ISO.search(html)


async def test_dates_and_undated_articles_on_the_pages(
    client: httpx.AsyncClient, seeded: Seeded
) -> None:
    story = await body(client, "/stories/s-alliance")
    assert "4 Mar 2026, 09:00 → 5 Mar 2026, 08:00" in story
    quay = await body(client, "/stories/s-quay")
    assert "10 Feb 2026, 07:30" in quay
    assert "undated" in quay  # the article table, and the note under the (absent) chart
    assert "1 article undated" in quay
    undated_id = re.findall(r'href="/articles/(\d+)"', quay)[-1]
    article = await body(client, f"/articles/{undated_id}")
    assert '<span class="badge">undated</span>' in article
    dated = await body(client, f"/articles/{seeded.orsa}")
    assert "4 Mar 2026, 09:00" in dated and "undated" not in dated


async def test_an_article_links_the_names_it_holds(
    client: httpx.AsyncClient, seeded: Seeded
) -> None:
    for article_id in (seeded.orsa, seeded.reprint):  # a reprint names its original's names
        html = await body(client, f"/articles/{article_id}")
        assert '<a class="actor" href="/actors/Petra%20Lind">Petra Lind</a>' in html
        assert '<a class="actor" href="/actors/Orsa">Orsa</a>' in html
    evil = await body(client, f"/articles/{seeded.evil}")
    assert f"Council {SCRIPT_ESCAPED}" in evil and "<script" not in evil


# -- the story page ------------------------------------------------------------------------------
async def test_the_story_page_reads_top_down(client: httpx.AsyncClient) -> None:
    html = await body(client, "/stories/s-alliance")
    order = [
        "<h2>Summary</h2>",
        "<h2>What differs</h2>",
        '<span class="badge conflict">conflict</span>',
        "<h2>Coverage over time</h2>",
        "<h2>Quotes</h2>",
        "<h2>Numeric claims</h2>",
        "<h2>Relations</h2>",
        "<h2>Articles</h2>",
        "<h2>Who is involved</h2>",
    ]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    # the coverage timeline: inline SVG, one row per outlet, nothing fetched
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img"' in svg
    for outlet in ("Orsa Courier", "The Velmar Post", "Kittby Chronicle"):
        assert outlet in svg
    assert "<image" not in svg and "href=" not in svg
    # short sections open, each in its own <details>
    assert html.count('<details class="section" open>') >= 5


async def test_long_sections_are_collapsed(client: httpx.AsyncClient, add_story: AddStory) -> None:
    many = [
        Article(
            title=f"Harbour item {n}",
            outlet=f"Outlet {n % 15}",
            published=f"2026-03-{1 + n % 9:02d}T10:00:00+00:00",
            text=f"Harbour item {n} text.",
        )
        for n in range(30)
    ]
    add_story(
        "s-long", "Harbour items", many, "2026-03-01T10:00:00+00:00", "2026-03-09T10:00:00+00:00"
    )
    html = await body(client, "/stories/s-long")
    articles = html[html.index("<h2>Articles</h2>") - 200 :]
    assert '<details class="section">' in articles  # 30 articles: closed
    assert "<summary><h2>Articles</h2>" in html


async def test_one_outlet_only_items_are_grouped_per_outlet_and_collapsed(
    client: httpx.AsyncClient,
) -> None:
    html = await body(client, "/stories/s-alliance")
    if "Reported by one outlet only" not in html:
        pytest.skip("the seeded story has no one-outlet item")
    part = html[html.index("Reported by one outlet only") - 200 :]
    assert part.lstrip().startswith("<details>") or "<details>\n<summary><strong>Reported" in html
    assert '<details class="outlet">' in part


async def test_every_entity_name_is_a_link_to_its_actor_page(client: httpx.AsyncClient) -> None:
    story = (await client.get("/api/stories/s-alliance")).json()
    html = await body(client, "/stories/s-alliance")
    names = {e["name"] for e in story["entities"]}
    names |= {q["speaker"] for q in story["quotes"] if q["speaker"]}
    names |= {c["claimant"] for c in story["claims"] if c["claimant"]}
    names |= {r["source"] for r in story["relations"]} | {
        r["target"] for r in story["relations"] if r["target"]
    }
    assert {"Petra Lind", "Orsa", "Velmar", f"Council {SCRIPT}"} <= names
    links = set(parse(html).urls)
    for name in names:
        assert f"/actors/{quote(name, safe='')}" in links, name
    for href in (u for u in links if u.startswith("/actors/")):
        assert (await client.get(href)).status_code == 200, href


# -- actor pages ---------------------------------------------------------------------------------
async def test_actor_page(client: httpx.AsyncClient, db_path: str) -> None:
    html = await body(client, "/actors/Petra Lind")
    assert "<h1>Petra Lind</h1>" in html
    assert "This alliance keeps our beaches clean" in html  # her quotes
    assert 'href="/stories/s-alliance"' in html  # her story
    orsa = await body(client, "/actors/Orsa")
    assert "<code>AGREE</code>" in orsa
    assert 'href="/actors/Velmar"' in orsa  # the other side of the relation is a link too
    claimant = await body(client, "/actors/harbour council")
    assert "pledged" in claimant  # a claimant's claims
    store = SQLiteStore(db_path)
    try:
        expected = actor_file(store, "Petra Lind").to_json()
    finally:
        store.close()
    assert (await client.get("/api/actors/Petra Lind")).json() == expected


async def test_actor_names_are_escaped(client: httpx.AsyncClient) -> None:
    r = await client.get(f"/actors/{quote('Council ' + SCRIPT, safe='')}")
    assert r.status_code == 200
    assert "<script" not in r.text.lower()
    assert SCRIPT_ESCAPED in r.text
    delegate = await client.get(f"/actors/{quote('Delegate ' + IMG_ESCAPED, safe='')}")
    assert "<img" not in delegate.text.lower()


async def test_unknown_actor_is_a_404_offering_a_search(client: httpx.AsyncClient) -> None:
    r = await client.get("/actors/Nobody Known")
    assert r.status_code == 404
    html = main_text(r.text)
    assert "Nobody Known" in html
    assert '<a href="/search?q=Nobody%20Known">Search the articles for it</a>' in html
    assert (await client.get("/api/actors/Nobody Known")).status_code == 404


# -- filters and pages ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["s-alliance", "s-market", "s-quay"]),
        ({"outlet": "The Velmar Post"}, ["s-alliance"]),
        ({"outlet": "orsa courier"}, ["s-alliance", "s-market"]),  # any case
        ({"language": "nb"}, ["s-quay"]),
        ({"language": "en"}, ["s-alliance", "s-market"]),
        ({"from": "2026-03-08"}, ["s-market"]),
        ({"to": "2026-03-05"}, ["s-alliance", "s-quay"]),
        ({"from": "2026-03-01", "to": "2026-03-04"}, ["s-alliance"]),
        ({"since": "2026-03-08"}, ["s-market"]),
        ({"conflicts": "1"}, ["s-alliance"]),
        ({"beat": "market", "outlet": "Orsa Courier"}, ["s-market"]),
        ({"beat": "", "outlet": "", "language": "", "from": "", "to": ""}, None),  # empty form
    ],
)
async def test_story_list_filters_and_their_api_mirror(
    client: httpx.AsyncClient, params: dict[str, str], expected: list[str] | None
) -> None:
    expected = expected or ["s-alliance", "s-market", "s-quay"]
    html = await body(client, "/stories", **params)
    listed = story_ids(html.split("</form>", 1)[1])
    assert sorted(listed) == expected
    api = (await client.get("/api/stories", params=params)).json()
    assert sorted(s["id"] for s in api) == expected


async def test_the_filter_form_keeps_what_was_chosen(client: httpx.AsyncClient) -> None:
    html = await body(
        client, "/stories", outlet="The Velmar Post", language="en", conflicts="1", to="2026-03-31"
    )
    assert '<option value="The Velmar Post" selected>' in html
    assert '<option value="en" selected>' in html
    assert 'name="conflicts" value="1" checked' in html
    assert 'name="to" value="2026-03-31"' in html


async def test_story_list_pages(client: httpx.AsyncClient) -> None:
    first = await body(client, "/stories", size="2")
    assert len(story_ids(first)) == 2
    assert "page 1 of 2" in first and "3 stories" in first
    assert 'href="/stories?page=2&amp;size=2" rel="next"' in first
    second = await body(client, "/stories", size="2", page="2")
    assert len(story_ids(second)) == 1
    assert 'href="/stories?page=1&amp;size=2" rel="prev"' in second
    assert set(story_ids(first)).isdisjoint(story_ids(second))
    filtered = await body(client, "/stories", size="1", language="en")
    assert 'href="/stories?language=en&amp;page=2&amp;size=1" rel="next"' in filtered
    r = await client.get("/api/stories", params={"size": "2", "page": "2"})
    assert r.headers["x-total-count"] == "3"
    assert 'rel="prev"' in r.headers["link"] and 'rel="next"' not in r.headers["link"]
    assert len(r.json()) == 1
    assert "x-total-count" not in (await client.get("/api/stories")).headers  # as the CLI


async def test_search_filters_and_pages(client: httpx.AsyncClient, seeded: Seeded) -> None:
    everything = await body(client, "/search", q="alliance")
    assert f'href="/articles/{seeded.orsa}"' in everything
    assert f'href="/articles/{seeded.velmar}"' in everything
    one = await body(client, "/search", q="alliance", outlet="The Velmar Post")
    assert f'href="/articles/{seeded.velmar}"' in one
    assert f'href="/articles/{seeded.orsa}"' not in one
    dated = await body(client, "/search", q="alliance", **{"from": "2026-03-05"})
    assert f'href="/articles/{seeded.evil}"' in dated
    assert f'href="/articles/{seeded.orsa}"' not in dated
    norwegian = await body(client, "/search", q="Orsa", language="nb")
    assert "Fergekaien" in norwegian and "Orsa and Velmar sign" not in norwegian
    paged = await body(client, "/search", q="alliance", size="1")
    assert len(re.findall(r'href="/articles/\d+"><strong>', paged)) == 1
    assert 'rel="next"' in paged and "q=alliance" in paged.split('rel="next"')[0][-200:]
    api = await client.get("/api/search", params={"q": "alliance", "outlet": "Orsa Courier"})
    assert [h["id"] for h in api.json()] == [seeded.orsa]


@pytest.mark.parametrize(
    ("path", "params", "words"),
    [
        ("/stories", {"from": "soon"}, "from 'soon': expected a date"),
        ("/stories", {"to": "2026-13-01"}, "to '2026-13-01': expected a date"),
        ("/stories", {"size": "0"}, "size '0': should be at least 1"),
        ("/stories", {"page": "two"}, "page 'two': should be a whole number"),
        ("/search", {"q": "alliance", "conflicts": "maybe"}, "conflicts 'maybe': should be yes"),
    ],
)
async def test_bad_filters_are_a_400_in_a_readers_words(
    client: httpx.AsyncClient, path: str, params: dict[str, str], words: str
) -> None:
    r = await client.get(path, params=params)
    assert r.status_code == 400
    assert "<h1>Could not read the request</h1>" in r.text
    assert words in r.text.replace("&#39;", "'")
    api = await client.get("/api" + path, params=params)
    assert api.status_code == 400 and words in api.json()["detail"]


# -- the rest ------------------------------------------------------------------------------------
async def test_api_index_lists_the_endpoints(client: httpx.AsyncClient) -> None:
    for path in ("/api/", "/api"):
        r = await client.get(path)
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        endpoints = {e["path"]: e for e in r.json()["endpoints"]}
        for route in ("/api/stories", "/api/stories/{story_id}", "/api/search", "/api/articles"):
            assert endpoints[route]["method"] == "GET"
            assert endpoints[route]["description"]
        assert "/api/actors/{name}" in endpoints
    assert 'href="/api/"' in (await client.get("/")).text


async def test_dark_mode_follows_the_system(client: httpx.AsyncClient) -> None:
    html = (await client.get("/")).text
    assert "@media (prefers-color-scheme: dark)" in html
    assert '<meta name="color-scheme" content="light dark">' in html


@pytest.mark.parametrize("path", ["/no/such/page", "/stories/s-none", "/actors/Nobody"])
async def test_error_pages_speak_to_a_reader(client: httpx.AsyncClient, path: str) -> None:
    r = await client.get(path)
    assert r.status_code == 404
    html = main_text(r.text)
    assert "<h1>Not found</h1>" in html
    for cli in ("newsbeat ", "--db", "run `", "command"):
        assert cli not in html


async def test_lists_see_stories_stored_after_they_were_shown(
    client: httpx.AsyncClient, add_story: AddStory
) -> None:
    before = story_ids(await body(client, "/stories"))
    late = [Article(title="Late pier news", text="Late pier text.")]
    add_story(
        "s-late", "Late pier news", late, "2026-03-10T00:00:00+00:00", "2026-03-10T00:00:00+00:00"
    )
    after = story_ids(await body(client, "/stories"))
    assert "s-late" not in before and "s-late" in after
    assert "4 stories" in await body(client, "/")


async def test_a_story_whose_analysis_failed_still_reads(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbeat.web.views as views

    monkeypatch.setattr(
        views,
        "story_analyses",
        lambda store, stories, options: {
            s.id: {"error": {"message": "comparison failed: boom"}} for s in stories
        },
    )
    html = await body(client, "/stories/s-market")
    assert '<p class="error">comparison failed: boom</p>' in html
    assert "<h2>Articles</h2>" in html and "<h2>What differs</h2>" not in html


def test_events_are_shown_when_the_story_has_them() -> None:
    from newsbeat.web.deps import templates

    lists = ("conflicts", "updates", "compatible", "agreed", "unique")
    story: dict[str, object] = {
        "id": "s-x",
        "title": "Strike",
        "beats": [],
        "first_seen": "2026-03-01",
        "last_updated": "2026-03-02",
        "outlets": ["A"],
        "languages": {"en": ["A"]},
        "languages_line": None,
        "articles": [],
        "entities": [],
        "quotes": [],
        "claims": [],
        "relations": [],
        "related": [],
        "status": "active",
        "first": None,
        "comparison": {k: [] for k in lists},
        "unique_by_outlet": [],
        "quote_groups": [],
        "summary": [],
        "analysis_error": None,
        "timeline": None,
        "undated": 0,
        "events": [
            {
                "type": "PROTEST",
                "actor": "Dock <b>union",
                "date": "2026-03-01",
                "evidence": "The union struck.",
                "article_id": 3,
                "outlet": "X",
            }
        ],
    }
    page = templates().get_template("story.html.j2")
    html = page.render(story=story)
    assert "<h2>Events</h2>" in html and "1 Mar 2026" in html
    assert '<a class="actor" href="/actors/Dock%20%3Cb%3Eunion">Dock &lt;b&gt;union</a>' in html
    del story["events"]  # a story JSON without the key (before the events were added)
    assert "<h2>Events</h2>" not in page.render(story=story)


async def test_a_kept_page_opens_no_store(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsbeat.web.deps as deps

    opened: list[str] = []
    real = deps.open_store

    def counting(path: str) -> SQLiteStore:
        opened.append(path)
        return real(path)  # type: ignore[return-value]

    monkeypatch.setattr(deps, "open_store", counting)
    for path in ("/stories/s-alliance", "/search?q=alliance"):
        first = await client.get(path)
        count = len(opened)
        assert count >= 1
        again = await client.get(path)
        assert again.text == first.text
        assert len(opened) == count  # answered from the cache
    # an old ID of the kept story still redirects (redirects are never kept)
    old = await client.get("/stories/s-old")
    assert old.status_code == 308 and old.headers["location"] == "/stories/s-alliance"


async def test_a_kept_page_is_replaced_after_a_write(
    client: httpx.AsyncClient, db_path: str
) -> None:
    first = await client.get("/stories/s-alliance")
    assert (await client.get("/stories/s-alliance")).text == first.text  # kept
    store = SQLiteStore(db_path)  # another connection writes, as a pipeline run would
    try:
        story = store.get_story("s-alliance")
        store.save_story(dataclasses.replace(story, title="Coastal pact renamed"))
    finally:
        store.close()
    again = await client.get("/stories/s-alliance")
    assert again.status_code == 200 and "Coastal pact renamed" in again.text
    assert "Coastal pact renamed" not in first.text
