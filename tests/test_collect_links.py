"""Link resolvers: news-search article links (older form offline, newer form through the
fake site's own endpoint on 127.0.0.1), click trackers and redirectors; the resolution cache."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from newsbeat.beats import define_beat
from newsbeat.collect import CollectOptions, collect, fetch_urls
from newsbeat.collect.links import ResolveContext, resolver_for
from newsbeat.collect.newslinks import (
    article_id,
    decode_offline,
    is_newer_form,
    parse_batch_answer,
    parse_decoding_params,
)
from newsbeat.models import Source
from newsbeat.settings import CollectSettings
from newsbeat.store import SQLiteStore
from webserver import GNEWS_TS, WebServer, fast_settings, gnews_signature, old_form_id

GNEWS = Path(__file__).parent / "fixtures" / "web" / "gnews"
LINKS = {
    k: v
    for k, v in json.loads((GNEWS / "links.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}
NEWER = next(k for k, v in LINKS.items() if v == "/articles/summit-delayed.html")
SITE = CollectSettings()


def test_older_form_ids_hold_the_url_in_clear() -> None:
    url = "https://www.northern-ledger.example/world/2026/03/02/treaty-signed.html?ref=rss"
    token = old_form_id(url)
    assert token.startswith("CBMi") and decode_offline(token) == url
    assert not is_newer_form(token)
    assert decode_offline(NEWER) is None and is_newer_form(NEWER)
    assert decode_offline("not*base64") is None and decode_offline("CBMiAAAA") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"https://news.google.com/rss/articles/{NEWER}?oc=5", NEWER),
        (f"https://news.google.com/articles/{NEWER}", NEWER),
        (f"https://news.google.com/read/{NEWER}?hl=de&gl=DE&ceid=DE:de", NEWER),
        ("https://news.google.com/rss/search?q=alliance", None),
        ("https://news.example.org/articles/treaty-signed.html", None),
        (f"https://elsewhere.example/rss/articles/{NEWER}", None),
    ],
)
def test_which_links_are_news_search_article_links(url: str, expected: str | None) -> None:
    found = article_id(url, SITE.news_links_url)
    assert (found.id if found else None) == expected
    assert (resolver_for(url, SITE) is not None) == (expected is not None)


def test_the_locale_of_a_link_is_kept() -> None:
    found = article_id(f"https://news.google.com/read/{NEWER}?hl=de&gl=DE&ceid=DE:de", "")
    assert found is not None and (found.hl, found.gl, found.ceid) == ("de", "DE", "DE:de")


@pytest.mark.parametrize(
    ("url", "resolver", "target"),
    [
        (
            "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=1&url=https%3a%2f%2f"
            "www.example.com%2fnews%2fa.html%3fx%3d1&c=5&mkt=en-us",
            "apiclick",
            "https://www.example.com/news/a.html?x=1",
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fa&h=AT0",
            "redirect",
            "https://example.org/a",
        ),
        (
            "https://www.google.com/url?q=https://example.org/b&sa=D",
            "redirect",
            "https://example.org/b",
        ),
        ("https://example.org/search?q=https://example.org/c", None, None),
        ("https://example.org/news/article.html?id=4", None, None),
    ],
)
def test_click_trackers_and_redirectors(url: str, resolver: str | None, target: str | None) -> None:
    found = resolver_for(url, SITE)
    assert (found.name if found else None) == resolver
    if found is not None:
        context = ResolveContext(fetcher=None, collect=SITE)  # type: ignore[arg-type]
        [answer] = asyncio.run(found.resolve([url], context)).values()
        assert answer.resolved == target and not answer.online


def test_decoding_parameters_and_the_endpoints_answer() -> None:
    page = (GNEWS / "article-page.html").read_text(encoding="utf-8")
    page = page.replace("@ID@", NEWER).replace("@TS@", GNEWS_TS)
    page = page.replace("@SG@", gnews_signature(NEWER))
    assert parse_decoding_params(page, NEWER) == (gnews_signature(NEWER), GNEWS_TS)
    changed = (GNEWS / "article-page-changed.html").read_text(encoding="utf-8")
    assert parse_decoding_params(changed, NEWER) is None
    answer = (
        ")]}'\n\n"
        '[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"https://a.example/1\\",1]",null,null,null,"1"],'
        '["wrb.fr","Fbv4je",null,null,null,[3],"2"],["di",41],["af.httprm",40,"-61",12]]'
    )
    assert parse_batch_answer(answer) == {"1": "https://a.example/1"}
    chunked = (
        ")]}'\n\n104\n"
        '[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"https://a.example/2\\",1]",null,null,null,'
        '"generic"]]\n25\n[["e",4,null,null,145]]\n'
    )
    assert parse_batch_answer(chunked) == {"1": "https://a.example/2"}
    with pytest.raises(ValueError, match="not a batchexecute JSON array"):
        parse_batch_answer("<html>Sorry...</html>")


# -- collecting through the fake news-search site ---------------------------------------------
def _gnews_source(server: WebServer, store: SQLiteStore, prefix: str = "/gnews") -> None:
    define_beat(store, "alliance")
    template = server.url(f"{prefix}/rss/search?q={{query}}&hl=en-US&gl=US&ceid=US:en")
    store.add_source(Source(type="search", url=template, beat="alliance"))


def _decoder_hits(server: WebServer, prefix: str = "/gnews") -> int:
    return sum(n for path, n in server.hits.items() if path.startswith(f"{prefix}/rss/articles/"))


def test_wrapped_links_are_resolved_once_and_both_urls_kept(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    _gnews_source(web_server, fresh_store)
    settings = fast_settings(web_server)
    options = CollectOptions(beat="alliance", use_search=False, since="2026-01-01")
    pages_before = _decoder_hits(web_server)
    posts_before = web_server.hits["/gnews/_/DotsSplashUi/data/batchexecute"]
    report = collect(fresh_store, settings, options)
    p = report.progress
    assert report.failures == []
    assert (p.links_resolved, p.links_unresolved) == (4, 1)
    assert p.articles_new == 5 and p.articles_link_only == 2
    # four newer-form ids: one page each, then one POST decodes them all
    assert _decoder_hits(web_server) - pages_before == 4
    assert web_server.hits["/gnews/_/DotsSplashUi/data/batchexecute"] - posts_before == 1

    by_title = {a.title: a for a in fresh_store.iter_articles()}
    treaty = by_title["Veldmark and Ostrava sign defence alliance treaty"]  # older form
    assert treaty.text_status == "full" and treaty.url == web_server.url(
        "/articles/treaty-signed.html"
    )
    summit = by_title["Alliance summit delayed by storm"]  # newer form, decoded by the site
    assert summit.text_status == "full"
    assert summit.url == web_server.url("/articles/summit-delayed.html")
    wrapped = [p for p in summit.provenance if p.position == "wrapped link"]
    assert [p.location for p in wrapped] == [web_server.url(f"/gnews/rss/articles/{NEWER}?oc=5")]
    no_date = by_title["Harbour workers vote on new contract"]
    assert no_date.outlet == "Kessel Harbour Times"  # the page names none: the <source> does
    unresolved = by_title["Ostrava parliament to vote on alliance before summer recess"]
    assert unresolved.text_status == "link_only" and unresolved.outlet == "Ostrava Daily"
    assert unresolved.url is not None and "/gnews/rss/articles/" in unresolved.url
    [why] = [n for n in report.link_only if n.status == "link_only"]
    assert "no decoding parameters" in why.reason
    blocked = by_title["Veldmark defence alliance: what the treaty means for the navy"]
    assert blocked.text_status == "blocked_by_robots" and blocked.outlet == "Strait Observer"
    assert blocked.url == web_server.url("/private/members-alliance.html")
    assert len(blocked.provenance) == 2

    # a rerun resolves nothing again: the cache gives the article URLs, which are stored
    again = collect(fresh_store, settings, options)
    assert again.progress.articles_new == 0 and again.progress.pages_known == 5
    assert _decoder_hits(web_server) - pages_before == 4
    assert web_server.hits["/gnews/_/DotsSplashUi/data/batchexecute"] - posts_before == 1


def test_when_the_site_cannot_be_reached_items_are_stored_headline_only(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    _gnews_source(web_server, fresh_store, "/gnews-down")
    settings = fast_settings(
        web_server,
        fetch={"retries": 0},
        collect={"news_links_url": web_server.url("/gnews-down")},
    )
    report = collect(
        fresh_store, settings, CollectOptions(beat="alliance", use_search=False, since="2026-01-01")
    )
    p = report.progress
    assert report.failures == []
    assert (p.links_resolved, p.links_unresolved) == (1, 4)  # the older form needs no site
    assert p.articles_new == 5 and p.articles_link_only == 4
    statuses = sorted(a.text_status for a in fresh_store.iter_articles())
    assert statuses == ["full"] + ["link_only"] * 4
    assert all("HTTP 503" in n.reason for n in report.link_only)
    assert fresh_store.resolved_links([n.location for n in report.link_only]) == {}


def test_click_tracker_links_from_a_bing_style_feed(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    define_beat(fresh_store, "alliance")
    template = web_server.url("/feeds/bing-news.xml?q={query}&format=rss")
    fresh_store.add_source(Source(type="search", url=template, beat="alliance"))
    report = collect(
        fresh_store,
        fast_settings(web_server),
        CollectOptions(beat="alliance", use_search=False, since="2026-01-01"),
    )
    assert report.failures == [] and report.progress.links_resolved == 2
    articles = list(fresh_store.iter_articles())
    assert {a.url for a in articles} == {
        web_server.url("/articles/deutsch.html"),
        web_server.url("/articles/summit-delayed.html"),  # utm_source removed
    }
    wrapped = [p.location for a in articles for p in a.provenance if p.position == "wrapped link"]
    assert len(wrapped) == 2 and all("bing.com/news/apiclick.aspx" in w for w in wrapped)
    assert fresh_store.resolved_links(wrapped) == {}  # decoded offline: nothing to cache


def test_a_wrapped_url_given_alone_that_cannot_be_resolved_is_a_failure(
    web_server: WebServer, fresh_store: SQLiteStore
) -> None:
    token = next(k for k, v in LINKS.items() if v is None)
    url = web_server.url(f"/gnews/rss/articles/{token}?oc=5")
    report = fetch_urls(fresh_store, fast_settings(web_server), [url])
    [failure] = report.failures
    assert failure.kind == "page" and "no decoding parameters" in failure.error
    assert fresh_store.count_articles() == 0
