"""Headlines and outlet names of real pages as a reader sees them (branch userread).

On the extraction benchmark's pages, ``og:title`` often ends with the site's own name
(``… WeWork – TechCrunch``, ``… program - SpaceNews.com``) and a lower-case ``og:site_name``
that is the host (``nj`` on nj.com) came out as the outlet "Nj".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbeat.extract.article import extract_article

PAGE = Path(__file__).parent / "fixtures" / "web" / "articles" / "treaty-signed.html"
HEADLINE = "Veldmark and Ostrava sign defence alliance treaty"


def _page(title: str, site_name: str, base: str) -> str:
    html = PAGE.read_text(encoding="utf-8").replace("@BASE@", base)
    html = html.replace(
        f"<title>{HEADLINE} | The Northern Ledger</title>", f"<title>{title}</title>"
    )
    html = html.replace(
        '<meta property="og:site_name" content="The Northern Ledger">',
        f'<meta property="og:site_name" content="{site_name}">\n'
        f'<meta property="og:title" content="{title}">',
    )
    assert f'content="{title}"' in html
    return html


@pytest.mark.parametrize(
    ("title", "site_name", "base"),
    [
        (f"{HEADLINE} – The Northern Ledger", "The Northern Ledger", "https://ledger.example"),
        (f"{HEADLINE} - Northern Ledger", "The Northern Ledger", "https://ledger.example"),
        (f"{HEADLINE} - LedgerNews.com", "LedgerNews.com", "https://www.ledgernews.com"),
        (f"{HEADLINE} | ledgernews.com", "", "https://ledgernews.com"),
    ],
)
def test_the_outlets_own_name_leaves_the_headline(title: str, site_name: str, base: str) -> None:
    article = extract_article(_page(title, site_name, base), url=f"{base}/articles/t.html")
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE} - Analysis",  # a label, not the outlet: kept
        "Ostrava – Veldmark: the treaty",  # separators inside the headline itself
    ],
)
def test_other_tails_stay(title: str) -> None:
    base = "https://ledger.example"
    article = extract_article(_page(title, "The Northern Ledger", base), url=f"{base}/a/t.html")
    assert article.title == title


def test_a_lower_case_host_site_name_is_not_capitalised_into_a_name() -> None:
    base = "https://www.ledger.com"
    article = extract_article(_page(HEADLINE, "ledger", base), url=f"{base}/a/t.html")
    assert article.outlet == "ledger.com"  # not "Ledger", a name the site never uses
    named = extract_article(_page(HEADLINE, "Ledger", base), url=f"{base}/a/t.html")
    assert named.outlet == "Ledger"  # written so by the site: its name


def _unnamed_page(base: str, extra_meta: str) -> str:
    """The page without an ``og:site_name``, with other ``<meta>`` tags instead."""
    html = PAGE.read_text(encoding="utf-8").replace("@BASE@", base)
    site = '<meta property="og:site_name" content="The Northern Ledger">'
    assert site in html
    return html.replace(site, extra_meta)


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        # a Twitter handle or an app's name is not what readers call the paper
        ('<meta name="twitter:site" content="@LedgerDaily_">', "northernledger.com"),
        ('<meta name="twitter:app:name:googleplay" content="LedgerApp">', "northernledger.com"),
        # nor is a copyright notice
        ('<meta name="copyright" content="Copyright 2019">', "northernledger.com"),
        ('<meta name="copyright" content="© Ledger Media Group">', "northernledger.com"),
    ],
)
def test_handles_and_copyright_notices_are_not_outlets(meta: str, outlet: str) -> None:
    base = "https://www.northernledger.com"
    article = extract_article(_unnamed_page(base, meta), url=f"{base}/a/t.html")
    assert article.outlet == outlet


def test_a_handle_gives_way_to_the_domain_files_name() -> None:
    base = "https://apnews.com"  # named "Associated Press" in data/domains.json
    meta = '<meta name="twitter:site" content="@apnews">'
    article = extract_article(_unnamed_page(base, meta), url=f"{base}/a/t.html")
    assert article.outlet == "Associated Press"  # not "Apnews"


def test_a_declared_name_equal_to_the_handle_stays() -> None:
    base = "https://www.northernledger.com"
    meta = (
        '<meta property="og:site_name" content="LedgerDaily">'
        '<meta name="twitter:site" content="@LedgerDaily">'
    )
    article = extract_article(_unnamed_page(base, meta), url=f"{base}/a/t.html")
    assert article.outlet == "LedgerDaily"


@pytest.mark.parametrize(
    ("site_name", "base", "outlet"),
    [
        ("Hosted", "https://hosted.northernledger.com", "northernledger.com"),
        ("hosted", "https://hosted.northernledger.com", "northernledger.com"),
        # written in its own way, a sub-domain's name is the site's name
        ("GridironTalk", "https://gridirontalk.northernledger.com", "GridironTalk"),
    ],
)
def test_a_sub_domain_label_is_not_a_name(site_name: str, base: str, outlet: str) -> None:
    article = extract_article(_page(HEADLINE, site_name, base), url=f"{base}/a/t.html")
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("title", "site_name", "outlet"),
    [
        # a name and its tagline, "|" apart: the outlet is the name (extract/site_names.py)
        (
            f"The Ledger | Kessel's daily paper: {HEADLINE}",
            "The Ledger | Kessel's daily paper",
            "The Ledger",
        ),
        (f"{HEADLINE} - Ledger 80/90 - Kessel news", "Ledger 80/90 - Kessel news", None),
        (f"{HEADLINE} | Kessel Ledger · Harbour edition", "Kessel Ledger · Harbour edition", None),
    ],
)
def test_a_site_name_with_a_separator_leaves_the_headline(
    title: str, site_name: str, outlet: str | None
) -> None:
    base = "https://ledger.example"
    article = extract_article(_page(title, site_name, base), url=f"{base}/a/t.html")
    assert article.title == HEADLINE
    assert article.outlet == (outlet or site_name)


def test_a_headline_that_is_only_the_site_name_plus_a_word_stays() -> None:
    base = "https://ledger.example"
    title = "The Ledger: Awards"  # too short a rest to be a headline of its own
    article = extract_article(_page(title, "The Ledger", base), url=f"{base}/a/t.html")
    assert article.title == title


def test_list_items_lose_the_marker_trafilatura_puts_before_them() -> None:
    base = "https://ledger.example"
    html = _page(HEADLINE, "The Northern Ledger", base).replace(
        "<p>Ostrava's parliament",
        "<ul><li>Kessel will host the joint command from the autumn onwards.</li>"
        "<li>Both navies will patrol the strait together from April.</li></ul>"
        "<p>Ostrava's parliament",
    )
    article = extract_article(html, url=f"{base}/a/t.html")
    assert "Both navies will patrol the strait together from April." in article.paragraphs
    assert not any(p.startswith(("- ", "• ")) for p in article.paragraphs)


def test_a_saved_page_is_linked_by_its_canonical_url(tmp_path: Path) -> None:
    from newsbeat.importers.pages import Page, extract_page

    base = "https://ledger.example"
    html = _page(HEADLINE, "The Northern Ledger", base).encode()
    page = Page(data=html, where="t.html", location=str(tmp_path / "t.html"))
    article = extract_page(page)
    assert not isinstance(article, Exception)
    assert article.url == f"{base}/articles/treaty-signed.html"  # reports link to it
