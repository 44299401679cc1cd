"""A site's logo taken for the article's headline gives way to the page's ``<title>``.

trafilatura takes a page's only ``<h1>`` as its title when the page declares no ``og:title``;
some sites mark their logo up as that ``<h1>`` (``<a href="/"><h1>Harbour Media</h1></a>``), so
the article was titled with the site's name and its real headline, printed above the text in a
plain element, stayed as the text's first paragraph (read34: a Korean column titled "엔터
미디어"). A title that is the whole text of a link to the site's home page is the logo; the
page's ``<title>`` element (the site's name is taken off it later, as for every title) is the
headline then. On the 181 pages of the article-extraction benchmark this happens on 2 pages of
one site (session 35).
"""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import urljoin, urlsplit

from newsbeat.extract.headings import fold
from newsbeat.extract.page_links import page_links

__all__ = ["headline_title", "title_element"]

_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
_MAX_LOGO = 200  # characters of a logo link's markup worth reading


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").casefold().removeprefix("www.")


def _home_link_texts(page: str, url: str | None) -> set[str]:
    """Folded texts of the page's links to its site's home page."""
    texts: set[str] = set()
    here = _host(url) if url else ""
    for href, text in page_links(page, _MAX_LOGO):
        if href is None:
            continue
        target = urlsplit(urljoin(url or "", href))
        if target.path not in ("", "/") or target.query:
            continue
        if target.netloc and _host(target.geturl()) != here:
            continue
        if text:
            texts.add(text)
    return texts


def title_element(page: str) -> str | None:
    """The text of the page's ``<title>`` element, entities read and spaces joined (None when
    the page has none)."""
    found = _TITLE.search(page)
    if found is None:
        return None
    return " ".join(html_lib.unescape(_TAGS.sub(" ", found.group(1))).split())


def headline_title(title: str | None, page: str, url: str | None) -> str | None:
    """trafilatura's title, or the page's ``<title>`` when that title is the site's logo.

    Args:
        title: the title trafilatura found.
        page: the page's HTML.
        url: the page's address (relative home links count without it).

    Returns:
        The ``<title>`` element's text when ``title`` is the whole text of a link to the home
        page and the ``<title>`` says more; else ``title`` unchanged.
    """
    if not title:
        return title
    element = title_element(page)
    if element is None:
        return title
    if len(fold(element)) <= len(fold(title)):
        return title
    # A cheap gate before the page's links are read: a logo's text opens a link (perhaps inside
    # a heading), as written; a headline rarely does.
    written = {title.strip(), html_lib.escape(title.strip(), quote=False)}
    opening = "|".join(re.escape(text) for text in written)
    if re.search(rf"<a\b[^>]*>(?:\s|<[^>]+>){{0,4}}(?:{opening})", page) is None:
        return title
    return element if fold(title) in _home_link_texts(page, url) else title
