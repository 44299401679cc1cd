"""An article body the page splits into several containers of the same class, joined.

Some pages print the article in two or more blocks with the same class (``<div class="body
article__body">``), separated by an advertisement row or a sidebar. trafilatura takes the first
element its body expressions match, so only the first block's paragraphs became the text: on
the article-extraction benchmark two pages of one magazine kept 35 % and 45 % of their gold
body (session 35). Before trafilatura reads such a page, the later blocks are moved into the
first one, so it sees one body.

Only classes that name an article body (``article__body``, ``article-body``, ``story-body``,
``body__container``, ``entry-content``) are joined, and only blocks that do not nest in each
other. Pages whose class repeats but whose first block already holds the whole text are not
changed in what trafilatura keeps: on the benchmark eight other pages repeat such a class and
keep their scores.
"""

from __future__ import annotations

import re
from collections import Counter

import lxml.html
from lxml import etree

__all__ = ["joined_bodies"]

# The class attribute of a block (the regex engine filters on the body words first).
_CLASS_VALUE = re.compile(
    r"<(?:div|section)\b[^>]*\bclass\s*=\s*\"([^\"]*(?:body|content)[^\"]*)\"", re.IGNORECASE
)
# A class token that names the article's body ("fake-br-for-article-body" names something else).
_BODY_TOKEN = re.compile(
    r"article[-_]{1,2}body|story[-_]?body|body[-_]{1,2}container|entry[-_]content", re.IGNORECASE
)


def _names_body(value: str) -> bool:
    return any(_BODY_TOKEN.fullmatch(token) for token in value.split())


def _repeated_classes(page: str) -> list[str]:
    counts = Counter(match.group(1) for match in _CLASS_VALUE.finditer(page))
    return [name for name, count in counts.items() if count >= 2 and _names_body(name)]


def _move_into(first: lxml.html.HtmlElement, block: lxml.html.HtmlElement) -> None:
    """Move ``block`` to the end of ``first``, leaving its tail text where it was."""
    tail, block.tail = block.tail, None
    if tail:
        before = block.getprevious()
        parent = block.getparent()
        if before is not None:
            before.tail = (before.tail or "") + tail
        elif parent is not None:
            parent.text = (parent.text or "") + tail
    first.append(block)


def joined_bodies(page: str) -> str:
    """The page with the later blocks of a repeated article-body class moved into the first.

    Args:
        page: the page's HTML.

    Returns:
        The page unchanged when no article-body class repeats (or it cannot be parsed),
        else the page re-serialised with one body block per repeated class.
    """
    repeated = _repeated_classes(page)
    if not repeated:
        return page
    try:
        tree = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    changed = False
    for name in repeated:
        blocks = [el for el in tree.iter("div", "section") if el.get("class") == name]
        if len(blocks) < 2:
            continue
        first = blocks[0]
        for block in blocks[1:]:
            if any(a is first for a in block.iterancestors()) or any(
                a is block for a in first.iterancestors()
            ):
                continue  # nested blocks: one is already inside the other
            _move_into(first, block)
            changed = True
    if not changed:
        return page
    return lxml.html.tostring(tree, encoding="unicode")
