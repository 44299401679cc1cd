"""A page without an address takes its site's address from its copyright notice."""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.copyright_sites import copyright_site

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


def _page(notice: str) -> str:
    return (
        f"<html><head><title>{HEADLINE} - Harbourmedia</title></head><body>"
        '<div id="header"><a href="/"><h1>Harbour Media</h1></a></div>'
        f'<div class="newsContent"><dl class="newsTitle"><dt>{HEADLINE}</dt></dl>'
        f'<div class="newsArticle">{BODY}</div></div>'
        f'<div id="copyright">{notice}</div></body></html>'
    )


def test_the_notice_writes_the_sites_address() -> None:
    assert copyright_site("<div>Copyright ⓒ Harbourmedia.example. All rights reserved</div>") == (
        "http://harbourmedia.example/"
    )
    assert copyright_site("<p>&copy; 2019-2026 www.Kessa.example</p>") == "http://kessa.example/"


def test_a_company_two_addresses_or_no_address_give_none() -> None:
    assert (
        copyright_site("<p>Copyright © Harbour-Media.example Ltd. All rights reserved.</p>") is None
    )
    assert copyright_site("<p>© Kessa.example</p><p>© Velmar.example</p>") is None
    assert copyright_site("<p>© 2026 Harbour Media Group. All rights reserved.</p>") is None


def test_a_page_without_address_gets_outlet_and_headline_from_its_notice() -> None:
    page = _page("Copyright ⓒ Harbourmedia.example. All rights reserved")
    article = extract_article(page)
    assert article.outlet == "harbourmedia.example"
    assert article.title == HEADLINE
    assert article.text.startswith("The ferry crews of Kessa")


def test_a_page_without_address_or_notice_keeps_the_outlet_unknown() -> None:
    article = extract_article(_page("© 2026 Harbour Media Group"))
    assert article.outlet is None
    assert article.title == f"{HEADLINE} - Harbourmedia"


def test_the_pages_own_address_wins_over_its_notice() -> None:
    page = _page("Copyright ⓒ Harbourmedia.example. All rights reserved")
    article = extract_article(page, url="https://www.kessa-news.example/news/1")
    assert article.outlet == "kessa-news.example"
