"""Picture captions and links to other stories that the extractor kept as paragraphs.

trafilatura keeps a picture's caption when the page prints it as a plain element next to the
image (``<span class="small gray">`` under an ``<img>``), and a box of links to other stories
when the box sits inside the article's container ("Who will make the hall of fame?", an
all-capitals "SENATOR DENIES RUMOUR" between two paragraphs). Read as article text both are
wrong: a caption describes a picture the text no longer has (one review page kept 11, and one
gave a numeric claim), and a linked headline is another story's claim.

Measured on the 181 real pages of the article-extraction benchmark (session 35):

* A paragraph that is the whole ``alt`` (or ``title``) text of one of the page's ``<img>``
  elements: 11 paragraphs on 1 page, 10 not in the gold body; the other is also a section
  heading of the page (kept: a paragraph that is a heading's whole text is never a caption).
  Also a ``<figcaption>`` or an element whose class names a caption.
* A paragraph that is the whole text of one link (``<a href>`` to another address) of at least
  :data:`MIN_LINK_WORDS` words: outside one menu page, 22 such paragraphs not in the gold body
  (related-story headlines, "get the quiz" buttons) against 1 in it (a "visit our homepage
  for more stories" line). Shorter link texts are often a body's own list items (product
  names, source labels, shop addresses) and stay; so do bare addresses.

Both are exact comparisons of folded text (:func:`~newsbeat.extract.headings.fold`) against
the page's own elements, so a sentence that merely contains a link or describes a picture in
the body stays.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newsbeat.extract.headings import fold
from newsbeat.extract.page_links import element_text, page_links

__all__ = ["MIN_LINK_WORDS", "PageAsides", "page_asides", "without_asides"]

MIN_LINK_WORDS = 5  # a linked paragraph this long is another story's headline or a button
# A list of links to other stories: this many short paragraphs in a row, each with a link to the
# same site that covers a quarter of it or more and opens or ends it ("Ten facts about the quay,
# and what they cost").
MIN_LIST_RUN = 3
_LIST_ITEM_WORDS = 30  # longer paragraphs are body paragraphs that happen to hold a link
_LIST_LINK_WORDS = 3
_MAX_TEXT = 300  # captions and headlines are short; longer elements are never compared

_IMG = re.compile(r"<img\b([^>]*)>", re.IGNORECASE)
_ALT = re.compile(r"""\b(?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption\s*>", re.IGNORECASE | re.DOTALL)
# An element whose class names a caption: the regex engine filters, few tags match.
_CAPTION_OPENING = re.compile(
    r"""<(p|div|span|small|em)\b[^>]*\bclass\s*=\s*["'][^"']*caption[^"']*["'][^>]*>""",
    re.IGNORECASE,
)
_HEADING = re.compile(r"<(h([1-6]))\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class PageAsides:
    """The folded texts a page prints beside its article.

    Attributes:
        captions: texts of pictures: ``<img>`` alt and title texts, ``<figcaption>`` and
            caption-classed elements.
        links: texts of links to other pages of the same site with at least
            :data:`MIN_LINK_WORDS` words.
        headings: texts of the page's ``h1``-``h6`` (a heading is never taken for a caption).
        list_links: texts of links to other pages of the same site with at least 3 words
            (the items of a related-stories list hold one each).
    """

    captions: frozenset[str]
    links: frozenset[str]
    headings: frozenset[str]
    list_links: frozenset[str] = frozenset()


def _short(text: str) -> bool:
    return bool(text) and len(text) <= _MAX_TEXT


def _site(host: str) -> str:
    """The host without ``www.`` and a port, folded."""
    return host.casefold().removeprefix("www.").split(":")[0]


def _other_story(href: str, url: str | None) -> bool:
    """Whether a link leads to another page of the same site (not its home page, not the
    page itself).

    Links to other sites are a shop list's or a source list's items, the article's content;
    without the page's address only relative links are known to stay on the site.
    """
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return False
    if url and href.startswith(("http://", "https://", "//")):
        host = href.split("/", 3)[2] if href.count("/") >= 2 else ""
        here_host = _site(urlsplit(url).netloc)
        if (
            here_host
            and not _site(host).endswith(here_host)
            and not here_host.endswith(_site(host))
        ):
            return False  # another site: decided without parsing the address
    target = urlsplit(urljoin(url or "", href))
    if target.path in ("", "/"):
        return False
    if url and target.path.rstrip("/") == urlsplit(url).path.rstrip("/"):
        return False  # the page itself (its headline, linked)
    if not target.netloc:
        return True
    here = _site(urlsplit(url).netloc) if url else ""
    there = _site(target.netloc)
    if not here:
        return False
    return there == here or there.endswith("." + here) or here.endswith("." + there)


def page_asides(page: str, url: str | None = None) -> PageAsides:
    """Read a page's picture texts, texts of links to its site's other pages, and headings
    (all folded); ``url`` is the page's address (None: only relative links count)."""
    captions: set[str] = set()
    for match in _IMG.finditer(page):
        for alt in _ALT.finditer(match.group(1)):
            text = fold(html_lib.unescape(alt.group(1) or alt.group(2) or ""))
            if _short(text):
                captions.add(text)
    for match in _FIGCAPTION.finditer(page):
        text = element_text(match.group(1))
        if _short(text):
            captions.add(text)
    for match in _CAPTION_OPENING.finditer(page):
        closing = re.compile(rf"</{match.group(1)}\s*>", re.IGNORECASE)
        end = closing.search(page, match.end(), match.end() + 4 * _MAX_TEXT)
        text = element_text(page[match.end() : end.start()]) if end is not None else ""
        if _short(text):
            captions.add(text)
    links: set[str] = set()
    list_links: set[str] = set()
    for href, text in page_links(page, 4 * _MAX_TEXT):
        words = len(text.split())
        if not _short(text) or words < _LIST_LINK_WORDS:
            continue
        if _other_story(href or "", url):
            list_links.add(text)
            if words >= MIN_LINK_WORDS:
                links.add(text)
    headings: set[str] = set()
    for match in _HEADING.finditer(page):
        text = element_text(match.group(3))
        headings.add(text)
        if match.group(2) in "12":
            links.discard(text)  # a linked headline or section title: the page's own
    return PageAsides(
        frozenset(captions), frozenset(links), frozenset(headings - {""}), frozenset(list_links)
    )


def _list_item(paragraph: str, list_links: frozenset[str]) -> bool:
    """Whether a paragraph reads as an item of a link list: short, with a link to the same
    site that covers at least a third of its words."""
    words = fold(paragraph).split()
    if not words or len(words) > _LIST_ITEM_WORDS:
        return False
    padded = f" {' '.join(words)} "
    return any(
        4 * len(link.split()) >= len(words)
        and (padded.startswith(f" {link} ") or padded.endswith(f" {link} "))
        for link in list_links
    )


def _link_list_runs(paragraphs: list[str], list_links: frozenset[str]) -> set[int]:
    """Indexes of paragraphs in runs of at least :data:`MIN_LIST_RUN` link-list items."""
    found: set[int] = set()
    run: list[int] = []
    for index, paragraph in enumerate([*paragraphs, ""]):
        if paragraph and _list_item(paragraph, list_links):
            run.append(index)
            continue
        if len(run) >= MIN_LIST_RUN:
            found.update(run)
        run = []
    return found


def without_asides(paragraphs: list[str], page: PageAsides) -> list[str]:
    """Drop paragraphs that are a picture's caption or a link to another story.

    A paragraph goes when its folded text is a caption's whole text (and not also a heading
    of the page) or a long link's whole text; a bare address stays (a link list the article
    prints is its content). So does a run of :data:`MIN_LIST_RUN` or more short paragraphs
    that each open or end with a link to another story of the site covering a quarter of it
    or more.

    Args:
        paragraphs: the article's paragraphs.
        page: what :func:`page_asides` read from the page.

    Returns:
        The paragraphs left; all of them when every one would go.
    """
    in_lists = _link_list_runs(paragraphs, page.list_links) if page.list_links else set()
    kept = []
    for index, paragraph in enumerate(paragraphs):
        if index in in_lists:
            continue
        text = fold(paragraph)
        if text in page.captions and text not in page.headings:
            continue
        if text in page.links and " " in paragraph.strip():
            continue
        kept.append(paragraph)
    return kept or paragraphs
