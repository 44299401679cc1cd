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
