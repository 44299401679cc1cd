"""extract_article on fixture pages (expectations in tests/fixtures/web/articles/expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbeat.exceptions import ExtractionError
from newsbeat.extract.article import ExtractOptions, extract_article, normalise_url, outlet_for_url

ARTICLES = Path(__file__).parent / "fixtures" / "web" / "articles"
EXPECTED = json.loads((ARTICLES / "expected.json").read_text(encoding="utf-8"))
BASE = "https://news.example.org"


def _page(slug: str) -> str:
    return (ARTICLES / f"{slug}.html").read_text(encoding="utf-8").replace("@BASE@", BASE)


@pytest.mark.parametrize("slug", sorted(EXPECTED))
def test_fixture_pages_match_their_expectations(slug: str) -> None:
    want = EXPECTED[slug]
    article = extract_article(_page(slug), url=f"{BASE}/articles/{slug}.html?utm_source=x")
    assert article.title == want["title"]
    assert article.byline == want["byline"]
    assert article.language == want["language"]
    # Without a site name the outlet is the registrable domain of the URL.
    assert article.outlet == (want["outlet"] or "example.org")
    if want["published"]:
        assert article.published is not None
        assert article.published.startswith(want["published"])
        assert article.published_source == "metadata"
    for text in want["must_contain"]:
        assert text in article.text
    for junk in want["must_not_contain"]:
        assert junk not in article.text
    # The headline is not repeated as the first paragraph; paragraphs are blank-line separated.
    assert not article.text.startswith(want["title"])
    assert len(article.paragraphs) >= 3
    assert article.url == f"{BASE}/articles/{slug}.html"
    assert article.canonical_url == f"{BASE}/articles/{slug}.html"
    assert article.fetched_at is not None
    assert [p.location for p in article.provenance] == [article.url]


def test_a_file_without_url_has_no_fetch_fields() -> None:
    article = extract_article(_page("treaty-signed"))
    assert article.url is None and article.fetched_at is None and article.provenance == []
    assert article.outlet == "The Northern Ledger"


def test_home_page_canonical_is_ignored() -> None:
    html = _page("summit-delayed").replace(f"{BASE}/articles/summit-delayed.html", f"{BASE}/")
    article = extract_article(html, url=f"{BASE}/2026/03/summit")
    assert article.canonical_url is None
    assert article.identity_url == f"{BASE}/2026/03/summit"


def test_relative_canonical_is_resolved_against_the_url() -> None:
    html = _page("summit-delayed").replace(f"{BASE}/articles/summit-delayed.html", "/s/42")
    article = extract_article(html, url=f"{BASE}/amp/summit")
    assert article.canonical_url == f"{BASE}/s/42"


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("<html><body><nav>Home</nav></body></html>", "no article text|characters"),
        ("<html><body><p>Too short.</p></body></html>", "no article text|characters"),
    ],
)
def test_pages_without_an_article_raise(html: str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason) as info:
        extract_article(html, url="https://x.example.com/p")
    assert "https://x.example.com/p" in str(info.value)


def test_min_chars_is_an_option() -> None:
    html = _page("no-date")
    with pytest.raises(ExtractionError, match="minimum 100000"):
        extract_article(html, url=f"{BASE}/x", options=ExtractOptions(min_chars=100_000))


def test_feed_date_is_not_replaced_by_a_guess_when_fallback_is_off() -> None:
    article = extract_article(
        _page("no-date"), url=f"{BASE}/x", options=ExtractOptions(date_fallback=False)
    )
    assert article.published is None and article.published_source is None


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://WWW.Example.COM/a/b?utm_source=x&id=3#frag", "https://www.example.com/a/b?id=3"),
        ("http://example.com/a?fbclid=abc", "http://example.com/a"),
        ("http://example.com/a?b=2&a=1", "http://example.com/a?a=1&b=2"),
        ("http://example.com", "http://example.com/"),
    ],
)
def test_normalise_url_strips_tracking_and_fragments(url: str, normal: str) -> None:
    assert normalise_url(url) == normal


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.reuters.com/world/x", "Reuters"),
        ("https://www.bbc.co.uk/news/world-1", "BBC News"),
        ("https://abcnews.go.com/International/x", "ABC News"),
        ("https://news.unknown-paper.co.uk/x", "unknown-paper.co.uk"),
        ("http://127.0.0.1:8080/a", "127.0.0.1"),
    ],
)
def test_outlet_for_url_uses_the_domain_file_then_the_domain(url: str, outlet: str) -> None:
    assert outlet_for_url(url) == outlet


def test_site_name_that_is_a_host_name_falls_back_to_the_domain_file() -> None:
    html = _page("treaty-signed").replace("The Northern Ledger", "www.apnews.com")
    html = html.replace(BASE, "https://apnews.com")
    article = extract_article(html, url="https://apnews.com/article/x")
    assert article.outlet == "Associated Press"
