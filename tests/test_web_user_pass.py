"""Story and actor pages as a reader clicks through them (branch userread).

On the extraction benchmark's pages a quote relayed "via media" linked to /actors/media, a
page that does not exist (404), and an article without an outlet was charted as "None".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from _stories import add_ferry_reports, file_story
from newsbeat.beats import define_beat
from newsbeat.models import Article, Enrichment, Entity, Quote
from newsbeat.settings import Settings, StoreSettings
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _seed(path: str) -> None:
    store = SQLiteStore(path)
    try:
        ids = store.add_articles(
            [
                Article(
                    title="Kessa ferry fares to rise in May",
                    outlet="Kessa Courier",
                    url="https://kessa.example/ferry",
                    published="2026-03-03T08:00:00+00:00",
                    language="en",
                    text="Ferry fares between Kessa and Lund will rise by a tenth in May.",
                ),
                Article(
                    title="Ferry fares up from May on the Kessa route",
                    outlet=None,  # no outlet could be read from the page
                    published="2026-03-04T08:00:00+00:00",
                    language="en",
                    text="The ferry company will raise fares on the Kessa route from May.",
                ),
            ]
        ).new_ids
        define_beat(store, "ferry")
        file_story(
            store,
            "s-ferry",
            "Kessa ferry fares to rise in May",
            ids,
            first_seen="2026-03-03T08:00:00+00:00",
            last_updated="2026-03-04T08:00:00+00:00",
        )
        quotes = [
            Quote(text="Fares must follow fuel costs", speaker="Ola Rask", via="media"),
            Quote(text="A tenth is the most we can bear", speaker="Ola Rask", via="Lund Wire"),
        ]
        store.save_enrichment(
            Enrichment(
                article_id=ids[0],
                entities=[
                    Entity(name="Ola Rask", type="PERSON", mentions=2),
                    Entity(name="Lund Wire", type="ORG", mentions=1),
                ],
                quotes=[
                    Quote(
                        text=q.text,
                        speaker=q.speaker,
                        via=q.via,
                        article_id=ids[0],
                        outlet="Kessa Courier",
                    )
                    for q in quotes
                ],
            )
        )
    finally:
        store.close()


@pytest.fixture
async def client(db_path: str) -> AsyncIterator[httpx.AsyncClient]:
    _seed(db_path)
    app = create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.parametrize("path", ["/stories/s-ferry", "/actors/Ola%20Rask"])
async def test_a_via_that_is_no_actor_is_not_a_dead_link(
    client: httpx.AsyncClient, path: str
) -> None:
    page = await client.get(path)
    assert page.status_code == 200
    assert 'href="/actors/media"' not in page.text
    assert "via media" in page.text or "(via media)" in page.text
    assert 'href="/actors/Lund%20Wire"' in page.text  # an actor of its own: linked
    assert (await client.get("/actors/Lund%20Wire")).status_code == 200


async def test_an_article_without_outlet_is_charted_as_unknown(client: httpx.AsyncClient) -> None:
    page = (await client.get("/stories/s-ferry")).text
    chart = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert ">None<" not in chart
    assert ">unknown outlet<" in chart


async def test_the_story_page_names_every_outlet_first_the_same_day(tmp_path: Path) -> None:
    path = str(tmp_path / "tie.db")
    store = SQLiteStore(path)
    try:
        ids = add_ferry_reports(
            store, [("Lund Post", "2026-03-03"), ("Kessa Courier", "2026-03-03")]
        )
        file_story(store, "s-tie", "Kessa ferry fares", ids, first_seen="2026-03-03")
    finally:
        store.close()
    app = create_app(path, Settings(store=StoreSettings(db=path)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        page = (await c.get("/stories/s-tie")).text
    assert (
        "first, the same day: <strong>Lund Post</strong> and <strong>Kessa Courier</strong>" in page
    )
