"""A site's logo marked up as the page's only ``<h1>`` does not title the article."""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.logo_titles import headline_title

URL = "http://harbourmedia.example/news/news_view.html?idx=8576"
HEADLINE = "Kessa ferry crews and the council: why the dispute is a public matter"
BODY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The ferry crews of Kessa have been in dispute with the council since March, and both "
        "sides now say the other broke the agreement of last year.",
        "Neither side can settle it alone, because the crossing is a public service that the "
        "town pays for, the columnist Jo Varga writes.",
        "The council meets on Friday to hear both sides again.",
    )
)


def _page(logo_href: str = "/") -> str:
    return (
        f"<html><head><title>{HEADLINE} - Harbourmedia</title></head><body>"
        f'<div id="header"><a href="{logo_href}"><h1>Harbour Media</h1></a></div>'
        f'<div class="newsContent"><dl class="newsTitle"><dt>{HEADLINE}</dt></dl>'
        f'<div class="newsArticle">{BODY}</div></div></body></html>'
    )


def test_the_page_title_replaces_a_logo_title_and_the_headline_leaves_the_text() -> None:
    article = extract_article(_page(), url=URL)
    assert article.title == HEADLINE
    assert article.text.startswith("The ferry crews of Kessa")


def test_a_heading_that_links_elsewhere_is_not_a_logo() -> None:
    page = _page("/news/list.html")
    assert headline_title("Harbour Media", page, URL) == "Harbour Media"


def test_a_logo_on_another_site_is_not_this_sites() -> None:
    page = _page("https://www.othermedia.example/")
    assert headline_title("Harbour Media", page, URL) == "Harbour Media"


def test_a_title_element_no_longer_than_the_logo_changes_nothing() -> None:
    page = '<html><head><title>Harbour</title></head><a href="/">Harbour Media</a></html>'
    assert headline_title("Harbour Media", page, URL) == "Harbour Media"
