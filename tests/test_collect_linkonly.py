"""Link-only (headline only) articles: stored from what the search item said when the page
gives no text, grouped into stories by headline, skipped by enrich, marked in every view."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.collect.linkonly import headline_and_outlet, link_only_article
from newsbeat.settings import Settings, StoreSettings, settings_toml
from newsbeat.store import SQLiteStore
from newsbeat.web import create_app
from webserver import WebServer, fast_settings

HEADLINE = "Veldmark and Ostrava sign defence alliance treaty"


@pytest.mark.parametrize(
    ("title", "outlet", "split", "expected"),
    [
        (f"{HEADLINE} - The Northern Ledger", "The Northern Ledger", False, HEADLINE),
        (f"{HEADLINE} - the northern  ledger", "The Northern Ledger", False, HEADLINE),
        # the suffix is another name than the <source>: the title stays whole
        (f"{HEADLINE} - Update", "The Northern Ledger", False, f"{HEADLINE} - Update"),
        (f"{HEADLINE} - Kessel Evening Post", None, True, HEADLINE),
        (f"{HEADLINE} - Kessel Evening Post", None, False, f"{HEADLINE} - Kessel Evening Post"),
        ("Ferry fares - what changes and when for island families", None, True, None),
        (HEADLINE, None, True, HEADLINE),
    ],
)
def test_headline_and_outlet(
    title: str, outlet: str | None, split: bool, expected: str | None
) -> None:
    head, name = headline_and_outlet(title, outlet, split_suffix=split)
    if expected is None:  # a long tail is part of the headline, not an outlet
        assert head == title and name is None
        return
    assert head == expected
    if head != title:
        assert name is not None and name.casefold().startswith(("the northern", "kessel"))


def test_link_only_article_keeps_both_urls() -> None:
    article = link_only_article(
        url="https://kessel-post.example/news/treaty.html?utm_source=gn",
        title=HEADLINE,
        status="link_only",
        outlet="Kessel Evening Post",
        published="2026-03-02T11:05:00+00:00",
        wrapped="https://news.google.com/rss/articles/CBMiAb?oc=5",
    )
    assert article.text == "" and article.headline_only and article.text_status == "link_only"
    assert article.url == "https://kessel-post.example/news/treaty.html"
    assert [(p.location, p.position) for p in article.provenance] == [
        ("https://kessel-post.example/news/treaty.html", None),
        ("https://news.google.com/rss/articles/CBMiAb?oc=5", "wrapped link"),
    ]
    assert article.to_json()["text_status"] == "link_only"
    with pytest.raises(ValueError, match="not a link-only status"):
        link_only_article(url="https://x.example/a", title="t", status="full")


def _config(tmp_path: Path, settings: Settings) -> str:
    path = tmp_path / "settings.toml"
    path.write_text(settings_toml(settings), encoding="utf-8")
    return str(path)


def test_a_blocked_page_is_stored_headline_only_and_every_view_says_so(
    cli: CliRunner, db_path: str, tmp_path: Path, web_server: WebServer
) -> None:
    config = _config(tmp_path, fast_settings(web_server))
    template = web_server.url("/feeds/headlines.xml?q={query}")
    added = cli.invoke(
        app, ["source", "add", "search", template, "--beat", "alliance", "--db", db_path]
    )
    assert added.exit_code == 0, added.stderr
    where = ["--db", db_path, "--config", config, "--since", "2026-01-01"]
    run = cli.invoke(app, ["run", "alliance", "--no-search", *where, "--json"])
    assert run.exit_code == 0, run.stderr
    collected = json.loads(run.stdout)["collect"]
    assert collected["new_articles"] == 2 and collected["link_only_articles"] == 1
    assert collected["link_only"][0]["text_status"] == "blocked_by_robots"

    rows = json.loads(cli.invoke(app, ["articles", "--db", db_path, "--json"]).stdout)
    by_outlet = {r["outlet"]: r for r in rows}
    blocked = by_outlet["Kessel Evening Post"]  # the <source> name, the suffix removed
    assert blocked["title"] == HEADLINE and blocked["text"] == ""
    assert blocked["text_status"] == "blocked_by_robots"
    assert blocked["published"] == "2026-03-02T11:05:00+00:00"
    assert blocked["beats"] == ["alliance"]  # its headline matches the beat
    assert by_outlet["The Northern Ledger"]["text_status"] == "full"

    stages = {s["name"]: s for s in json.loads(run.stdout)["stages"]}
    assert stages["enrich"]["counts"]["skipped"] >= 1
    store = SQLiteStore(db_path)
    try:
        enrichment = store.get_enrichment(blocked["id"])
        assert enrichment is not None and enrichment.skipped_reason is not None
        assert enrichment.skipped_reason.startswith("headline only (blocked_by_robots)")
        [story_id] = {store.story_of(r["id"]) for r in rows}  # grouped by the headline
    finally:
        store.close()

    story = json.loads(cli.invoke(app, ["story", story_id, "--db", db_path, "--json"]).stdout)
    statuses = {a["outlet"]: a["text_status"] for a in story["articles"]}
    assert statuses == {"The Northern Ledger": "full", "Kessel Evening Post": "blocked_by_robots"}

    digest = cli.invoke(app, ["digest", "--db", db_path])
    assert "2 articles (1 headline only)" in digest.stdout
    for fmt in ("md", "html"):
        out = tmp_path / f"r.{fmt}"
        made = cli.invoke(app, ["report", "--format", fmt, "-o", str(out), "--db", db_path])
        assert made.exit_code == 0, made.stderr
        assert out.read_text(encoding="utf-8").count("headline only") == 1
    data = json.loads(
        cli.invoke(app, ["report", "--format", "json", "-o", "-", "--db", db_path]).stdout
    )
    flags = {a["outlet"]: a["headline_only"] for a in data["stories"][0]["articles"]}
    assert flags == {"The Northern Ledger": False, "Kessel Evening Post": True}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_web_pages_say_headline_only(db_path: str, anyio_backend: str) -> None:
    store = SQLiteStore(db_path)
    try:
        from newsbeat.beats import define_beat
        from newsbeat.models import Story

        define_beat(store, "alliance")
        article = link_only_article(
            url="https://kessel-post.example/news/treaty.html",
            title=HEADLINE,
            status="paywalled",
            outlet="Kessel Evening Post",
        )
        [article_id] = store.add_articles([article]).new_ids
        store.save_story(
            Story(id="s-x", title=HEADLINE, first_seen="2026-03-02", last_updated="2026-03-02")
        )
        store.assign_articles("s-x", [article_id])
    finally:
        store.close()
    web = create_app(db_path, Settings(store=StoreSettings(db=db_path)))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=web), base_url="http://127.0.0.1"
    ) as client:
        story_page = (await client.get("/stories/s-x")).text
        assert '<span class="badge">headline only</span>' in story_page
        article_page = (await client.get(f"/articles/{article_id}")).text
        assert "headline only" in article_page and "paywalled" in article_page
