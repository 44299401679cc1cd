"""Walls: every marker of data/walls.json recognises its fixture page; pages that merely carry a
consent overlay or a subscription prompt stay articles; collecting never stores a wall's text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsbeat.beats import define_beat
from newsbeat.collect import CollectOptions, collect
from newsbeat.exceptions import ConfigError, ExtractionError
from newsbeat.extract.article import extract_article
from newsbeat.extract.walls import (
    WallError,
    default_markers,
    load_markers,
    screen_page,
    wall_for_host,
)
from newsbeat.models import Source
from newsbeat.store import SQLiteStore
from webserver import WebServer, fast_settings

WALLS = Path(__file__).parent / "fixtures" / "web" / "walls"
BASE = "http://news.example.org"
MARKERS = {m.name: m for m in default_markers()}
NOT_WALLS = ["not-a-wall-overlay", "not-a-wall-promo"]
# What must never be stored as an article's text.
JUNK = re.compile(
    r"privacy|cookies|partners store|subscribe|subscribers|free articles|before you continue",
    re.IGNORECASE,
)


def _page(name: str) -> tuple[str, str]:
    html = (WALLS / f"{name}.html").read_text(encoding="utf-8").replace("@BASE@", BASE)
    served = re.match(r"<!-- url: (\S+) -->", html)
    return html, served.group(1) if served else f"{BASE}/walls/{name}.html"


def test_every_marker_has_a_fixture_and_every_fixture_a_purpose() -> None:
    pages = {p.stem for p in WALLS.glob("*.html")}
    assert pages == set(MARKERS) | set(NOT_WALLS)


@pytest.mark.parametrize("name", sorted(MARKERS))
def test_each_marker_recognises_its_fixture(name: str) -> None:
    marker = MARKERS[name]
    html, url = _page(name)
    if marker.where == "host":
        wall = wall_for_host(url)
        assert wall is not None and (wall.kind, wall.marker) == (marker.kind, name)
        return
    with pytest.raises(WallError) as caught:
        extract_article(html, url=url)
    wall = caught.value.wall
    assert (wall.kind, wall.marker) == (marker.kind, name)
    assert isinstance(caught.value, ExtractionError)  # importers report it as a failure
    if marker.kind == "amp":
        assert wall.canonical == f"{BASE}/articles/summit-delayed.html"
    metadata = caught.value.metadata
    if marker.kind == "paywall":  # the stub still says what the article is
        assert metadata is not None and metadata.title and metadata.text == ""
    else:
        assert metadata is None


@pytest.mark.parametrize("name", NOT_WALLS)
def test_an_overlay_or_a_prompt_beside_the_article_is_not_a_wall(name: str) -> None:
    html, url = _page(name)
    article = extract_article(html, url=url)
    assert len(article.text) > 1000
    assert not JUNK.search(article.text), article.text


def test_an_amp_page_saved_to_disk_is_read_as_it_is() -> None:
    html, _ = _page("html-amp")
    article = extract_article(html)  # no URL to compare the canonical URL with
    assert "delay the first alliance summit" in article.text


def test_a_self_canonical_amp_page_is_the_article() -> None:
    html, _ = _page("html-amp")
    url = f"{BASE}/articles/summit-delayed.html"
    screen = screen_page(html, ["A paragraph."], canonical=url, url=url)
    assert screen.wall is None and screen.paragraphs == ["A paragraph."]


def test_consent_host_rule() -> None:
    assert wall_for_host("https://consent.google.com/ml?continue=x") is not None
    assert wall_for_host("https://guce.yahoo.com/consent?brandType=nonEu") is not None
    assert wall_for_host("https://news.google.com/rss/articles/x") is None
    assert wall_for_host("not a url") is None


@pytest.mark.parametrize(
    ("markers", "message"),
    [
        ("{", "not JSON"),
        ('{"markers": [{"kind": "consent"}]}', "marker 1: needs a name"),
        ('{"markers": [{"name": "x", "kind": "cookie", "where": "html"}]}', "marker 1 (x): kind"),
        (
            '{"markers": [{"name": "y", "kind": "paywall", "where": "text", "pattern": "("}]}',
            "marker 1 (y): invalid pattern",
        ),
    ],
)
def test_a_bad_marker_file_names_the_marker(tmp_path: Path, markers: str, message: str) -> None:
    path = tmp_path / "walls.json"
    path.write_text(markers, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_markers(path)


def test_the_bundled_markers_are_documented() -> None:
    data = json.loads(
        (Path(__file__).parents[1] / "src/newsbeat/data/walls.json").read_text(encoding="utf-8")
    )
    assert data["_comment"] and len(data["markers"]) == len(MARKERS)


def test_collecting_stores_no_wall_as_text(web_server: WebServer, fresh_store: SQLiteStore) -> None:
    define_beat(fresh_store, "alliance")
    template = web_server.url("/feeds/walls.xml?q={query}")
    fresh_store.add_source(Source(type="search", url=template, beat="alliance"))
    report = collect(
        fresh_store,
        fast_settings(web_server),
        CollectOptions(beat="alliance", use_search=False, since="2026-01-01"),
    )
    assert report.failures == []
    statuses = {n.location.rsplit("/", 1)[-1]: n.status for n in report.link_only}
    assert statuses == {
        "onetrust.html": "consent_wall",
        "sourcepoint.html": "consent_wall",
        "subscribe-to-continue.html": "paywalled",
        "not-accessible-for-free.html": "paywalled",
    }
    articles = {a.title: a for a in fresh_store.iter_articles()}
    assert len(articles) == 7
    for article in articles.values():
        if article.text_status == "full":
            assert not JUNK.search(article.text), (article.title, article.text)
        else:
            assert article.text == ""
    paywalled = articles["Kaldria names new defence chief as alliance drills begin"]
    assert paywalled.byline == "Ines Varga"  # the stub's own metadata
    assert paywalled.outlet == "Kaldria Herald" and paywalled.text_status == "paywalled"
    # the AMP copy: its canonical page was fetched and is the article's identity
    summit = articles["Alliance summit delayed by storm"]
    assert summit.text_status == "full"
    assert summit.url == web_server.url("/articles/summit-delayed.html")
    amp = [p.location for p in summit.provenance if p.position == "AMP copy"]
    assert amp == [web_server.url("/walls/html-amp.html")]
    assert "31 million crowns" in summit.text
    consent = articles["Ferry strike talks collapse"]
    assert consent.outlet == "The Kessel Courier" and consent.text_status == "consent_wall"
