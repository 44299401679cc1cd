"""The page's own tag list printed as a paragraph.

A page's keywords (``<meta name="keywords">``, ``news_keywords``) and its tag links (``<a
rel="tag">``) are often printed under the article as one comma-separated line (``ferry strike,
kessa harbour, lund bay ferries, …``), which trafilatura kept as the text's last paragraph (the
article-extraction benchmark, session 36: a racing calendar page, P 0.65). A paragraph of three
or more items, every one of them a tag the page declares, leaves. One or two items stay: a
subheading may be worded like a keyword (4 gold lines on the benchmark are).
"""

from __future__ import annotations

import html as html_lib
import re

from newsbeat.extract.headings import fold

__all__ = ["page_tags", "without_tag_lines"]

_KEYWORDS = re.compile(
    r"<meta\b[^>]*\bname\s*=\s*[\"']?(?:keywords|news_keywords)\b[^>]*>", re.IGNORECASE
)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_TAG_LINK = re.compile(
    r"<a\b[^>]*\brel\s*=\s*[\"']?tag\b[^>]*>(.{1,200}?)</a\s*>", re.IGNORECASE | re.DOTALL
)
_TAGS = re.compile(r"<[^>]+>")
_ITEM_SPLIT = re.compile(r"[,;|·]")
_HEAD_LIMIT = 200_000
_MIN_ITEMS = 3


def page_tags(page: str) -> frozenset[str]:
    """The page's declared keywords and tag links' texts, folded (:func:`headings.fold`)."""
    tags: set[str] = set()
    for meta in _KEYWORDS.finditer(page, 0, min(len(page), _HEAD_LIMIT)):
        content = _CONTENT.search(meta.group(0))
        if content is not None:
            value = html_lib.unescape(content.group(1) or content.group(2) or "")
            tags.update(fold(item) for item in value.split(","))
    if "tag" in page:
        for link in _TAG_LINK.finditer(page):
            tags.add(fold(html_lib.unescape(_TAGS.sub(" ", link.group(1)))))
    tags.discard("")
    return frozenset(tags)


def _items(paragraph: str) -> list[str]:
    return [item for item in (fold(part) for part in _ITEM_SPLIT.split(paragraph)) if item]


def without_tag_lines(paragraphs: list[str], page: str) -> list[str]:
    """The paragraphs without those that list three or more of the page's tags and nothing else.

    Args:
        paragraphs: the article's paragraphs.
        page: the page's HTML (its tags, :func:`page_tags`, are read only when a paragraph
            lists three items or more).

    Returns:
        ``paragraphs`` without its tag lists.
    """
    listed = [len(_items(p)) >= _MIN_ITEMS for p in paragraphs]
    if not any(listed):
        return paragraphs
    tags = page_tags(page)
    if not tags:
        return paragraphs
    return [
        paragraph
        for paragraph, many in zip(paragraphs, listed, strict=True)
        if not (many and all(item in tags for item in _items(paragraph)))
    ]
